/**
 * French text of "Mon entreprise" (ORG-1), the page of a business's respondent and
 * representatives. Kept apart from `fr.ts`: only that page's chunk loads it.
 */
export const myBusinessFr = {
  'myBusiness.title': 'Mon entreprise',
  'myBusiness.none': 'Votre compte n’est rattaché à aucune entreprise participante.',
  'myBusiness.number.qc': 'Numéro d’entreprise du Québec (NEQ)',
  'myBusiness.number.fr': 'Numéro SIREN',
  'myBusiness.people': 'Répondant et représentants',
  'myBusiness.role': 'Rôle',
  'myBusiness.role.respondent': 'Répondant',
  'myBusiness.role.representative': 'Représentant',
  'myBusiness.email': 'Adresse courriel',
  'myBusiness.status': 'Statut',
  'myBusiness.status.active': 'Actif',
  'myBusiness.status.pending': 'Invitation envoyée',
  'myBusiness.you': '{name} (vous)',
  'myBusiness.representativeOnly':
    'Le répondant de l’entreprise gère la liste de ses représentants : adressez-vous à lui pour tout changement.',
  'myBusiness.byOffice':
    'L’Office ajoute et retire les représentants de votre entreprise à votre demande. Il envoie un courriel d’activation à toute nouvelle personne.',
  'myBusiness.add.title': 'Ajouter une représentante ou un représentant',
  'myBusiness.add.submit': 'Ajouter',
  'myBusiness.add.done': '{name} est ajouté. Un courriel d’activation lui a été envoyé.',
  'myBusiness.remove': 'Retirer',
  'myBusiness.remove.label': 'Retirer {name}',
  'myBusiness.removed': '{name} est retiré.',
  'myBusiness.request.title': 'Demander l’ajout d’une représentante ou d’un représentant',
  'myBusiness.request.submit': 'Envoyer la demande',
  'myBusiness.request.removal': 'Demander le retrait',
  'myBusiness.request.removal.label': 'Demander le retrait de {name}',
  'myBusiness.request.sent': 'Votre demande a été transmise à l’Office.',
  'myBusiness.givenName': 'Prénom',
  'myBusiness.familyName': 'Nom',
  'myBusiness.note': 'Précisions pour l’Office (facultatif)',
  'myBusiness.language': 'Langue de correspondance',
} as const;

export type MyBusinessMessageKey = keyof typeof myBusinessFr;
