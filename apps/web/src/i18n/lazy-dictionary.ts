import { useMemo } from 'react';
import { useLanguage } from './hooks';
import { interpolate, type MessageKey, type MessageParams } from './translate';

/** A feature's translator: its own keys first, then the main dictionaries'. */
export type DictionaryTranslate<K extends string> = (
  key: K | MessageKey,
  params?: MessageParams,
) => string;

/**
 * For dictionaries kept in a feature's chunk (like `draft.ts`), so the first load of every other
 * page does not carry their text.
 */
export function useDictionaryT<K extends string>(dictionaries: {
  readonly fr: Readonly<Record<K, string>>;
  readonly en: Readonly<Record<K, string>>;
}): DictionaryTranslate<K> {
  const { language, t } = useLanguage();
  return useMemo(() => {
    const dictionary: Readonly<Record<string, string>> = dictionaries[language];
    return (key, params) => {
      const own = Object.hasOwn(dictionary, key) ? dictionary[key] : undefined;
      return own === undefined ? t(key as MessageKey, params) : interpolate(own, params);
    };
  }, [language, t, dictionaries]);
}
