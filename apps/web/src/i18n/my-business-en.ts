import type { MyBusinessMessageKey } from './my-business-fr';

/** English text of "My business" (ORG-1); same keys as `my-business-fr.ts`. */
export const myBusinessEn: Record<MyBusinessMessageKey, string> = {
  'myBusiness.title': 'My business',
  'myBusiness.none': 'Your account is not linked to any participating business.',
  'myBusiness.number.qc': 'Quebec enterprise number (NEQ)',
  'myBusiness.number.fr': 'SIREN number',
  'myBusiness.people': 'Respondent and representatives',
  'myBusiness.role': 'Role',
  'myBusiness.role.respondent': 'Respondent',
  'myBusiness.role.representative': 'Representative',
  'myBusiness.email': 'E-mail address',
  'myBusiness.status': 'Status',
  'myBusiness.status.active': 'Active',
  'myBusiness.status.pending': 'Invitation sent',
  'myBusiness.you': '{name} (you)',
  'myBusiness.representativeOnly':
    'The business’s respondent manages its representatives: ask them for any change.',
  'myBusiness.byOffice':
    'The office adds and removes your business’s representatives at your request. It e-mails an activation link to each new person.',
  'myBusiness.add.title': 'Add a representative',
  'myBusiness.add.submit': 'Add',
  'myBusiness.add.done': '{name} has been added and e-mailed an activation link.',
  'myBusiness.remove': 'Remove',
  'myBusiness.remove.label': 'Remove {name}',
  'myBusiness.removed': '{name} has been removed.',
  'myBusiness.request.title': 'Ask to add a representative',
  'myBusiness.request.submit': 'Send the request',
  'myBusiness.request.removal': 'Ask to remove',
  'myBusiness.request.removal.label': 'Ask to remove {name}',
  'myBusiness.request.sent': 'Your request has been sent to the office.',
  'myBusiness.givenName': 'Given name',
  'myBusiness.familyName': 'Family name',
  'myBusiness.note': 'Details for the office (optional)',
  'myBusiness.language': 'Language for e-mails',
};
