import type { Language } from '@entente/contracts';
import { draftMessages } from '../modules/cases/draft-messages.js';
import { caseMessages } from '../modules/cases/reason-messages.js';
import { documentMessages } from '../modules/documents/messages.js';
import { intakeMessages } from '../modules/intake/messages.js';
import { activationMessages } from '../modules/activation/messages.js';
import { businessMessages } from '../modules/businesses/messages.js';
import { mediationErrorMessages } from '../modules/mediation/messages.js';
import { localized, type MessageParams } from './localized.js';

/** Sentences the API returns with an error code, in both languages. */
const errorMessages = {
  validation_failed: {
    fr: 'Certains champs sont à corriger.',
    en: 'Some fields need to be corrected.',
  },
  invalid_json: {
    fr: 'Le contenu envoyé n’est pas du JSON valide.',
    en: 'The request body is not valid JSON.',
  },
  body_too_large: {
    fr: 'Le contenu envoyé est trop volumineux.',
    en: 'The request body is too large.',
  },
  unsupported_media_type: {
    fr: 'Ce type de contenu n’est pas accepté.',
    en: 'This content type is not accepted.',
  },
  bad_request: { fr: 'La requête est invalide.', en: 'The request is invalid.' },
  not_found: {
    fr: 'Cette page ou ressource n’existe pas.',
    en: 'This page or resource does not exist.',
  },
  method_not_allowed: {
    fr: 'Cette méthode n’est pas permise ici.',
    en: 'This method is not allowed here.',
  },
  unauthenticated: {
    fr: 'Vous devez vous connecter pour continuer.',
    en: 'You must sign in to continue.',
  },
  session_expired: {
    fr: 'Votre session a expiré. Veuillez vous reconnecter.',
    en: 'Your session has expired. Please sign in again.',
  },
  csrf_failed: {
    fr: 'La demande n’a pas pu être vérifiée. Rechargez la page et réessayez.',
    en: 'The request could not be verified. Reload the page and try again.',
  },
  mfa_required: {
    fr: 'Ajoutez d’abord une application d’authentification à votre compte.',
    en: 'First add an authenticator app to your account.',
  },
  forbidden: { fr: 'Cette action ne vous est pas permise.', en: 'You are not allowed to do this.' },
  rate_limited: {
    fr: 'Trop de tentatives. Réessayez dans {minutes} minute(s).',
    en: 'Too many attempts. Try again in {minutes} minute(s).',
  },
  invalid_credentials: {
    fr: 'L’adresse courriel ou le mot de passe est incorrect.',
    en: 'The e-mail address or password is incorrect.',
  },
  challenge_expired: {
    fr: 'Cette tentative a expiré. Recommencez depuis le début.',
    en: 'This attempt has expired. Please start again.',
  },
  code_not_sent: {
    fr: 'Demandez d’abord un code de vérification.',
    en: 'First ask for a verification code.',
  },
  code_invalid: {
    fr: 'Le code de vérification est incorrect.',
    en: 'The verification code is incorrect.',
  },
  code_expired: {
    fr: 'Ce code de vérification a expiré. Demandez un nouveau code.',
    en: 'This verification code has expired. Ask for a new code.',
  },
  code_locked: {
    fr: 'Trop d’essais pour ce code. Demandez un nouveau code.',
    en: 'Too many tries for this code. Ask for a new code.',
  },
  totp_invalid: {
    fr: 'Le code de l’application d’authentification est incorrect.',
    en: 'The authenticator app code is incorrect.',
  },
  totp_not_started: {
    fr: 'Commencez par afficher le code QR à ajouter à votre application.',
    en: 'Start by displaying the QR code to add to your app.',
  },
  password_common: {
    fr: 'Ce mot de passe est trop courant ou a déjà fuité. Choisissez-en un autre.',
    en: 'This password is too common or has been leaked. Choose another one.',
  },
  current_password_wrong: {
    fr: 'Le mot de passe actuel est incorrect.',
    en: 'The current password is incorrect.',
  },
  reset_token_invalid: {
    fr: 'Ce lien n’est plus valide. Demandez un nouveau lien.',
    en: 'This link is no longer valid. Ask for a new link.',
  },
  terms_changed: {
    fr: 'Les conditions ont été mises à jour. Relisez-les avant de continuer.',
    en: 'The terms have been updated. Please read them again before continuing.',
  },
  account_disabled: {
    fr: 'Ce compte est désactivé. Communiquez avec nous.',
    en: 'This account is disabled. Please contact us.',
  },
  internal_error: {
    fr: 'Une erreur inattendue est survenue. Réessayez plus tard.',
    en: 'An unexpected error occurred. Please try again later.',
  },
  not_ready: { fr: 'Le service démarre.', en: 'The service is starting.' },
  ...caseMessages,
  ...draftMessages,
  ...documentMessages,
  ...intakeMessages,
  ...businessMessages,
  ...activationMessages,
  ...mediationErrorMessages,
  document_not_yours: {
    fr: 'Vous ne pouvez supprimer que les documents que vous avez ajoutés.',
    en: 'You can only delete documents you added.',
  },
  document_system: {
    fr: 'Les documents produits par la plateforme ne peuvent pas être supprimés.',
    en: 'Documents produced by the platform cannot be deleted.',
  },
  document_case_closed: {
    fr: 'Ce dossier est fermé : ses documents ne peuvent plus être supprimés.',
    en: 'This case is closed: its documents can no longer be deleted.',
  },
  document_missing: {
    fr: 'Joignez un fichier.',
    en: 'Attach a file.',
  },
} as const satisfies Record<string, Record<Language, string>>;

export type ErrorCode = keyof typeof errorMessages;

export function errorMessage(
  code: ErrorCode,
  language: Language,
  params: MessageParams = {},
): string {
  return localized(errorMessages, code, language, params);
}
