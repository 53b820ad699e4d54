import { useMemo } from 'react';
import { useLanguage } from '../../../i18n/hooks';
import { interpolate, type MessageParams } from '../../../i18n/translate';
import { useCaseT, type CaseMessageKey } from '../case-i18n';
import { messagesEn } from './messages-en';
import { messagesFr, type MessagesKey } from './messages-fr';

export type { MessagesKey };
export type MessagesTranslate = (
  key: MessagesKey | CaseMessageKey | Parameters<ReturnType<typeof useCaseT>>[0],
  params?: MessageParams,
) => string;

const dictionaries = { fr: messagesFr, en: messagesEn } as const;

/** The messaging centre's translator: its own keys, then the case page's and the main ones. */
export function useMessagesT(): MessagesTranslate {
  const { language } = useLanguage();
  const caseT = useCaseT();
  return useMemo(() => {
    const dictionary: Record<MessagesKey, string> = dictionaries[language];
    return (key, params) =>
      Object.hasOwn(dictionary, key)
        ? interpolate(dictionary[key as MessagesKey], params)
        : caseT(key as CaseMessageKey, params);
  }, [language, caseT]);
}

/** "one" / "other" keys chosen by count. */
export function plural(count: number): 'one' | 'other' {
  return count === 1 ? 'one' : 'other';
}
