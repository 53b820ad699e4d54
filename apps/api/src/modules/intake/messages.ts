/** What staff and consumers are told about intakes and access codes (QC-1, QC-2), fr and en. */
export const intakeMessages = {
  access_code_invalid: {
    fr: 'Le numéro de référence ou le code d’accès est incorrect. Vérifiez le courriel reçu de l’Office et réessayez.',
    en: 'The reference number or the access code is incorrect. Check the e-mail you received from the office and try again.',
  },
  access_code_used: {
    fr: 'Ce code d’accès a déjà servi à créer un dossier. Consultez « Mes dossiers » ou communiquez avec nous.',
    en: 'This access code has already been used to create a case. See “My cases” or contact us.',
  },
  access_code_expired: {
    fr: 'Ce code d’accès a expiré. Communiquez avec nous pour en obtenir un nouveau.',
    en: 'This access code has expired. Contact us to get a new one.',
  },
  intake_used: {
    fr: 'Ce code a déjà servi à créer un dossier : il n’est plus possible de le renvoyer.',
    en: 'This code has already been used to create a case: it can no longer be sent again.',
  },
  intake_expired: {
    fr: 'Ce code a expiré : émettez-en un nouveau (« Réémettre ») plutôt que de le renvoyer.',
    en: 'This code has expired: issue a new one (“Re-issue”) instead of sending it again.',
  },
  intake_attachments_too_large: {
    fr: 'Les pièces jointes dépassent {mb} Mo au total, la limite d’un courriel.',
    en: 'The attachments exceed {mb} MB in total, the limit for an e-mail.',
  },
} as const;
