import { useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

/**
 * The WAI-ARIA tabs pattern (APG, automatic activation) for tabs whose selection is the URL.
 * ADR 0016: our own rather than react-aria's `Tabs`, whose collection and selection machinery
 * made the case page's first load miss the 170 KB budget; react-aria still provides the dialogs,
 * menus and pickers, which load when opened.
 */

/** The tab a key moves to from `current` among `count` tabs (wrapping), or null for other keys. */
export function tabIndexAfterKey(key: string, current: number, count: number): number | null {
  switch (key) {
    case 'ArrowRight':
      return (current + 1) % count;
    case 'ArrowLeft':
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

const elementIds = (prefix: string, id: string) => ({
  tab: `${prefix}-tab-${id}`,
  panel: `${prefix}-panel-${id}`,
});

interface TabListProps<K extends string> {
  /** Accessible name of the list. */
  label: string;
  ids: readonly K[];
  selected: K;
  labelOf: (id: K) => string;
  onSelect: (id: K) => void;
  /** Makes the tab and panel element ids unique on the page. */
  idPrefix: string;
  className?: string;
  tabClassName?: string;
}

/** Only the selected tab is in the Tab sequence; arrow keys, Home and End move and select. */
export function TabList<K extends string>(props: TabListProps<K>) {
  const { ids, selected, idPrefix, onSelect } = props;
  const tabs = useRef<Array<HTMLButtonElement | null>>([]);

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>, index: number) {
    const next = tabIndexAfterKey(event.key, index, ids.length);
    if (next === null) return;
    event.preventDefault();
    tabs.current[next]?.focus();
    onSelect(ids[next]!);
  }

  return (
    <div role="tablist" aria-label={props.label} className={props.className}>
      {ids.map((id, index) => {
        const own = elementIds(idPrefix, id);
        const isSelected = id === selected;
        return (
          <button
            key={id}
            ref={(element) => {
              tabs.current[index] = element;
            }}
            type="button"
            role="tab"
            id={own.tab}
            aria-selected={isSelected}
            aria-controls={isSelected ? own.panel : undefined}
            tabIndex={isSelected ? 0 : -1}
            className={props.tabClassName}
            onClick={() => onSelect(id)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {props.labelOf(id)}
          </button>
        );
      })}
    </div>
  );
}

const TABBABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

interface TabPanelProps {
  idPrefix: string;
  id: string;
  className?: string;
  children: ReactNode;
}

/**
 * The selected tab's panel. Like APG's example it is itself a Tab stop only while nothing inside
 * is (content arrives later, from lazy chunks and queries, hence the observer).
 */
export function TabPanel({ idPrefix, id, className, children }: TabPanelProps) {
  const own = elementIds(idPrefix, id);
  const panel = useRef<HTMLDivElement>(null);
  const [hasTabbable, setHasTabbable] = useState(false);
  useLayoutEffect(() => {
    const element = panel.current;
    if (!element) return;
    const check = () => setHasTabbable(element.querySelector(TABBABLE) !== null);
    check();
    const observer = new MutationObserver(check);
    observer.observe(element, { childList: true, subtree: true, attributes: true });
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={panel}
      role="tabpanel"
      id={own.panel}
      aria-labelledby={own.tab}
      tabIndex={hasTabbable ? undefined : 0}
      className={className}
    >
      {children}
    </div>
  );
}
