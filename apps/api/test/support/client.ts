import type { LightMyRequestResponse } from 'fastify';
import type { App } from '../../src/app.js';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * A browser stand-in over `app.inject`: keeps cookies, fetches and sends the CSRF token, and
 * speaks one language. Tests use it to act as one person.
 */
export class Client {
  readonly cookies = new Map<string, string>();
  csrf: string | undefined;

  constructor(
    private readonly app: App,
    private readonly lang: 'fr' | 'en' = 'fr',
  ) {}

  async request(
    method: Method,
    url: string,
    payload?: unknown,
    headers: Record<string, string> = {},
  ): Promise<LightMyRequestResponse> {
    if (method !== 'GET' && !this.csrf) await this.refreshCsrf();
    const response = await this.app.inject({
      method,
      url,
      headers: {
        'accept-language': this.lang,
        cookie: this.cookieHeader(),
        ...(method !== 'GET' && this.csrf ? { 'x-csrf-token': this.csrf } : {}),
        ...headers,
      },
      ...(payload !== undefined ? { payload: payload as object } : {}),
    });
    this.store(response);
    return response;
  }

  get = (url: string, headers?: Record<string, string>) =>
    this.request('GET', url, undefined, headers);
  post = (url: string, body?: unknown, headers?: Record<string, string>) =>
    this.request('POST', url, body ?? {}, headers);
  patch = (url: string, body?: unknown) => this.request('PATCH', url, body ?? {});
  put = (url: string, body?: unknown) => this.request('PUT', url, body ?? {});
  delete = (url: string) => this.request('DELETE', url);

  async refreshCsrf(): Promise<void> {
    const response = await this.app.inject({
      method: 'GET',
      url: '/api/auth/csrf',
      headers: { cookie: this.cookieHeader() },
    });
    this.store(response);
    this.csrf = response.json<{ token: string }>().token;
  }

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private store(response: LightMyRequestResponse): void {
    for (const cookie of response.cookies as {
      name: string;
      value: string;
      expires?: Date;
      maxAge?: number;
    }[]) {
      const cleared =
        cookie.value === '' ||
        cookie.maxAge === 0 ||
        (cookie.expires && cookie.expires.getTime() < Date.now());
      if (cleared) this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
      if (cookie.name === '__Host-entente_csrf' && !cleared) this.csrf = cookie.value;
    }
  }
}
