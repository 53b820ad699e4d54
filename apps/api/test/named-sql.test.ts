/**
 * Issue 7: built queries run as named statements keep drizzle's row mapping, and on PostgreSQL
 * the statement stays prepared on the connection (parsed and planned once per connection).
 */
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { businesses } from '../src/db/schema/index.js';
import { runBuiltNamed, writtenLimit, writtenText } from '../src/platform/named-sql.js';
import { rowsOf } from '../src/platform/rate-limit.js';
import { insertBusiness } from './support/businesses.js';
import { onPostgres } from './support/database.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('runBuiltNamed', () => {
  it('maps rows as the builder does: nested objects, dates, parameters bound on each run', async () => {
    const first = await insertBusiness(t, { legalName: 'Première inc.' });
    const second = await insertBusiness(t, { legalName: 'Seconde inc.' });
    const query = (id: string) =>
      t.ctx.database.db
        .select({
          id: businesses.id,
          names: { legal: businesses.legalName },
          at: businesses.createdAt,
        })
        .from(businesses)
        .where(eq(businesses.id, id));
    const [a] = await runBuiltNamed(query(first.id));
    const [b] = await runBuiltNamed(query(second.id));
    expect(a).toEqual({ id: first.id, names: { legal: 'Première inc.' }, at: first.createdAt });
    expect(b?.names.legal).toBe('Seconde inc.');
    expect(b?.at).toBeInstanceOf(Date);
  });

  it.runIf(onPostgres())(
    'leaves the statement prepared on the connection, under one name per text',
    async () => {
      const names = await t.ctx.database.db.transaction(async (tx) => {
        const query = () => tx.select({ id: businesses.id }).from(businesses).limit(1);
        await runBuiltNamed(query());
        await runBuiltNamed(query());
        const text = query().toSQL().sql;
        return rowsOf(
          await tx.execute(sql`SELECT name FROM pg_prepared_statements WHERE statement = ${text}`),
        ).map((row) => String(row.name));
      });
      expect(names).toHaveLength(1);
      expect(names[0]).toMatch(/^w_[0-9a-f]{20}$/);
    },
  );
});

describe('written-in values', () => {
  it('writes a page size and a constant into the text, so the statement has no parameter', async () => {
    await insertBusiness(t, { legalName: 'Écrite inc.' });
    const query = t.ctx.database.db
      .select({ id: businesses.id })
      .from(businesses)
      .where(sql`${businesses.programme} = ${writtenText('qc')}`)
      .limit(writtenLimit(20));
    const built = query.toSQL();
    expect(built.sql).toMatch(/= 'qc' limit 20$/);
    expect(built.params).toEqual([]);
    expect((await runBuiltNamed(query)).length).toBeGreaterThan(0);
  });

  it('refuses what is not a bounded page size or a plain constant', () => {
    for (const size of [0, -1, 1.5, 1001, Number.NaN]) {
      expect(() => writtenLimit(size)).toThrow(/page size/);
    }
    for (const text of ["qc' OR 'x", 'Qc', '', 'a b']) {
      expect(() => writtenText(text)).toThrow(/not a constant/);
    }
  });
});
