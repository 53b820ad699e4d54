/**
 * French text of the account activation (ACC-3). Kept apart from `fr.ts`: only those pages' chunks load it.
 */
export const activationFr = {
  'activation.title': 'Activer votre compte',
  'activation.intro':
    'Bienvenue {name}. Votre nom d’utilisateur est {email}. Créez votre mot de passe, entrez vos renseignements professionnels et acceptez les conditions d’utilisation et l’engagement de confidentialité.',
  'activation.password': 'Mot de passe',
  'activation.profile': 'Renseignements professionnels',
  'activation.jobTitle': 'Titre du poste',
  'activation.organisation': 'Organisation ou entreprise',
  'activation.workPhone': 'Téléphone au travail',
  'activation.submit': 'Activer mon compte',
  'activation.done':
    'Votre compte est activé. Connectez-vous avec votre adresse courriel et votre mot de passe : un code de vérification vous sera envoyé par courriel.',
  'activation.signIn': 'Se connecter',
  'activation.loading': 'Vérification du lien d’activation…',
  'activation.termsUnavailable':
    'Les conditions d’utilisation ne peuvent pas être affichées pour le moment. Réessayez plus tard.',
} as const;

export type ActivationMessageKey = keyof typeof activationFr;
