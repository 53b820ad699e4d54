/**
 * French text of the business registry and the intake’s business picker (ORG-1). Kept apart from `fr.ts`: only those pages' chunks load it.
 */
export const businessFr = {
  'businesses.title': 'Entreprises participantes',
  'businesses.new': 'Inscrire une entreprise',
  'businesses.search': 'Rechercher par nom ou numéro d’entreprise',
  'businesses.searchSubmit': 'Rechercher',
  'businesses.none': 'Aucune entreprise ne correspond à la recherche.',
  'businesses.more': 'Afficher plus d’entreprises',
  'businesses.shown': '{count} entreprise(s) affichée(s)',
  'businesses.withdrawn': 'Participation terminée',
  'business.programme': 'Programme',
  'business.programme.qc': 'Québec (NEQ)',
  'business.programme.fr': 'France (SIREN)',
  'business.legalName': 'Nom légal de l’entreprise',
  'business.registrationNumber': 'Numéro d’entreprise',
  'business.registrationHint': 'NEQ : 10 chiffres (Québec). SIREN : 9 chiffres (France).',
  'business.sector': 'Secteur d’activité',
  'business.participationDate': 'Date du formulaire de participation',
  'business.participationHint': 'Format AAAA-MM-JJ',
  'business.address': 'Adresse du siège',
  'business.create': 'Inscrire l’entreprise',
  'business.created': 'L’entreprise {name} est inscrite.',
  'business.cancel': 'Annuler',
  'business.back': 'Retour aux entreprises',
  'business.members': 'Répondant et représentants',
  'business.noMembers': 'Aucun répondant ni représentant pour l’instant.',
  'business.role.respondent': 'Répondant',
  'business.role.representative': 'Représentant',
  'business.status.pending': 'Activation en attente',
  'business.status.active': 'Compte actif',
  'member.title': 'Ajouter une personne',
  'member.role': 'Rôle',
  'member.status': 'État du compte',
  'member.email': 'Adresse courriel',
  'member.givenName': 'Prénom',
  'member.familyName': 'Nom',
  'member.language': 'Langue de correspondance',
  'member.submit': 'Ajouter',
  'member.added':
    '{name} a été ajouté. Un lien d’activation a été envoyé par courriel s’il s’agit d’un nouveau compte.',
  'member.remove': 'Retirer {name}',
  'member.removed': 'L’accès de {name} est retiré.',
  'member.byOffice':
    'L’ajout et le retrait des représentants se font par l’Office : communiquez avec nous.',
  'picker.label': 'Commerçant visé',
  'picker.hint':
    'Tapez le nom ou le numéro d’entreprise, puis choisissez l’entreprise dans la liste.',
  'picker.none': 'Aucune entreprise participante trouvée.',
  'picker.show': 'Afficher les entreprises',
} as const;

export type BusinessMessageKey = keyof typeof businessFr;
