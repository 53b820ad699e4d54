import type { Language } from '@entente/contracts';
import { type Branding, type RenderedMail, layout } from './layout.js';

/** Every account e-mail. Codes and links are the only secrets they carry, by necessity. */
export type AccountMail =
  | { template: 'email_verification'; code: string; minutes: number }
  | { template: 'signin_code'; code: string; minutes: number }
  | { template: 'register_existing' }
  | { template: 'password_reset'; link: string; minutes: number }
  | { template: 'password_changed' }
  | { template: 'totp_enrolled' };

export function renderAccountMail(mail: AccountMail, lang: Language, b: Branding): RenderedMail {
  const fr = lang === 'fr';
  const p = b.platformName;
  switch (mail.template) {
    case 'email_verification':
      return layout(
        lang,
        b,
        fr
          ? `${p} – Code de vérification de votre adresse courriel`
          : `${p} – Code to verify your e-mail address`,
        [
          fr
            ? `Pour terminer votre inscription à ${p}, copiez ce code de vérification dans la zone prévue à cet effet :`
            : `To finish creating your ${p} account, copy this verification code into the box provided:`,
          { code: mail.code },
          fr
            ? `Ce code est valide pendant ${mail.minutes} minutes et ne peut servir qu’une fois.`
            : `This code is valid for ${mail.minutes} minutes and can be used once.`,
          fr
            ? 'Si vous n’avez pas demandé ce code, ignorez ce courriel.'
            : 'If you did not ask for this code, ignore this e-mail.',
        ],
      );
    case 'signin_code':
      return layout(lang, b, fr ? `${p} – Code de vérification` : `${p} – Verification code`, [
        fr
          ? `Voici votre code de vérification pour vous connecter à ${p} :`
          : `Here is your verification code to sign in to ${p}:`,
        { code: mail.code },
        fr
          ? `Ce code est valide pendant ${mail.minutes} minutes et ne peut servir qu’une fois.`
          : `This code is valid for ${mail.minutes} minutes and can be used once.`,
        fr
          ? 'Si vous n’êtes pas à l’origine de cette connexion, changez votre mot de passe dès maintenant.'
          : 'If you did not try to sign in, change your password now.',
      ]);
    case 'register_existing':
      return layout(
        lang,
        b,
        fr
          ? `${p} – Tentative d’inscription avec votre adresse`
          : `${p} – Attempt to register with your address`,
        [
          fr
            ? `Quelqu’un a tenté de créer un compte ${p} avec votre adresse courriel, qui a déjà un compte.`
            : `Someone tried to create a ${p} account with your e-mail address, which already has an account.`,
          fr
            ? 'Si c’était vous, connectez-vous ou utilisez « Vous avez oublié votre mot de passe? ». Sinon, vous pouvez ignorer ce courriel.'
            : 'If it was you, sign in or use “Forgot your password?”. Otherwise you can ignore this e-mail.',
          { link: `${b.publicUrl}/sign-in`, label: fr ? 'Se connecter' : 'Sign in' },
        ],
      );
    case 'password_reset':
      return layout(
        lang,
        b,
        fr ? `${p} – Réinitialiser votre mot de passe` : `${p} – Reset your password`,
        [
          fr
            ? 'Vous avez demandé à réinitialiser votre mot de passe. Utilisez ce lien :'
            : 'You asked to reset your password. Use this link:',
          {
            link: mail.link,
            label: fr ? 'Choisir un nouveau mot de passe' : 'Choose a new password',
          },
          fr
            ? `Ce lien est valide pendant ${mail.minutes} minutes et ne peut servir qu’une fois. Si vous n’avez rien demandé, ignorez ce courriel : votre mot de passe reste le même.`
            : `This link is valid for ${mail.minutes} minutes and can be used once. If you did not ask for it, ignore this e-mail: your password stays the same.`,
        ],
      );
    case 'password_changed':
      return layout(
        lang,
        b,
        fr ? `${p} – Votre mot de passe a été modifié` : `${p} – Your password was changed`,
        [
          fr
            ? 'Le mot de passe de votre compte vient d’être modifié et toutes vos sessions ont été fermées.'
            : 'The password of your account has just been changed and all your sessions were ended.',
          fr
            ? `Si vous n’êtes pas à l’origine de ce changement, communiquez avec nous immédiatement : ${b.supportEmail}.`
            : `If you did not make this change, contact us immediately: ${b.supportEmail}.`,
        ],
      );
    case 'totp_enrolled':
      return layout(
        lang,
        b,
        fr ? `${p} – Application d’authentification ajoutée` : `${p} – Authenticator app added`,
        [
          fr
            ? 'Une application d’authentification vient d’être ajoutée à votre compte comme deuxième facteur.'
            : 'An authenticator app has just been added to your account as a second factor.',
          fr
            ? `Si vous n’êtes pas à l’origine de ce changement, communiquez avec nous immédiatement : ${b.supportEmail}.`
            : `If you did not make this change, contact us immediately: ${b.supportEmail}.`,
        ],
      );
  }
}
