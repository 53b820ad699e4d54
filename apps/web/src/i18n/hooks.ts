import { useContext, useMemo } from 'react';
import { LanguageContext, type LanguageContextValue } from './LanguageProvider';
import type { Translate } from './translate';

export function useLanguage(): LanguageContextValue {
  const value = useContext(LanguageContext);
  if (!value) throw new Error('useLanguage() outside <LanguageProvider>');
  return value;
}

export function useT(): Translate {
  return useLanguage().t;
}

export interface Formatters {
  dateTime: (iso: string) => string;
  date: (iso: string) => string;
  time: (iso: string) => string;
}

/** Dates in the UI locale (fr-CA, fr-FR, en-CA or en-GB). */
export function useFormat(): Formatters {
  const { locale } = useLanguage();
  return useMemo(() => {
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' });
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
    const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short' });
    return {
      dateTime: (iso) => dateTime.format(new Date(iso)),
      date: (iso) => date.format(new Date(iso)),
      time: (iso) => time.format(new Date(iso)),
    };
  }, [locale]);
}
