/**
 * ACC-3's e-mail (seed 001: "un courriel de l'Office comprenant votre nom d'utilisateur et un
 * lien d'activation"). The link is the only secret it carries, by necessity; nothing about cases.
 */
import type { Language } from '@entente/contracts';
import { type Branding, type RenderedMail, layout } from '../mail/layout.js';

export interface ActivationMail {
  readonly email: string;
  readonly link: string;
  readonly days: number;
  /** The business the person acts for, when the account was made for one. */
  readonly organisation: string | null;
}

export function renderActivationMail(
  mail: ActivationMail,
  lang: Language,
  b: Branding,
): RenderedMail {
  const fr = lang === 'fr';
  const p = b.platformName;
  const why = mail.organisation
    ? fr
      ? `${b.officeName} vous a créé un compte sur ${p} pour agir au nom de « ${mail.organisation} ».`
      : `${b.officeName} created a ${p} account for you to act on behalf of “${mail.organisation}”.`
    : fr
      ? `${b.officeName} vous a créé un compte sur ${p}.`
      : `${b.officeName} created a ${p} account for you.`;
  return layout(lang, b, fr ? `${p} – Activez votre compte` : `${p} – Activate your account`, [
    why,
    fr ? `Votre nom d’utilisateur : ${mail.email}` : `Your user name: ${mail.email}`,
    fr
      ? 'Lors de votre première visite, vous devez créer votre mot de passe, entrer vos renseignements professionnels et accepter les conditions d’utilisation et l’engagement de confidentialité.'
      : 'On your first visit you create your password, enter your professional details and accept the terms of use and the confidentiality commitment.',
    { link: mail.link, label: fr ? 'Activer mon compte' : 'Activate my account' },
    fr
      ? `Ce lien est valide pendant ${mail.days} jours et ne peut servir qu’une fois.`
      : `This link is valid for ${mail.days} days and can be used once.`,
  ]);
}
