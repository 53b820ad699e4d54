import { issuesToFieldErrors } from '@entente/contracts';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, RequestValidationError } from './errors.js';
import { requestLanguage } from './language.js';
import { type ErrorCode, errorMessage } from './messages.js';

type Body = {
  error: {
    code: string;
    message: string;
    fields?: Record<string, string>;
    retryAfterSeconds?: number;
  };
};

function send(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  code: ErrorCode,
  extra: Partial<Body['error']> = {},
  params: Record<string, string | number> = {},
) {
  const lang = requestLanguage(request);
  return reply
    .status(status)
    .send({ error: { code, message: errorMessage(code, lang, params), ...extra } });
}

const securityCodes = new Set<ErrorCode>([
  'invalid_credentials',
  'code_invalid',
  'code_locked',
  'code_expired',
  'totp_invalid',
  'csrf_failed',
  'rate_limited',
  'mfa_required',
  'reset_token_invalid',
  'current_password_wrong',
  'account_disabled',
]);

/** Fastify's own client errors (body parsing, limits) mapped to our codes. */
const fastifyCodes: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_BODY_TOO_LARGE: 'body_too_large',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'bad_request',
};

/**
 * One place turns every failure into `{ error: { code, message, fields? } }`: client mistakes get
 * a 4xx in the reader's language; anything else is logged and answered with a bare 500 — never a
 * stack trace or an internal message.
 */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError | RequestValidationError, request, reply) => {
    if (error instanceof RequestValidationError) {
      const fields = issuesToFieldErrors(error.zodError.issues, requestLanguage(request));
      return send(request, reply, 400, 'validation_failed', { fields });
    }
    if (error instanceof AppError) {
      if (securityCodes.has(error.code)) {
        // SEC-29: who, what, where — never the password, code or token that was tried.
        request.log.warn(
          {
            security: error.code,
            userId: request.auth?.user.id,
            ip: request.ip,
            route: request.routeOptions.url,
          },
          'security event',
        );
      }
      const { retryAfterSeconds, fields, params } = error.options;
      if (retryAfterSeconds !== undefined) reply.header('retry-after', String(retryAfterSeconds));
      const extra: Partial<Body['error']> = {};
      if (fields) extra.fields = fields;
      if (retryAfterSeconds !== undefined) extra.retryAfterSeconds = retryAfterSeconds;
      return send(request, reply, error.statusCode, error.code, extra, params);
    }
    const status = error.statusCode ?? 500;
    if (error instanceof SyntaxError || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
      return send(request, reply, 400, 'invalid_json');
    }
    if (status >= 400 && status < 500) {
      const code =
        fastifyCodes[error.code] ??
        (status === 413
          ? 'body_too_large'
          : status === 415
            ? 'unsupported_media_type'
            : status === 404
              ? 'not_found'
              : 'bad_request');
      return send(request, reply, status, code);
    }
    request.log.error({ err: error }, 'unhandled error');
    return send(request, reply, 500, 'internal_error');
  });
}

/** For an unknown path: 405 when the path exists with another method (SEC-27), else 404. */
export function registerNotFound(
  app: FastifyInstance,
  fallback?: (request: FastifyRequest, reply: FastifyReply) => unknown,
): void {
  const methods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    const allowed = methods.filter(
      (method) => method !== request.method && app.findRoute({ method, url: path }) !== null,
    );
    if (allowed.length > 0 && path.startsWith('/api/')) {
      reply.header('allow', allowed.join(', '));
      return send(request, reply, 405, 'method_not_allowed');
    }
    if (
      fallback &&
      !path.startsWith('/api/') &&
      (request.method === 'GET' || request.method === 'HEAD')
    ) {
      return fallback(request, reply);
    }
    return send(request, reply, 404, 'not_found');
  });
}
