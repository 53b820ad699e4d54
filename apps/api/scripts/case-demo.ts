/**
 * `npm run case:demo`: drives one full qc case and one full fr case to agreement through the
 * use cases (`openCase`, `runCaseCommand`) on an in-memory PGlite with a manual clock, then
 * prints each journal and the final states. Nothing is written by hand but the people.
 */
import { randomUUID } from 'node:crypto';
import type { Role } from '@entente/contracts';
import {
  deadlinesFor,
  lastDayOfPeriod,
  type CaseEvent,
  type Command,
  type ProposalContent,
} from '@entente/domain';
import { loadConfig } from '../src/config.js';
import { createContext } from '../src/context.js';
import { users } from '../src/db/schema/index.js';
import type { User } from '../src/modules/auth/sessions.js';
import { loadJournal, readCase, toDomainEvent } from '../src/modules/cases/case-store.js';
import { openCase } from '../src/modules/cases/open-case.js';
import { addBusinessMember } from '../src/modules/cases/projections.js';
import { runCaseCommand } from '../src/modules/cases/run-case-command.js';
import { ManualClock } from '../src/platform/clock.js';

const clock = new ManualClock('2026-03-02T14:00:00Z');
const config = loadConfig({ NODE_ENV: 'development', LOG_LEVEL: 'silent' });
const ctx = await createContext(
  { ...config, database: { kind: 'pglite', dataDir: undefined } },
  { clock },
);

async function person(givenName: string, familyName: string, roles: Role[]): Promise<User> {
  const now = clock.now();
  const email = `${givenName}.${familyName}@demo.example`.toLowerCase();
  const values = {
    email,
    givenName,
    familyName,
    roles,
    emailVerifiedAt: now,
    createdAt: now,
    updatedAt: now,
  };
  const [user] = await ctx.database.db.insert(users).values(values).returning();
  return user!;
}

const names = new Map<string, string>();
async function cast(givenName: string, familyName: string, role: Role) {
  const user = await person(givenName, familyName, [role]);
  names.set(user.id, `${givenName} ${familyName}`);
  return user;
}

const hours = (n: number) => clock.advance(n * 3_600_000);
const days = (n: number) => clock.advanceDays(n);

async function act(caseId: string, user: User, command: Command) {
  await runCaseCommand(ctx, { caseId, actorUser: user, command });
}

async function joinBusiness(
  caseId: string,
  people: [User, 'merchant_respondent' | 'merchant_representative'][],
) {
  await ctx.database.transaction(async (tx) => {
    for (const [user, relation] of people)
      await addBusinessMember(tx, caseId, user.id, relation, clock.now());
  });
}

const money = (minor: number, currency: string) => `${(minor / 100).toFixed(2)} ${currency}`;
function describeContent(content: ProposalContent, currency: string): string {
  return content.solutions
    .map((s) => ('amountMinor' in s ? `${s.kind} ${money(s.amountMinor, currency)}` : s.kind))
    .join(' + ');
}

/** "end of 2027-03-10": a period's exclusive end shown as its last local day. */
let zone = 'UTC';
const until = (iso: string | null) => (iso === null ? '—' : `end of ${lastDayOfPeriod(iso, zone)}`);
const short = (id: string) => id.slice(0, 8);

function shortPayload(event: CaseEvent): string {
  switch (event.type) {
    case 'case_opened':
      return `${event.payload.caseNumber}, ${event.payload.channel}`;
    case 'proposal_made': {
      const { proposalId, author, content, currency, counters } = event.payload;
      const counter = counters ? `, counters ${short(counters)}` : '';
      return `${short(proposalId)} by ${author}: ${describeContent(content, currency)}${counter}`;
    }
    case 'solution_proposed':
      return `${short(event.payload.proposalId)}: ${describeContent(event.payload.content, event.payload.currency)}, answer by ${until(event.payload.answerDueAt)}`;
    case 'proposal_accepted':
    case 'solution_accepted':
      return `${short(event.payload.proposalId)} v${event.payload.version} by ${event.payload.side}`;
    case 'parties_agreed':
      return `on ${short(event.payload.proposalId)} v${event.payload.version}`;
    case 'agreement_reached':
      return `${short(event.payload.proposalId)} v${event.payload.version} (${event.payload.phase})`;
    case 'merchant_took_charge':
    case 'professional_accepted':
      return `by ${names.get(event.payload.representative.userId) ?? '?'}`;
    case 'mediator_assigned':
      return names.get(event.payload.mediator.userId) ?? '?';
    case 'admissibility_decided':
      return event.payload.admissible ? 'admissible' : `inadmissible: ${event.payload.ground}`;
    case 'mediation_started':
      return `until ${until(event.payload.endsAt)}`;
    case 'case_closed':
      return `${event.payload.outcome}; readable until ${until(event.payload.readableUntil)}`;
    case 'protocol_submitted':
      return `version ${event.payload.version}`;
    case 'protocol_signed':
      return `version ${event.payload.version} by ${event.payload.side}`;
    case 'draft_step_saved':
      return event.payload.step;
    default:
      return '';
  }
}

