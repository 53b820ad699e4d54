import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { useT } from '../i18n/hooks';
import { applyApiError } from './api-form-errors';
import type { FormFeedback } from './use-form-feedback';

interface Options<T extends FieldValues> {
  /** The form's field labels (those given to the error summary): the fields API errors may name. */
  labels: Readonly<Record<string, string>>;
  /** Error codes that concern one field (see `applyApiError`). */
  codeFields?: Readonly<Record<string, Path<T>>>;
  /** Runs first when `action` fails, before the error is applied (e.g. clear a password). */
  onError?: (error: unknown) => void;
}

/**
 * The submit handler of a form with an error summary: a valid submit marks the attempt and runs
 * `action`; an error it throws goes to the fields or the summary, which takes the focus, as does
 * a submit the schema refuses.
 */
export function useFormSubmit<T extends FieldValues>(
  form: UseFormReturn<T>,
  feedback: FormFeedback,
  { labels, codeFields, onError }: Options<T>,
  action: (values: T) => Promise<void>,
) {
  const t = useT();
  return form.handleSubmit(async (values) => {
    feedback.start();
    try {
      await action(values);
    } catch (error) {
      onError?.(error);
      const fields = Object.keys(labels);
      feedback.fail(applyApiError(error, { setError: form.setError, fields, codeFields, t }));
    }
  }, feedback.onInvalid);
}
