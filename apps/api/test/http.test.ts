import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from './support/client.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const fill = (url: string) => url.replace(/:(\w+)/g, '00000000-0000-4000-8000-000000000000');

describe('security headers on every route (SEC-26)', () => {
  it('sends CSP, HSTS, nosniff, referrer policy and no-store on each route of the inventory', async () => {
    expect(t.app.routeInventory.length).toBeGreaterThan(15);
    const client = new Client(t.app);
    for (const route of t.app.routeInventory) {
      const res = await client.request(
        route.method as 'GET',
        fill(route.url),
        route.method === 'GET' ? undefined : {},
      );
      const h = res.headers;
      expect(String(h['content-security-policy']), route.url).toContain("frame-ancestors 'none'");
      expect(String(h['content-security-policy'])).toContain("object-src 'none'");
      expect(String(h['content-security-policy'])).toContain("base-uri 'none'");
      expect(h['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
      expect(h['x-content-type-options']).toBe('nosniff');
      expect(h['referrer-policy']).toBe('no-referrer');
      expect(h['cache-control']).toBe('no-store');
      expect(res.statusCode, `${route.method} ${route.url}`).toBeLessThan(500);
    }
  });
});

describe('CSRF (SEC-27)', () => {
  const body = { email: 'x@example.org', password: 'whatever password' };

  it('refuses a state change without the token', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: body });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('csrf_failed');
  });

  it('refuses a foreign Origin or a cross-site fetch even with a valid token', async () => {
    const client = new Client(t.app);
    await client.refreshCsrf();
    expect(
      (await client.post('/api/auth/login', body, { origin: 'https://evil.example' })).statusCode,
    ).toBe(403);
    expect(
      (await client.post('/api/auth/login', body, { 'sec-fetch-site': 'cross-site' })).statusCode,
    ).toBe(403);
    expect(
      (
        await client.post('/api/auth/login', body, {
          origin: 'http://localhost:3000',
          'sec-fetch-site': 'same-origin',
        })
      ).statusCode,
    ).toBe(401);
  });

  it('refuses a token forged or bound to another session', async () => {
    const client = new Client(t.app);
    await client.refreshCsrf();
    client.csrf = `${client.csrf!.split('.')[0]}.forged`;
    client.cookies.set('__Host-entente_csrf', client.csrf);
    expect((await client.post('/api/auth/login', body)).statusCode).toBe(403);
  });

  it('answers 405 to GET on a mutating route', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/auth/logout' });
    expect(res.statusCode).toBe(405);
    expect(res.headers.allow).toBe('POST');
  });
});

describe('bad input never gives a 500 or a stack trace', () => {
  it('malformed JSON → 400 invalid_json', async () => {
    const client = new Client(t.app, 'en');
    const res = await client.request('POST', '/api/auth/login', '{"email": "a@b.c", ', {
      'content-type': 'application/json',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toEqual({
      code: 'invalid_json',
      message: 'The request body is not valid JSON.',
    });
  });

  it('oversized body → 413', async () => {
    const client = new Client(t.app);
    const res = await client.post('/api/auth/login', {
      email: 'a@b.c',
      password: 'x'.repeat(2 * 1024 * 1024),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('body_too_large');
  });

  it('wrong content type → 415', async () => {
    const client = new Client(t.app);
    const res = await client.request('POST', '/api/auth/login', 'email=a', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(res.statusCode).toBe(415);
  });

  it('bad path parameter → 400 with the field', async () => {
    const client = new Client(t.app);
    const res = await client.post('/api/auth/challenges/short/code');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.challengeId).toBeDefined();
  });

  it('unknown API route → 404 JSON in the reader language', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/nothing/here',
      headers: { 'accept-language': 'en' },
    });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.message).toBe('This page or resource does not exist.');
  });

  it('no error body carries a stack or internal detail', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: '{',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.body).not.toMatch(/at \w+ \(|node_modules|\.ts:\d+/);
  });
});

describe('health', () => {
  it('answers liveness and readiness', async () => {
    expect((await t.app.inject({ url: '/healthz' })).json()).toEqual({ status: 'ok' });
    expect((await t.app.inject({ url: '/readyz' })).statusCode).toBe(200);
  });

  it('publishes an OpenAPI document with response schemas', async () => {
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.paths['/api/auth/login'].post.responses['200']).toBeDefined();
  });
});

describe('logs (SEC-29)', () => {
  it('never write a query string, where reset tokens travel', async () => {
    const { logRequest } = await import('../src/app.js');
    const line = JSON.stringify(
      logRequest({
        id: '1',
        method: 'GET',
        url: '/reset-password?token=secret-token-value',
        ip: '127.0.0.1',
      }),
    );
    expect(line).toContain('/reset-password');
    expect(line).not.toContain('secret-token-value');
  });
});
