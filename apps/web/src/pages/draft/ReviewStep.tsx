import type { AgreementTextView, DraftView } from '@entente/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Fragment, useEffect, useRef, useState, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { ApiError } from '../../api/client';
import { documentsApi, draftApi } from '../../api/endpoints';
import { queryKeys } from '../../api/queries';
import { useAnnounce } from '../../components/Announcer';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Notice } from '../../components/Notice';
import { FOCUS_MANAGED } from '../../components/Page';
import { useDraftT, type DraftTranslate } from '../../i18n/draft';
import { useLanguage } from '../../i18n/hooks';
import { apiErrorMessage } from '../../lib/api-form-errors';
import { formatMoneyInput } from '../../lib/money';
import { SOLUTION_KINDS } from './options';
import { isWizardStep, stepLabelKey, stepPath, type WizardStep } from './steps';

/** QC-7 "Révision et soumission du dossier": each step summed up, the preview, the submission. */
export function ReviewStep({ draft }: { draft: DraftView }) {
  const t = useDraftT();
  const missing = Object.entries(draft.missing);
  return (
    <>
      <p>{t('review.intro')}</p>
      {missing.length > 0 ? (
        <Notice tone="info" live={false}>
          <h4>{t('review.missing')}</h4>
          <p>{t('review.missingIntro')}</p>
          <ul>
            {missing.map(([key, message]) => (
              <MissingItem key={key} caseId={draft.caseId} field={key} message={message} />
            ))}
          </ul>
        </Notice>
      ) : (
        <Notice tone="success" live={false}>
          {t('review.ready')}
        </Notice>
      )}
      <PartiesSummary draft={draft} />
      <DescriptionSummary draft={draft} />
      <ProposalSummary draft={draft} />
      <DocumentsSummary caseId={draft.caseId} />
      <Preview caseId={draft.caseId} />
      <SubmitCase caseId={draft.caseId} />
    </>
  );
}

function MissingItem(props: { caseId: string; field: string; message: string }) {
  const t = useDraftT();
  const segment = props.field.split('.')[0];
  const step: WizardStep | null = isWizardStep(segment) ? segment : null;
  return (
    <li>
      {step ? (
        <Link to={stepPath(props.caseId, step)} state={FOCUS_MANAGED}>
          {t(stepLabelKey(step))}
        </Link>
      ) : null}
      {step ? ' : ' : ''}
      {props.message}
    </li>
  );
}

/** A step's summary: its heading, a "Modifier" link to it, then its facts. */
function StepSummary(props: { caseId: string; step: WizardStep; children: ReactNode }) {
  const t = useDraftT();
  const label = t(stepLabelKey(props.step));
  const id = `review-${props.step}`;
  return (
    <section className="section review-step" aria-labelledby={id}>
      <div className="review-step__head">
        <h4 id={id}>{label}</h4>
        <Link to={stepPath(props.caseId, props.step)} state={FOCUS_MANAGED}>
          {t('review.edit')}
          <span className="visually-hidden"> {t('review.editStep', { step: label })}</span>
        </Link>
      </div>
      {props.children}
    </section>
  );
}

