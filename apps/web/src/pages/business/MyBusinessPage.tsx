import type { BusinessView, MemberView } from '@entente/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { businessesApi } from '../../api/business-endpoints';
import { myBusinessApi, myBusinessesKey } from '../../api/my-business-endpoints';
import { useSession } from '../../api/queries';
import { useAnnounce } from '../../components/Announcer';
import { Loading, Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { useMyBusinessT } from '../../i18n/my-business';
import { apiErrorMessage } from '../../lib/api-form-errors';
import { AddRepresentativeForm, RequestRepresentativeForm } from './RepresentativeForms';

/**
 * ORG-1 "Mon entreprise": each business the person acts for, its number and its people. The
 * respondent adds and removes representatives where the programme allows it, and otherwise
 * asks the office, which grants the request on the business's staff page.
 */
export default function MyBusinessPage() {
  const t = useMyBusinessT();
  const list = useQuery({ queryKey: myBusinessesKey, queryFn: myBusinessApi.list });
  if (list.isPending) return <Loading label={t('app.loading')} />;
  return (
    <Page title={t('myBusiness.title')} width="wide">
      {list.isError ? (
        <Notice tone="error">{apiErrorMessage(list.error, t)}</Notice>
      ) : list.data.items.length === 0 ? (
        <p>{t('myBusiness.none')}</p>
      ) : (
        list.data.items.map((business) => <BusinessSection key={business.id} business={business} />)
      )}
    </Page>
  );
}

function BusinessSection({ business }: { business: BusinessView }) {
  const t = useMyBusinessT();
  const me = useSession().data?.user ?? null;
  const respondent = business.members.some((m) => m.role === 'respondent' && m.userId === me?.id);
  const headingId = `business-${business.id}`;
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>{business.legalName}</h2>
      <dl className="facts">
        <dt>{t(`myBusiness.number.${business.programme}`)}</dt>
        <dd>{business.registrationNumber}</dd>
      </dl>
      {!respondent ? (
        <Notice tone="info" live={false}>
          {t('myBusiness.representativeOnly')}
        </Notice>
      ) : (
        <>
          <h3>{t('myBusiness.people')}</h3>
          <ul className="card-list">
            {business.members.map((member) => (
              <MemberCard
                key={`${member.role}-${member.userId}`}
                business={business}
                member={member}
                self={member.userId === me?.id}
              />
            ))}
          </ul>
          {business.canManageRepresentatives ? (
            <AddRepresentativeForm business={business} />
          ) : (
            <>
              <Notice tone="info" live={false}>
                {t('myBusiness.byOffice')}
              </Notice>
              <RequestRepresentativeForm business={business} />
            </>
          )}
        </>
      )}
    </section>
  );
}

function MemberCard(props: { business: BusinessView; member: MemberView; self: boolean }) {
  const { business, member, self } = props;
  const t = useMyBusinessT();
  const client = useQueryClient();
  const announce = useAnnounce();
  const name = `${member.givenName} ${member.familyName}`;
  const act = async () => {
    try {
      if (business.canManageRepresentatives) {
        await businessesApi.removeMember(business.id, member.role, member.userId);
        announce(t('myBusiness.removed', { name }));
        await client.invalidateQueries({ queryKey: myBusinessesKey });
      } else {
        await myBusinessApi.request(business.id, { action: 'remove', userId: member.userId });
        announce(t('myBusiness.request.sent'));
      }
    } catch (error) {
      announce(apiErrorMessage(error, t));
    }
  };
  const direct = business.canManageRepresentatives;
  return (
    <li className="card">
      <h4 className="card__title">{self ? t('myBusiness.you', { name }) : name}</h4>
      <dl className="facts facts--inline">
        <dt>{t('myBusiness.role')}</dt>
        <dd>{t(`myBusiness.role.${member.role}`)}</dd>
        <dt>{t('myBusiness.email')}</dt>
        <dd>{member.email}</dd>
        <dt>{t('myBusiness.status')}</dt>
        <dd>{t(`myBusiness.status.${member.status}`)}</dd>
      </dl>
      {member.role === 'representative' && (
        <div className="actions">
          <button
            type="button"
            className="button button--secondary"
            aria-label={t(direct ? 'myBusiness.remove.label' : 'myBusiness.request.removal.label', {
              name,
            })}
            onClick={() => void act()}
          >
            {t(direct ? 'myBusiness.remove' : 'myBusiness.request.removal')}
          </button>
        </div>
      )}
    </li>
  );
}
