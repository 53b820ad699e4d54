/**
 * QC-11: the four tabs of a submitted case, each with its own URL `/cases/:id/<tab>`. A draft's
 * `/cases/:id/<step>` belongs to the wizard instead: the status decides, so `documents` (a step
 * and a tab) never means two things on the same case.
 */
export const CASE_TABS = ['resume', 'documents', 'propositions', 'messages'] as const;
export type CaseTab = (typeof CASE_TABS)[number];

export function isCaseTab(value: string | undefined): value is CaseTab {
  return (CASE_TABS as readonly string[]).includes(value ?? '');
}

/** The tab a URL segment shows; a missing or unknown segment shows the summary. */
export function tabOf(segment: string | undefined): CaseTab {
  return isCaseTab(segment) ? segment : 'resume';
}

export function tabPath(caseId: string, tab: CaseTab): string {
  return `/cases/${encodeURIComponent(caseId)}/${tab}`;
}
