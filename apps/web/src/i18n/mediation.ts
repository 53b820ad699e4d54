import { mediationEn } from './mediation-en';
import { mediationFr, type MediationMessageKey } from './mediation-fr';
import { useDictionaryT, type DictionaryTranslate } from './lazy-dictionary';

export type { MediationMessageKey };
export type MediationTranslate = DictionaryTranslate<MediationMessageKey>;

const dictionaries = { fr: mediationFr, en: mediationEn } as const;

/** Translates the mediation queue's and the follow-ups' keys and every main dictionary key. */
export function useMediationT(): MediationTranslate {
  return useDictionaryT<MediationMessageKey>(dictionaries);
}
