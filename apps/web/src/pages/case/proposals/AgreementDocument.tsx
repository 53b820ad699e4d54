import type { AgreementTextView } from '@entente/contracts';
import { Fragment } from 'react';

/** The agreement's text blocks as the API's agreement-text function writes them (QC-7, QC-12). */
export function AgreementDocument({ text }: { text: AgreementTextView }) {
  return (
    <div className="agreement__document">
      <p className="agreement__title">{text.title}</p>
      <p>{text.caseLine}</p>
      <dl className="facts facts--inline">
        {text.parties.map((party) => (
          <Fragment key={party.role}>
            <dt>{party.label}</dt>
            <dd>{party.name ?? '—'}</dd>
          </Fragment>
        ))}
      </dl>
      <p>{text.solutionsHeading}</p>
      <ul>
        {text.solutions.map((solution) => (
          <li key={solution.kind}>{solution.text}</li>
        ))}
      </ul>
      {text.terms && (
        <>
          <p>{text.termsHeading}</p>
          <p className="pre-line">{text.terms}</p>
        </>
      )}
    </div>
  );
}
