import { emailField, nameField } from '@entente/contracts';
import { z } from 'zod';
import { CheckboxField, TextField } from '../../../components/fields';
import { FormShell } from '../../../components/FormShell';
import { useFormFeedback } from '../../../lib/use-form-feedback';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { useLocalizedForm } from '../../../lib/use-localized-form';
import { casePageApi, type RepresentativeInvitation } from '../case-api';
import { useCaseT } from '../case-i18n';

interface Values {
  firstName: string;
  lastName: string;
  relationship: string;
  email: string;
  consent: boolean;
  notALawyer: boolean;
  atLeast18: boolean;
}

const ticked = z.literal(true, { error: 'mustAccept' });

/** REP-1; in qc the person must also not be a lawyer and be at least 18 (seed 001, 2.4). */
export function representativeSchema(programme: 'qc' | 'fr') {
  return z.object({
    firstName: nameField,
    lastName: nameField,
    relationship: nameField,
    email: emailField,
    consent: ticked,
    notALawyer: programme === 'qc' ? ticked : z.boolean(),
    atLeast18: programme === 'qc' ? ticked : z.boolean(),
  });
}

interface Props {
  caseId: string;
  programme: 'qc' | 'fr';
  onInvited: (name: string) => Promise<void> | void;
  onCancel: () => void;
}

/** "Ajouter une représentante ou un représentant": who, how they relate, consent, "Soumettre". */
export function RepresentativeForm({ caseId, programme, onInvited, onCancel }: Props) {
  const t = useCaseT();
  const feedback = useFormFeedback();
  const form = useLocalizedForm<Values>(representativeSchema(programme), {
    firstName: '',
    lastName: '',
    relationship: '',
    email: '',
    consent: false,
    notALawyer: false,
    atLeast18: false,
  });
  const { errors, isSubmitting } = form.formState;
  const labels: Record<string, string> = {
    firstName: t('cp.rep.firstName'),
    lastName: t('cp.rep.lastName'),
    relationship: t('cp.rep.relationship'),
    email: t('cp.rep.email'),
    consent: t('cp.rep.consent'),
    ...(programme === 'qc'
      ? { notALawyer: t('cp.rep.notALawyer'), atLeast18: t('cp.rep.atLeast18') }
      : {}),
  };

  const submit = useFormSubmit(form, feedback, { labels }, async (values) => {
    const body: RepresentativeInvitation = {
      firstName: values.firstName.trim(),
      lastName: values.lastName.trim(),
      relationship: values.relationship.trim(),
      email: values.email.trim(),
      consent: true,
    };
    if (programme === 'qc') {
      body.notALawyer = values.notALawyer;
      body.atLeast18 = values.atLeast18;
    }
    await casePageApi.inviteRepresentative(caseId, body);
    await onInvited(`${body.firstName} ${body.lastName}`);
  });

  return (
    <section className="section confirm" aria-labelledby="representative-form-title">
      <h4 id="representative-form-title" tabIndex={-1}>
        {t('cp.rep.add')}
      </h4>
      <p>{t(programme === 'qc' ? 'cp.rep.introQc' : 'cp.rep.introFr')}</p>
      <FormShell
        feedback={feedback}
        errors={errors}
        labels={labels}
        onSubmit={submit}
        submitLabel={t('cp.rep.submit')}
        busy={isSubmitting}
        actions={
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('close.cancel')}
          </button>
        }
      >
        <TextField
          label={labels.firstName!}
          registration={form.register('firstName')}
          error={errors.firstName?.message}
          autoComplete="off"
          required
        />
        <TextField
          label={labels.lastName!}
          registration={form.register('lastName')}
          error={errors.lastName?.message}
          autoComplete="off"
          required
        />
        <TextField
          label={labels.relationship!}
          registration={form.register('relationship')}
          error={errors.relationship?.message}
          hint={t('cp.rep.relationshipHint')}
          required
        />
        <TextField
          type="email"
          label={labels.email!}
          registration={form.register('email')}
          error={errors.email?.message}
          autoComplete="off"
          required
        />
        {programme === 'qc' && (
          <>
            <CheckboxField
              label={labels.notALawyer!}
              registration={form.register('notALawyer')}
              error={errors.notALawyer?.message}
              required
            />
            <CheckboxField
              label={labels.atLeast18!}
              registration={form.register('atLeast18')}
              error={errors.atLeast18?.message}
              required
            />
          </>
        )}
        <CheckboxField
          label={labels.consent!}
          registration={form.register('consent')}
          error={errors.consent?.message}
          required
        />
      </FormShell>
    </section>
  );
}
