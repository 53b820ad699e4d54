/**
 * Stamping: a template's placeholder rows are compiled once into literal segments and slots;
 * each case then only computes its slot values (~50) and joins strings. Slots are ids (the
 * case's people and business, or fresh UUIDs), instants (shifted by whole days), amounts,
 * corpus texts, and the global event and message ids.
 */
import { randomUUID } from 'node:crypto';
import { DOCUMENT_NAMES, GOODS, MESSAGE_SENTENCES, PROBLEMS, REASONS, STREETS, TERMS } from './corpus.js';
import { uuidV7 } from '../../../apps/api/src/platform/uuid-v7.js';
import { P, SLOT_PATTERN, TEMPLATE_ORIGIN } from './placeholders.js';
import type { Random } from './random.js';
import { CASE_TABLES, templateRows, type CaseTable } from './rows.js';
import type { Template } from './templates.js';

export interface CaseInput {
  readonly consumerId: string;
  readonly businessId: string;
  readonly merchantId: string;
  readonly mediatorId: string;
  readonly staffId: string;
  /** The business's respondent (ORG-2), and the three other staff members (in-app news). */
  readonly respondentId: string;
  readonly otherStaffIds: readonly string[];
  readonly reference: string;
  /** Whole days added to every instant of the template. */
  readonly shiftDays: number;
  /** Ids of this case's events are eventIdBase + seq; of its messages messageIdBase + k. */
  readonly eventIdBase: number;
  readonly messageIdBase: number;
}

type Compiled = readonly (string | number)[];
type SlotFn = (input: CaseInput, r: Random, caseId: string) => string;

export interface CompiledTemplate {
  readonly template: Template;
  readonly events: number;
  readonly messages: number;
  readonly lines: Record<CaseTable, readonly Compiled[]>;
  readonly slots: readonly SlotFn[];
  /** Index of the case id slot, computed first since storage keys use it. */
  readonly caseSlot: number;
}

const DAY = 86_400_000;
const fixed: Record<string, keyof CaseInput> = {
  [P.consumer]: 'consumerId',
  [P.business]: 'businessId',
  [P.merchant]: 'merchantId',
  [P.mediator]: 'mediatorId',
  [P.staff]: 'staffId',
  [P.respondent]: 'respondentId',
};
const randomBytes = (r: Random) => Uint8Array.from({ length: 10 }, () => Math.floor(r.next() * 256));
const hex = (r: Random) => Math.floor(r.next() * 0x1_0000_0000).toString(16).padStart(8, '0');

const isoDates = new Map<number, string>();
function isoDate(day: number): string {
  let date = isoDates.get(day);
  if (date === undefined) {
    date = new Date(day * DAY).toISOString().slice(0, 10);
    isoDates.set(day, date);
  }
  return date;
}

function slotFor(token: string): SlotFn {
  const key = fixed[token];
  if (key) return (input) => String(input[key]);
  const otherStaff = (P.otherStaff as readonly string[]).indexOf(token);
  if (otherStaff >= 0) return (input) => input.otherStaffIds[otherStaff]!;
  if (token.startsWith('10000000-')) return () => randomUUID();
  if (/^\d{4}-/.test(token)) {
    // Shifting by whole days keeps the time of day: only the date part is formatted, once per day.
    const day = Math.floor(Date.parse(token) / DAY);
    const timeOfDay = token.slice(10);
    return (input) => isoDate(day + input.shiftDays) + timeOfDay;
  }
  if (/^98765\d\d$/.test(token)) return (_, r) => String(r.int(5, 400) * 500);
  const n = Number(token.replace(/^\D+/, '') || 0);
  if (token === P.reference) return (input) => input.reference;
  if (token.startsWith('BENCHTXT')) return (_, r) => r.pick(r.next() < 0.7 ? TERMS : REASONS);
  if (token.startsWith('BENCHMSG')) return (input) => String(input.messageIdBase + n);
  if (token.startsWith('BENCHEPOCH')) return (input) => String(TEMPLATE_ORIGIN + n + input.shiftDays * DAY);
  if (token.startsWith('BENCHNKEY')) {
    const offset = Math.floor(n / 1000);
    return (input, r) => uuidV7(TEMPLATE_ORIGIN + offset + input.shiftDays * DAY, randomBytes(r));
  }
  if (token.startsWith('BENCHEID')) return (input) => String(input.eventIdBase + n);
  if (token.startsWith('BENCHBODY'))
    return (_, r) => `${r.pick(MESSAGE_SENTENCES)} ${r.pick(MESSAGE_SENTENCES)}`;
  if (token.startsWith('BENCHDNAME')) return (_, r) => r.pick(DOCUMENT_NAMES);
  if (token.startsWith('BENCHSIZE')) return (_, r) => String(r.int(20_000, 4_000_000));
  if (token.startsWith('BENCHSHA')) return (_, r) => Array.from({ length: 8 }, () => hex(r)).join('');
  if (token === 'BENCHGOOD') return (_, r) => r.pick(GOODS);
  if (token === 'BENCHPROB') return (_, r) => r.pick(PROBLEMS);
  if (token === 'BENCHPHONE') return (_, r) => `514-555-${String(r.int(0, 9999)).padStart(4, '0')}`;
  if (token === 'BENCHADDR') return (_, r) => `${r.int(1, 9999)} ${r.pick(STREETS)}`;
  throw new Error(`unknown template slot ${token}`);
}

export function compileTemplate(template: Template): CompiledTemplate {
  const rows = templateRows(template);
  const index = new Map<string, number>();
  const slots: SlotFn[] = [];
  const slotOf = (token: string) => {
    let i = index.get(token);
    if (i === undefined) {
      i = slots.push(slotFor(token)) - 1;
      index.set(token, i);
    }
    return i;
  };
  const caseSlot = slotOf(P.case);
  const compile = (text: string): Compiled => {
    if (/[\n\r\\]/.test(text.replace(/\\N/g, ''))) throw new Error(`unescaped text in template row: ${text}`);
    const out: (string | number)[] = [];
    let last = 0;
    for (const match of text.matchAll(SLOT_PATTERN)) {
      out.push(text.slice(last, match.index), slotOf(match[0]));
      last = match.index + match[0].length;
    }
    out.push(text.slice(last));
    return out;
  };
  const lines = Object.fromEntries(
    CASE_TABLES.map((table) => [table, rows[table].map(compile)]),
  ) as Record<CaseTable, Compiled[]>;
  return {
    template,
    events: template.events.length,
    messages: rows.messages.length,
    lines,
    slots,
    caseSlot,
  };
}

/** The COPY lines of one case, per table, appended to `out`. Returns the case id. */
export function stampCase(
  compiled: CompiledTemplate,
  input: CaseInput,
  r: Random,
  out: Record<CaseTable, string[]>,
): string {
  const values = new Array<string>(compiled.slots.length);
  const caseId = compiled.slots[compiled.caseSlot]!(input, r, '');
  values[compiled.caseSlot] = caseId;
  for (let i = 0; i < values.length; i++) {
    if (i !== compiled.caseSlot) values[i] = compiled.slots[i]!(input, r, caseId);
  }
  for (const table of CASE_TABLES) {
    const target = out[table];
    for (const parts of compiled.lines[table]) {
      const pieces = new Array<string>(parts.length);
      for (let k = 0; k < parts.length; k++) {
        const part = parts[k]!;
        pieces[k] = typeof part === 'string' ? part : values[part]!;
      }
      target.push(pieces.join(''));
    }
  }
  return caseId;
}
