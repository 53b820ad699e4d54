import type { z } from 'zod';
import { useForm, type DefaultValues, type FieldValues } from 'react-hook-form';
import { useLanguage } from '../i18n/hooks';
import { localizedResolver } from './form-resolver';

/**
 * A form validated by a shared schema, with messages in the UI language. A failed submit focuses
 * the error summary (`useFormFeedback`), not the first invalid field.
 */
export function useLocalizedForm<Values extends FieldValues>(
  schema: z.ZodType,
  defaultValues: DefaultValues<Values>,
) {
  const { language } = useLanguage();
  return useForm<Values>({
    resolver: localizedResolver<Values>(schema, language),
    defaultValues,
    shouldFocusError: false,
  });
}
