import { useEffect, useRef, type ReactNode } from 'react';
import { useT } from '../i18n/hooks';

interface StepSectionProps {
  /** The heading's id, which names the section. */
  titleId: string;
  title: ReactNode;
  onCancel: () => void;
  children: ReactNode;
}

/** A step after the first form of a flow: "< Annuler", then its heading, focused on arrival. */
export function StepSection({ titleId, title, onCancel, children }: StepSectionProps) {
  const t = useT();
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => headingRef.current?.focus(), []);

  return (
    <section className="code-step" aria-labelledby={titleId}>
      <button type="button" className="link-button back-link" onClick={onCancel}>
        <span aria-hidden="true">&lt; </span>
        {t('code.cancel')}
      </button>
      <h2 id={titleId} ref={headingRef} tabIndex={-1}>
        {title}
      </h2>
      {children}
    </section>
  );
}
