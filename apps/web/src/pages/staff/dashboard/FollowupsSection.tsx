import type { FollowupView, StaffDashboard } from '@entente/contracts';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { useFormat } from '../../../i18n/hooks';
import { useStaffDashboardT } from '../../../i18n/staff-dashboard';
import { FollowupResolveForm } from './FollowupResolveForm';

/**
 * QC-20, STF-1: the mediators' open requests to reach a silent party, newest first. One
 * "Marquer comme traitée" form is open at a time; once handled the request leaves the list and
 * the focus returns to the section's heading.
 */
export function FollowupsSection({ followups }: { followups: StaffDashboard['followups'] }) {
  const t = useStaffDashboardT();
  const [open, setOpen] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const resolved = () => {
    setOpen(null);
    headingRef.current?.focus();
  };
  return (
    <section className="section" aria-labelledby="dash-followups">
      <h2 id="dash-followups" ref={headingRef} tabIndex={-1}>
        {t('dash.followups.title')}
      </h2>
      {followups.open === 0 ? (
        <p>{t('dash.followups.none')}</p>
      ) : (
        <>
          <p>{t('dash.followups.count', { count: followups.open })}</p>
          <ul className="card-list">
            {followups.newest.map((followup) => (
              <FollowupCard
                key={followup.id}
                followup={followup}
                resolving={open === followup.id}
                onToggle={() => setOpen(open === followup.id ? null : followup.id)}
                onResolved={resolved}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function FollowupCard(props: {
  followup: FollowupView;
  resolving: boolean;
  onToggle: () => void;
  onResolved: () => void;
}) {
  const { followup } = props;
  const t = useStaffDashboardT();
  const format = useFormat();
  const panelId = `followup-resolve-${followup.id}`;
  return (
    <li className="card">
      <h3 className="card__title">
        <Link to={`/cases/${followup.caseId}`}>
          {t('dash.followups.heading', {
            caseNumber: followup.caseNumber,
            date: format.dateTime(followup.createdAt),
          })}
        </Link>
      </h3>
      <dl className="facts facts--inline">
        <dt>{t('dash.followups.mediator')}</dt>
        <dd>{followup.mediator.name}</dd>
        <dt>{t('dash.followups.party')}</dt>
        <dd>{t(`dash.followups.party.${followup.party}`)}</dd>
      </dl>
      <dl className="facts">
        <dt>{t('dash.followups.message')}</dt>
        <dd className="followup-card__message">{followup.message}</dd>
      </dl>
      <div className="actions">
        <button
          type="button"
          className="button button--secondary"
          aria-expanded={props.resolving}
          aria-controls={panelId}
          onClick={props.onToggle}
        >
          {t('dash.followups.handle')}
          <span className="visually-hidden">
            {' '}
            {t('dash.followups.handleWhich', { caseNumber: followup.caseNumber })}
          </span>
        </button>
      </div>
      <div id={panelId} hidden={!props.resolving}>
        {props.resolving && (
          <FollowupResolveForm followup={followup} onResolved={props.onResolved} />
        )}
      </div>
    </li>
  );
}
