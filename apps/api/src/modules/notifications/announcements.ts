/**
 * What one transaction announces (§9, MSG-3, MSG-4): in-app notifications, e-mails to the outbox
 * and live signals. Code that decides who hears of what adds them here as it goes; `write` then
 * costs at most two statements whatever their number (the recipients' addresses with the
 * branding, then every row), where writing them one by one cost five per person. Live signals
 * wait for the caller: published after commit (`publishSignals`), or sent within the transaction
 * by callers that own no commit (`signals.sendWithin`).
 */
import type { Language } from '@entente/contracts';
import { sql, type SQL, type WithSubquery } from 'drizzle-orm';
import { uuidV7 } from '../../platform/uuid-v7.js';
import type { AppContext } from '../../app-context.js';
import type { Executor } from '../../db/client.js';
import { mailOutbox, notifications } from '../../db/schema/index.js';
import { encodeRows, keysOf, placeholderRows, StatementShapes } from '../../platform/built-once.js';
import { runNamed } from '../../platform/named-sql.js';
import { rowsOf } from '../../platform/rate-limit.js';
import { PendingSignals } from '../live/live-signals.js';
import type { Branding, RenderedMail } from '../mail/layout.js';
import { OFFICE_VERSION, type OutgoingMail } from '../mail/mail-service.js';
import type { NewNotification } from './notifications-store.js';

/** A user id, or a bare address for someone without an account yet (an invited representative). */
export type Target = { userId: string } | { email: string };

type Render = (lang: Language, branding: Branding) => RenderedMail;

interface MailRequest {
  readonly targets: readonly Target[];
  readonly template: string;
  readonly render: Render;
}

export interface Person {
  readonly id: string;
  readonly email: string;
  readonly lang: Language;
}

/**
 * What the caller already read of the recipients (`null`: a disabled account, which gets no
 * e-mail) and the office settings' `OFFICE_VERSION`: with both, e-mails cost no lookup.
 */
export interface Directory {
  readonly people: ReadonlyMap<string, Person | null>;
  readonly office: string | null;
}

export class Announcements {
  readonly signals = new PendingSignals();
  readonly #notifications: (NewNotification & { at: Date | undefined })[] = [];
  readonly #mails: MailRequest[] = [];
  readonly #touched: { id: string; params: Record<string, string | number>; at: Date }[] = [];
  #directory: Directory | undefined;

  /** In-app notifications, created at `at` (the write's time otherwise); badges refresh (MSG-3). */
  notify(rows: readonly NewNotification[], at?: Date): void {
    if (rows.length === 0) return;
    this.#notifications.push(...rows.map((row) => ({ ...row, at })));
    this.signals.add(
      rows.map((row) => row.userId),
      { type: 'notification' },
    );
  }

  /** An unread notification brought back to the top, at `at`, with new `params`. */
  touch(id: string, params: Record<string, string | number>, at: Date): void {
    this.#touched.push({ id, params, at });
  }

  /**
   * One e-mail per address among `targets`, in each person's language; accounts that are
   * disabled get none, bare addresses get French.
   */
  mail(targets: readonly Target[], template: string, render: Render): void {
    if (targets.length > 0) this.#mails.push({ targets, template, render });
  }

  /** People read on the way, for a later `write` without a directory of its own. */
  know(directory: Directory | undefined): void {
    this.#directory = directory;
  }

  /** Writes what was added since the last call; returns the e-mails' ids, in order. */
  async write(
    tx: Executor,
    ctx: AppContext,
    directory: Directory | undefined = this.#directory,
  ): Promise<string[]> {
    const requests = this.#mails.splice(0);
    const notified = this.#notifications.splice(0);
    const addressed =
      requests.length === 0 ? null : await addressMails(tx, ctx, requests, directory);
    const outbox = addressed ? ctx.mail.outboxRows(addressed.mails, addressed.branding) : [];
    const now = ctx.clock.now();
    const inApp = notified.map((row) => ({
      id: uuidV7((row.at ?? now).getTime()),
      userId: row.userId,
      caseId: row.caseId,
      kind: row.kind,
      params: row.params,
      createdAt: row.at ?? now,
    }));
    const touched = this.#touched.splice(0);
    const touch = (json: unknown) => sql`update notifications n set params = t.params,
      created_at = t.at from jsonb_to_recordset(${json}::jsonb)
        as t(id uuid, params jsonb, at timestamptz)
      where n.id = t.id`;
    if (outbox.length === 0 && inApp.length === 0) {
      if (touched.length > 0) await runNamed(tx, touch(JSON.stringify(touched)));
      return [];
    }
    await writeRows(tx, touched.length > 0 ? touch(sql.placeholder('touched')) : null, {
      touched: JSON.stringify(touched),
      inApp,
      outbox,
    });
    return outbox.map((row) => row.id);
  }
}

