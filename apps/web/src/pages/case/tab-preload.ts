/**
 * The case route's loader (app/route-preload.ts) continues here, in a small chunk fetched with
 * the case: the tabs' chunk goes out with the case rather than after it, and once the case shows
 * the summary tab its data follows at once, without waiting for that chunk to render the tab.
 */
import type { SessionState } from '@entente/contracts';
import type { QueryClient } from '@tanstack/react-query';
import type { CaseSummary } from '../../api/case-types';
import { queryKeys } from '../../api/queries';
import { isWizardStep } from '../draft/steps';
import { resumeQuery } from './case-api';
import { tabOf } from './tabs';

/** QC-11: a submitted case shows its parties the tabs; a draft keeps the wizard, staff the facts. */
export function showsTabs(summary: CaseSummary): boolean {
  return summary.status !== 'draft' && summary.access === 'full';
}

export function loadCaseTabs() {
  return import('./CaseTabs');
}

export async function preloadTabs(
  client: QueryClient,
  summary: Promise<CaseSummary | null>,
  segment: string | undefined,
): Promise<void> {
  if (mayShowTabs(client, segment)) void loadCaseTabs().catch(() => undefined);
  const loaded = await summary;
  if (!loaded || !showsTabs(loaded)) return;
  void loadCaseTabs().catch(() => undefined); // the page's lazy import reports a failed chunk
  if (tabOf(segment) === 'resume') void client.prefetchQuery(resumeQuery(loaded.id));
}

/**
 * Before the case is known, guesses whether it opens on the tabs: not at a step only the draft
 * wizard has, nor for office staff, who read the metadata only (STF-2). A wrong guess costs a
 * draft little, as the wizard shares most of the tabs' code (react-aria, amounts, texts).
 */
function mayShowTabs(client: QueryClient, segment: string | undefined): boolean {
  if (isWizardStep(segment) && segment !== 'documents') return false;
  const roles = client.getQueryData<SessionState>(queryKeys.session)?.user?.roles ?? [];
  return roles.length === 0 || roles.some((role) => role !== 'staff' && role !== 'administrator');
}
