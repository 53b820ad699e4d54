import { z } from 'zod';

/**
 * The schema-level error of a required string: only a missing or non-string value reads
 * "required". A plain `{ error: 'required' }` there would also replace the length and format
 * messages of every check without its own (zod 4 applies it to each issue of the schema).
 */
export const missingIsRequired = (issue: { code: string }) =>
  issue.code === 'invalid_type' ? 'required' : undefined;

/**
 * A required single-line text: trimmed, 1 to `max` characters, no control characters. The
 * length message comes from the default `too_big` mapping, which fills in `{max}`.
 */
export const requiredText = (max: number) =>
  z
    .string({ error: missingIsRequired })
    .trim()
    .min(1, { error: 'required' })
    .max(max)
    .refine((value) => !/[\u0000-\u001f\u007f]/.test(value), { error: 'invalid' });
