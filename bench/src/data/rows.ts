/**
 * Turns one template (events + state) into the COPY text lines of every table, still holding
 * placeholders. It mirrors what the API writes for the same commands (cases/case-store.ts,
 * cases/projections.ts, cases/deadline-sync.ts, messages/post-message.ts) so the API reads a
 * stamped case exactly as one it made itself.
 */
import { deadlinesFor, type CaseEvent, type ThreadRef } from '@entente/domain';
import { EXTRA, notificationKeySlot, P } from './placeholders.js';
import type { Template } from './templates.js';

export const TABLES = {
  cases: ['id', 'programme', 'reference_number', 'case_number', 'status', 'outcome', 'consumer_user_id', 'business_id', 'mediator_user_id', 'merchant_representative_user_id', 'opened_at', 'submitted_at', 'closed_at', 'readable_until', 'overdue_since', 'mediation_requested_at', 'mediation_started_at', 'mediation_ends_at', 'mediation_alert_at', 'state', 'settings', 'version', 'updated_at'],
  case_members: ['case_id', 'user_id', 'relation', 'active', 'since'],
  case_events: ['id', 'case_id', 'seq', 'type', 'actor_user_id', 'actor_role', 'at', 'payload'],
  proposals: ['id', 'case_id', 'kind', 'author', 'phase', 'currency', 'status', 'current_version', 'counters', 'answer_due_at', 'created_at'],
  proposal_versions: ['proposal_id', 'version', 'content', 'author_user_id', 'author_role', 'created_at'],
  proposal_acceptances: ['proposal_id', 'version', 'side', 'decision', 'user_id', 'answered_at', 'voided_at'],
  case_documents: ['id', 'case_id', 'storage_key', 'display_name', 'type', 'mime', 'size', 'sha256', 'added_by', 'added_by_role', 'added_at', 'system', 'kind', 'scan_status', 'scanned_at'],
  message_threads: ['id', 'case_id', 'kind', 'created_at', 'last_message_at'],
  messages: ['id', 'thread_id', 'case_id', 'author_user_id', 'author_role', 'body', 'created_at'],
  thread_reads: ['thread_id', 'user_id', 'last_read_message_id', 'read_at'],
  case_deadlines: ['id', 'case_id', 'kind', 'key', 'due_at', 'action', 'created_at', 'fired_at', 'result', 'alert_due_at'],
  case_drafts: ['case_id', 'parties', 'description', 'proposal', 'saved_steps', 'updated_at'],
  users: ['id', 'email', 'email_verified_at', 'given_name', 'family_name', 'phone', 'preferred_language', 'roles', 'professional_profile', 'totp_secret_enc', 'totp_enrolled_at', 'created_at', 'updated_at'],
  businesses: ['id', 'programme', 'legal_name', 'registration_number', 'addresses', 'sector', 'participation_date', 'created_by', 'created_at', 'updated_at'],
  business_members: ['business_id', 'user_id', 'role', 'added_by', 'added_at'],
  mediator_profiles: ['user_id', 'programmes', 'sectors', 'regions', 'independence_declared_at', 'max_active_cases', 'created_by', 'created_at', 'updated_at'],
  mediator_unavailability: ['id', 'mediator_user_id', 'starts_on', 'ends_on', 'note', 'created_by', 'created_at'],
  notifications: ['id', 'user_id', 'case_id', 'kind', 'params', 'created_at', 'read_at'],
  mediation_followups: ['id', 'case_id', 'mediator_user_id', 'party', 'message', 'created_at', 'resolved_at', 'resolved_by', 'resolution'],
} as const;
export type TableName = keyof typeof TABLES;
/** Tables the templates fill per case (people and the mediator registry are written once). */
export const CASE_TABLES = [
  'cases', 'case_members', 'case_events', 'proposals', 'proposal_versions', 'proposal_acceptances',
  'case_documents', 'message_threads', 'messages', 'thread_reads', 'case_deadlines', 'case_drafts',
  'notifications',
] as const satisfies readonly TableName[];
export type CaseTable = (typeof CASE_TABLES)[number];

