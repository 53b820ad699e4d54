/**
 * Issue 7: statements built once with placeholders give the rows the builder gives, bind each
 * run's own values (null included), and stay one prepared statement per text on a connection.
 */
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { businesses, notifications } from '../src/db/schema/index.js';
import {
  BuiltOnce,
  encodeRow,
  encodeRows,
  keysOf,
  orderSelectedFields,
  placeholderRow,
  placeholderRows,
  StatementShapes,
} from '../src/platform/built-once.js';
import { rowsOf } from '../src/platform/rate-limit.js';
import { insertBusiness } from './support/businesses.js';
import { onPostgres } from './support/database.js';
import { insertUser } from './support/users.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const selection = {
  id: businesses.id,
  names: { legal: businesses.legalName },
  at: businesses.createdAt,
};
const byId = new BuiltOnce(
  (db) =>
    db
      .select(selection)
      .from(businesses)
      .where(eq(businesses.id, sql.placeholder('id'))),
  { name: 'test_business_by_id', fields: orderSelectedFields(selection) },
);

describe('BuiltOnce', () => {
  it('fills each run with its own values, rows mapped as the builder maps them', async () => {
    const first = await insertBusiness(t, { legalName: 'Une fois inc.' });
    const second = await insertBusiness(t, { legalName: 'Deux fois inc.' });
    const [a] = (await byId.run(t.ctx.database.db, { id: first.id })) as unknown[];
    const [b] = (await byId.run(t.ctx.database.db, { id: second.id })) as unknown[];
    expect(a).toEqual({ id: first.id, names: { legal: 'Une fois inc.' }, at: first.createdAt });
    expect(b).toEqual({ id: second.id, names: { legal: 'Deux fois inc.' }, at: second.createdAt });
  });

  it('refuses a run that leaves a value out, before sending anything', async () => {
    await expect(byId.run(t.ctx.database.db, {})).rejects.toThrow(/placeholder "id"/);
  });

  it('binds a placeholder written as SQL as it is: null stays null', async () => {
    const echo = new BuiltOnce((db) =>
      db
        .select({ v: sql`${placeholderRow('', ['v']).v}::text`.as('v') })
        .from(businesses)
        .limit(1),
    );
    await insertBusiness(t, { legalName: 'Écho inc.' });
    expect(rowsOf(await echo.run(t.ctx.database.db, { v: null }))).toEqual([{ v: null }]);
    expect(rowsOf(await echo.run(t.ctx.database.db, { v: 'é' }))).toEqual([{ v: 'é' }]);
  });

  it.runIf(onPostgres())('stays one prepared statement on the connection', async () => {
    const business = await insertBusiness(t, { legalName: 'Préparée inc.' });
    const statements = await t.ctx.database.db.transaction(async (tx) => {
      await byId.run(tx, { id: business.id });
      await byId.run(tx, { id: business.id });
      return rowsOf(
        await tx.execute(
          sql`SELECT name FROM pg_prepared_statements WHERE name = 'test_business_by_id'`,
        ),
      );
    });
    expect(statements).toHaveLength(1);
  });
});

describe('rows as placeholders', () => {
  it('encodes values as the columns send them, and writes rows of any shape once per shape', async () => {
    const shapes = new StatementShapes();
    const insert = (rows: Record<string, unknown>[]) => {
      const values: Record<string, unknown> = {};
      encodeRows(values, 'n', notifications, rows);
      const keys = keysOf(rows);
      const statement = shapes.get(`${rows.length}:${keys}`, (db) =>
        db
          .insert(notifications)
          .values(placeholderRows('n', rows.length, keys) as never)
          .returning({ id: notifications.id }),
      );
      return statement.run(t.ctx.database.db, values);
    };
    const user = await insertUser(t.ctx, `rangees-${crypto.randomUUID()}@example.org`, [
      'consumer',
    ]);
    const at = new Date('2026-11-24T10:00:00.000Z');
    const row = (id: string, caseId: string | null) => ({
      id,
      userId: user.id,
      caseId,
      kind: 'message_posted',
      params: { thread: 'parties', note: 'é' },
      createdAt: at,
    });
    const ids = ['0190f2c4-0000-7000-8000-000000000001', '0190f2c4-0000-7000-8000-000000000002'];
    await insert([row(ids[0]!, null)]);
    await insert([row(ids[1]!, null), row(crypto.randomUUID(), null)]);
    const stored = rowsOf(
      await t.ctx.database.db.execute(
        sql`SELECT id, case_id, params, created_at FROM notifications WHERE id IN (${ids[0]}, ${ids[1]})`,
      ),
    );
    expect(stored).toHaveLength(2);
    for (const found of stored) {
      expect(found.case_id).toBeNull();
      expect(found.params).toEqual({ thread: 'parties', note: 'é' });
      expect(new Date(found.created_at as string).toISOString()).toBe(at.toISOString());
    }
  });

  it('refuses a key that is not a column of the table', () => {
    expect(() => encodeRow({}, '', notifications, { nope: 1 })).toThrow(/no column nope/);
  });
});
