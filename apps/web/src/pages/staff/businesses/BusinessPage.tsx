import type { BusinessView, MemberView } from '@entente/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { businessKey, businessesApi } from '../../../api/business-endpoints';
import { useAnnounce } from '../../../components/Announcer';
import { Loading, Notice } from '../../../components/Notice';
import { Page } from '../../../components/Page';
import { useBusinessT } from '../../../i18n/business';
import { apiErrorMessage } from '../../../lib/api-form-errors';
import { AddMemberForm } from './AddMemberForm';

/** ORG-1: a business's participation form and its people (staff; the API answers 404 to others). */
export default function BusinessPage() {
  const t = useBusinessT();
  const id = useParams().id ?? '';
  const business = useQuery({ queryKey: businessKey(id), queryFn: () => businessesApi.get(id) });
  if (business.isPending) return <Loading label={t('app.loading')} />;
  if (business.isError) {
    return (
      <Page title={t('businesses.title')}>
        <Notice tone="error">{apiErrorMessage(business.error, t)}</Notice>
      </Page>
    );
  }
  return <BusinessDetails business={business.data} />;
}

function BusinessDetails({ business }: { business: BusinessView }) {
  const t = useBusinessT();
  const head = business.addresses[0];
  const address = head
    ? [head.line1, head.line2, head.city, head.region, head.postalCode, head.country]
        .filter(Boolean)
        .join(', ')
    : '';
  return (
    <Page title={business.legalName} width="wide">
      <p>
        <Link to="/staff/businesses">{t('business.back')}</Link>
      </p>
      <dl className="facts">
        <dt>{t('business.programme')}</dt>
        <dd>{t(`business.programme.${business.programme}`)}</dd>
        <dt>{t('business.registrationNumber')}</dt>
        <dd>{business.registrationNumber}</dd>
        <dt>{t('business.sector')}</dt>
        <dd>{business.sector}</dd>
        <dt>{t('business.participationDate')}</dt>
        <dd>{business.participationDate}</dd>
        {address && (
          <>
            <dt>{t('business.address')}</dt>
            <dd>{address}</dd>
          </>
        )}
        {business.withdrawnAt && (
          <>
            <dt>{t('businesses.withdrawn')}</dt>
            <dd>{business.withdrawnAt.slice(0, 10)}</dd>
          </>
        )}
      </dl>
      <section className="section" aria-labelledby="business-members">
        <h2 id="business-members">{t('business.members')}</h2>
        {business.members.length === 0 ? (
          <p>{t('business.noMembers')}</p>
        ) : (
          <ul className="card-list">
            {business.members.map((member) => (
              <MemberCard
                key={`${member.role}-${member.userId}`}
                business={business}
                member={member}
              />
            ))}
          </ul>
        )}
      </section>
      {business.canManageRepresentatives ? (
        <AddMemberForm business={business} />
      ) : (
        <Notice tone="info" live={false}>
          {t('member.byOffice')}
        </Notice>
      )}
    </Page>
  );
}

function MemberCard({ business, member }: { business: BusinessView; member: MemberView }) {
  const t = useBusinessT();
  const client = useQueryClient();
  const announce = useAnnounce();
  const name = `${member.givenName} ${member.familyName}`;
  const remove = async () => {
    await businessesApi.removeMember(business.id, member.role, member.userId);
    announce(t('member.removed', { name }));
    await client.invalidateQueries({ queryKey: businessKey(business.id) });
  };
  return (
    <li className="card">
      <h3 className="card__title">{name}</h3>
      <dl className="facts facts--inline">
        <dt>{t('member.role')}</dt>
        <dd>{t(`business.role.${member.role}`)}</dd>
        <dt>{t('member.email')}</dt>
        <dd>{member.email}</dd>
        <dt>{t('member.status')}</dt>
        <dd>{t(`business.status.${member.status}`)}</dd>
      </dl>
      {business.canManageRepresentatives && (
        <div className="actions">
          <button type="button" className="button button--secondary" onClick={() => void remove()}>
            {t('member.remove', { name })}
          </button>
        </div>
      )}
    </li>
  );
}
