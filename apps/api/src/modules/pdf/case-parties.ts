/**
 * The names a case's documents print (QC-13, DOC-3): the consumer, their active representative,
 * the business (from the registry, else from the intake that opened the case), the person who
 * took charge for it (QC-10) and the mediator; and the office's settings, for the heading. Read
 * through the executor it is given, so the agreement can be written inside the acceptance's
 * transaction, in one statement: the agreement's acceptance made four round trips of it
 * (issue 7).
 */
import type { CaseState } from '@entente/domain';
import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { runNamed } from '../../platform/named-sql.js';
import { rowsOf } from '../../platform/rate-limit.js';
import { officeSettingsFrom, type OfficeSettings } from '../settings/office-settings.js';
import { fullName } from './pdf-format.js';

export interface CaseParties {
  readonly consumerName: string | null;
  readonly consumerLanguage: 'fr' | 'en';
  readonly representativeName: string | null;
  readonly businessName: string | null;
  readonly merchantRepresentativeName: string | null;
  readonly mediatorName: string | null;
}

type PersonCells = [id: string, given: string | null, family: string | null, lang: 'fr' | 'en'];

const partiesStatement = (state: CaseState, ids: readonly string[]) => sql`SELECT
    (SELECT coalesce(json_agg(json_build_array(u.id, u.given_name, u.family_name,
        u.preferred_language)), '[]'::json)
      FROM users u WHERE u.id = ANY(${sql.param(ids)}::uuid[])) AS people,
    coalesce(
      (SELECT b.legal_name FROM businesses b WHERE b.id = ${state.business.businessId}::uuid),
      (SELECT i.business_name FROM intakes i WHERE i.case_id = ${state.caseId}::uuid LIMIT 1))
      AS business,
    (SELECT o.data FROM office_settings o WHERE o.id = 1) AS office`;

export async function casePartiesAndOffice(
  db: Executor,
  state: CaseState,
): Promise<{ parties: CaseParties; office: OfficeSettings }> {
  const ids = [
    state.consumer.userId,
    state.merchantRepresentative?.userId,
    state.mediator?.userId,
  ].filter((id): id is string => typeof id === 'string');
  const [row] = rowsOf(await runNamed(db, partiesStatement(state, ids)));
  const people = (row?.people ?? []) as PersonCells[];
  const byId = new Map(people.map((p) => [p[0], p]));
  const nameOf = (id: string | undefined) => {
    const p = id === undefined ? undefined : byId.get(id);
    return p === undefined ? null : fullName(p[1], p[2]);
  };
  const rep = state.consumerRepresentative;
  const parties: CaseParties = {
    consumerName: nameOf(state.consumer.userId),
    consumerLanguage: byId.get(state.consumer.userId)?.[3] ?? 'fr',
    representativeName: rep?.status === 'active' ? fullName(rep.firstName, rep.lastName) : null,
    businessName: typeof row?.business === 'string' ? row.business : null,
    merchantRepresentativeName: nameOf(state.merchantRepresentative?.userId),
    mediatorName: nameOf(state.mediator?.userId),
  };
  return { parties, office: officeSettingsFrom(row?.office) };
}
