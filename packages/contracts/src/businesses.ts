/**
 * ORG-1, ORG-2, ACC-3: the business registry, the people who act for a business, the activation
 * of accounts that staff create, and the merchant's "Mes dossiers". Field names and codes only:
 * labels live in the web dictionaries; validation messages are keys (`validation-messages.ts`).
 */
import { isValidLocalDate } from '@entente/domain';
import { z } from 'zod';
import { postalAddressSchema } from './account.js';
import { emailField, nameField } from './fields.js';
import { languageSchema } from './language.js';
import { requiredText, missingIsRequired } from './text-field.js';

export const BUSINESS_PROGRAMMES = ['qc', 'fr'] as const;
export type BusinessProgramme = (typeof BUSINESS_PROGRAMMES)[number];

/** The Luhn check digit that SIREN numbers carry (INSEE). */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

/** Spaces are how people write these numbers ("123 456 789"); they are not part of them. */
export const normaliseRegistrationNumber = (value: string) => value.replace(/[\s\u00a0]/g, '');

/** Null when valid, else the validation message key: NEQ = 10 digits, SIREN = 9 with Luhn. */
export function registrationNumberProblem(
  programme: BusinessProgramme,
  value: string,
): 'neq' | 'siren' | null {
  const digits = normaliseRegistrationNumber(value);
  if (programme === 'qc') return /^\d{10}$/.test(digits) ? null : 'neq';
  return /^\d{9}$/.test(digits) && luhnValid(digits) ? null : 'siren';
}

const text = requiredText;

const participationDateField = z
  .string({ error: missingIsRequired })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'date' })
  .refine(isValidLocalDate, { error: 'date' });

/** What staff enter from the participation form; the programme cannot change afterwards. */
const businessFields = {
  legalName: text(200),
  registrationNumber: z.string({ error: missingIsRequired }).trim().max(20, { error: 'invalid' }),
  /** Head office first, establishments after. */
  addresses: z.array(postalAddressSchema).min(1, { error: 'required' }).max(20),
  sector: text(100),
  participationDate: participationDateField,
};

const checkNumber =
  (programmeOf: (value: { programme?: BusinessProgramme }) => BusinessProgramme) =>
  (value: { programme?: BusinessProgramme; registrationNumber: string }, ctx: z.RefinementCtx) => {
    const problem = registrationNumberProblem(programmeOf(value), value.registrationNumber);
    if (problem) ctx.addIssue({ code: 'custom', path: ['registrationNumber'], message: problem });
  };

export const businessCreateBody = z
  .strictObject({ programme: z.enum(BUSINESS_PROGRAMMES), ...businessFields })
  .superRefine(checkNumber((value) => value.programme ?? 'qc'))
  .transform((value) => ({
    ...value,
    registrationNumber: normaliseRegistrationNumber(value.registrationNumber),
  }));
export type BusinessCreateBody = z.infer<typeof businessCreateBody>;

/** A PUT replaces every field; `withdrawn` ends the participation (no new cases). */
export const businessUpdateBody = z.strictObject({
  ...businessFields,
  withdrawn: z.boolean().default(false),
});
export type BusinessUpdateBody = z.infer<typeof businessUpdateBody>;

export const MEMBER_ROLES = ['respondent', 'representative'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** ORG-1: the respondent or a representative, by e-mail and name (ACC-3 creates the account). */
export const memberBody = z.strictObject({
  role: z.enum(MEMBER_ROLES, { error: 'invalidChoice' }),
  email: emailField,
  givenName: nameField,
  familyName: nameField,
  preferredLanguage: languageSchema.default('fr'),
});
export type MemberBody = z.infer<typeof memberBody>;

export const businessListQuery = z.strictObject({
  programme: z.enum(BUSINESS_PROGRAMMES, { error: 'invalidChoice' }).default('qc'),
  /** A name prefix, or digits of a registration number. */
  q: z.string().trim().max(200).optional(),
  /** The intake picker lists only businesses that may receive new cases. */
  participating: z.enum(['true', 'false']).optional(),
  after: z.string().max(400).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const memberView = z.strictObject({
  userId: z.string(),
  role: z.enum(MEMBER_ROLES),
  givenName: z.string(),
  familyName: z.string(),
  email: z.string(),
  /** `pending`: the activation link has not been used yet (ACC-3). */
  status: z.enum(['active', 'pending']),
  addedAt: z.string(),
});
export type MemberView = z.infer<typeof memberView>;

export const businessView = z.strictObject({
  id: z.string(),
  programme: z.enum(BUSINESS_PROGRAMMES),
  legalName: z.string(),
  registrationNumber: z.string(),
  addresses: z.array(postalAddressSchema),
  sector: z.string(),
  participationDate: z.string(),
  withdrawnAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Staff and the respondent read the members; a representative reads an empty list. */
  members: z.array(memberView),
  /** ORG-1: whether this reader may add and remove representatives. */
  canManageRepresentatives: z.boolean(),
});
export type BusinessView = z.infer<typeof businessView>;

export const businessSummaryView = businessView.pick({
  id: true,
  programme: true,
  legalName: true,
  registrationNumber: true,
  sector: true,
  withdrawnAt: true,
});
export type BusinessSummary = z.infer<typeof businessSummaryView>;

export const businessListView = z.strictObject({
  items: z.array(businessSummaryView),
  next: z.string().nullable(),
});
export type BusinessList = z.infer<typeof businessListView>;

export const MERCHANT_CASE_FILTERS = ['all', 'open', 'closed'] as const;

/** Issue 5 item 2: the merchant's "Mes dossiers" (every case of their businesses). */
export const merchantCaseListQuery = z.strictObject({
  filter: z.enum(MERCHANT_CASE_FILTERS, { error: 'invalidChoice' }).default('all'),
  status: z.string().trim().max(40).optional(),
  assigned: z.enum(['me', 'any'], { error: 'invalidChoice' }).default('any'),
  after: z.string().max(400).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type MerchantCaseListQuery = z.infer<typeof merchantCaseListQuery>;

export const merchantCaseView = z.strictObject({
  id: z.string(),
  caseNumber: z.string(),
  programme: z.enum(BUSINESS_PROGRAMMES),
  status: z.string(),
  outcome: z.string().nullable(),
  openedAt: z.string(),
  submittedAt: z.string().nullable(),
  consumerName: z.string(),
  businessId: z.string(),
  businessName: z.string(),
  representative: z.strictObject({ userId: z.string(), name: z.string() }).nullable(),
});
export type MerchantCase = z.infer<typeof merchantCaseView>;

export const merchantCaseListView = z.strictObject({
  items: z.array(merchantCaseView),
  next: z.string().nullable(),
});
export type MerchantCaseList = z.infer<typeof merchantCaseListView>;
