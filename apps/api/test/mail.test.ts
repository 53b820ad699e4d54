import nodemailer, { type SendMailOptions } from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailOutbox } from '../src/db/schema/index.js';
import { layout, oneLine } from '../src/modules/mail/layout.js';
import { registration } from './support/accounts.js';
import { Client } from './support/client.js';
import { createTestApp, type TestApp } from './support/test-app.js';

describe('embedded mode: the local mailbox', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('lists every e-mail newest first and shows one in full', async () => {
    const client = new Client(t.app);
    await client.post('/api/auth/register', registration('ivy@example.org'));
    await client.post('/api/auth/password/forgot', { email: 'ivy@example.org' });
    const list = (await t.app.inject({ url: '/api/mailbox' })).json().messages;
    expect(list[0]).toMatchObject({ to: 'ivy@example.org' });
    expect(list).toHaveLength(1);
    const mail = (await t.app.inject({ url: `/api/mailbox/${list[0].id}` })).json();
    expect(mail.text).toMatch(/\b\d{6}\b/);
    expect(mail.html).toContain('<html lang="fr">');
    expect(
      (await t.app.inject({ url: '/api/mailbox/00000000-0000-4000-8000-000000000000' })).statusCode,
    ).toBe(404);
    expect((await t.app.inject({ url: '/api/settings/public' })).json().mailboxEnabled).toBe(true);
  });
});

describe('SMTP mode', () => {
  let t: TestApp;
  const sent: { subject: string; text: string }[] = [];
  beforeAll(async () => {
    const transport = nodemailer.createTransport({ jsonTransport: true });
    const original = transport.sendMail.bind(transport);
    transport.sendMail = (async (message: SendMailOptions) => {
      sent.push({ subject: String(message.subject), text: String(message.text) });
      return original(message);
    }) as typeof transport.sendMail;
    t = await createTestApp({ transport });
  });
  afterAll(async () => t.close());

  it('has no mailbox, delivers queued mail, then erases its body from the database', async () => {
    expect((await t.app.inject({ url: '/api/mailbox' })).statusCode).toBe(404);
    await new Client(t.app).post('/api/auth/register', registration('jade@example.org'));
    const [queued] = await t.ctx.database.db.select().from(mailOutbox);
    expect(queued?.status).toBe('queued');
    await t.ctx.mail.deliver(queued!.id);
    expect(sent[0]?.text).toMatch(/\b\d{6}\b/);
    const [after] = await t.ctx.database.db.select().from(mailOutbox);
    expect(after).toMatchObject({ status: 'sent', textBody: null, htmlBody: null });
    // Delivering twice sends once.
    await t.ctx.mail.deliver(queued!.id);
    expect(sent).toHaveLength(1);
  });
});

describe('e-mail safety (SEC-24)', () => {
  const branding = {
    officeName: 'Office <b>',
    platformName: 'Entente',
    publicUrl: 'http://x',
    supportEmail: 's@x',
    supportPhone: '1',
  };

  it('keeps subjects on one line', () => {
    expect(oneLine('Hello\r\nBcc: victim@example.org')).toBe('Hello Bcc: victim@example.org');
    expect(layout('fr', branding, 'A\r\nBcc: x', []).subject).not.toMatch(/[\r\n]/);
  });

  it('escapes names in HTML', () => {
    const mail = layout('en', branding, 'S', ['<script>alert(1)</script>']);
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&lt;script&gt;');
    expect(mail.html).toContain('Office &lt;b&gt;');
  });
});
