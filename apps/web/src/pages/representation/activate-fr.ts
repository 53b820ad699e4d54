/** French text of "Activer une représentation" (REP-2): its own small chunk. */
export const activateFr = {
  'cp.act.title': 'Activer une représentation',
  'cp.act.intro':
    'Entrez le numéro de dossier et la clé de validation reçus par courriel pour accéder au dossier de la personne qui vous a nommé pour la représenter.',
  'cp.act.signedOut':
    "Pour accepter l'invitation, connectez-vous ou créez d'abord votre compte, puis revenez à cette page à l'aide du lien du courriel.",
  'cp.act.signIn': 'Se connecter',
  'cp.act.register': 'Créer un compte',
  'cp.act.caseNumber': 'Numéro de dossier',
  'cp.act.caseNumberHint': 'Par exemple : OPC-1234567.',
  'cp.act.key': 'Clé de validation',
  'cp.act.keyHint': 'Les 12 caractères de la clé, tels qu’ils figurent dans le courriel.',
  'cp.act.submit': 'Activer la représentation',
  'cp.act.done': 'Vous représentez maintenant le consommateur dans le dossier {caseNumber}.',
} as const satisfies Record<string, string>;

export type ActivateMessageKey = keyof typeof activateFr;
