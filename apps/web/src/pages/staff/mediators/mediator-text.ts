import type { MediatorSummary } from '@entente/contracts';
import type { Formatters } from '../../../i18n/hooks';
import type { MediatorsTranslate } from '../../../i18n/mediators';

/**
 * A calendar date `YYYY-MM-DD` in the UI locale. Read at local noon: midnight UTC would show the
 * day before west of Greenwich.
 */
export const formatDay = (format: Formatters, day: string) => format.date(`${day}T12:00:00`);

export function programmesText(t: MediatorsTranslate, programmes: readonly ('qc' | 'fr')[]) {
  return programmes.map((p) => t(`mediator.programme.${p}`)).join(', ');
}

export function listText(t: MediatorsTranslate, items: readonly string[]) {
  return items.length > 0 ? items.join(', ') : t('mediator.noneListed');
}

export function loadText(
  t: MediatorsTranslate,
  m: Pick<MediatorSummary, 'activeCases' | 'maxActiveCases'>,
) {
  return m.maxActiveCases === null
    ? t('mediator.loadNoCap', { count: m.activeCases })
    : t('mediator.loadOf', { count: m.activeCases, max: m.maxActiveCases });
}

/** Away today (until when), or available with the next planned absence, or simply available. */
export function availabilityText(
  t: MediatorsTranslate,
  format: Formatters,
  m: Pick<MediatorSummary, 'unavailableToday' | 'nextAbsence'>,
) {
  if (m.unavailableToday && m.nextAbsence) {
    return t('mediator.awayUntil', { date: formatDay(format, m.nextAbsence.endsOn) });
  }
  if (m.nextAbsence) {
    return t('mediator.nextAbsence', {
      from: formatDay(format, m.nextAbsence.startsOn),
      to: formatDay(format, m.nextAbsence.endsOn),
    });
  }
  return t('mediator.available');
}
