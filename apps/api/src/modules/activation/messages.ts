/** What a person is told about their activation link (ACC-3), fr and en. */
export const activationMessages = {
  activation_invalid: {
    fr: 'Ce lien d’activation n’est pas valide. Vérifiez que vous avez copié le lien complet du courriel.',
    en: 'This activation link is not valid. Check that you copied the whole link from the e-mail.',
  },
  activation_expired: {
    fr: 'Ce lien d’activation a expiré (il était valide 7 jours). Communiquez avec nous pour en recevoir un nouveau.',
    en: 'This activation link has expired (it was valid for 7 days). Contact us to receive a new one.',
  },
  activation_used: {
    fr: 'Ce lien d’activation a déjà servi : votre compte est activé. Connectez-vous avec votre adresse courriel et votre mot de passe.',
    en: 'This activation link has already been used: your account is active. Sign in with your e-mail address and password.',
  },
  account_already_active: {
    fr: 'Ce compte est déjà activé : la personne peut se connecter.',
    en: 'This account is already active: the person can sign in.',
  },
} as const;
