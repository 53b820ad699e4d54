import type { ZodError } from 'zod';
import type { ErrorCode } from './messages.js';

/** An expected failure with an HTTP status; its message is written in the reader's language. */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
    readonly options: {
      params?: Record<string, string | number>;
      fields?: Record<string, string>;
      retryAfterSeconds?: number;
    } = {},
  ) {
    super(code);
    this.name = 'AppError';
  }
}

/** Raised by the validator compiler; carries zod issues so messages can be localised later. */
export class RequestValidationError extends Error {
  readonly statusCode = 400;
  readonly code = 'FST_ERR_VALIDATION';
  constructor(
    readonly part: string,
    readonly zodError: ZodError,
  ) {
    super(`Invalid ${part}`);
    this.name = 'RequestValidationError';
  }
}

export const notFound = () => new AppError(404, 'not_found');
export const unauthenticated = () => new AppError(401, 'unauthenticated');
