/**
 * MDR-1, issue 6 item 3: staff assign only a mediator of the registry — enrolled for the case's
 * programme, account activated, not withdrawn — who is not away today (the programme's local
 * date). The engine knows nothing of the registry, so `POST /api/cases/:id/commands` asks here
 * before running `assign_mediator`. The check runs only when the engine would accept the
 * command from this person: anyone else gets the engine's own answer (404 for a case they cannot
 * read, 403/409 for their role or the case's state), never a hint about the registry.
 */
import type { Language } from '@entente/contracts';
import { localDateOf } from '@entente/domain';
import type { AppContext } from '../../app-context.js';
import { AppError } from '../../platform/errors.js';
import type { User } from '../auth/sessions.js';
import { chooseActor } from '../cases/case-actors.js';
import { readableCase } from '../cases/case-queries.js';
import { mediatorCandidates } from '../mediators/mediator-availability.js';
import { mediationMessage } from './messages.js';

/** "15 avril 2026" / "April 15, 2026" for a local calendar date. */
export function longDate(date: string, lang: Language): string {
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${date}T12:00:00Z`));
}

export async function assertAssignableMediator(
  ctx: AppContext,
  user: User,
  caseId: string,
  mediatorUserId: string,
  lang: Language,
): Promise<void> {
  const reader = await readableCase(ctx, user, caseId);
  const now = ctx.clock.now();
  const { state } = reader.row;
  const command = { type: 'assign_mediator', mediatorUserId } as const;
  if (!chooseActor(state, reader.actors, command, now).ok) return;
  const today = localDateOf(now, state.settings.timeZone);
  const { available, unavailable } = await mediatorCandidates(
    ctx.database.db,
    reader.row.programme,
    today,
  );
  if (available.some((candidate) => candidate.userId === mediatorUserId)) return;
  const away = unavailable.find((candidate) => candidate.userId === mediatorUserId);
  if (away !== undefined) {
    const until = longDate(away.until, lang);
    throw new AppError(422, 'mediator_unavailable', {
      fields: { mediatorUserId: mediationMessage('mediator_unavailable', lang, { until }) },
    });
  }
  throw new AppError(422, 'not_a_mediator', {
    fields: { mediatorUserId: mediationMessage('not_a_mediator', lang) },
  });
}
