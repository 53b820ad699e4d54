/**
 * What staff and mediators are told about assignments and follow-ups, fr and en. These are field
 * messages (`error.fields.mediatorUserId`); the response's code is `not_a_mediator` (a case
 * refusal, in cases/reason-messages.ts) or `mediator_unavailable` (below).
 */
import type { Language } from '@entente/contracts';
import { localized } from '../../platform/localized.js';

const messages = {
  not_a_mediator: {
    fr: 'Choisissez une personne inscrite au registre des médiateurs pour ce programme, dont le compte est activé et qui reçoit encore des dossiers.',
    en: 'Choose someone in the mediator registry for this programme, whose account is activated and who still takes cases.',
  },
  mediator_unavailable: {
    fr: 'Cette personne est indisponible jusqu’au {until} inclusivement : aucun dossier ne peut lui être assigné pendant son absence.',
    en: 'This person is unavailable until {until} inclusive: no case can be assigned to them while they are away.',
  },
} as const satisfies Record<string, Record<Language, string>>;

export type MediationMessageKey = keyof typeof messages;

export function mediationMessage(
  key: MediationMessageKey,
  lang: Language,
  params: Record<string, string> = {},
): string {
  return localized(messages, key, lang, params);
}

/** Error codes of this module, merged into the API's error sentences (platform/messages.ts). */
export const mediationErrorMessages = {
  mediator_unavailable: {
    fr: 'Cette personne est absente : choisissez une autre médiatrice ou un autre médiateur.',
    en: 'This person is away: choose another mediator.',
  },
} as const satisfies Record<string, Record<Language, string>>;
