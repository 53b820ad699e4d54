/**
 * French text of the merchant’s “Mes dossiers” (issue 5). Kept apart from `fr.ts`: only those pages' chunks load it.
 */
export const merchantFr = {
  'merchantCases.business': 'Entreprise',
  'merchantCases.consumer': 'Consommateur',
  'merchantCases.representative': 'Représentant assigné',
  'merchantCases.unassigned': 'Aucun',
  'merchantCases.status': 'Statut',
  'merchantCases.anyStatus': 'Tous les statuts',
  'merchantCases.assignedToMe': 'Seulement les dossiers qui me sont assignés',
  'merchantCases.submittedAt': 'Soumis le',
} as const;

export type MerchantMessageKey = keyof typeof merchantFr;
