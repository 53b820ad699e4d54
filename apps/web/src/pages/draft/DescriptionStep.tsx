import type {
  ContractPlace,
  DraftView,
  ProblemDescriptionDraft,
  ProblemNature,
} from '@entente/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { z } from 'zod';
import { draftApi } from '../../api/endpoints';
import { queryKeys } from '../../api/queries';
import { useAnnounce } from '../../components/Announcer';
import { controlAria, FieldFrame, fieldId, TextField } from '../../components/fields';
import { FormShell } from '../../components/FormShell';
import { useDraftT } from '../../i18n/draft';
import { useLanguage } from '../../i18n/hooks';
import { formatMoneyInput, parseMoney } from '../../lib/money';
import { useFormFeedback } from '../../lib/use-form-feedback';
import { useFormSubmit } from '../../lib/use-form-submit';
import { useLocalizedForm } from '../../lib/use-localized-form';
import { renameApiFields } from './api-fields';
import { ChoiceGroup } from './ChoiceGroup';
import { SavedNotice } from './NextStepLink';
import { CONTRACT_PLACES, PROBLEM_NATURES } from './options';

type YesNo = '' | 'yes' | 'no';

interface DescriptionValues {
  goodOrService: string;
  brand: string;
  model: string;
  serialNumber: string;
  accountNumber: string;
  invoiceAmount: string;
  paidInFull: YesNo;
  invoiceDate: string;
  contractPlace: ContractPlace | '';
  contractPlaceDetails: string;
  promisedDate: string;
  merchantPhone: string;
  merchantAddress: string;
  priorSteps: YesNo;
  priorStepsDetails: string;
  problemNatures: ProblemNature[];
  problemNatureDetails: string;
  additionalInformation: string;
}

const text = (max: number) => z.string().max(max, { error: 'tooLong' });
const optionalDate = z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/, { error: 'date' });

/** What a save checks in the browser: well-formed values (a draft may be incomplete). */
const descriptionFormSchema = z.object({
  goodOrService: text(200),
  brand: text(100),
  model: text(100),
  serialNumber: text(100),
  accountNumber: text(100),
  invoiceAmount: z.string().refine((value) => parseMoney(value) !== null, { error: 'amount' }),
  paidInFull: z.enum(['', 'yes', 'no']),
  invoiceDate: optionalDate,
  contractPlace: z.enum(['', ...CONTRACT_PLACES], { error: 'invalidChoice' }),
  contractPlaceDetails: text(500),
  promisedDate: optionalDate,
  merchantPhone: z
    .string()
    .max(30, { error: 'tooLong' })
    .regex(/^[+()\d\s.-]*$/, { error: 'phone' }),
  merchantAddress: text(500),
  priorSteps: z.enum(['', 'yes', 'no']),
  priorStepsDetails: text(2000),
  problemNatures: z.array(z.enum(PROBLEM_NATURES)),
  problemNatureDetails: text(500),
  additionalInformation: text(4000),
});

const yesNo = (value: boolean | undefined): YesNo =>
  value === undefined ? '' : value ? 'yes' : 'no';
const fromYesNo = (value: YesNo): boolean | undefined =>
  value === '' ? undefined : value === 'yes';
const opt = (value: string): string | undefined => (value.trim() === '' ? undefined : value.trim());

function toValues(d: ProblemDescriptionDraft, locale: string): DescriptionValues {
  return {
    goodOrService: d.goodOrService ?? '',
    brand: d.brand ?? '',
    model: d.model ?? '',
    serialNumber: d.serialNumber ?? '',
    accountNumber: d.accountNumber ?? '',
    invoiceAmount: formatMoneyInput(d.invoiceAmountMinor, locale),
    paidInFull: yesNo(d.paidInFull),
    invoiceDate: d.invoiceDate ?? '',
    contractPlace: d.contractPlace ?? '',
    contractPlaceDetails: d.contractPlaceDetails ?? '',
    promisedDate: d.promisedDate ?? '',
    merchantPhone: d.merchantPhone ?? '',
    merchantAddress: d.merchantAddress ?? '',
    priorSteps: yesNo(d.priorSteps),
    priorStepsDetails: d.priorStepsDetails ?? '',
    problemNatures: d.problemNatures ?? [],
    problemNatureDetails: d.problemNatureDetails ?? '',
    additionalInformation: d.additionalInformation ?? '',
  };
}

