import { useFormat } from '../../../i18n/hooks';
import type { CaseProposals } from '../case-api';
import { useCaseT } from '../case-i18n';
import { ProposalContentView } from './ProposalContentView';

/** QC-12 "Historique des propositions": every proposal and every version, as written. */
export function ProposalHistory({ board }: { board: CaseProposals }) {
  const t = useCaseT();
  const format = useFormat();
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
                <strong>{t(`cp.prop.by.${proposal.author}`)}</strong> –{' '}
                {t(`cp.prop.status.${proposal.status}`)}
              </p>
              <ol className="proposal-history__versions">
                {proposal.versions.map((version) => (
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
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
