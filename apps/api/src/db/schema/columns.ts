import { timestamp } from 'drizzle-orm/pg-core';

/** Every instant is a `timestamptz` read as a JavaScript Date (UTC in, UTC out). */
export const tz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
