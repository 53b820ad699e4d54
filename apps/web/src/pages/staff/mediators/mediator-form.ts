import {
  formatIssue,
  mediatorCreateBody,
  mediatorUpdateBody,
  splitList,
  type Language,
  type MediatorCreateBody,
  type MediatorUpdateBody,
  type MediatorView,
} from '@entente/contracts';
import { toNestErrors } from '@hookform/resolvers';
import type { FieldError, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { ApiError } from '../../../api/client';

/**
 * MDR-1 forms: what the staff type (lists as comma-separated text, the cap as text) and the
 * bodies the shared schemas check. Messages of both the schema and the API land on the field the
 * person typed in ("sectors.3" → the sectors box), so nothing typed is lost on an error.
 */

export type ProgrammeChoice = 'qc' | 'fr';

export interface MediatorFormValues {
  email: string;
  givenName: string;
  familyName: string;
  preferredLanguage: Language;
  programmes: ProgrammeChoice[];
  sectors: string;
  regions: string;
  maxActiveCases: string;
  jobTitle: string;
  organisation: string;
  workPhone: string;
}

export interface MediatorEditValues {
  programmes: ProgrammeChoice[];
  sectors: string;
  regions: string;
  maxActiveCases: string;
  independenceDeclaredOn: string;
}

const blankToUndefined = (value: string) => (value.trim() === '' ? undefined : value.trim());

/** "" = no cap; anything else must be a whole number (the schema says so otherwise). */
const capOf = (text: string): number | null =>
  text.trim() === '' ? null : Number(text.trim().replace(',', '.'));

/** Checkbox groups give `false` when nothing is ticked in some browsers' autofill paths. */
const programmesOf = (value: unknown): ProgrammeChoice[] =>
  Array.isArray(value)
    ? (value as ProgrammeChoice[])
    : typeof value === 'string'
      ? [value as ProgrammeChoice]
      : [];

export function toCreateBody(values: MediatorFormValues): MediatorCreateBody {
  const profile = {
    jobTitle: blankToUndefined(values.jobTitle),
    organisation: blankToUndefined(values.organisation),
    workPhone: blankToUndefined(values.workPhone),
  };
  const hasProfile = Object.values(profile).some((value) => value !== undefined);
  const cap = capOf(values.maxActiveCases);
  return {
    email: values.email,
    givenName: values.givenName,
    familyName: values.familyName,
    preferredLanguage: values.preferredLanguage,
    programmes: programmesOf(values.programmes),
    sectors: splitList(values.sectors),
    regions: splitList(values.regions),
    ...(cap === null ? {} : { maxActiveCases: cap }),
    ...(hasProfile ? { profile } : {}),
  };
}

/** The edit form sends every field it shows; the declaration only when `fr` is covered. */
export function toUpdateBody(values: MediatorEditValues): MediatorUpdateBody {
  const programmes = programmesOf(values.programmes);
  return {
    programmes,
    sectors: splitList(values.sectors),
    regions: splitList(values.regions),
    maxActiveCases: capOf(values.maxActiveCases),
    ...(programmes.includes('fr')
      ? { independenceDeclaredOn: blankToUndefined(values.independenceDeclaredOn) ?? null }
      : {}),
  };
}

export function editValuesOf(mediator: MediatorView): MediatorEditValues {
  return {
    programmes: [...mediator.programmes],
    sectors: mediator.sectors.join(', '),
    regions: mediator.regions.join(', '),
    maxActiveCases: mediator.maxActiveCases === null ? '' : String(mediator.maxActiveCases),
    independenceDeclaredOn: mediator.independenceDeclaredOn ?? '',
  };
}

/** A body path ("profile.workPhone", "sectors.2", "programmes.0") → the form's field. */
export function formFieldOf(path: readonly (string | number)[]): string {
  const [head, next] = path.map(String);
  if (head === 'profile' && next !== undefined) return next;
  return head ?? 'root';
}

/** The shared schema, run on the body the form makes; issues go to the fields typed in. */
export function bodyResolver<Values extends FieldValues>(
  toBody: (values: Values) => unknown,
  schema: z.ZodType,
  language: Language,
): Resolver<Values> {
  return async (values, _context, options) => {
    const result = await schema.safeParseAsync(toBody(values));
    if (result.success) return { values, errors: {} };
    const flat: Record<string, FieldError> = {};
    for (const issue of result.error.issues) {
      flat[formFieldOf(issue.path as (string | number)[])] ??= {
        type: issue.code,
        message: formatIssue(issue, language),
      };
    }
    return { values: {}, errors: toNestErrors(flat, options) };
  };
}

export const createResolver = (language: Language) =>
  bodyResolver<MediatorFormValues>(toCreateBody, mediatorCreateBody, language);

export const editResolver = (language: Language) =>
  bodyResolver<MediatorEditValues>(toUpdateBody, mediatorUpdateBody, language);

/** The API's field errors renamed to the form's fields (first message per field wins). */
export function toFormError(error: unknown): unknown {
  if (!(error instanceof ApiError)) return error;
  const fields: Record<string, string> = {};
  for (const [path, message] of Object.entries(error.fields)) {
    fields[formFieldOf(path.split('.'))] ??= message;
  }
  return new ApiError(error.status, error.code, error.message, fields, error.retryAfterSeconds);
}
