import type { MediatorSuggestion } from '@entente/contracts';
import type { MediationTranslate } from '../../../i18n/mediation';

export interface ReasonLine {
  readonly text: string;
  /** Lowers the rank: shown emphasised. */
  readonly warning: boolean;
}

/** "2 dossier(s) actif(s)" or "2 dossier(s) actif(s) sur 5" when the office planned a cap. */
export function loadText(mediator: MediatorSuggestion, t: MediationTranslate): string {
  return mediator.maxActiveCases === null
    ? t('suggest.activeCases', { count: mediator.activeCases })
    : t('suggest.activeOfMax', { count: mediator.activeCases, max: mediator.maxActiveCases });
}

/**
 * The reasons of a mediator's rank, in the ranking's order (docs/adr/0011): the next absence,
 * the load and whether it reached the cap, the sector match. `day` formats a `YYYY-MM-DD` date.
 */
export function reasonLines(
  mediator: MediatorSuggestion,
  t: MediationTranslate,
  day: (date: string) => string,
): ReasonLine[] {
  const absence = mediator.nextAbsence;
  const lines: ReasonLine[] = [
    {
      text:
        absence === null
          ? t('suggest.noAbsence')
          : t(mediator.absenceSoon ? 'suggest.absenceSoon' : 'suggest.absenceLater', {
              from: day(absence.startsOn),
              to: day(absence.endsOn),
            }),
      warning: mediator.absenceSoon,
    },
    { text: loadText(mediator, t), warning: false },
  ];
  if (mediator.atCapacity) lines.push({ text: t('suggest.atCapacity'), warning: true });
  if (mediator.sectorMatch) lines.push({ text: t('suggest.sectorMatch'), warning: false });
  return lines;
}
