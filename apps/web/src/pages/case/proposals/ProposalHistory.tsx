import { useFormat } from '../../../i18n/hooks';
import type { BoardProposal, CaseProposals } from '../case-api';
import { useCaseT, type CaseMessageKey } from '../case-i18n';
import { sidesThatAccepted } from '../mediation/mediation-view';
import { ProposalContentView } from './ProposalContentView';

/** A negotiation proposal left open when mediation was requested ended with the negotiation. */
function statusKey(proposal: BoardProposal): CaseMessageKey {
  if (proposal.status === 'superseded' && proposal.phase === 'negotiation') {
    return 'cp.prop.status.supersededByMediation';
  }
  return `cp.prop.status.${proposal.status}`;
}

/**
 * QC-12 "Historique des propositions": every proposal and every version, as written; in
 * mediation (QC-16, QC-17) the negotiation's proposals stay listed, and each version of the
 * mediator's proposal says who accepted it, acceptances voided by a modification included.
 */
export function ProposalHistory({ board }: { board: CaseProposals }) {
  const t = useCaseT();
  const format = useFormat();
  const mediated = board.proposals.some((proposal) => proposal.author === 'mediator');
  const sideNames = (sides: readonly string[]) =>
    sides.map((side) => t(`cp.med.prop.side.${side as 'consumer' | 'merchant'}`)).join(', ');
  return (
    <section className="section" aria-labelledby="proposal-history">
      <h3 id="proposal-history">{t('cp.prop.history')}</h3>
      {board.proposals.length === 0 ? (
        <p>{t('cp.prop.none')}</p>
      ) : (
        <ol className="proposal-history" reversed>
          {board.proposals.map((proposal) => (
            <li key={proposal.id} className="proposal-history__item">
              <p className="proposal-history__title">
                <strong>{t(`cp.prop.by.${proposal.author}`)}</strong>
                {mediated &&
                  proposal.phase &&
                  ` (${t(`cp.med.history.phase.${proposal.phase}`)})`}{' '}
                – {t(statusKey(proposal))}
              </p>
              <ol className="proposal-history__versions">
                {proposal.versions.map((version) => {
                  const accepted = sidesThatAccepted(proposal.acceptances, version.version);
                  const voided = sidesThatAccepted(proposal.voidedAcceptances, version.version);
                  return (
                    <li key={version.version}>
                      <details>
                        <summary>
                          {t('cp.prop.versionMeta', {
                            version: version.version,
                            date: format.dateTime(version.at),
                            name: version.byName ?? '—',
                          })}
                          {proposal.acceptedVersion === version.version &&
                            ` – ${t('cp.prop.acceptedVersion')}`}
                        </summary>
                        <ProposalContentView content={version.content} currency={board.currency} />
                      </details>
                      {proposal.author === 'mediator' && accepted.length > 0 && (
                        <p className="proposal__meta">
                          {t('cp.med.history.acceptedBy', { sides: sideNames(accepted) })}
                        </p>
                      )}
                      {voided.length > 0 && (
                        <p className="proposal__meta">
                          {t('cp.med.history.voided', { sides: sideNames(voided) })}
                        </p>
                      )}
                    </li>
                  );
                })}
              </ol>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
