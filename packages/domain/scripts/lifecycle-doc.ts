/**
 * Renders docs/case-lifecycle.md from the engine's own data: the transition table, guards,
 * denial reasons, deadline kinds and event metadata. Nothing here is written by hand, so the
 * document cannot drift from the code (a test compares the committed file with this output).
 */
import {
  CAPACITY_ROLES,
  DEADLINE_KINDS,
  DENIAL_REASONS,
  EVENT_META,
  EXPLICIT_DENIALS,
  GUARDS,
  STATUSES,
  TRANSITIONS,
  defaultSettings,
  type Capacity,
  type Programme,
  type Transition,
} from '../src/index.js';

const TITLES: Record<Programme, string> = {
  qc: '`qc`: Quebec office model (SPEC §4)',
  fr: '`fr`: French consumer-mediation centre model (SPEC §5)',
};

const code = (text: string): string => `\`${text}\``;

function rolesOf(capacities: readonly Capacity[]): string {
  const roles = new Set(capacities.flatMap((capacity) => CAPACITY_ROLES[capacity]));
  return [...roles].join(', ');
}

function target(row: Transition): string {
  return row.to
    .map((status) =>
      status === 'closed' && row.outcomes.length > 0
        ? `closed (${row.outcomes.join(', ')})`
        : status,
    )
    .join(' or ');
}

/** Status-changing edges, with parallel actions merged into one label. */
function diagram(programme: Programme): string {
  const edges = new Map<string, string[]>();
  for (const row of TRANSITIONS.filter((r) => r.programme === programme)) {
    for (const to of row.to) {
      if (to === row.from) continue; // self-loops are listed in the table only
      const from = row.from === 'none' ? '[*]' : row.from;
      const label =
        to === 'closed' && row.outcomes.length > 0
          ? `${row.action} (${row.outcomes.join(', ')})`
          : row.action;
      const key = `${from} --> ${to}`;
      edges.set(key, [...(edges.get(key) ?? []), label]);
    }
  }
  const lines = [...edges].map(
    ([edge, labels]) => `    ${edge} : ${[...new Set(labels)].join(', ')}`,
  );
  return ['```mermaid', 'stateDiagram-v2', ...lines, '    closed --> [*]', '```'].join('\n');
}

function table(programme: Programme): string {
  const header = [
    '| From | Action | Who (relation to the case) | Roles | Guards | To | Spec |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  const order = ['none', ...STATUSES[programme]];
  const rows = TRANSITIONS.filter((r) => r.programme === programme)
    .map((row, index) => ({ row, index }))
    .sort((a, b) => order.indexOf(a.row.from) - order.indexOf(b.row.from) || a.index - b.index)
    .map(({ row }) =>
      [
        code(row.from),
        code(row.action),
        row.by.map(code).join(', '),
        rolesOf(row.by),
        row.guards.map(code).join(', ') || '—',
        target(row),
        row.spec.join(', '),
      ].join(' | '),
    );
  return [...header, ...rows.map((cells) => `| ${cells} |`)].join('\n');
}

function explicitDenials(programme: Programme): string {
  const rules = EXPLICIT_DENIALS.filter((rule) => rule.programme === programme);
  if (rules.length === 0) return '';
  const lines = rules.map(
    (rule) =>
      `- ${code(rule.action)} in ${code(rule.from)} by ${rule.by.map(code).join(' or ')}: refused with ${code(rule.reason)} (${rule.spec.join(', ')}).`,
  );
  return ['Refusals with a specific reason:', '', ...lines].join('\n');
}

function settings(programme: Programme): string {
  const entries = Object.entries(defaultSettings(programme)).filter(([key]) => key !== 'programme');
  return entries.map(([key, value]) => `${code(key)} = ${code(JSON.stringify(value))}`).join(', ');
}

function programmeSection(programme: Programme): string {
  return [
    `## ${TITLES[programme]}`,
    `Statuses: ${STATUSES[programme].map(code).join(' → ')}.`,
    `Default settings: ${settings(programme)}.`,
    diagram(programme),
    table(programme),
    explicitDenials(programme),
  ]
    .filter((part) => part !== '')
    .join('\n\n');
}

const CONVENTIONS = `## Conventions

- **Actors.** \`can(state, actor, action, now)\` checks, in order: the case exists
  (\`case_not_found\`) and is open (\`case_closed\`), the programme knows the action
  (\`not_in_programme\`), the status allows it (\`not_allowed_in_state\`), the actor holds one of
  the row's relations (otherwise \`represented_consumer_cannot_act\`, \`not_in_charge\`,
  \`not_case_participant\` or \`role_not_allowed\`), the row's guards pass, and, given a full
  command, its data is valid. \`decide\` uses the same check, then emits events; \`apply\` folds
  them into the state, \`replay\` rebuilds a case from its history.
- **Who.** \`consumer_side\` is the consumer, or their active representative instead of them
  (REP-3); \`case_consumer\` is the consumer even when represented (documents, naming or removing a
  representative); \`merchant_side\` is the single person who took charge for the business (QC-10);
  \`business\` is the respondent or any representative of the case's business; \`mediator\` is the
  assigned mediator; \`staff\` includes administrators and never acts as a party; \`system\` runs
  deadline jobs.
- **Deadlines.** Durations are counted in calendar days of the programme's time zone. A period
  of N days starting at instant t covers t's local date (day 0) and the N following dates, and
  ends at the **end of local day D+N** (represented by the first instant of day D+N+1; reached
  when \`now >= dueAt\`). A waiting period ("45 days after take-charge", QC-15) is satisfied from
  the first instant of day D+N: taken charge on 1 March, mediation may be requested from
  15 April 00:00, not on 14 April. Reminders fall k calendar days before the deadline. A pending
  deadline never moves earlier: extensions (FR-9) and restarted periods only push it later.
- **After closing.** A closed case accepts no command. \`messagingOpen(state, now)\` answers QC-22
  (90 days of messaging after a qc agreement) and \`readableUntil(state)\` QC-23 (12 months).`;

function referenceSection(): string {
  const guards = Object.entries(GUARDS).map(([name, text]) => `| ${code(name)} | ${text} |`);
  const reasons = Object.entries(DENIAL_REASONS).map(
    ([name, text]) => `| ${code(name)} | ${text} |`,
  );
  const events = Object.entries(EVENT_META).map(
    ([type, meta]) =>
      `| ${code(type)} | ${meta.notify.join(', ') || '—'} | ${meta.confidential ? 'yes' : 'no'} |`,
  );
  return [
    '## Guards',
    '| Guard | Passes when |\n| --- | --- |\n' + guards.join('\n'),
    '## Denial reasons',
    '| Code | Meaning |\n| --- | --- |\n' + reasons.join('\n'),
    '## Deadline kinds',
    DEADLINE_KINDS.map(code).join(', ') + '.',
    '## Events',
    '| Event | Notifies | Payload hidden from staff |\n| --- | --- | --- |\n' + events.join('\n'),
  ].join('\n\n');
}

export function renderLifecycleDoc(): string {
  return (
    [
      "<!-- Generated by packages/domain/scripts/generate-lifecycle-doc.ts from the engine's transition table. Do not edit: run `npx tsx packages/domain/scripts/generate-lifecycle-doc.ts`. -->",
      '# Case lifecycle',
      'How a case moves through each programme, who may act at each step and why an action is refused. Requirement ids refer to `SPEC.md`.',
      CONVENTIONS,
      programmeSection('qc'),
      programmeSection('fr'),
      referenceSection(),
    ].join('\n\n') + '\n'
  );
}
