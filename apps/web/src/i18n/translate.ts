import type { Language } from '@entente/contracts';
import type { MessageKey } from './fr';

export type { MessageKey };
export type Dictionary = Readonly<Record<MessageKey, string>>;
export type MessageParams = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

// One chunk per language: a page only downloads the language it shows.
const loaders: Record<Language, () => Promise<Dictionary>> = {
  fr: () => import('./fr').then((module) => module.fr),
  en: () => import('./en').then((module) => module.en),
};
const loaded: Partial<Record<Language, Dictionary>> = {};

export async function loadDictionary(language: Language): Promise<Dictionary> {
  const dictionary = loaded[language] ?? (await loaders[language]());
  loaded[language] = dictionary;
  return dictionary;
}

export function interpolate(text: string, params: MessageParams = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function translatorFor(dictionary: Dictionary): Translate {
  return (key, params) => interpolate(dictionary[key], params);
}

/** The translator of a language already loaded with `loadDictionary`. */
export function translator(language: Language): Translate {
  const dictionary = loaded[language];
  if (!dictionary) throw new Error(`Dictionary "${language}" is not loaded`);
  return translatorFor(dictionary);
}

export type DeploymentLocale = 'fr-CA' | 'fr-FR';

/** BCP 47 locale for dates and numbers: French follows the deployment, English its region. */
export function localeFor(language: Language, deployment: DeploymentLocale): string {
  if (language === 'fr') return deployment;
  return deployment === 'fr-FR' ? 'en-GB' : 'en-CA';
}
