import { useDraftT } from '../../../i18n/draft';
import { useLanguage } from '../../../i18n/hooks';
import type { ProposalContent } from '../case-api';
import { useCaseT } from '../case-i18n';
import { solutionDetail, sortedSolutions } from './proposal-text';

/** A proposal version's solutions and its terms, as the agreement would carry them. */
export function ProposalContentView(props: { content: ProposalContent; currency: 'CAD' | 'EUR' }) {
  const td = useDraftT();
  const t = useCaseT();
  const { locale } = useLanguage();
  return (
    <>
      <ul className="proposal__solutions">
        {sortedSolutions(props.content.solutions).map((solution) => {
          const detail = solutionDetail(solution, locale, props.currency);
          return (
            <li key={solution.kind}>
              {detail
                ? t('cp.prop.solutionDetail', { label: td(`prop.kind.${solution.kind}`), detail })
                : td(`prop.kind.${solution.kind}`)}
            </li>
          );
        })}
      </ul>
      <p className="proposal__terms-label">{td('prop.terms')}</p>
      <p className="pre-line">{props.content.terms.trim() || t('cp.prop.noTerms')}</p>
    </>
  );
}
