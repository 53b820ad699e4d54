import { Fragment } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { CaseDocument } from '../../api/case-types';
import {
  controlAria,
  describedBy,
  FieldError,
  FieldFrame,
  fieldId,
  SelectField,
  TextField,
} from '../../components/fields';
import { useDraftT, type DraftTranslate } from '../../i18n/draft';
import { cx } from '../../lib/cx';
import { SOLUTION_KINDS, type SolutionKind } from './options';
import { DETAIL_FIELDS, type ProposalField, type ProposalValues } from './proposal-form';

/** The labels of the proposal form's fields, in form order (for the error summary). */
export function proposalLabels(t: DraftTranslate): Record<ProposalField, string> {
  return {
    kinds: t('prop.solutions'),
    refundAmount: t('prop.refundAmount'),
    deliveryDate: t('prop.deliveryDate'),
    priceReductionAmount: t('prop.priceReductionAmount'),
    damagesAmount: t('prop.damagesAmount'),
    damagesDocument: t('prop.damagesDocument'),
    otherText: t('prop.otherText'),
    terms: t('prop.terms'),
  };
}

interface Props {
  form: UseFormReturn<ProposalValues>;
  labels: Record<ProposalField, string>;
  /** The case's documents a damages claim may rest on (parties' uploads). */
  documents: readonly CaseDocument[];
  /** Under the solutions' legend: what to tick. */
  hint: string;
  /** Shown instead of the document choice when the case has no document yet. */
  noDocumentHint: string;
}

/**
 * QC-6's structured solutions (one check box per kind, its amount, date, text or supporting
 * document when ticked) and "Précisions et modalités d'application de l'entente": the wizard's
 * proposal and the counter-proposal of the case page are this same form (QC-12).
 */
export function SolutionsFields({ form, labels, documents, hint, noDocumentHint }: Props) {
  const t = useDraftT();
  const { register } = form;
  const { errors } = form.formState;
  const kinds = form.watch('kinds');
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
            {documents.length > 0 ? (
              <SelectField
                label={labels.damagesDocument}
                registration={register('damagesDocument')}
                error={err('damagesDocument')}
                required
                options={[
                  { value: '', label: t('prop.damagesDocument.choose') },
                  ...documents.map((doc) => ({ value: doc.id, label: doc.name })),
                ]}
              />
            ) : (
              <p className="field__hint">{noDocumentHint}</p>
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

  const kindsId = fieldId('kinds');
  const kindsError = err('kinds');
  return (
    <>
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
          {hint}
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
    </>
  );
}
