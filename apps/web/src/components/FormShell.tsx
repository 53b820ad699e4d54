import type { FormEventHandler, ReactNode } from 'react';
import type { FieldErrors, FieldValues } from 'react-hook-form';
import type { FormFeedback } from '../lib/use-form-feedback';
import { ErrorSummary } from './ErrorSummary';
import { RequiredNotice } from './RequiredNotice';

interface FormShellProps<T extends FieldValues> {
  feedback: FormFeedback;
  errors: FieldErrors<T>;
  /** Field labels in form order, for the error summary. */
  labels: Readonly<Record<string, string>>;
  onSubmit: FormEventHandler<HTMLFormElement>;
  submitLabel: ReactNode;
  /** Disables the submit button: a submit under way (or, for some forms, nothing to submit yet). */
  busy: boolean;
  /** Shown between the error summary and the form (e.g. a success notice). */
  status?: ReactNode;
  /** More buttons after the submit button. */
  actions?: ReactNode;
  children: ReactNode;
}

/** Error summary, then the form: required-fields notice, the fields, the submit row. */
export function FormShell<T extends FieldValues>(props: FormShellProps<T>) {
  const { feedback } = props;
  return (
    <>
      <ErrorSummary
        ref={feedback.summaryRef}
        errors={props.errors}
        labels={props.labels}
        formError={feedback.formError}
        visible={feedback.attempted}
      />
      {props.status}
      <form noValidate onSubmit={props.onSubmit} className="form">
        <RequiredNotice />
        {props.children}
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={props.busy}>
            {props.submitLabel}
          </button>
          {props.actions}
        </div>
      </form>
    </>
  );
}