function Facts({ rows }: { rows: ReadonlyArray<readonly [string, ReactNode]> }) {
  return (
    <dl className="facts">
      {rows.map(([term, value]) => (
        <Fragment key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}

const shown = (t: DraftTranslate, value: string | undefined) =>
  value && value.trim() !== '' ? value : t('review.empty');

function PartiesSummary({ draft }: { draft: DraftView }) {
  const t = useDraftT();
  const p = draft.parties;
  return (
    <StepSummary caseId={draft.caseId} step="parties">
      <Facts
        rows={[
          [t('parties.consumerPhone'), shown(t, p.consumerPhone)],
          [
            t('parties.consumerAddress'),
            <span className="pre-line">{shown(t, p.consumerAddress)}</span>,
          ],
        ]}
      />
      <p>{t(p.confirmed ? 'review.confirmedYes' : 'review.confirmedNo')}</p>
    </StepSummary>
  );
}

function DescriptionSummary({ draft }: { draft: DraftView }) {
  const t = useDraftT();
  const { locale } = useLanguage();
  const d = draft.description;
  const yesNo = (value: boolean | undefined) =>
    value === undefined ? t('review.empty') : t(value ? 'draft.yes' : 'draft.no');
  return (
    <StepSummary caseId={draft.caseId} step="description">
      <Facts
        rows={[
          [t('desc.goodOrService'), shown(t, d.goodOrService)],
          [t('desc.brand'), shown(t, d.brand)],
          [t('desc.model'), shown(t, d.model)],
          [
            t('desc.invoiceAmount'),
            d.invoiceAmountMinor === undefined
              ? t('review.empty')
              : formatMoneyInput(d.invoiceAmountMinor, locale),
          ],
          [t('desc.paidInFull'), yesNo(d.paidInFull)],
          [
            t('desc.contractPlace'),
            d.contractPlace ? t(`desc.contractPlace.${d.contractPlace}`) : t('review.empty'),
          ],
          [t('desc.merchantAddress'), shown(t, d.merchantAddress)],
          [t('desc.priorStepsHeading'), yesNo(d.priorSteps)],
          [
            t('desc.problemNatures'),
            d.problemNatures && d.problemNatures.length > 0
              ? d.problemNatures.map((n) => t(`desc.nature.${n}`)).join(', ')
              : t('review.empty'),
          ],
        ]}
      />
    </StepSummary>
  );
}

function ProposalSummary({ draft }: { draft: DraftView }) {
  const t = useDraftT();
  const { locale } = useLanguage();
  const solutions = [...(draft.proposal.solutions ?? [])].sort(
    (a, b) => SOLUTION_KINDS.indexOf(a.kind) - SOLUTION_KINDS.indexOf(b.kind),
  );
  return (
    <StepSummary caseId={draft.caseId} step="proposal">
      {solutions.length === 0 ? (
        <p>{t('review.solutionsNone')}</p>
      ) : (
        <ul>
          {solutions.map((solution) => {
            let detail = '';
            if ('amountMinor' in solution && solution.amountMinor !== undefined) {
              detail = formatMoneyInput(solution.amountMinor, locale);
            } else if ('byDate' in solution && solution.byDate) detail = solution.byDate;
            else if ('text' in solution && solution.text) detail = solution.text;
            return (
              <li key={solution.kind}>
                {t(`prop.kind.${solution.kind}`)}
                {detail ? ` : ${detail}` : ''}
              </li>
            );
          })}
        </ul>
      )}
      <Facts
        rows={[
          [t('prop.terms'), <span className="pre-line">{shown(t, draft.proposal.terms)}</span>],
        ]}
      />
    </StepSummary>
  );
}

function DocumentsSummary({ caseId }: { caseId: string }) {
  const t = useDraftT();
  const documents = useQuery({
    queryKey: queryKeys.caseDocuments(caseId),
    queryFn: () => documentsApi.list(caseId),
  });
  const list = documents.data?.documents ?? [];
  return (
    <StepSummary caseId={caseId} step="documents">
      <p>{t('review.documentsCount', { count: list.length })}</p>
      {list.length > 0 && (
        <ul>
          {list.map((doc) => (
            <li key={doc.id}>{doc.name}</li>
          ))}
        </ul>
      )}
    </StepSummary>
  );
}

function Preview({ caseId }: { caseId: string }) {
  const t = useDraftT();
  const [preview, setPreview] = useState<AgreementTextView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (preview) heading.current?.focus();
  }, [preview]);

  async function load() {
    setBusy(true);
    setError(null);
    try {
      setPreview(await draftApi.preview(caseId));
    } catch (caught) {
      setPreview(null);
      setError(incompleteMessage(caught, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="review-preview">
      <div className="actions">
        <button
          type="button"
          className="button button--secondary"
          disabled={busy}
          onClick={() => void load()}
        >
          {t('review.preview')}
        </button>
      </div>
      {error && <Notice tone="error">{error}</Notice>}
      {preview && (
        <section className="agreement" aria-labelledby="agreement-preview">
          <h4 id="agreement-preview" ref={heading} tabIndex={-1}>
            {t('review.previewTitle')}
          </h4>
          <p className="field__hint">{t('review.previewHint')}</p>
          <div className="agreement__document">
            <p className="agreement__title">{preview.title}</p>
            <p>{preview.caseLine}</p>
            <dl className="facts facts--inline">
              {preview.parties.map((party) => (
                <Fragment key={party.role}>
                  <dt>{party.label}</dt>
                  <dd>{party.name ?? '—'}</dd>
                </Fragment>
              ))}
            </dl>
            <p>{preview.solutionsHeading}</p>
            <ul>
              {preview.solutions.map((solution) => (
                <li key={solution.kind}>{solution.text}</li>
              ))}
            </ul>
            {preview.terms && (
              <>
                <p>{preview.termsHeading}</p>
                <p className="pre-line">{preview.terms}</p>
              </>
            )}
          </div>
        </section>
      )}
    </div>
  );
}

/** `draft_incomplete`: the API's sentence and each field's message. */
function incompleteMessage(error: unknown, t: DraftTranslate): string {
  const general = apiErrorMessage(error, t);
  if (!(error instanceof ApiError) || error.code !== 'draft_incomplete') return general;
  const fields = Object.values(error.fields);
  return fields.length > 0 ? `${general} ${fields.join(' ')}` : general;
}

function SubmitCase({ caseId }: { caseId: string }) {
  const t = useDraftT();
  const client = useQueryClient();
  const announce = useAnnounce();
  const navigate = useNavigate();

  return (
    <ConfirmDialog
      triggerClassName="button button--primary"
      trigger={t('review.submit')}
      title={t('review.confirmTitle')}
      body={t('review.confirmBody')}
      confirmLabel={t('review.confirm')}
      cancelLabel={t('review.cancel')}
      action={() => draftApi.submit(caseId)}
      onDone={async () => {
        await client.invalidateQueries({ queryKey: queryKeys.cases });
        announce(t('review.submitted'));
        void navigate(`/cases/${encodeURIComponent(caseId)}`);
      }}
      onFailed={() => void client.invalidateQueries({ queryKey: queryKeys.caseDraft(caseId) })}
      errorMessage={(caught) => incompleteMessage(caught, t)}
    />
  );
}
