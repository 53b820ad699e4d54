import type { Language } from '@entente/contracts';

/**
 * The one fetch wrapper: JSON both ways, `Accept-Language` = UI language, CSRF header on every
 * state-changing request (refetched once on `csrf_failed`), same-origin cookies.
 */

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: Readonly<Record<string, string>> = {},
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

/** Thrown when the server cannot be reached; the UI shows its own translated sentence. */
export const NETWORK_ERROR = 'network_error';

let requestLanguage: Language = 'fr';
export function setRequestLanguage(language: Language): void {
  requestLanguage = language;
}

let csrfToken: Promise<string> | null = null;

/** The token changes with the session (sign-in, sign-out, TOTP confirmation): forget it then. */
export function forgetCsrfToken(): void {
  csrfToken = null;
}

function currentCsrfToken(): Promise<string> {
  csrfToken ??= apiRequest<{ token: string }>('GET', '/api/auth/csrf').then(
    (body) => body.token,
    (error: unknown) => {
      csrfToken = null;
      throw error;
    },
  );
  return csrfToken;
}

type ActivityListener = (path: string) => void;
const activityListeners = new Set<ActivityListener>();

/** Called after each successful state-changing or private request (the server's idle timer). */
export function onApiActivity(listener: ActivityListener): () => void {
  activityListeners.add(listener);
  return () => activityListeners.delete(listener);
}

let unauthenticatedHandler: (() => void) | null = null;

/** Called on any 401: the session ended (idle timeout, signed out elsewhere, password changed). */
export function setUnauthenticatedHandler(handler: (() => void) | null): void {
  unauthenticatedHandler = handler;
}

const PASSIVE_PATHS = ['/api/auth/session', '/api/auth/csrf', '/api/settings/public', '/api/terms'];

function isPassive(method: Method, path: string): boolean {
  return method === 'GET' && PASSIVE_PATHS.some((p) => path.startsWith(p));
}

function toApiError(status: number, payload: unknown): ApiError {
  const error = (payload as { error?: Record<string, unknown> } | null)?.error;
  if (!error || typeof error.code !== 'string') {
    return new ApiError(status, status >= 500 ? 'server_error' : 'http_error', '');
  }
  const fields =
    error.fields && typeof error.fields === 'object'
      ? (error.fields as Record<string, string>)
      : {};
  const retry = typeof error.retryAfterSeconds === 'number' ? error.retryAfterSeconds : undefined;
  const message = typeof error.message === 'string' ? error.message : '';
  return new ApiError(status, error.code, message, fields, retry);
}

async function send(method: Method, path: string, body: unknown): Promise<Response> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': requestLanguage,
  };
  const multipart = body instanceof FormData;
  if (body !== undefined && !multipart) headers['Content-Type'] = 'application/json';
  if (method !== 'GET') headers['x-csrf-token'] = await currentCsrfToken();
  try {
    return await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined || multipart ? body : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, NETWORK_ERROR, '');
  }
}

export async function apiRequest<T>(
  method: Method,
  path: string,
  body?: unknown,
  isRetry = false,
): Promise<T> {
  const response = await send(method, path, body);
  const payload: unknown =
    response.status === 204 ? undefined : await response.json().catch(() => null);
  if (response.ok) {
    if (!isPassive(method, path)) for (const listener of activityListeners) listener(path);
    return payload as T;
  }
  const error = toApiError(response.status, payload);
  if (error.code === 'csrf_failed' && method !== 'GET' && !isRetry) {
    forgetCsrfToken();
    return apiRequest<T>(method, path, body, true);
  }
  if (error.status === 401) unauthenticatedHandler?.();
  throw error;
}

export const api = {
  get: <T>(path: string) => apiRequest<T>('GET', path),
  post: <T>(path: string, body?: unknown) => apiRequest<T>('POST', path, body),
  put: <T>(path: string, body?: unknown) => apiRequest<T>('PUT', path, body),
  patch: <T>(path: string, body?: unknown) => apiRequest<T>('PATCH', path, body),
  delete: <T>(path: string) => apiRequest<T>('DELETE', path),
  /** A multipart upload (the browser sets the boundary). */
  upload: <T>(path: string, form: FormData) => apiRequest<T>('POST', path, form),
};
