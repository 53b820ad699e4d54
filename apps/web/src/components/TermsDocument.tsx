import type { TermsDocument as Doc } from '@entente/contracts';
import { useFormat, useT } from '../i18n/hooks';
import { TermsText } from './TermsText';

/** A terms text in a scrollable, keyboard-focusable box (registration form). */
export function TermsBox({ document }: { document: Doc }) {
  const t = useT();
  const format = useFormat();
  const id = `doc-${document.kind}`;
  return (
    <div className="document-box" role="region" aria-labelledby={id} tabIndex={0}>
      <h3 id={id}>{document.title}</h3>
      <p className="muted">
        {t('terms.version', { version: document.version, date: format.date(document.publishedAt) })}
      </p>
      <TermsText body={document.body} />
    </div>
  );
}
