import type { DraftView, ProposalDraft } from '@entente/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { z } from 'zod';
import { documentsApi, draftApi } from '../../api/endpoints';
import { queryKeys } from '../../api/queries';
import { useAnnounce } from '../../components/Announcer';
import {
  controlAria,
  FieldError,
  FieldFrame,
  fieldId,
  SelectField,
  TextField,
  describedBy,
} from '../../components/fields';
import { FormShell } from '../../components/FormShell';
import { useDraftT } from '../../i18n/draft';
import { useLanguage } from '../../i18n/hooks';
import { cx } from '../../lib/cx';
import { formatMoneyInput, parseMoney } from '../../lib/money';
import { useFormFeedback } from '../../lib/use-form-feedback';
import { useFormSubmit } from '../../lib/use-form-submit';
import { useLocalizedForm } from '../../lib/use-localized-form';
import { renameApiFields } from './api-fields';
import { SavedNotice } from './NextStepLink';
import { SOLUTION_KINDS, type SolutionKind } from './options';

/** `packages/domain` MAX_TERMS_LENGTH and MAX_SOLUTION_TEXT_LENGTH. */
const MAX_TERMS = 4000;
const MAX_TEXT = 1000;

interface ProposalValues {
  kinds: SolutionKind[];
  refundAmount: string;
  priceReductionAmount: string;
  damagesAmount: string;
  damagesDocument: string;
  deliveryDate: string;
  otherText: string;
  terms: string;
}
type ProposalField = keyof ProposalValues;

/** The form field holding each kind's amount, date, text or document. */
const DETAIL_FIELDS: Readonly<Record<SolutionKind, readonly ProposalField[]>> = {
  refund: ['refundAmount'],
  repair: [],
  replacement: [],
  delivery_or_service: ['deliveryDate'],
  contract_cancellation: [],
  price_reduction: ['priceReductionAmount'],
  damages: ['damagesAmount', 'damagesDocument'],
  other_compensation: ['otherText'],
};

const money = z.string().refine((value) => parseMoney(value) !== null, { error: 'amount' });

const proposalFormSchema = z.object({
  kinds: z.array(z.enum(SOLUTION_KINDS)),
  refundAmount: money,
  priceReductionAmount: money,
  damagesAmount: money,
  damagesDocument: z.string(),
  deliveryDate: z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/, { error: 'date' }),
  otherText: z.string().max(MAX_TEXT, { error: 'tooLong' }),
  terms: z.string().max(MAX_TERMS, { error: 'tooLong' }),
});

type Solution = NonNullable<ProposalDraft['solutions']>[number];

function toValues(proposal: ProposalDraft, locale: string): ProposalValues {
  const values: ProposalValues = {
    kinds: [],
    refundAmount: '',
    priceReductionAmount: '',
    damagesAmount: '',
    damagesDocument: '',
    deliveryDate: '',
    otherText: '',
    terms: proposal.terms ?? '',
  };
  for (const solution of proposal.solutions ?? []) {
    values.kinds.push(solution.kind);
    switch (solution.kind) {
      case 'refund':
        values.refundAmount = formatMoneyInput(solution.amountMinor, locale);
        break;
      case 'price_reduction':
        values.priceReductionAmount = formatMoneyInput(solution.amountMinor, locale);
        break;
      case 'damages':
        values.damagesAmount = formatMoneyInput(solution.amountMinor, locale);
        values.damagesDocument = solution.supportingDocumentId ?? '';
        break;
      case 'delivery_or_service':
        values.deliveryDate = solution.byDate ?? '';
        break;
      case 'other_compensation':
        values.otherText = solution.text ?? '';
        break;
      default:
        break;
    }
  }
  return values;
}

const amountOf = (text: string) => parseMoney(text) ?? undefined;
const textOf = (text: string) => (text.trim() === '' ? undefined : text.trim());

function toSolution(kind: SolutionKind, v: ProposalValues): Solution {
  switch (kind) {
    case 'refund':
      return { kind, amountMinor: amountOf(v.refundAmount) };
    case 'price_reduction':
      return { kind, amountMinor: amountOf(v.priceReductionAmount) };
    case 'damages':
      return {
        kind,
        amountMinor: amountOf(v.damagesAmount),
        supportingDocumentId: textOf(v.damagesDocument),
      };
    case 'delivery_or_service':
      return { kind, byDate: textOf(v.deliveryDate) };
    case 'other_compensation':
      return { kind, text: textOf(v.otherText) };
    default:
      return { kind };
  }
}

/** Solutions in the list's order, without their empty details (a draft may be incomplete). */
function solutionsOf(v: ProposalValues): SolutionKind[] {
  return SOLUTION_KINDS.filter((kind) => v.kinds.includes(kind));
}

function toDraft(v: ProposalValues): ProposalDraft {
  const solutions = solutionsOf(v).map((kind) => {
    const solution = toSolution(kind, v);
    return Object.fromEntries(
      Object.entries(solution).filter(([, value]) => value !== undefined),
    ) as Solution;
  });
  return { solutions, terms: v.terms };
}

