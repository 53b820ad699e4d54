/**
 * Per-field messages of the mediator registry (MDR-1), fr and en. They travel in the `fields` of
 * a `validation_failed` answer (400, or 409 for a duplicate), next to the generic message.
 */
import type { Language } from '@entente/contracts';
import { localized, type MessageParams } from '../../platform/localized.js';

export const mediatorFieldMessages = {
  duplicate: {
    fr: 'Cette personne est déjà inscrite comme médiateur.',
    en: 'This person is already registered as a mediator.',
  },
  accountClosed: {
    fr: 'Le compte de cette adresse est fermé : il ne peut pas devenir médiateur.',
    en: 'The account of this address is closed: it cannot become a mediator.',
  },
  endsBeforeStart: {
    fr: 'La date de fin doit être le même jour que la date de début ou après.',
    en: 'The end date must be the start date or later.',
  },
  inThePast: {
    fr: 'La date ne peut pas être passée (aujourd’hui : {today}).',
    en: 'The date cannot be in the past (today: {today}).',
  },
  tooLong: {
    fr: 'Une absence dure au plus un an (jusqu’au {last} au plus tard). Pour une absence plus longue, le médiateur est retiré.',
    en: 'An absence lasts at most one year (until {last} at the latest). For a longer absence, the mediator is withdrawn.',
  },
  inTheFuture: {
    fr: 'La déclaration ne peut pas être datée après aujourd’hui ({today}).',
    en: 'The declaration cannot be dated after today ({today}).',
  },
} as const satisfies Record<string, Record<Language, string>>;

export type MediatorFieldMessage = keyof typeof mediatorFieldMessages;

export function mediatorFieldMessage(
  key: MediatorFieldMessage,
  lang: Language,
  params: MessageParams = {},
): string {
  return localized(mediatorFieldMessages, key, lang, params);
}
