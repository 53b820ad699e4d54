/** What staff and respondents are told about the business registry (ORG-1), fr and en. */
export const businessMessages = {
  business_duplicate: {
    fr: 'Une entreprise portant ce numéro d’entreprise est déjà inscrite.',
    en: 'A business with this registration number is already registered.',
  },
  business_has_respondent: {
    fr: 'Cette entreprise a déjà un répondant. Retirez-le avant d’en désigner un autre.',
    en: 'This business already has a respondent. Remove them before naming another one.',
  },
  business_already_member: {
    fr: 'Cette personne occupe déjà ce rôle pour cette entreprise.',
    en: 'This person already holds this role for this business.',
  },
  business_unavailable: {
    fr: 'Choisissez une entreprise participante inscrite au registre.',
    en: 'Choose a participating business from the registry.',
  },
  members_managed_by_office: {
    fr: 'L’ajout et le retrait des représentants se font par l’Office : communiquez avec nous.',
    en: 'Representatives are added and removed by the office: please contact us.',
  },
} as const;
