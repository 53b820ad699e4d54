import { describe, expect, it } from 'vitest';
import { draftEn } from '../src/i18n/draft-en';
import { draftFr } from '../src/i18n/draft-fr';
import { en } from '../src/i18n/en';
import { fr } from '../src/i18n/fr';
import { interpolate, localeFor } from '../src/i18n/translate';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI dictionaries (SPEC §10: French by default, English complete)', () => {
  it('have exactly the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
  });

  it('have no empty strings', () => {
    for (const [key, value] of [...Object.entries(fr), ...Object.entries(en)]) {
      expect(value.trim(), key).not.toBe('');
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(fr) as Array<keyof typeof fr>) {
      expect(placeholders(en[key]), key).toEqual(placeholders(fr[key]));
    }
  });

  it('keep the seed labels word for word', () => {
    expect(fr['signIn.intro']).toBe('Connectez-vous avec votre adresse courriel');
    expect(fr['field.email']).toBe('Adresse courriel');
    expect(fr['field.password']).toBe('Mot de passe');
    expect(fr['signIn.forgot']).toBe('Vous avez oublié votre mot de passe?');
    expect(fr['signIn.submit']).toBe('Se connecter');
    expect(fr['signIn.sendCode']).toBe('Envoyer un code de vérification');
    expect(fr['code.sent']).toBe(
      'Un code de vérification a été envoyé à votre adresse courriel. Copiez-le dans la zone de texte ci-dessous.',
    );
    expect(fr['field.code']).toBe('Code de vérification');
    expect(fr['code.verify']).toBe('Vérifier le code');
    expect(fr['code.resend']).toBe('Envoyer un nouveau code');
    expect(fr['nav.cases']).toBe('Mes dossiers');
    expect(fr['nav.assistance']).toBe("Demande d'assistance");
    expect(fr['form.requiredNotice']).toBe(
      "Les champs précédés d'un astérisque (*) sont obligatoires.",
    );
    expect(fr['footer.accessibility']).toBe('Accessibilité : partiellement conforme');
  });
});

describe('interpolate', () => {
  it('replaces known placeholders and leaves unknown ones visible', () => {
    expect(interpolate('{a} et {b}', { a: 1 })).toBe('1 et {b}');
  });
});

describe('localeFor', () => {
  it('formats French per deployment and English per region', () => {
    expect(localeFor('fr', 'fr-CA')).toBe('fr-CA');
    expect(localeFor('fr', 'fr-FR')).toBe('fr-FR');
    expect(localeFor('en', 'fr-CA')).toBe('en-CA');
    expect(localeFor('en', 'fr-FR')).toBe('en-GB');
  });
});

describe('draft wizard dictionaries (seed 000)', () => {
  it('have the same keys and placeholders in both languages', () => {
    expect(Object.keys(draftEn).sort()).toEqual(Object.keys(draftFr).sort());
    for (const key of Object.keys(draftFr) as Array<keyof typeof draftFr>) {
      expect(draftEn[key].trim(), key).not.toBe('');
      expect(placeholders(draftEn[key]), key).toEqual(placeholders(draftFr[key]));
    }
  });

  it('keep no key of the main dictionaries', () => {
    for (const key of Object.keys(draftFr)) expect(Object.hasOwn(fr, key), key).toBe(false);
  });

  it('keep the seed labels word for word', () => {
    expect(draftFr['draft.step.review']).toBe('Révision et soumission du dossier');
    expect(draftFr['desc.paidInFull']).toBe('Avez-vous payé ce montant en totalité?');
    expect(draftFr['desc.contractPlace.in_store']).toBe(
      "En magasin ou à l'établissement du commerçant",
    );
  });
});
