/**
 * The access e-mail of seed 000 ("Courriel d'accès"), with the office's and the platform's names
 * from the settings. It carries the two secrets the consumer needs (reference number and access
 * code) by necessity, and the platform link only (SEC-24). The seed's "à l'Office…" becomes
 * "à « <office> »" so any office name reads correctly.
 */
import type { Language } from '@entente/contracts';
import { type Block, type Branding, type RenderedMail, layout } from '../mail/layout.js';

export type AccessMail = {
  referenceNumber: string;
  accessCode: string;
  /** The last local day the code works, already formatted for the reader. */
  lastDay: string;
  /** Set on a first issue or a re-issue; a re-send keeps the earlier end date. */
  validityDays: number | null;
  hasAttachments: boolean;
};

export function renderAccessMail(mail: AccessMail, lang: Language, b: Branding): RenderedMail {
  const p = b.platformName;
  const o = b.officeName;
  const fr = lang === 'fr';
  const validity = fr
    ? mail.validityDays === null
      ? `Ne tardez pas à créer votre dossier : votre code d’accès est valide jusqu’au ${mail.lastDay} inclusivement.`
      : `Ne tardez pas à créer votre dossier : votre code d’accès est valide pour ${mail.validityDays} jours, soit jusqu’au ${mail.lastDay} inclusivement.`
    : mail.validityDays === null
      ? `Do not wait to create your case: your access code is valid until ${mail.lastDay} inclusive.`
      : `Do not wait to create your case: your access code is valid for ${mail.validityDays} days, until ${mail.lastDay} inclusive.`;
  const blocks: Block[] = fr
    ? [
        `Lors de votre récent appel à « ${o} », vous avez été dirigé vers ${p} pour tenter de résoudre le litige qui vous oppose à un commerçant.`,
        'Les informations suivantes vous seront utiles pour accéder à la plateforme et ainsi être en mesure de créer votre dossier et soumettre une proposition au commerçant.',
        'Lien vers la plateforme et accès',
        { link: b.publicUrl, label: `Pour accéder à ${p}, rendez-vous sur` },
        'Suivez ensuite les étapes pour vous inscrire, notamment le processus d’authentification.',
        `Après avoir créé votre compte, vous devrez créer votre dossier (bouton « Créer un dossier ») en entrant les renseignements suivants :\n- numéro de référence : ${mail.referenceNumber}\n- code d’accès : ${mail.accessCode}`,
        validity,
        'Des outils pour faciliter votre démarche',
        `Pour vous guider dans vos actions sur la plateforme, vous pouvez consulter le Guide d’utilisation de ${p}, offert sur la plateforme. Ce guide contient aussi des outils pour vous aider à régler votre problème.`,
        ...(mail.hasAttachments
          ? [
              'Vous trouverez en pièce jointe de l’information complémentaire ainsi que les références légales pertinentes selon votre situation, afin de vous aider à faire valoir vos droits et à négocier avec le commerçant.',
            ]
          : []),
        `Si vous n’êtes pas à l’aise avec le Web ou que vous n’êtes pas en mesure d’effectuer une démarche dans ${p}, sachez qu’il est possible de nommer une personne de votre entourage pour agir en votre nom sur la plateforme. Pour ce faire, connectez-vous à votre compte et cliquez sur le bouton « Ajouter une représentante ou un représentant ».`,
        `Pour toute question, communiquez avec « ${o} » :\n- par courriel à l’adresse ${b.supportEmail};\n- par téléphone au ${b.supportPhone};\n- en effectuant une demande d’assistance à partir de la plateforme.`,
      ]
    : [
        `During your recent call to “${o}”, you were referred to ${p} to try to resolve your dispute with a merchant.`,
        'The following information will help you access the platform so that you can create your case and submit a proposal to the merchant.',
        'Link to the platform and access',
        { link: b.publicUrl, label: `To access ${p}, go to` },
        'Then follow the steps to register, including the authentication process.',
        `Once your account is created, you will create your case (“Create a case” button) by entering the following information:\n- reference number: ${mail.referenceNumber}\n- access code: ${mail.accessCode}`,
        validity,
        'Tools to help you',
        `To guide you on the platform, you can read the ${p} user guide, available on the platform. It also contains tools to help you solve your problem.`,
        ...(mail.hasAttachments
          ? [
              'Attached you will find further information and the legal references relevant to your situation, to help you assert your rights and negotiate with the merchant.',
            ]
          : []),
        `If you are not comfortable with the Web or cannot take steps on ${p} yourself, you may name someone close to you to act on your behalf on the platform. To do so, sign in to your account and click the “Add a representative” button.`,
        `For any question, contact “${o}”:\n- by e-mail at ${b.supportEmail};\n- by phone at ${b.supportPhone};\n- by sending an assistance request from the platform.`,
      ];
  const subject = fr
    ? `Renseignements importants pour accéder et utiliser ${p}`
    : `Important information to access and use ${p}`;
  return layout(lang, b, subject, blocks);
}
