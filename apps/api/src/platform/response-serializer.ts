import { isDeepStrictEqual } from 'node:util';
import type { FastifySerializerCompiler } from 'fastify/types/schema.js';
import { ResponseSerializationError, serializerCompiler } from 'fastify-type-provider-zod';
import { ZodError, type ZodType } from 'zod';

/**
 * ADR 0014. Every route keeps its zod response schema (OpenAPI, tests). Outside production each
 * response is checked against it, and must already be exactly what the schema lets out: nothing
 * it would strip, nothing it would transform. A handler that relies on the schema to drop a
 * field fails its tests, which is what makes production's plain `JSON.stringify` safe: checking
 * every response there cost more than the rest of a case read's JavaScript (issue 7). Both
 * modes send the same bytes: the handler's object as it is.
 */
export function responseSerializer(checked: boolean): FastifySerializerCompiler<ZodType> {
  if (!checked) return () => (data) => JSON.stringify(data);
  return (route) => {
    const throughSchema = serializerCompiler(route) as (data: unknown) => string;
    return (data) => {
      const json = throughSchema(data);
      const plain = JSON.stringify(data);
      // Key order may differ (the schema's order against the handler's): compare the content.
      if (json !== plain && !isDeepStrictEqual(JSON.parse(json), JSON.parse(plain))) {
        const message = 'the response holds more than, or other than, what its schema lets out';
        throw new ResponseSerializationError(route.method, route.url, {
          cause: new ZodError([{ code: 'custom', message, path: [], input: data }]),
        });
      }
      return plain;
    };
  };
}
