import {
  FOLLOWUP_PARTIES,
  MESSAGE_MAX_LENGTH,
  messageLength,
  type CaseFollowups,
} from '@entente/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { mediationApi, mediationKeys } from '../../../api/mediation-endpoints';
import { useAnnounce } from '../../../components/Announcer';
import { controlAria, FieldFrame, fieldId } from '../../../components/fields';
import { FormShell } from '../../../components/FormShell';
import { useFormat } from '../../../i18n/hooks';
import { useMediationT } from '../../../i18n/mediation';
import { cx } from '../../../lib/cx';
import { useFormFeedback } from '../../../lib/use-form-feedback';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { useLocalizedForm } from '../../../lib/use-localized-form';
import { ChoiceGroup } from '../../draft/ChoiceGroup';
import { followupFormSchema, renamed, type FollowupFormValues } from './followup-form';
import './followups.css';

/**
 * QC-20 "relance" (seed 001 §1.5): on the case's summary, its mediator asks the office to try to
 * reach a silent party, then reads each request's status and the office's answer. Nothing shows
 * to anyone else (the API answers them 404).
 */
export function FollowupSection({ caseId }: { caseId: string }) {
  const t = useMediationT();
  const followups = useQuery({
    queryKey: mediationKeys.caseFollowups(caseId),
    queryFn: () => mediationApi.caseFollowups(caseId),
    retry: false,
  });
  if (!followups.data) return null;
  const { items, mayRequest } = followups.data;
  return (
    <>
      {mayRequest && <FollowupForm caseId={caseId} />}
      <section className="section" aria-labelledby="followups-list">
        <h3 id="followups-list">{t('followup.listTitle')}</h3>
        {items.length === 0 ? <p>{t('followup.none')}</p> : <FollowupList items={items} />}
      </section>
    </>
  );
}

function FollowupList({ items }: { items: CaseFollowups['items'] }) {
  const t = useMediationT();
  const format = useFormat();
  return (
    <ul className="card-list">
      {items.map((item) => (
        <li key={item.id} className="card">
          <h4 className="card__title">
            {t('followup.askedOn', { date: format.dateTime(item.createdAt) })}
          </h4>
          <dl className="facts facts--inline">
            <dt>{t('followup.party')}</dt>
            <dd>{t(`followup.party.${item.party}`)}</dd>
            <dt>{t('followup.message')}</dt>
            <dd className="followup-text">{item.message}</dd>
            <dt>{t('followup.status')}</dt>
            <dd>{t(`followup.status.${item.status}`)}</dd>
            {item.resolution !== null && item.resolvedAt !== null && (
              <>
                <dt>{t('followup.resolution', { date: format.dateTime(item.resolvedAt) })}</dt>
                <dd className="followup-text">{item.resolution}</dd>
              </>
            )}
          </dl>
        </li>
      ))}
    </ul>
  );
}

function FollowupForm({ caseId }: { caseId: string }) {
  const t = useMediationT();
  const client = useQueryClient();
  const announce = useAnnounce();
  const feedback = useFormFeedback();
  const form = useLocalizedForm<FollowupFormValues>(followupFormSchema, {
    followupParty: '',
    followupMessage: '',
  });
  const { errors, isSubmitting } = form.formState;
  const labels = { followupParty: t('followup.party'), followupMessage: t('followup.message') };
  const left = MESSAGE_MAX_LENGTH - messageLength(form.watch('followupMessage'));
  const id = fieldId('followupMessage');
  const counterId = `${id}-counter`;
  const field = {
    label: labels.followupMessage,
    error: errors.followupMessage?.message,
    hint: t('followup.allowed'),
    required: true,
  };
  const aria = controlAria(id, field);

  const submit = useFormSubmit(form, feedback, { labels }, async (values) => {
    if (values.followupParty === '') return;
    try {
      await mediationApi.requestFollowup(caseId, {
        party: values.followupParty,
        message: values.followupMessage,
      });
    } catch (error) {
      throw renamed(error);
    }
    form.reset();
    announce(t('followup.sent'));
    await client.invalidateQueries({ queryKey: mediationKeys.caseFollowups(caseId) });
  });

  return (
    <section className="section" aria-labelledby="followup-form">
      <h3 id="followup-form">{t('followup.title')}</h3>
      <p>{t('followup.intro')}</p>
      <FormShell
        feedback={feedback}
        errors={errors}
        labels={labels}
        onSubmit={submit}
        submitLabel={t('followup.submit')}
        busy={isSubmitting}
      >
        <ChoiceGroup
          type="radio"
          legend={labels.followupParty}
          registration={form.register('followupParty')}
          options={FOLLOWUP_PARTIES.map((value) => ({
            value,
            label: t(`followup.party.${value}`),
          }))}
          error={errors.followupParty?.message}
          required
        />
        <FieldFrame id={id} {...field}>
          <textarea
            id={id}
            className="input textarea"
            rows={5}
            {...aria}
            aria-describedby={cx(aria['aria-describedby'], counterId)}
            {...form.register('followupMessage')}
          />
          <p id={counterId} className={cx('followup-counter', left < 0 && 'is-over')}>
            {left >= 0
              ? t(left === 1 ? 'followup.remaining.one' : 'followup.remaining.other', {
                  count: left,
                })
              : t('followup.over', { count: MESSAGE_MAX_LENGTH })}
          </p>
        </FieldFrame>
      </FormShell>
    </section>
  );
}
