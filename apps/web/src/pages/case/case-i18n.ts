import { useMemo } from 'react';
import { useLanguage } from '../../i18n/hooks';
import { interpolate, type MessageKey, type MessageParams } from '../../i18n/translate';
import { caseEn } from './case-en';
import { caseFr, type CaseMessageKey } from './case-fr';

export type { CaseMessageKey };
/** Translates the case page's own keys and every key of the main dictionaries. */
export type CaseTranslate = (key: CaseMessageKey | MessageKey, params?: MessageParams) => string;

const dictionaries = { fr: caseFr, en: caseEn } as const;

/** The case page's translator (its text lives in the case page's chunk, not the first load). */
export function useCaseT(): CaseTranslate {
  const { language, t } = useLanguage();
  return useMemo(() => {
    const dictionary: Record<CaseMessageKey, string> = dictionaries[language];
    return (key, params) =>
      Object.hasOwn(dictionary, key)
        ? interpolate(dictionary[key as CaseMessageKey], params)
        : t(key as MessageKey, params);
  }, [language, t]);
}
