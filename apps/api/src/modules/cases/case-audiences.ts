/**
 * Who "the consumer", "the business", "the mediator", "staff"… are on a case now (the engine's
 * audiences, SPEC §9), and the outbox writer every case e-mail goes through: one e-mail per
 * address, in the person's language, written in the caller's transaction.
 */
import type { Language } from '@entente/contracts';
import { caseAudienceIds, type Audience, type CaseEvent, type CaseState } from '@entente/domain';
import { and, arrayContains, isNull, sql, type SQL } from 'drizzle-orm';
import type { AppContext } from '../../app-context.js';
import type { Tx } from '../../db/client.js';
import { users } from '../../db/schema/index.js';
import { runNamed } from '../../platform/named-sql.js';
import { rowsOf } from '../../platform/rate-limit.js';
import type { Branding, RenderedMail } from '../mail/layout.js';
import { OFFICE_VERSION } from '../mail/mail-service.js';
import {
  Announcements,
  type Directory,
  type Person,
  type Target,
} from '../notifications/announcements.js';

export type { Target };

interface PersonRow {
  readonly userId: string;
  readonly relation: string;
  /** null for a disabled account. */
  readonly person: Person | null;
}

/**
 * The people related to a case through `case_members` and through its business's registry,
 * with their address and language, read in one statement when first needed: the audiences
 * below, the case's live signal and their e-mails all come from it. Read it after the
 * projections of the command it announces (new members included).
 */
export class CasePeople {
  #rows: Promise<{ rows: PersonRow[]; office: string | null }> | null = null;
  #staff: Promise<string[]> | null = null;

  constructor(
    readonly tx: Tx,
    private readonly state: CaseState,
  ) {}

  /** The statement, for a caller that runs it as part of a larger one (`fromResult`). */
  static query(state: CaseState): SQL {
    return sql`SELECT p.user_id, p.relation, u.email, u.preferred_language AS lang,
        u.id IS NOT NULL AND u.disabled_at IS NULL AS enabled, ${OFFICE_VERSION} AS office
      FROM (SELECT user_id, relation FROM case_members
              WHERE case_id = ${state.caseId} AND active
            UNION ALL
            SELECT user_id, 'registry_' || role FROM business_members
              WHERE business_id = ${state.business.businessId} AND removed_at IS NULL) p
      LEFT JOIN users u ON u.id = p.user_id`;
  }

  /** With the rows of `query(state)` read by the caller. */
  static fromResult(tx: Tx, state: CaseState, result: unknown): CasePeople {
    const people = new CasePeople(tx, state);
    people.#rows = Promise.resolve(parse(result));
    return people;
  }

  #load() {
    this.#rows ??= runNamed(this.tx, CasePeople.query(this.state)).then(parse);
    return this.#rows;
  }

  /** The office's staff, read once per command: a closing's events each tell them (issue 7). */
  staff(): Promise<string[]> {
    this.#staff ??= staffPeople(this.tx);
    return this.#staff;
  }

  /** What the e-mails need to know of these people (`Announcements.write`), if read already. */
  async directory(): Promise<Directory | undefined> {
    if (this.#rows === null) return undefined;
    const { rows, office } = await this.#rows;
    return { people: new Map(rows.map((row) => [row.userId, row.person])), office };
  }

  async #having(relations: readonly string[]): Promise<string[]> {
    return (await this.#load()).rows
      .filter((row) => relations.includes(row.relation))
      .map((row) => row.userId);
  }

  /** Everyone with an active relation (MSG-3's "case changed"), the business's members included. */
  async everyone(): Promise<string[]> {
    return [...new Set((await this.#load()).rows.map((row) => row.userId))];
  }

  /** The business's respondents (case and registry, ORG-2) and the representative in charge. */
  async business(): Promise<string[]> {
    const inCharge = this.state.merchantRepresentative?.userId;
    return [
      ...(await this.#having(['merchant_respondent', 'registry_respondent'])),
      ...(inCharge ? [inCharge] : []),
    ];
  }

  /** QC-7, ORG-2: the business's respondent (registry) and anyone of it already on the case. */
  async businessMembers(): Promise<string[]> {
    return this.#having(['merchant_respondent', 'merchant_representative', 'registry_respondent']);
  }
}

function parse(result: unknown): { rows: PersonRow[]; office: string | null } {
  const rows = rowsOf(result);
  return {
    rows: rows.map((row) => ({
      userId: String(row.user_id),
      relation: String(row.relation),
      person: row.enabled
        ? { id: String(row.user_id), email: String(row.email), lang: row.lang as Language }
        : null,
    })),
    office: rows.length > 0 ? String(rows[0]!.office) : null,
  };
}

async function staffPeople(tx: Tx): Promise<string[]> {
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(arrayContains(users.roles, ['staff']), isNull(users.disabledAt)));
  return rows.map((row) => row.id);
}

/** The people an audience means on this case now. */
export async function audienceTargets(
  tx: Tx,
  state: CaseState,
  audience: Audience,
  event: CaseEvent | null,
  people: CasePeople = new CasePeople(tx, state),
): Promise<Target[]> {
  const ids = (list: readonly string[]) => list.map((userId) => ({ userId }));
  switch (audience) {
    case 'consumer':
    case 'mediator':
    case 'replaced':
      return ids(caseAudienceIds(state, audience, event));
    case 'business':
      // The business hears of a case from its submission on (QC-7): never of a draft's events.
      return state.submittedAt === null ? [] : ids(await people.business());
    case 'staff':
      return ids(await people.staff());
    case 'invitee':
      return event?.type === 'representative_added' ? [{ email: event.payload.email }] : [];
  }
}

/** Writes the e-mails to the outbox; returns their ids for `mail.dispatch` after commit. */
export async function enqueueMails(
  tx: Tx,
  ctx: AppContext,
  targets: readonly Target[],
  template: string,
  render: (lang: Language, branding: Branding) => RenderedMail,
): Promise<string[]> {
  const mails = new Announcements();
  mails.mail(targets, template, render);
  return mails.write(tx, ctx);
}

/** QC-7, ORG-2: the business's respondent (registry) and anyone of it already on the case. */
export async function businessMembers(tx: Tx, state: CaseState): Promise<Target[]> {
  return (await new CasePeople(tx, state).businessMembers()).map((userId) => ({ userId }));
}