const shapes = new StatementShapes();

/**
 * Every row in one statement (a data-modifying WITH runs whether or not it is read), built once
 * per numbers of rows, which fix its text (`BuiltOnce`).
 */
async function writeRows(
  tx: Executor,
  touch: SQL | null,
  rows: { touched: string; inApp: readonly object[]; outbox: readonly object[] },
): Promise<void> {
  const { inApp, outbox } = rows;
  const values: Record<string, unknown> = { touched: rows.touched };
  encodeRows(values, 'n', notifications, inApp);
  encodeRows(values, 'o', mailOutbox, outbox);
  const [inAppKeys, outboxKeys] = [keysOf(inApp), keysOf(outbox)];
  const shape = `${touch !== null}:${inApp.length}:${inAppKeys}:${outbox.length}:${outboxKeys}`;
  const statement = shapes.get(shape, (db) => {
    const inAppRows = placeholderRows('n', inApp.length, inAppKeys) as never[];
    const outboxRows = placeholderRows('o', outbox.length, outboxKeys) as never[];
    const withs: WithSubquery[] = touch === null ? [] : [db.$with('touched', {}).as(touch)];
    if (outbox.length === 0)
      return db
        .with(...withs)
        .insert(notifications)
        .values(inAppRows);
    if (inApp.length > 0) withs.push(db.$with('n').as(db.insert(notifications).values(inAppRows)));
    return db
      .with(...withs)
      .insert(mailOutbox)
      .values(outboxRows);
  });
  await statement.run(tx, values);
}

const userIdsOf = (targets: readonly Target[]) =>
  targets.flatMap((t) => ('userId' in t ? [t.userId] : []));

/**
 * The e-mails to write, in request order: from the caller's directory when it knows everyone,
 * else with the addresses and the branding read in one round trip.
 */
async function addressMails(
  tx: Executor,
  ctx: AppContext,
  requests: readonly MailRequest[],
  directory: Directory | undefined,
): Promise<{ mails: OutgoingMail[]; branding: Branding }> {
  const userIds = [...new Set(requests.flatMap((r) => userIdsOf(r.targets)))];
  let people: ReadonlyMap<string, Person | null> | undefined = directory?.people;
  let branding = ctx.mail.cachedBranding(directory?.office ?? null);
  if (branding === undefined || userIds.some((id) => !people?.has(id))) {
    const [row] = rowsOf(
      await runNamed(
        tx,
        sql`
        SELECT (SELECT data FROM office_settings WHERE id = 1) AS office, ${OFFICE_VERSION} AS version,
          (SELECT coalesce(json_agg(json_build_object(
              'id', id, 'email', email, 'lang', preferred_language)), '[]'::json)
            FROM users WHERE id = ANY(${sql.param(userIds)}::uuid[]) AND disabled_at IS NULL) AS people`,
      ),
    );
    const found = parseJson<Person[]>(row?.people) ?? [];
    people = new Map(found.map((person) => [person.id, person]));
    branding = ctx.mail.brandingFrom(parseJson(row?.office) ?? null, String(row?.version));
  }
  const mails: OutgoingMail[] = [];
  for (const { targets, template, render } of requests) {
    // One e-mail per address; the accounts' addresses first, as their lookup gave them.
    const addresses = new Map<string, Language>();
    for (const userId of userIdsOf(targets)) {
      const person = people?.get(userId);
      if (person) addresses.set(person.email, person.lang);
    }
    for (const target of targets) {
      if ('email' in target && !addresses.has(target.email)) addresses.set(target.email, 'fr');
    }
    for (const [to, lang] of addresses) {
      mails.push({ to, lang, template, render: (b) => render(lang, b) });
    }
  }
  return { mails, branding };
}

/** json/jsonb arrive parsed from node-postgres and PGlite alike; text is parsed here. */
function parseJson<T>(value: unknown): T | undefined {
  if (value === null || value === undefined) return undefined;
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}
