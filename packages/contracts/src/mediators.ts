/**
 * MDR-1, ACC-3: the office's registry of mediators (programmes, sectors, regions, planned load,
 * FR independence declaration, absences) and what a mediator reads about themselves. Field
 * names and codes only: labels live in the web dictionaries; validation messages are keys
 * (`validation-messages.ts`). Rules that need the clock (an absence not in the past, at most a
 * year long) are the API's; it answers them per field too.
 */
import { isValidLocalDate } from '@entente/domain';
import { z } from 'zod';
import { missingIsRequired } from './text-field.js';
import { emailField, nameField, optionalText, phoneField } from './fields.js';
import { languageSchema } from './language.js';

export const MEDIATOR_PROGRAMMES = ['qc', 'fr'] as const;
export type MediatorProgramme = (typeof MEDIATOR_PROGRAMMES)[number];

/** `invited`: the activation link has not been used yet; `disabled`: the account is closed. */
export const MEDIATOR_ACCOUNT_STATUSES = ['invited', 'active', 'disabled'] as const;
export type MediatorAccountStatus = (typeof MEDIATOR_ACCOUNT_STATUSES)[number];

export const MEDIATOR_LIST_MAX = 20;
export const MEDIATOR_MAX_CASES_LIMIT = 500;
/** An announced absence lasts at most a year (a longer one is a withdrawal). */
export const ABSENCE_MAX_MONTHS = 12;

/** "meubles, Télécommunications ; voyage" → ["meubles", "Télécommunications", "voyage"]. */
export function splitList(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** Each item once, compared case-insensitively, in the order first given. */
const dedupe = (items: string[]) => {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = item.toLocaleLowerCase('fr');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

/**
 * No schema-level `error` here: in zod 4 it would replace the message of every check (a name
 * too long would read "required"); the shared mapping gives "At most 100 characters".
 */
const tagItem = z
  .string()
  .trim()
  .min(1, { error: 'required' })
  .max(100)
  .refine((value) => !/[\u0000-\u001f\u007f]/.test(value), { error: 'invalid' });

const tagList = z.array(tagItem).max(MEDIATOR_LIST_MAX).transform(dedupe);

export const mediatorProgrammesField = z
  .array(z.enum(MEDIATOR_PROGRAMMES, { error: 'invalidChoice' }))
  .min(1, { error: 'required' })
  .max(10, { error: 'invalid' })
  .transform((items) => MEDIATOR_PROGRAMMES.filter((p) => items.includes(p)));

/** A wrong type (text, NaN) reads "invalid"; the range checks keep their own messages. */
export const maxActiveCasesField = z
  .number({ error: (issue) => (issue.code === 'invalid_type' ? 'invalid' : undefined) })
  .int({ error: 'invalid' })
  .min(1)
  .max(MEDIATOR_MAX_CASES_LIMIT)
  .nullable();

const dateField = z
  .string({ error: missingIsRequired })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'date' })
  .refine(isValidLocalDate, { error: 'date' });

/** ACC-3: what the office knows of the professional profile; the mediator completes it. */
export const mediatorProfileInput = z.strictObject({
  jobTitle: optionalText(100),
  organisation: optionalText(200),
  workPhone: phoneField,
});

export const mediatorCreateBody = z.strictObject({
  email: emailField,
  givenName: nameField,
  familyName: nameField,
  preferredLanguage: languageSchema.default('fr'),
  programmes: mediatorProgrammesField,
  sectors: tagList.default([]),
  regions: tagList.default([]),
  maxActiveCases: maxActiveCasesField.optional(),
  profile: mediatorProfileInput.optional(),
});
export type MediatorCreateBody = z.input<typeof mediatorCreateBody>;

/** Only what is sent changes; `withdrawn` stops new assignments, `false` reinstates. */
export const mediatorUpdateBody = z.strictObject({
  programmes: mediatorProgrammesField.optional(),
  sectors: tagList.optional(),
  regions: tagList.optional(),
  maxActiveCases: maxActiveCasesField.optional(),
  /** FR (MDR-1): the date of the independence and impartiality declaration; null erases it. */
  independenceDeclaredOn: dateField.nullable().optional(),
  withdrawn: z.boolean().optional(),
});
export type MediatorUpdateBody = z.input<typeof mediatorUpdateBody>;

export const unavailabilityBody = z.strictObject({
  startsOn: dateField,
  /** Inclusive: the mediator is away that day too. */
  endsOn: dateField,
  note: optionalText(500),
});
export type UnavailabilityBody = z.input<typeof unavailabilityBody>;

export const mediatorListQuery = z.strictObject({
  programme: z.enum(MEDIATOR_PROGRAMMES, { error: 'invalidChoice' }).optional(),
  /** A prefix of the family name, given name or e-mail address. */
  q: z.string().trim().max(200).optional(),
  after: z.string().max(400).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type MediatorListQuery = z.input<typeof mediatorListQuery>;

export const unavailabilityView = z.strictObject({
  id: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  note: z.string().nullable(),
  createdAt: z.string(),
});
export type UnavailabilityView = z.infer<typeof unavailabilityView>;

export const mediatorSummaryView = z.strictObject({
  userId: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  email: z.string(),
  programmes: z.array(z.enum(MEDIATOR_PROGRAMMES)),
  sectors: z.array(z.string()),
  regions: z.array(z.string()),
  accountStatus: z.enum(MEDIATOR_ACCOUNT_STATUSES),
  withdrawnAt: z.string().nullable(),
  /** Cases assigned and not closed. */
  activeCases: z.number().int(),
  maxActiveCases: z.number().int().nullable(),
  /** The absence under way or the next one (ends today or later). */
  nextAbsence: z.strictObject({ startsOn: z.string(), endsOn: z.string() }).nullable(),
  /** Whether today falls inside an absence. */
  unavailableToday: z.boolean(),
});
export type MediatorSummary = z.infer<typeof mediatorSummaryView>;

export const mediatorListView = z.strictObject({
  items: z.array(mediatorSummaryView),
  next: z.string().nullable(),
});
export type MediatorList = z.infer<typeof mediatorListView>;

export const mediatorView = mediatorSummaryView.extend({
  preferredLanguage: languageSchema,
  profile: z.strictObject({
    jobTitle: z.string().nullable(),
    organisation: z.string().nullable(),
    workPhone: z.string().nullable(),
  }),
  totpEnrolled: z.boolean(),
  independenceDeclaredOn: z.string().nullable(),
  /** Pending activation link's expiry, when the account is still `invited`. */
  activationExpiresAt: z.string().nullable(),
  /** Absences not over yet, soonest first (past ones are kept but not listed). */
  unavailability: z.array(unavailabilityView),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type MediatorView = z.infer<typeof mediatorView>;

/** What the mediator reads of their own file (`/api/mediator/profile`). */
export const mediatorSelfView = mediatorView.omit({ activationExpiresAt: true });
export type MediatorSelfView = z.infer<typeof mediatorSelfView>;