/** `solutions.<index>.<field>` (the order sent) → the form's field. */
function formFieldFor(kinds: readonly SolutionKind[]) {
  return (key: string): string => {
    const path = key.replace(/^proposal\./, '');
    const match = /^solutions\.(\d+)\.(\w+)$/.exec(path);
    if (!match) return path === 'solutions' ? 'kinds' : path;
    const kind = kinds[Number(match[1])];
    if (!kind) return 'kinds';
    const details = DETAIL_FIELDS[kind];
    const field = match[2] === 'supportingDocumentId' ? details[1] : details[0];
    return field ?? 'kinds';
  };
}

/** QC-6 "Proposition": the solutions asked of the merchant and the agreement's terms. */
export function ProposalStep({ draft }: { draft: DraftView }) {
  const t = useDraftT();
  const { locale } = useLanguage();
  const client = useQueryClient();
  const announce = useAnnounce();
  const feedback = useFormFeedback();
  const [saved, setSaved] = useState(false);
  const documents = useQuery({
    queryKey: queryKeys.caseDocuments(draft.caseId),
    queryFn: () => documentsApi.list(draft.caseId),
  });
  const form = useLocalizedForm<ProposalValues>(
    proposalFormSchema,
    toValues(draft.proposal, locale),
  );
  const { errors, isSubmitting } = form.formState;
  const { register } = form;
  const kinds = form.watch('kinds');

  const labels: Record<ProposalField, string> = {
    kinds: t('prop.solutions'),
    refundAmount: t('prop.refundAmount'),
    deliveryDate: t('prop.deliveryDate'),
    priceReductionAmount: t('prop.priceReductionAmount'),
    damagesAmount: t('prop.damagesAmount'),
    damagesDocument: t('prop.damagesDocument'),
    otherText: t('prop.otherText'),
    terms: t('prop.terms'),
  };

  const submit = useFormSubmit(
    form,
    feedback,
    { labels, onError: () => setSaved(false) },
    async (values) => {
      setSaved(false);
      try {
        await draftApi.saveProposal(draft.caseId, toDraft(values));
      } catch (error) {
        throw renameApiFields(error, formFieldFor(solutionsOf(values)));
      }
      await client.invalidateQueries({ queryKey: queryKeys.caseDraft(draft.caseId) });
      setSaved(true);
      announce(t('draft.saved'));
    },
  );

  const err = (name: ProposalField) => errors[name]?.message;
  const amount = (name: ProposalField) => (
    <TextField
      label={labels[name]}
      registration={register(name)}
      error={err(name)}
      hint={t('desc.amountHint')}
      inputMode="decimal"
      className="field--short"
      required
    />
  );
  const documentOptions = (documents.data?.documents ?? []).filter((doc) => !doc.system);

  function details(kind: SolutionKind) {
    switch (kind) {
      case 'refund':
        return amount('refundAmount');
      case 'price_reduction':
        return amount('priceReductionAmount');
      case 'damages':
        return (
          <>
            {amount('damagesAmount')}
            {documentOptions.length > 0 ? (
              <SelectField
                label={labels.damagesDocument}
                registration={register('damagesDocument')}
                error={err('damagesDocument')}
                required
                options={[
                  { value: '', label: t('prop.damagesDocument.choose') },
                  ...documentOptions.map((doc) => ({ value: doc.id, label: doc.name })),
                ]}
              />
            ) : (
              <p className="field__hint">{t('prop.damagesDocument.none')}</p>
            )}
          </>
        );
      case 'delivery_or_service':
        return (
          <TextField
            type="date"
            label={labels.deliveryDate}
            registration={register('deliveryDate')}
            error={err('deliveryDate')}
            className="field--short"
            required
          />
        );
      case 'other_compensation':
        return textArea('otherText', 3, true);
      default:
        return null;
    }
  }

  function textArea(name: ProposalField, rows: number, required = false) {
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

  const kindsId = fieldId('kinds');
  const kindsError = err('kinds');
  return (
    <>
      <p>{t('prop.intro')}</p>
      <FormShell
        feedback={feedback}
        errors={errors}
        labels={labels}
        onSubmit={submit}
        submitLabel={t('draft.save')}
        busy={isSubmitting}
        status={saved && <SavedNotice caseId={draft.caseId} next="documents" />}
      >
        <fieldset
          className={cx('field', 'choice-group', kindsError && 'field--invalid')}
          aria-describedby={describedBy(kindsId, true, kindsError)}
        >
          <legend className="field__label">
            <span className="required-mark" aria-hidden="true">
              *{' '}
            </span>
            {labels.kinds}
          </legend>
          <p id={`${kindsId}-hint`} className="field__hint">
            {t('prop.solutions.hint')}
          </p>
          <FieldError id={kindsId} message={kindsError} />
          {SOLUTION_KINDS.map((kind, index) => {
            const id = index === 0 ? kindsId : `${kindsId}-${kind}`;
            return (
              <Fragment key={kind}>
                <div className="checkbox__row choice-group__option">
                  <input
                    id={id}
                    type="checkbox"
                    value={kind}
                    className="checkbox__input"
                    aria-invalid={kindsError ? true : undefined}
                    {...register('kinds')}
                  />
                  <label htmlFor={id}>{t(`prop.kind.${kind}`)}</label>
                </div>
                {kinds.includes(kind) && DETAIL_FIELDS[kind].length > 0 && (
                  <div className="choice-group__details">{details(kind)}</div>
                )}
              </Fragment>
            );
          })}
        </fieldset>
        {textArea('terms', 6)}
      </FormShell>
    </>
  );
}
