import type { MerchantMessageKey } from './merchant-fr';

/** English text of the merchant’s “Mes dossiers” (issue 5). */
export const merchantEn: Record<MerchantMessageKey, string> = {
  'merchantCases.business': 'Business',
  'merchantCases.consumer': 'Consumer',
  'merchantCases.representative': 'Assigned representative',
  'merchantCases.unassigned': 'None',
  'merchantCases.status': 'Status',
  'merchantCases.anyStatus': 'All statuses',
  'merchantCases.assignedToMe': 'Only the cases assigned to me',
  'merchantCases.submittedAt': 'Submitted on',
};