/** One COPY text line; null is `\N`. Values never hold tabs, newlines or backslashes. */
export const line = (values: readonly (string | number | boolean | null)[]) =>
  values.map((v) => (v === null ? '\\N' : String(v))).join('\t');
const json = (value: unknown) => JSON.stringify(value);

export function threadKind(thread: ThreadRef): string {
  if (thread.kind === 'parties') return 'parties';
  if (thread.kind === 'mediation_discussion') return 'mediation';
  return thread.side === 'consumer' ? 'mediator_consumer' : 'mediator_business';
}

const actorId = (e: CaseEvent) => (e.actor.role === 'system' ? null : e.actor.userId);

export function templateRows(t: Template): Record<CaseTable, string[]> {
  const { state, events } = t;
  const caseId = state.caseId;
  const last = events.at(-1)!.at;
  const rows: Record<CaseTable, string[]> = Object.fromEntries(CASE_TABLES.map((n) => [n, []])) as never;

  rows.cases.push(line([
    caseId, state.programme, state.referenceNumber, state.caseNumber, state.status,
    state.closure?.outcome ?? null, state.consumer.userId, state.business.businessId,
    state.mediator?.userId ?? null, state.merchantRepresentative?.userId ?? null, state.openedAt,
    state.submittedAt, state.closure?.closedAt ?? null, state.closure?.readableUntil ?? null, null,
    // The mediation's dates, as `caseColumns` writes them (ADR 0023).
    state.mediationRequestedAt, state.mediationStartedAt, state.due.mediationEndsAt, state.due.mediationAlertAt,
    json(state), json(state.settings), state.revision, last,
  ]));

  events.forEach((e, i) => {
    rows.case_events.push(line([EXTRA.eventId(i + 1), caseId, i + 1, e.type, actorId(e), e.actor.role, e.at, json(e.payload)]));
  });

  // Members (projections.ts projectMembers): the consumer, and mediators (replaced ones inactive).
  const members = new Map<string, { relation: string; active: boolean; since: string }>();
  for (const e of events) {
    if (e.type === 'case_opened') members.set(`${e.payload.consumer.userId}:consumer`, { relation: 'consumer', active: true, since: e.at });
    if (e.type === 'mediator_assigned') {
      if (e.payload.replaced) members.get(`${e.payload.replaced}:mediator`)!.active = false;
      members.set(`${e.payload.mediator.userId}:mediator`, { relation: 'mediator', active: true, since: e.at });
    }
  }
  for (const [key, m] of members) rows.case_members.push(line([caseId, key.split(':')[0]!, m.relation, m.active, m.since]));

  // Proposals, versions and answers (projections.ts projectProposals + syncProposalStatuses).
  for (const e of events) {
    if (e.type === 'proposal_made' || e.type === 'solution_proposed') {
      const proposal = state.proposals.find((p) => p.proposalId === e.payload.proposalId)!;
      const solution = e.type === 'solution_proposed';
      rows.proposals.push(line([
        proposal.proposalId, caseId, solution ? 'solution' : 'offer', proposal.author, proposal.phase,
        proposal.currency, proposal.status, proposal.versions.length,
        e.type === 'proposal_made' ? e.payload.counters : null, proposal.answerDueAt, e.at,
      ]));
      for (const v of proposal.versions) {
        rows.proposal_versions.push(line([proposal.proposalId, v.version, json(v.content), v.by.userId, v.by.role, v.at]));
      }
    }
  }
  const answers: { key: string; values: (string | number | null)[] }[] = [];
  for (const e of events) {
    if (e.type === 'proposal_accepted' || e.type === 'solution_accepted' || e.type === 'solution_refused') {
      const { proposalId, version, side } = e.payload;
      const decision = e.type === 'solution_refused' ? 'refused' : 'accepted';
      answers.push({ key: `${proposalId}:${version}:${side}`, values: [proposalId, version, side, decision, e.actor.userId, e.at, null] });
    }
    if (e.type === 'acceptances_voided') {
      for (const side of e.payload.sides) {
        const answer = answers.find((a) => a.key === `${e.payload.proposalId}:${e.payload.version}:${side}`);
        if (answer && answer.values[6] === null) answer.values[6] = e.at;
      }
    }
  }
  for (const a of answers) rows.proposal_acceptances.push(line(a.values));

  // Documents: metadata only; the storage keys point at nothing (the bytes are not generated).
  let doc = 0;
  for (const e of events) {
    const documentId = e.type === 'document_added' ? e.payload.documentId : e.type === 'protocol_submitted' ? e.payload.documentId : null;
    if (documentId === null) continue;
    doc += 1;
    const pdf = doc % 2 === 1;
    rows.case_documents.push(line([
      documentId, caseId, `cases/${caseId}/${documentId}`, EXTRA.documentName(doc), pdf ? 'pdf' : 'jpeg',
      pdf ? 'application/pdf' : 'image/jpeg', EXTRA.size(doc), EXTRA.sha(doc), e.actor.userId, e.actor.role,
      e.at, false, 'upload', 'clean', e.at,
    ]));
  }

  // Threads and messages (post-message.ts): the message id is the event's messageId.
  const threads = new Map<string, { first: string; last: string; reads: Map<string, { id: string; at: string }> }>();
  let body = 0;
  for (const e of events) {
    if (e.type !== 'message_posted') continue;
    const kind = threadKind(e.payload.thread);
    const thread = threads.get(kind) ?? { first: e.at, last: e.at, reads: new Map() };
    thread.last = e.at;
    thread.reads.set(e.actor.userId, { id: e.payload.messageId, at: e.at });
    threads.set(kind, thread);
    body += 1;
    rows.messages.push(line([e.payload.messageId, P.thread(kind), caseId, e.actor.userId, e.actor.role, EXTRA.body(body), e.at]));
  }
  for (const [kind, thread] of threads) {
    rows.message_threads.push(line([P.thread(kind), caseId, kind, thread.first, thread.last]));
    for (const [userId, read] of thread.reads) rows.thread_reads.push(line([P.thread(kind), userId, read.id, read.at]));
  }

  // Pending deadlines of the final state (deadline-sync.ts); past fired/cancelled rows are not made.
  // A mediation's end carries its alert's date (QC-20, migration 0017).
  const deadlines = deadlinesFor(state);
  const alertDueAt = deadlines.find((d) => d.kind === 'mediation_alert')?.dueAt ?? null;
  deadlines.forEach((d, i) => {
    // Fired deadlines (`fired_at`, `result`) are only made for aged cases: see ageing.ts.
    const alert = d.kind === 'mediation_end' ? alertDueAt : null;
    rows.case_deadlines.push(line([P.deadline(i + 1), caseId, d.kind, d.key, d.dueAt, d.action, last, null, null, alert]));
  });

  // In-app notifications (cases/notifications.ts, messages/message-alerts.ts): see notifications.ts.
  const iso = (ms: number) => new Date(ms).toISOString();
  t.notifications.forEach((n, i) => {
    rows.notifications.push(line([
      notificationKeySlot(n.firstAt, i), n.userId, caseId, n.kind, n.params, iso(n.createdAt), n.readAt === null ? null : iso(n.readAt),
    ]));
  });

  // qc drafts keep their wizard content (drafts.ts), written with each draft_step_saved.
  const saved = events.flatMap((e) => (e.type === 'draft_step_saved' ? [e.payload.step] : []));
  if (saved.length > 0) {
    const lastSave = events.filter((e) => e.type === 'draft_step_saved').at(-1)!.at;
    const firstProposal = state.proposals[0]?.versions[0]?.content;
    rows.case_drafts.push(line([
      caseId,
      json({ consumerPhone: EXTRA.phone, consumerAddress: EXTRA.address, confirmed: true }),
      json({ goodOrService: EXTRA.good, contractPlace: 'in_store', problemNatures: ['defective_good'], additionalInformation: EXTRA.problem }),
      json(firstProposal ?? { solutions: [{ kind: 'refund', amountMinor: P.amount(99) }], terms: P.text(98) }),
      `{${[...new Set(saved)].join(',')}}`,
      lastSave,
    ]));
  }
  return rows;
}
