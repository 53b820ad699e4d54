/**
 * QC-18 (issue 6 item 6): in mediation the consumer–business thread becomes read-only; the
 * mediation discussion space is three-way and live (an SSE signal to the three participants,
 * MSG-3), messages up to 2000 characters; each party may start a private thread with the
 * mediator, which the other party cannot read.
 */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../src/modules/auth/sessions.js';
import {
  expectEveryCaseConsistent,
  expectOk,
  expectRefused,
  type Person,
} from './support/cases.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { mediationWorld, qcInMediation, type MediationWorld } from './support/mediation.js';

let t: TestApp;
let w: MediationWorld;
let baseUrl: string;
let caseId: string;

beforeAll(async () => {
  t = await createTestApp();
  w = await mediationWorld(t, { merchant: 'en' });
  baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  ({ caseId } = await qcInMediation(t, w));
});
afterAll(async () => {
  expect(await expectEveryCaseConsistent(t)).toBeGreaterThan(0);
  await t.close();
});

const url = (kind: string) => `/api/cases/${caseId}/threads/${kind}/messages`;
const post = (who: Person, kind: string, body: string) => who.post(url(kind), { body });

/** An open `/api/live` stream of one person, collecting its signals. */
async function liveStream(who: Person) {
  const client = await who.client();
  const cookie = `${SESSION_COOKIE}=${client.cookies.get(SESSION_COOKIE)}`;
  return new Promise<{ signals: () => unknown[]; close: () => void }>((resolve, reject) => {
    const request = http.get(
      `${baseUrl}/api/live`,
      { headers: { cookie, accept: 'text/event-stream' } },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        resolve({
          signals: () =>
            text
              .split('\n')
              .filter((line) => line.startsWith('data: '))
              .map((line) => JSON.parse(line.slice(6)) as unknown),
          close: () => request.destroy(),
        });
      },
    );
    request.on('error', reject);
  });
}

const messageIn = (thread: string) => (signal: unknown) =>
  JSON.stringify(signal) === JSON.stringify({ type: 'message', caseId, thread });

async function eventually(check: () => boolean, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('QC-18 the parties’ thread in mediation', () => {
  it('QC-18 is read-only: listed with its history, posting refused with thread_read_only', async () => {
    const threads = (await expectOk(w.consumer.get(`/api/cases/${caseId}/threads`))).threads;
    expect(threads.map((th: { kind: string }) => th.kind)).toEqual(
      expect.arrayContaining(['mediation', 'mediator_consumer']),
    );
    expect(threads.find((th: { kind: string }) => th.kind === 'parties')).toMatchObject({
      state: 'read_only',
      canPost: false,
    });
    await expectRefused(post(w.consumer, 'parties', 'Encore ?'), 409, 'thread_read_only');
    await expectRefused(post(w.merchant, 'parties', 'Again?'), 409, 'thread_read_only', 'en');
  });
});

describe('QC-18 the mediation discussion space', () => {
  it('QC-18 MSG-3 is three-way and live: each message signals the three participants', async () => {
    const streams = await Promise.all(
      [w.consumer, w.merchant, w.mediator, w.staff].map((who) => liveStream(who)),
    );
    const [consumerStream, merchantStream, mediatorStream, staffStream] = streams;
    try {
      for (const [author, body] of [
        [w.mediator, 'Bonjour, je suis votre médiateur.'],
        [w.consumer, 'Merci, je souhaite un remboursement.'],
        [w.merchant, 'We can repair it.'],
      ] as const) {
        expect((await post(author, 'mediation', body)).statusCode).toBe(201);
      }
      for (const stream of [consumerStream!, merchantStream!, mediatorStream!]) {
        await eventually(() => stream.signals().filter(messageIn('mediation')).length === 3);
      }
      // Staff read metadata only (STF-2): no signal, no thread.
      expect(staffStream!.signals().filter(messageIn('mediation'))).toEqual([]);
      expect((await w.staff.get(url('mediation'))).statusCode).toBe(404);
    } finally {
      for (const stream of streams) stream.close();
    }
    for (const who of [w.consumer, w.merchant, w.mediator]) {
      const page = await expectOk(who.get(url('mediation')));
      expect(page.messages.map((m: { body: string }) => m.body)).toEqual([
        'Bonjour, je suis votre médiateur.',
        'Merci, je souhaite un remboursement.',
        'We can repair it.',
      ]);
    }
  });

  it('QC-18 MSG-2 takes 2000 characters, refuses 2001 with a message on the field', async () => {
    expect((await post(w.consumer, 'mediation', 'é'.repeat(2000))).statusCode).toBe(201);
    const tooLong = await post(w.merchant, 'mediation', 'x'.repeat(2001));
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error).toMatchObject({
      code: 'validation_failed',
      fields: { body: expect.any(String) },
    });
  });
});

describe('QC-18 each party’s private thread with the mediator', () => {
  it('QC-18 SEC-14 a party starts it, the mediator answers, the other party cannot read it', async () => {
    const mediatorStream = await liveStream(w.mediator);
    const merchantStream = await liveStream(w.merchant);
    try {
      expect((await post(w.consumer, 'mediator_consumer', 'En privé C-1')).statusCode).toBe(201);
      await eventually(() => mediatorStream.signals().some(messageIn('mediator_consumer')));
      expect((await post(w.mediator, 'mediator_consumer', 'Bien reçu')).statusCode).toBe(201);
      expect((await post(w.merchant, 'mediator_business', 'Privately B-1')).statusCode).toBe(201);
      await eventually(() => mediatorStream.signals().some(messageIn('mediator_business')));
      expect(merchantStream.signals().some(messageIn('mediator_consumer'))).toBe(false);
    } finally {
      mediatorStream.close();
      merchantStream.close();
    }
    expect((await w.merchant.get(url('mediator_consumer'))).statusCode).toBe(404);
    expect((await post(w.merchant, 'mediator_consumer', 'Intrusion')).statusCode).toBe(404);
    expect((await w.consumer.get(url('mediator_business'))).statusCode).toBe(404);
    const mine = await expectOk(w.consumer.get(url('mediator_consumer')));
    expect(mine.messages.map((m: { body: string }) => m.body)).toEqual([
      'En privé C-1',
      'Bien reçu',
    ]);
    const consumerThreads = (await expectOk(w.consumer.get(`/api/cases/${caseId}/threads`)))
      .threads;
    expect(consumerThreads.map((th: { kind: string }) => th.kind)).not.toContain(
      'mediator_business',
    );
  });
});
