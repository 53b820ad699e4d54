/**
 * The load itself: people first, then the cases in batches (one COPY per table per batch, all
 * tables streaming at once), with secondary indexes dropped before and rebuilt after.
 */
import { followupFor, openCaseEnd, settleDueDeadlines } from './ageing.js';
import pg from 'pg';
import { JOURNEYS } from './journeys.js';
import { P } from './placeholders.js';
import { makePeople, LARGE_BUSINESS_SHARE } from './people.js';
import { Random, weightedPicker } from './random.js';
import { CASE_TABLES, TABLES, type CaseTable, type TableName } from './rows.js';
import { compileTemplate, stampCase, type CompiledTemplate } from './stamp.js';
import { buildTemplates } from './templates.js';
import { createIndexes, dropIndexes, dropKeys, keyBuilds, looseKeys, secondaryIndexes } from './indexes.js';
import { TableCopy } from './copy.js';

const DAY = 86_400_000;

export interface GenerateOptions {
  readonly url: string;
  readonly cases: number;
  readonly seed: number;
  readonly batch: number;
  readonly now: number;
  /** A fresh TOTP secret encrypted with the API's key (privileged accounts are enrolled). */
  readonly encryptTotp: () => string;
  readonly log: (line: string) => void;
}

/** Tables written per case: the templates' and the mediators' follow-up requests. */
const PER_CASE_TABLES = [...CASE_TABLES, 'mediation_followups'] as const;
type PerCaseTable = (typeof PER_CASE_TABLES)[number];
const ONCE_TABLES = ['users', 'businesses', 'business_members', 'mediator_profiles', 'mediator_unavailability'] as const;

function byProgramme(compiled: readonly CompiledTemplate[], programme: 'qc' | 'fr') {
  const list = compiled.filter((c) => c.template.journey.programme === programme);
  const pick = weightedPicker(list.map((c) => c.template.journey.weight));
  return (r: Random) => list[pick(r)]!;
}

/**
 * Closed cases end within the last 360 days (older ones would have been purged, QC-23); open
 * cases had their last event in the last few days, except a share of those waiting for a
 * mediator's decision or in mediation, which wait weeks (ageing.ts).
 */
export function shiftDaysFor(c: CompiledTemplate, r: Random, now: number): number {
  const { status } = c.template.state;
  const targetEnd = status === 'closed' ? now - r.int(1, 360) * DAY : openCaseEnd(status, r, now);
  return Math.floor((targetEnd - c.template.endMs) / DAY);
}

