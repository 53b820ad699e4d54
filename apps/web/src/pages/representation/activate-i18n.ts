import { useMemo } from 'react';
import { useLanguage } from '../../i18n/hooks';
import { interpolate, type MessageKey, type MessageParams } from '../../i18n/translate';
import { activateEn } from './activate-en';
import { activateFr, type ActivateMessageKey } from './activate-fr';

export type ActivateTranslate = (
  key: ActivateMessageKey | MessageKey,
  params?: MessageParams,
) => string;

const dictionaries = { fr: activateFr, en: activateEn } as const;

/** The activation page's translator: its keys, then the main dictionaries'. */
export function useActivateT(): ActivateTranslate {
  const { language, t } = useLanguage();
  return useMemo(() => {
    const dictionary: Record<ActivateMessageKey, string> = dictionaries[language];
    return (key, params) =>
      Object.hasOwn(dictionary, key)
        ? interpolate(dictionary[key as ActivateMessageKey], params)
        : t(key as MessageKey, params);
  }, [language, t]);
}