function toDraft(v: DescriptionValues): ProblemDescriptionDraft {
  const draft: ProblemDescriptionDraft = {
    goodOrService: opt(v.goodOrService),
    brand: opt(v.brand),
    model: opt(v.model),
    serialNumber: opt(v.serialNumber),
    accountNumber: opt(v.accountNumber),
    invoiceAmountMinor: parseMoney(v.invoiceAmount) ?? undefined,
    paidInFull: fromYesNo(v.paidInFull),
    invoiceDate: opt(v.invoiceDate),
    contractPlace: v.contractPlace === '' ? undefined : v.contractPlace,
    contractPlaceDetails: v.contractPlace === 'other' ? opt(v.contractPlaceDetails) : undefined,
    promisedDate: opt(v.promisedDate),
    merchantPhone: opt(v.merchantPhone),
    merchantAddress: opt(v.merchantAddress),
    priorSteps: fromYesNo(v.priorSteps),
    priorStepsDetails: v.priorSteps === 'yes' ? opt(v.priorStepsDetails) : undefined,
    problemNatures: v.problemNatures.length > 0 ? v.problemNatures : undefined,
    problemNatureDetails: v.problemNatures.includes('other')
      ? opt(v.problemNatureDetails)
      : undefined,
    additionalInformation: opt(v.additionalInformation),
  };
  return Object.fromEntries(
    Object.entries(draft).filter(([, value]) => value !== undefined),
  ) as ProblemDescriptionDraft;
}

/** API field names that differ from the form's. */
const API_FIELDS: Readonly<Record<string, keyof DescriptionValues>> = {
  invoiceAmountMinor: 'invoiceAmount',
};

function formField(key: string): string {
  const name = key.replace(/^description\./, '');
  return API_FIELDS[name] ?? name;
}