export async function generate(options: GenerateOptions): Promise<Record<string, number>> {
  const { url, cases, log } = options;
  const started = Date.now();
  const r = new Random(options.seed);
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const tables = Object.keys(TABLES) as TableName[];
  const keys = await looseKeys(admin, tables);
  const indexes = [...keyBuilds(keys), ...(await secondaryIndexes(admin, tables))];
  log(`dropping ${keys.length} primary keys and ${indexes.length - keys.length} secondary indexes (rebuilt after the load)`);
  await dropKeys(admin, keys);
  await dropIndexes(admin, indexes.slice(keys.length));

  const copies = Object.fromEntries(
    await Promise.all(tables.map(async (t) => [t, await TableCopy.open(url, t, TABLES[t])] as const)),
  ) as Record<TableName, TableCopy>;

  const createdAt = new Date(options.now - 800 * DAY).toISOString();
  const { people, rows } = makePeople(cases, r, { createdAt, now: options.now, encryptTotp: options.encryptTotp });
  for (const t of ONCE_TABLES) {
    copies[t].begin();
    await copies[t].push(rows[t]);
    await copies[t].endBatch();
  }
  log(`people: ${rows.users.length} users, ${rows.businesses.length} businesses, ${rows.mediator_profiles.length} mediators`);

  // Case work is done by staff members (not the administrator); all of them hear of it in-app.
  const officeStaff = people.staff.slice(1);
  if (officeStaff.length !== 1 + P.otherStaff.length) throw new Error('the templates expect four staff members');
  const staffTeams = officeStaff.map((staffId) => ({ staffId, otherStaffIds: officeStaff.filter((id) => id !== staffId) }));
  const compiled = buildTemplates(JOURNEYS).map(compileTemplate);
  const pickQc = byProgramme(compiled, 'qc');
  const pickFr = byProgramme(compiled, 'fr');
  let eventId = 0;
  let messageId = 0;
  const out = Object.fromEntries(PER_CASE_TABLES.map((t) => [t, [] as string[]])) as Record<PerCaseTable, string[]>;
  const flush = async () => {
    await Promise.all(PER_CASE_TABLES.map((t) => copies[t].push(out[t])));
    for (const t of PER_CASE_TABLES) out[t].length = 0;
  };

  for (let from = 0; from < cases; from += options.batch) {
    const to = Math.min(cases, from + options.batch);
    for (const t of PER_CASE_TABLES) copies[t].begin();
    for (let i = from; i < to; i++) {
      const business = r.next() < LARGE_BUSINESS_SHARE ? people.large : r.pick(people.businesses);
      const template = business.programme === 'qc' ? pickQc(r) : pickFr(r);
      const input = {
        consumerId: r.pick(people.consumers),
        businessId: business.id,
        merchantId: r.pick(business.representatives),
        mediatorId: r.pick(people.mediators),
        ...r.pick(staffTeams),
        respondentId: business.respondent,
        reference: String(1_000_000 + i),
        shiftDays: shiftDaysFor(template, r, options.now),
        eventIdBase: eventId,
        messageIdBase: messageId,
      };
      const firstDeadline = out.case_deadlines.length;
      const caseId = stampCase(template, input, r, out);
      settleCase(out, firstDeadline, options.now);
      const followup = followupFor({
        caseId,
        status: template.template.state.status,
        mediatorId: input.mediatorId,
        lastEventMs: template.template.endMs + input.shiftDays * DAY,
        staff: people.staff,
      }, r, options.now);
      if (followup !== null) out.mediation_followups.push(followup);
      eventId += template.events;
      messageId += template.messages;
      if (i % 256 === 255) await flush();
    }
    await flush();
    await Promise.all(PER_CASE_TABLES.map((t) => copies[t].endBatch()));
    const seconds = (Date.now() - started) / 1000;
    log(`cases ${to}/${cases} (${Math.round(to / seconds)} cases/s, ${seconds.toFixed(0)} s)`);
  }
  await Promise.all(tables.map((t) => copies[t].close()));

  // The bigserial columns continue after the ids given here.
  await admin.query(`SELECT setval(pg_get_serial_sequence('case_events', 'id'), $1)`, [Math.max(1, eventId)]);
  await admin.query(`SELECT setval(pg_get_serial_sequence('messages', 'id'), $1)`, [Math.max(1, messageId)]);

  // COPY under `session_replication_role = replica` skips the trigger that keeps the staff
  // dashboard's counters (migrations 0007, 0009, 0011, 0013): count once, as the migration does for existing rows.
  await admin.query('DELETE FROM case_status_counts');
  await admin.query(`INSERT INTO case_status_counts (programme, status, slot, n)
    SELECT programme, status, 0, count(*) FROM cases GROUP BY programme, status`);
  await admin.query('DELETE FROM case_deadline_counts');
  await admin.query(`INSERT INTO case_deadline_counts (kind, due_at, slot, n)
    SELECT kind, due_at, 0, count(*) FROM case_deadlines
    WHERE cancelled_at IS NULL AND kind IN
      ('draft_expiry', 'professional_answer', 'admissibility_decision', 'mediation_alert', 'mediation_end')
    GROUP BY kind, due_at`);
  await admin.query(`INSERT INTO case_deadline_counts (kind, due_at, slot, n)
    SELECT 'mediation_end_qc', d.due_at, 0, count(*) FROM case_deadlines d
    JOIN cases c ON c.id = d.case_id AND c.programme = 'qc'
    WHERE d.cancelled_at IS NULL AND d.kind = 'mediation_end' GROUP BY d.due_at`);
  await admin.query('DELETE FROM case_flag_counts');
  await admin.query(`INSERT INTO case_flag_counts (flag, slot, n)
    SELECT 'overdue', 0, count(*) FROM cases WHERE overdue_since IS NOT NULL`);
  await admin.query(`INSERT INTO case_flag_counts (flag, slot, n)
    SELECT 'followup_open', 0, count(*) FROM mediation_followups WHERE resolved_at IS NULL`);

  log('rebuilding indexes');
  const builders = [admin, new pg.Client({ connectionString: url })];
  await builders[1]!.connect();
  await createIndexes(builders, indexes, log);
  // The header's unread threads (migration 0014) come from the loaded messages, read marks and
  // members, by the migrations' own function; their keys are added after, like the others.
  log('unread threads');
  const unreadKeys = await looseKeys(admin, ['unread_threads']);
  const unreadIndexes = [...keyBuilds(unreadKeys), ...(await secondaryIndexes(admin, ['unread_threads']))];
  await dropKeys(admin, unreadKeys);
  await dropIndexes(admin, unreadIndexes.slice(unreadKeys.length));
  const filling = Date.now();
  // In as many parts as connections (migration 0015): one statement would use one core of two.
  await Promise.all(
    builders.map((client, part) =>
      client.query('SELECT entente_fill_unread_threads($1, $2)', [builders.length, part]),
    ),
  );
  log(`  filled (${((Date.now() - filling) / 1000).toFixed(1)} s)`);
  await createIndexes(builders, unreadIndexes, log);
  await builders[1]!.end();
  // A live database is vacuumed by autovacuum; right after COPY the visibility map is empty and
  // index-only scans (the dashboard's deadline and overdue counts) would still read every heap page.
  log('VACUUM (ANALYZE)');
  await admin.query('VACUUM (ANALYZE)');
  const countRows: Record<string, number> = {};
  for (const t of [...tables, 'unread_threads']) {
    const result = await admin.query<{ n: string }>(`SELECT count(*) AS n FROM ${t}`);
    countRows[t] = Number(result.rows[0]!.n);
  }
  await admin.end();
  log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return countRows;
}

/** The deadline job's traces on the case just stamped (its `cases` line is the last one). */
function settleCase(out: Record<CaseTable, string[]>, firstDeadline: number, now: number) {
  const deadlines = out.case_deadlines.slice(firstDeadline);
  if (deadlines.length === 0) return;
  const caseLine = { value: out.cases.at(-1)! };
  settleDueDeadlines(caseLine, deadlines, now);
  out.cases[out.cases.length - 1] = caseLine.value;
  out.case_deadlines.splice(firstDeadline, deadlines.length, ...deadlines);
}
