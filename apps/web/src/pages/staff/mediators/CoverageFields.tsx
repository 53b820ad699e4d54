import type { FieldErrors, FieldValues, Path, UseFormRegister } from 'react-hook-form';
import { TextField } from '../../../components/fields';
import { useMediatorsT } from '../../../i18n/mediators';
import type { ProgrammeChoice } from './mediator-form';
import { ProgrammeChoices } from './ProgrammeChoices';

interface Coverage {
  programmes: ProgrammeChoice[];
  sectors: string;
  regions: string;
  maxActiveCases: string;
}

/**
 * MDR-1: what a mediator covers — programmes, sectors, territories and planned load — the same
 * fields on enrolment and on the mediator's page.
 */
export function CoverageFields<Values extends FieldValues & Coverage>(props: {
  register: UseFormRegister<Values>;
  errors: FieldErrors<Values>;
  labels: Readonly<Record<Exclude<keyof Coverage, 'programmes'>, string>>;
}) {
  const t = useMediatorsT();
  const errors = props.errors as FieldErrors<Coverage>;
  const field = (name: keyof Coverage) => props.register(name as Path<Values>);
  return (
    <>
      <ProgrammeChoices registration={field('programmes')} error={errors.programmes?.message} />
      <TextField
        label={props.labels.sectors}
        registration={field('sectors')}
        error={errors.sectors?.message}
        hint={t('mediator.sectorsHint')}
        autoComplete="off"
      />
      <TextField
        label={props.labels.regions}
        registration={field('regions')}
        error={errors.regions?.message}
        hint={t('mediator.regionsHint')}
        autoComplete="off"
      />
      <TextField
        label={props.labels.maxActiveCases}
        registration={field('maxActiveCases')}
        error={errors.maxActiveCases?.message}
        hint={t('mediator.maxActiveCasesHint')}
        inputMode="numeric"
        className="field--short"
        autoComplete="off"
      />
    </>
  );
}
