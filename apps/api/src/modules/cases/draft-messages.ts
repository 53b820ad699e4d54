/** What the draft (QC-3 to QC-7) and representative (REP-1, REP-2) routes answer, fr and en. */
export const draftMessages = {
  draft_incomplete: {
    fr: 'Votre dossier est incomplet : corrigez les champs indiqués avant de le soumettre.',
    en: 'Your case is incomplete: correct the fields shown before submitting it.',
  },
  representation_key_invalid: {
    fr: 'Le numéro de dossier ou la clé de validation est incorrect. Vérifiez le courriel d’invitation et réessayez.',
    en: 'The case number or the validation key is incorrect. Check the invitation e-mail and try again.',
  },
  representation_key_expired: {
    fr: 'Cette clé de validation a expiré. Demandez à la personne que vous représentez de vous inviter de nouveau.',
    en: 'This validation key has expired. Ask the person you represent to invite you again.',
  },
  representation_key_used: {
    fr: 'Cette clé de validation a déjà été utilisée.',
    en: 'This validation key has already been used.',
  },
} as const;
