import type { SessionState } from '@entente/contracts';
import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { queryKeys } from '../src/api/queries';
import { createQueryClient } from '../src/app/query-client';
import { caseLoader, sameCaseKept, sessionLoader } from '../src/app/route-preload';

// The tabs' chunk (react-aria) is not needed here: only whether it was asked for.
const tabsChunk = vi.hoisted(() => ({ loads: 0 }));
vi.mock('../src/pages/case/CaseTabs', () => {
  tabsChunk.loads++;
  return { CaseTabs: () => null };
});

const ID = '6f1c2a4e-0000-4000-8000-000000000001';
const me = { id: 'u1', roles: ['consumer'], preferredLanguage: 'fr' };
const signedIn = { user: me, totpRequired: false } as unknown as SessionState;

interface Answer {
  status: number;
  body: unknown;
}
let answers: Record<string, Answer>;
let requested: string[];

function summary(status: string, access: 'full' | 'metadata' = 'full') {
  return { status: 200, body: { id: ID, status, access } };
}

beforeEach(() => {
  tabsChunk.loads = 0;
  vi.resetModules();
  requested = [];
  answers = {
    '/api/auth/session': { status: 200, body: signedIn },
    [`/api/cases/${ID}`]: summary('negotiation'),
    [`/api/cases/${ID}/actions`]: { status: 200, body: { actions: [] } },
    [`/api/cases/${ID}/resume`]: { status: 200, body: { id: ID } },
  };
  vi.stubGlobal('fetch', (path: string) => {
    requested.push(path);
    const answer = answers[path] ?? { status: 404, body: { error: { code: 'not_found' } } };
    return Promise.resolve(
      new Response(JSON.stringify(answer.body), {
        status: answer.status,
        headers: { 'content-type': 'application/json' },
      }),
    );
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

function openCase(client: QueryClient, step?: string) {
  const args = { params: { id: ID, step } } as unknown as LoaderFunctionArgs;
  expect(caseLoader(client)(args)).toBeNull(); // never waits: the page shows its own loading
}

/** The loaders never wait: this waits for their requests, the later ones included. */
async function settled(client: QueryClient) {
  await import('../src/pages/case/tab-preload'); // the loader's second step, once loaded
  for (let round = 0; round < 3; round++) {
    await vi.waitFor(() => expect(client.isFetching()).toBe(0));
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('route loaders start the case page requests with its chunk', () => {
  it('asks for the case, its actions, the tabs and the summary tab of a submitted case', async () => {
    const client = createQueryClient();
    openCase(client);
    expect(requested).toEqual([`/api/cases/${ID}`, `/api/cases/${ID}/actions`]);
    await settled(client);
    expect(requested).toContain(`/api/cases/${ID}/resume`);
    expect(tabsChunk.loads).toBe(1);
    expect(client.getQueryData(queryKeys.caseSummary(ID))).toMatchObject({ id: ID });
  });

  it('leaves the tab data to a draft (the wizard) and to staff (metadata only)', async () => {
    answers[`/api/cases/${ID}`] = summary('draft');
    const draft = createQueryClient();
    openCase(draft, 'parties');
    await settled(draft);
    expect(requested).not.toContain(`/api/cases/${ID}/resume`);
    expect(tabsChunk.loads).toBe(0); // a wizard step: no guess that tabs will show

    requested = [];
    answers[`/api/cases/${ID}`] = summary('negotiation', 'metadata');
    const staff = createQueryClient();
    staff.setQueryData(queryKeys.session, { ...signedIn, user: { ...me, roles: ['staff'] } });
    openCase(staff);
    await settled(staff);
    expect(requested).toEqual([`/api/cases/${ID}`, `/api/cases/${ID}/actions`]);
    expect(tabsChunk.loads).toBe(0);
  });

  it('asks for nothing private once the visitor is known to be signed out or to owe TOTP', async () => {
    const out = createQueryClient();
    out.setQueryData(queryKeys.session, { ...signedIn, user: null });
    openCase(out);
    const totp = createQueryClient();
    totp.setQueryData(queryKeys.session, { ...signedIn, totpRequired: true });
    openCase(totp);
    await settled(out);
    await settled(totp);
    expect(requested).toEqual([]);
  });

  it('does not end a session on the 401 of a visitor whose session is not known yet', async () => {
    answers[`/api/cases/${ID}`] = { status: 401, body: { error: { code: 'unauthenticated' } } };
    answers[`/api/cases/${ID}/actions`] = answers[`/api/cases/${ID}`]!;
    answers['/api/auth/session'] = { status: 200, body: { ...signedIn, user: null } };
    const client = createQueryClient();
    expect(sessionLoader(client)()).toBeNull();
    openCase(client);
    await settled(client);
    expect(client.getQueryData(queryKeys.signOutReason)).toBeUndefined();
    expect(client.getQueryData<SessionState>(queryKeys.session)?.user).toBeNull();
    expect(requested).not.toContain(`/api/cases/${ID}/resume`);
  });

  it('runs again for another case only, not for a tab or step of the same one', () => {
    const params = (id: string, step?: string) => ({ id, step });
    const args = (current: object, next: object) =>
      ({ currentParams: current, nextParams: next }) as Parameters<typeof sameCaseKept>[0];
    expect(sameCaseKept(args(params(ID), params(ID, 'documents')))).toBe(false);
    expect(sameCaseKept(args(params(ID), params('other')))).toBe(true);
  });
});
