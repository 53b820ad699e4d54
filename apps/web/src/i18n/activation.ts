import { activationEn } from './activation-en';
import { activationFr, type ActivationMessageKey } from './activation-fr';
import { useDictionaryT, type DictionaryTranslate } from './lazy-dictionary';

export type { ActivationMessageKey };
export type ActivationTranslate = DictionaryTranslate<ActivationMessageKey>;

const dictionaries = { fr: activationFr, en: activationEn } as const;

/** Translates this feature's keys and every key of the main dictionaries. */
export function useActivationT(): ActivationTranslate {
  return useDictionaryT<ActivationMessageKey>(dictionaries);
}
