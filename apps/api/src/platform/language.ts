import { type Language, pickLanguage } from '@entente/contracts';
import type { FastifyRequest } from 'fastify';

/** The reader's language: what the web app asks for (Accept-Language), French otherwise. */
export function requestLanguage(request: FastifyRequest): Language {
  return pickLanguage(request.headers['accept-language']);
}
