/**
 * The look-up every fr/en message dictionary of the API shares (error sentences, field
 * messages): the sentence in the reader's language with its `{name}` placeholders filled. Kept
 * apart from `messages.ts`, which merges the modules' dictionaries, so that a module's
 * dictionary can use it without an import cycle.
 */
import type { Language } from '@entente/contracts';

export type MessageParams = Readonly<Record<string, string | number>>;

/** `dictionary[key][lang]` with each `{name}` replaced by `params.name` (empty when missing). */
export function localized<Key extends string>(
  dictionary: Readonly<Record<Key, Readonly<Record<Language, string>>>>,
  key: Key,
  lang: Language,
  params: MessageParams = {},
): string {
  return dictionary[key][lang].replace(/\{(\w+)\}/g, (_, name: string) =>
    String(params[name] ?? ''),
  );
}
