import { useMemo } from 'react';
import { draftEn } from './draft-en';
import { draftFr, type DraftMessageKey } from './draft-fr';
import { useLanguage } from './hooks';
import { interpolate, type MessageKey, type MessageParams } from './translate';

export type { DraftMessageKey };
/** Translates the wizard's own keys and every key of the main dictionaries. */
export type DraftTranslate = (key: DraftMessageKey | MessageKey, params?: MessageParams) => string;

const dictionaries = { fr: draftFr, en: draftEn } as const;

function isDraftKey(key: string, dictionary: object): key is DraftMessageKey {
  return Object.hasOwn(dictionary, key);
}

/** The draft wizard's translator in the UI language (its text lives in the wizard's chunk). */
export function useDraftT(): DraftTranslate {
  const { language, t } = useLanguage();
  return useMemo(() => {
    const dictionary: Record<DraftMessageKey, string> = dictionaries[language];
    return (key, params) =>
      isDraftKey(key, dictionary) ? interpolate(dictionary[key], params) : t(key, params);
  }, [language, t]);
}
