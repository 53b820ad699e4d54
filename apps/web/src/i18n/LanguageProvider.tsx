import type { Language } from '@entente/contracts';
import { createContext, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { setRequestLanguage } from '../api/client';
import {
  loadDictionary,
  localeFor,
  translator,
  type DeploymentLocale,
  type Translate,
} from './translate';

const STORAGE_KEY = 'entente.language';

export interface LanguageContextValue {
  language: Language;
  /** BCP 47 locale used for `<html lang>` and `Intl` formatting. */
  locale: string;
  /** Loads the language's dictionary if needed, then switches. */
  setLanguage: (language: Language) => Promise<void>;
  t: Translate;
}

export const LanguageContext = createContext<LanguageContextValue | null>(null);

export function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    if (value === 'fr' || value === 'en') return value;
  } catch {
    // Storage may be disabled; French is the default (SPEC §10).
  }
  return 'fr';
}

function storeLanguage(language: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not persisted: the choice still holds for this page.
  }
}

interface Props {
  /** Must already be loaded (main.tsx loads it before the first render). */
  initialLanguage: Language;
  deploymentLocale: DeploymentLocale;
  children: ReactNode;
}

export function LanguageProvider({ initialLanguage, deploymentLocale, children }: Props) {
  const [language, setLanguageState] = useState<Language>(initialLanguage);
  const locale = localeFor(language, deploymentLocale);

  const setLanguage = useCallback(async (next: Language) => {
    await loadDictionary(next);
    setRequestLanguage(next);
    storeLanguage(next);
    setLanguageState(next);
  }, []);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const value = useMemo(
    () => ({ language, locale, setLanguage, t: translator(language) }),
    [language, locale, setLanguage],
  );
  return <LanguageContext value={value}>{children}</LanguageContext>;
}
