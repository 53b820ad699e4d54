/**
 * The names a case's documents print (QC-13, DOC-3): the consumer, their active representative,
 * the business (from the registry, else from the intake that opened the case), the person who
 * took charge for it (QC-10) and the mediator. Read through the executor it is given, so the
 * agreement can be written inside the acceptance's transaction.
 */
import type { CaseState } from '@entente/domain';
import { eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { businesses, intakes, users } from '../../db/schema/index.js';
import { fullName } from './pdf-format.js';

export interface CaseParties {
  readonly consumerName: string | null;
  readonly consumerLanguage: 'fr' | 'en';
  readonly representativeName: string | null;
  readonly businessName: string | null;
  readonly merchantRepresentativeName: string | null;
  readonly mediatorName: string | null;
}

export async function caseParties(db: Executor, state: CaseState): Promise<CaseParties> {
  const ids = [
    state.consumer.userId,
    state.merchantRepresentative?.userId,
    state.mediator?.userId,
  ].filter((id): id is string => typeof id === 'string');
  const people = await db
    .select({
      id: users.id,
      given: users.givenName,
      family: users.familyName,
      lang: users.preferredLanguage,
    })
    .from(users)
    .where(inArray(users.id, ids));
  const byId = new Map(people.map((p) => [p.id, p]));
  const nameOf = (id: string | undefined) => {
    const p = id === undefined ? undefined : byId.get(id);
    return p === undefined ? null : fullName(p.given, p.family);
  };
  const rep = state.consumerRepresentative;
  return {
    consumerName: nameOf(state.consumer.userId),
    consumerLanguage: byId.get(state.consumer.userId)?.lang ?? 'fr',
    representativeName: rep?.status === 'active' ? fullName(rep.firstName, rep.lastName) : null,
    businessName: await businessName(db, state),
    merchantRepresentativeName: nameOf(state.merchantRepresentative?.userId),
    mediatorName: nameOf(state.mediator?.userId),
  };
}

async function businessName(db: Executor, state: CaseState): Promise<string | null> {
  const [registered] = await db
    .select({ name: businesses.legalName })
    .from(businesses)
    .where(eq(businesses.id, state.business.businessId));
  if (registered) return registered.name;
  const [intake] = await db
    .select({ name: intakes.businessName })
    .from(intakes)
    .where(eq(intakes.caseId, state.caseId));
  return intake?.name ?? null;
}
