/**
 * Placeholder values the template journeys are run with. After the engine has produced the
 * events and the state, every occurrence of a placeholder is a slot that stamping fills with the
 * case's own value (ids, instants, amounts, texts). They are shaped like the real values (UUIDs,
 * ISO instants) so the engine accepts them, and distinctive enough never to occur by chance.
 */
const uuid = (n: number) => `10000000-0000-4000-8000-${n.toString().padStart(12, '0')}`;

export const P = {
  case: uuid(1),
  consumer: uuid(2),
  business: uuid(3),
  merchant: uuid(4),
  mediator: uuid(5),
  staff: uuid(6),
  /** The business's respondent in the registry (ORG-2), and the office's other staff members. */
  respondent: uuid(7),
  otherStaff: [uuid(8), uuid(9), uuid(10)],
  proposal: (k: number) => uuid(100 + k),
  document: (k: number) => uuid(200 + k),
  thread: (kind: string) => uuid(300 + ['parties', 'mediation', 'mediator_consumer', 'mediator_business'].indexOf(kind)),
  deadline: (k: number) => uuid(400 + k),
  amount: (k: number) => 9_876_500 + k,
  text: (k: number) => `BENCHTXT${String(k).padStart(2, '0')}`,
  message: (k: number) => `BENCHMSG${String(k).padStart(2, '0')}`,
  reference: 'BENCHREF',
} as const;

/**
 * A notification's key: time-ordered from when it was written, as the API draws it
 * (platform/uuid-v7.ts). The slot holds that instant's offset from the template origin and the
 * row's index, so that two rows written at the same instant get keys of their own.
 */
export function notificationKeySlot(firstAt: number, index: number): string {
  const offset = firstAt - TEMPLATE_ORIGIN;
  if (offset < 0 || index >= 1000) throw new Error(`notification key slot out of range: ${offset}, ${index}`);
  return `BENCHNKEY${offset * 1000 + index}`;
}

/** Slots filled per case that are not in the engine's output (bodies, file metadata…). */
export const EXTRA = {
  eventId: (seq: number) => `BENCHEID${String(seq).padStart(2, '0')}`,
  body: (k: number) => `BENCHBODY${String(k).padStart(2, '0')}`,
  documentName: (k: number) => `BENCHDNAME${String(k).padStart(2, '0')}`,
  sha: (k: number) => `BENCHSHA${String(k).padStart(2, '0')}`,
  size: (k: number) => `BENCHSIZE${String(k).padStart(2, '0')}`,
  good: 'BENCHGOOD',
  phone: 'BENCHPHONE',
  address: 'BENCHADDR',
  problem: 'BENCHPROB',
} as const;

/** Every slot in a template text: placeholder UUIDs, instants, amounts and BENCH markers. */
export const SLOT_PATTERN =
  /10000000-0000-4000-8000-\d{12}|\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z|98765\d\d|BENCH[A-Z]+\d*/g;

/** Fixed origin of every template run: a Monday in January (standard time on both sides). */
export const TEMPLATE_ORIGIN = Date.parse('2001-01-08T15:00:00.000Z');
