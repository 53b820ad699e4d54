import type { Language } from './language.js';

/**
 * Keys used as zod `error` values in the schemas. They are translated on both sides (server
 * error responses and client forms), so a schema never carries a sentence in one language.
 */
const messages = {
  required: { fr: 'Ce champ est obligatoire.', en: 'This field is required.' },
  invalid: { fr: 'Cette valeur n’est pas valide.', en: 'This value is not valid.' },
  email: { fr: 'Entrez une adresse courriel valide.', en: 'Enter a valid e-mail address.' },
  passwordTooShort: {
    fr: 'Le mot de passe doit contenir au moins 12 caractères.',
    en: 'The password must be at least 12 characters long.',
  },
  passwordTooLong: {
    fr: 'Le mot de passe doit contenir au plus 128 caractères.',
    en: 'The password must be at most 128 characters long.',
  },
  passwordCommon: {
    fr: 'Ce mot de passe est trop courant ou a déjà fuité. Choisissez-en un autre.',
    en: 'This password is too common or has been leaked. Choose another one.',
  },
  passwordsDiffer: {
    fr: 'Les deux mots de passe ne sont pas identiques.',
    en: 'The two passwords do not match.',
  },
  code6: {
    fr: 'Le code contient 6 chiffres.',
    en: 'The code has 6 digits.',
  },
  mustAccept: { fr: 'Vous devez cocher cette case.', en: 'You must tick this box.' },
  phone: { fr: 'Entrez un numéro de téléphone valide.', en: 'Enter a valid phone number.' },
  tooShort: { fr: 'Au moins {min} caractères.', en: 'At least {min} characters.' },
  tooLong: { fr: 'Au plus {max} caractères.', en: 'At most {max} characters.' },
  tooSmall: { fr: 'La valeur minimale est {min}.', en: 'The minimum is {min}.' },
  tooBig: { fr: 'La valeur maximale est {max}.', en: 'The maximum is {max}.' },
  unknownField: { fr: 'Ce champ n’est pas permis.', en: 'This field is not allowed.' },
  invalidChoice: { fr: 'Choisissez une valeur de la liste.', en: 'Choose a value from the list.' },
  amount: {
    fr: 'Entrez un montant supérieur à zéro, en dollars et cents.',
    en: 'Enter an amount greater than zero, in dollars and cents.',
  },
  date: { fr: 'Entrez une date valide (AAAA-MM-JJ).', en: 'Enter a valid date (YYYY-MM-DD).' },
  solutionRequired: {
    fr: 'Choisissez au moins une solution.',
    en: 'Choose at least one solution.',
  },
  messageTooLong: {
    fr: 'Un message contient au plus 2000 caractères.',
    en: 'A message has at most 2000 characters.',
  },
  neq: {
    fr: 'Le NEQ contient 10 chiffres.',
    en: 'The NEQ (Quebec enterprise number) has 10 digits.',
  },
  siren: {
    fr: 'Le numéro SIREN contient 9 chiffres et doit être valide.',
    en: 'The SIREN number has 9 digits and must be valid.',
  },
  duplicateSolution: {
    fr: 'Chaque solution ne peut être choisie qu’une fois.',
    en: 'Each solution can be chosen only once.',
  },
} as const satisfies Record<string, Record<Language, string>>;

export type ValidationMessageKey = keyof typeof messages;

export function isValidationMessageKey(value: string): value is ValidationMessageKey {
  return Object.hasOwn(messages, value);
}

export function validationMessage(
  key: ValidationMessageKey,
  language: Language,
  params: Record<string, string | number> = {},
): string {
  return messages[key][language].replace(/\{(\w+)\}/g, (_, name: string) =>
    String(params[name] ?? ''),
  );
}