/** QC-5 "Description du problème": every field of seed 000, saved as a draft with "Enregistrer". */
export function DescriptionStep({ draft }: { draft: DraftView }) {
  const t = useDraftT();
  const { locale } = useLanguage();
  const client = useQueryClient();
  const announce = useAnnounce();
  const feedback = useFormFeedback();
  const [saved, setSaved] = useState(false);
  const form = useLocalizedForm<DescriptionValues>(
    descriptionFormSchema,
    toValues(draft.description, locale),
  );
  const { errors, isSubmitting } = form.formState;
  const { register } = form;
  const contractPlace = form.watch('contractPlace');
  const priorSteps = form.watch('priorSteps');
  const natures = form.watch('problemNatures');

  const labels: Record<keyof DescriptionValues, string> = {
    goodOrService: t('desc.goodOrService'),
    brand: t('desc.brand'),
    model: t('desc.model'),
    serialNumber: t('desc.serialNumber'),
    accountNumber: t('desc.accountNumber'),
    invoiceAmount: t('desc.invoiceAmount'),
    paidInFull: t('desc.paidInFull'),
    invoiceDate: t('desc.invoiceDate'),
    contractPlace: t('desc.contractPlace'),
    contractPlaceDetails: t('desc.contractPlaceDetails'),
    promisedDate: t('desc.promisedDate'),
    merchantPhone: t('desc.merchantPhone'),
    merchantAddress: t('desc.merchantAddress'),
    priorSteps: t('desc.priorSteps'),
    priorStepsDetails: t('desc.priorStepsDetails'),
    problemNatures: t('desc.problemNatures'),
    problemNatureDetails: t('desc.problemNatureDetails'),
    additionalInformation: t('desc.additionalInformation'),
  };

  const submit = useFormSubmit(
    form,
    feedback,
    { labels, onError: () => setSaved(false) },
    async (values) => {
      setSaved(false);
      try {
        await draftApi.saveDescription(draft.caseId, toDraft(values));
      } catch (error) {
        throw renameApiFields(error, formField);
      }
      await client.invalidateQueries({ queryKey: queryKeys.caseDraft(draft.caseId) });
      setSaved(true);
      announce(t('draft.saved'));
    },
  );

  const yesNoOptions = [
    { value: 'yes', label: t('draft.yes') },
    { value: 'no', label: t('draft.no') },
  ];
  const err = (name: keyof DescriptionValues) => errors[name]?.message;

  function area(name: keyof DescriptionValues, rows: number, required = false) {
    const id = fieldId(name);
    const field = { label: labels[name], error: err(name), required };
    return (
      <FieldFrame id={id} {...field}>
        <textarea
          id={id}
          className="input textarea"
          rows={rows}
          {...controlAria(id, field)}
          {...register(name)}
        />
      </FieldFrame>
    );
  }

  return (
    <FormShell
      feedback={feedback}
      errors={errors}
      labels={labels}
      onSubmit={submit}
      submitLabel={t('draft.save')}
      busy={isSubmitting}
      status={saved && <SavedNotice caseId={draft.caseId} next="proposal" />}
    >
      <TextField
        label={labels.goodOrService}
        registration={register('goodOrService')}
        error={err('goodOrService')}
        required
      />
      <TextField label={labels.brand} registration={register('brand')} error={err('brand')} />
      <TextField label={labels.model} registration={register('model')} error={err('model')} />
      <TextField
        label={labels.serialNumber}
        registration={register('serialNumber')}
        error={err('serialNumber')}
      />
      <TextField
        label={labels.accountNumber}
        registration={register('accountNumber')}
        error={err('accountNumber')}
      />
      <TextField
        label={labels.invoiceAmount}
        registration={register('invoiceAmount')}
        error={err('invoiceAmount')}
        hint={t('desc.amountHint')}
        inputMode="decimal"
        className="field--short"
      />
      <ChoiceGroup
        type="radio"
        legend={labels.paidInFull}
        registration={register('paidInFull')}
        options={yesNoOptions}
        error={err('paidInFull')}
        required
      />
      <TextField
        type="date"
        label={labels.invoiceDate}
        registration={register('invoiceDate')}
        error={err('invoiceDate')}
        className="field--short"
      />
      <ChoiceGroup
        type="radio"
        legend={labels.contractPlace}
        registration={register('contractPlace')}
        options={CONTRACT_PLACES.map((value) => ({
          value,
          label: t(`desc.contractPlace.${value}`),
        }))}
        error={err('contractPlace')}
        required
      />
      {contractPlace === 'other' && (
        <TextField
          label={labels.contractPlaceDetails}
          registration={register('contractPlaceDetails')}
          error={err('contractPlaceDetails')}
          required
        />
      )}
      <TextField
        type="date"
        label={labels.promisedDate}
        registration={register('promisedDate')}
        error={err('promisedDate')}
        className="field--short"
      />
      <fieldset className="fieldset">
        <legend>{t('desc.merchantHeading')}</legend>
        <TextField
          type="tel"
          label={labels.merchantPhone}
          registration={register('merchantPhone')}
          error={err('merchantPhone')}
          className="field--short"
        />
        {area('merchantAddress', 3, true)}
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t('desc.priorStepsHeading')}</legend>
        <ChoiceGroup
          type="radio"
          legend={labels.priorSteps}
          registration={register('priorSteps')}
          options={yesNoOptions}
          error={err('priorSteps')}
          required
        />
        {priorSteps === 'yes' && area('priorStepsDetails', 4, true)}
      </fieldset>
      <ChoiceGroup
        type="checkbox"
        legend={labels.problemNatures}
        hint={t('desc.problemNatures.hint')}
        registration={register('problemNatures')}
        options={PROBLEM_NATURES.map((value) => ({ value, label: t(`desc.nature.${value}`) }))}
        error={err('problemNatures')}
        required
      />
      {natures.includes('other') && (
        <TextField
          label={labels.problemNatureDetails}
          registration={register('problemNatureDetails')}
          error={err('problemNatureDetails')}
          required
        />
      )}
      {area('additionalInformation', 5)}
    </FormShell>
  );
}
