/**
 * MSG-3: the live stream. Signals travel through PostgreSQL LISTEN/NOTIFY so that a message posted
 * through one instance reaches a stream opened on another (two app instances on one PostgreSQL
 * database); on PGlite a single instance uses PGlite's own listen API. Signals carry ids only.
 */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../src/app.js';
import { createContext } from '../src/context.js';
import type { AppContext } from '../src/app-context.js';
import { sessionStillValid } from '../src/modules/live/live.routes.js';
import { SESSION_COOKIE } from '../src/modules/auth/sessions.js';
import { expectEveryCaseConsistent, person, qcNegotiation, type Person } from './support/cases.js';
import { onPostgres } from './support/database.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let consumer: Person;
let merchant: Person;
let baseUrl: string;

beforeAll(async () => {
  t = await createTestApp();
  consumer = await person(t, ['consumer']);
  merchant = await person(t, ['merchant_representative']);
  baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await expectEveryCaseConsistent(t);
  await t.close();
});

/** An open SSE stream: collects `data:` lines, closes on demand. */
interface Stream {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly raw: () => string;
  readonly signals: () => unknown[];
  readonly waitFor: (test: (signal: unknown) => boolean, ms?: number) => Promise<unknown>;
  readonly ended: () => Promise<void>;
  readonly close: () => void;
}

async function cookieOf(who: Person): Promise<string> {
  const client = await who.client();
  return `${SESSION_COOKIE}=${client.cookies.get(SESSION_COOKIE)}`;
}

function openStream(base: string, cookie: string | null): Promise<Stream> {
  return new Promise((resolve, reject) => {
    const request = http.get(
      `${base}/api/live`,
      { headers: cookie ? { cookie, accept: 'text/event-stream' } : {} },
      (response) => {
        let text = '';
        const endedPromise = new Promise<void>((done) => response.on('close', () => done()));
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        const signals = () =>
          text
            .split('\n')
            .filter((line) => line.startsWith('data: '))
            .map((line) => JSON.parse(line.slice(6)) as unknown);
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          raw: () => text,
          signals,
          waitFor: async (test, ms = 5000) => {
            const until = Date.now() + ms;
            while (Date.now() < until) {
              const found = signals().find(test);
              if (found) return found;
              await new Promise((r) => setTimeout(r, 25));
            }
            throw new Error(`no matching signal in: ${text}`);
          },
          ended: () => endedPromise,
          close: () => request.destroy(),
        });
      },
    );
    request.on('error', reject);
  });
}

const isMessageIn = (caseId: string) => (s: unknown) =>
  (s as { type?: string; caseId?: string }).type === 'message' &&
  (s as { caseId?: string }).caseId === caseId;

describe('MSG-3: the live stream', () => {
  it('MSG-3: refuses an anonymous request', async () => {
    const stream = await openStream(baseUrl, null);
    expect(stream.status).toBe(401);
    stream.close();
  });

  it('MSG-3, SEC-26: streams ids only, with event-stream headers, to the thread’s participants', async () => {
    const { caseId } = await qcNegotiation(t, consumer, merchant);
    const stream = await openStream(baseUrl, await cookieOf(consumer));
    const stranger = await openStream(baseUrl, await cookieOf(await person(t, ['consumer'])));
    expect(stream.status).toBe(200);
    expect(stream.headers['content-type']).toMatch(/^text\/event-stream/);
    expect(stream.headers['cache-control']).toContain('no-store');
    expect(stream.headers['x-accel-buffering']).toBe('no');
    expect(stream.headers['x-content-type-options']).toBe('nosniff');
    const text = 'Texte à ne jamais diffuser';
    const posted = await merchant.post(`/api/cases/${caseId}/threads/parties/messages`, {
      body: text,
    });
    expect(posted.statusCode, posted.body).toBe(201);
    expect(await stream.waitFor(isMessageIn(caseId))).toEqual({
      type: 'message',
      caseId,
      thread: 'parties',
    });
    await stream.waitFor((s) => (s as { type: string }).type === 'notification');
    expect(stream.raw()).not.toContain('jamais');
    // A case event reaches the case's members as "case changed".
    await consumer.command(caseId, { type: 'close_case', reason: 'other', justification: 'Fini.' });
    await stream.waitFor((s) => (s as { type: string }).type === 'case');
    expect(stranger.signals()).toEqual([]);
    stream.close();
    stranger.close();
  });

  it('SEC-10, SEC-11: a stream’s session is re-checked without being extended', async () => {
    const someone = await person(t, ['consumer']);
    const client = await someone.client();
    const session = await t.ctx.sessions.resolve(
      t.ctx.database.db,
      client.cookies.get(SESSION_COOKIE),
    );
    expect(await sessionStillValid(t.ctx, session!.session.id)).toBe(true);
    await t.ctx.sessions.revoke(t.ctx.database.db, session!.session.id);
    expect(await sessionStillValid(t.ctx, session!.session.id)).toBe(false);
  });

  it('MSG-3: closing the app ends open streams', async () => {
    const other = await createTestApp();
    const url = await other.app.listen({ port: 0, host: '127.0.0.1' });
    const someone = await person(other, ['consumer']);
    const stream = await openStream(url, await cookieOf(someone));
    expect(stream.status).toBe(200);
    await other.close();
    await stream.ended();
  });
});

describe.runIf(onPostgres())('MSG-3: two instances on one PostgreSQL database', () => {
  let otherCtx: AppContext;
  let otherApp: App;
  let otherUrl: string;
  beforeAll(async () => {
    otherCtx = await createContext(t.ctx.config, { clock: t.clock });
    otherApp = await buildApp(otherCtx, { logger: false });
    otherUrl = await otherApp.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await otherApp.close();
    await otherCtx.database.close();
  });

  it('MSG-3: a message posted through instance A reaches a stream opened on instance B', async () => {
    const { caseId } = await qcNegotiation(t, consumer, merchant);
    const onB = await openStream(otherUrl, await cookieOf(consumer));
    expect(onB.status).toBe(200);
    // Instance A is `t.app` (app.inject); B only relays what PostgreSQL NOTIFY delivers.
    const posted = await merchant.post(`/api/cases/${caseId}/threads/parties/messages`, {
      body: 'Bonjour depuis A',
    });
    expect(posted.statusCode).toBe(201);
    expect(await onB.waitFor(isMessageIn(caseId))).toEqual({
      type: 'message',
      caseId,
      thread: 'parties',
    });
    onB.close();
  });

  it('MSG-3: a refused post signals nothing', async () => {
    const { caseId } = await qcNegotiation(t, consumer, merchant);
    const onB = await openStream(otherUrl, await cookieOf(consumer));
    await consumer.command(caseId, { type: 'close_case', reason: 'other', justification: 'Fini.' });
    await onB.waitFor((s) => (s as { type: string }).type === 'case');
    const refused = await merchant.post(`/api/cases/${caseId}/threads/parties/messages`, {
      body: 'Trop tard',
    });
    expect(refused.statusCode).toBe(409);
    await new Promise((r) => setTimeout(r, 300));
    expect(onB.signals().filter(isMessageIn(caseId))).toEqual([]);
    onB.close();
  });
});
