/**
 * Fields of a person whom someone else registers (staff enrolling a mediator or a business
 * member, a respondent adding a representative, an intake's consumer): the values are not the
 * user's own, so the browser must not autofill them.
 */
import type {
  FieldErrors,
  FieldValues,
  Path,
  UseFormRegister,
  UseFormRegisterReturn,
} from 'react-hook-form';
import { useT } from '../i18n/hooks';
import { SelectField, TextField } from './fields';

interface FieldProps {
  label: string;
  registration: UseFormRegisterReturn;
  error?: string | undefined;
}

/** The address the person's activation link or access code is sent to. */
export function EmailField(props: FieldProps) {
  return <TextField {...props} type="email" autoComplete="off" required />;
}

/** The language the person's e-mails and pages will use (fr, en). */
export function LanguageField(props: FieldProps) {
  const t = useT();
  return (
    <SelectField
      {...props}
      required
      options={[
        { value: 'fr', label: t('lang.fr') },
        { value: 'en', label: t('lang.en') },
      ]}
    />
  );
}

interface Names {
  givenName: string;
  familyName: string;
}

/** Given name, then family name, both required. */
export function NameFields<Values extends FieldValues & Names>(props: {
  register: UseFormRegister<Values>;
  errors: FieldErrors<Values>;
  labels: Readonly<Names>;
}) {
  const errors = props.errors as FieldErrors<Names>;
  return (
    <>
      <TextField
        label={props.labels.givenName}
        registration={props.register('givenName' as Path<Values>)}
        error={errors.givenName?.message}
        autoComplete="off"
        required
      />
      <TextField
        label={props.labels.familyName}
        registration={props.register('familyName' as Path<Values>)}
        error={errors.familyName?.message}
        autoComplete="off"
        required
      />
    </>
  );
}