async function printJournal(caseId: string) {
  const format = new Intl.DateTimeFormat('sv-SE', {
    timeZone: zone,
    dateStyle: 'short',
    timeStyle: 'short',
  });
  for (const row of await loadJournal(ctx.database.db, caseId)) {
    const event = toDomainEvent(row);
    const actor = row.actorUserId ? `${names.get(row.actorUserId)} (${row.actorRole})` : 'system';
    const seq = String(row.seq).padStart(3);
    const line = `${seq}  ${format.format(row.at)}  ${actor.padEnd(41)} ${event.type.padEnd(22)} ${shortPayload(event)}`;
    console.log(line.trimEnd());
  }
}

const consumer = await cast('Camille', 'Tremblay', 'consumer');
const respondent = await cast('Marc', 'Gagnon', 'merchant_respondent');
const merchant = await cast('Sophie', 'Roy', 'merchant_representative');
const frConsumer = await cast('Julie', 'Martin', 'consumer');
const professional = await cast('Pierre', 'Durand', 'merchant_representative');
const frMediator = await cast('Claire', 'Lefebvre', 'mediator');
const frStaff = await cast('Hugo', 'Bernard', 'staff');

const refund = (minor: number): ProposalContent => ({
  solutions: [{ kind: 'refund', amountMinor: minor }],
  terms: 'Remboursement par virement dans les 15 jours suivant l’entente.',
});
const repair: ProposalContent = {
  solutions: [{ kind: 'repair' }, { kind: 'price_reduction', amountMinor: 5_000 }],
  terms: 'Réparation en atelier sous 10 jours ouvrables.',
};

// qc: draft → submit → take charge → counter-proposals → acceptance → agreement (SPEC §4).
const qc = await openCase(ctx, consumer, {
  programme: 'qc',
  referenceNumber: '1291252',
  businessId: randomUUID(),
});
const qcId = qc.state.caseId;
await joinBusiness(qcId, [
  [respondent, 'merchant_respondent'],
  [merchant, 'merchant_representative'],
]);
hours(1);
await act(qcId, consumer, { type: 'save_draft_step', step: 'parties' });
hours(1);
await act(qcId, consumer, { type: 'save_draft_step', step: 'problem_description' });
days(2);
await act(qcId, consumer, {
  type: 'submit_case',
  proposalId: randomUUID(),
  proposal: refund(45_000),
});
days(3);
await act(qcId, merchant, { type: 'take_charge' });
hours(2);
await act(qcId, merchant, { type: 'make_proposal', proposalId: randomUUID(), content: repair });
days(1);
const consumerCounter = randomUUID();
await act(qcId, consumer, {
  type: 'make_proposal',
  proposalId: consumerCounter,
  content: refund(30_000),
});
days(2);
await act(qcId, merchant, { type: 'accept_proposal', proposalId: consumerCounter, version: 1 });

// fr: filing → professional accepts → mediator → admissibility → mediation → solution → protocol.
clock.set('2026-03-16T09:30:00Z');
const fr = await openCase(ctx, frConsumer, {
  programme: 'fr',
  referenceNumber: '2026-0042',
  businessId: randomUUID(),
  prefiling: { writtenComplaintSent: true, complaintUnderOneYear: true },
});
const frId = fr.state.caseId;
await joinBusiness(frId, [[professional, 'merchant_representative']]);
days(4);
await act(frId, professional, { type: 'professional_accept' });
days(1);
await act(frId, frStaff, { type: 'assign_mediator', mediatorUserId: frMediator.id });
days(6);
await act(frId, frMediator, { type: 'declare_admissible' });
days(3);
await act(frId, frConsumer, {
  type: 'make_proposal',
  proposalId: randomUUID(),
  content: refund(120_000),
});
days(10);
const solution = randomUUID();
await act(frId, frMediator, {
  type: 'propose_solution',
  proposalId: solution,
  content: refund(80_000),
});
days(2);
await act(frId, frConsumer, { type: 'accept_solution', proposalId: solution, version: 1 });
days(3);
await act(frId, professional, { type: 'accept_solution', proposalId: solution, version: 1 });
days(2);
await act(frId, frMediator, {
  type: 'submit_protocol',
  documentId: randomUUID(),
  documentHash: 'sha256:4f2a9c',
});
hours(5);
await act(frId, frConsumer, { type: 'sign_protocol', protocolVersion: 1 });
days(1);
await act(frId, professional, { type: 'sign_protocol', protocolVersion: 1 });

const programmes = [
  ['qc — Quebec office model', qcId],
  ['fr — French consumer-mediation centre model', frId],
] as const;
for (const [title, caseId] of programmes) {
  const row = await readCase(ctx.database.db, caseId);
  const state = row!.state;
  zone = state.settings.timeZone;
  console.log(`\n=== ${title}: case ${state.caseNumber} (local time, ${zone}) ===\n`);
  await printJournal(caseId);
  const agreement = state.agreement!;
  const protocol = agreement.protocolVersion
    ? `, protocol v${agreement.protocolVersion} signed`
    : '';
  console.log(`
Final state: ${state.status}, outcome ${state.closure?.outcome} after ${row!.version} events
  agreement: proposal ${short(agreement.proposalId)} v${agreement.version}, in ${agreement.phase}${protocol}
  messaging until: ${until(state.closure?.messagingUntil ?? null)}; readable until: ${until(state.closure?.readableUntil ?? null)}
  pending deadlines: ${deadlinesFor(state)
    .map((d) => `${d.kind} (${until(d.dueAt)})`)
    .join(', ')}`);
}
console.log(`\n${(await ctx.mail.list()).length} notification e-mails were written to the outbox.`);
await ctx.database.close();
