import { z } from 'zod';

/**
 * A required single-line text: trimmed, 1 to `max` characters, no control characters. The
 * length message comes from the default `too_big` mapping, which fills in `{max}`.
 */
export const requiredText = (max: number) =>
  z
    .string({ error: 'required' })
    .trim()
    .min(1, { error: 'required' })
    .max(max)
    .refine((value) => !/[\u0000-\u001f\u007f]/.test(value), { error: 'invalid' });
