import type { ActivateMessageKey } from './activate-fr';

/** English text of "Activate a representation" (same keys as activate-fr.ts). */
export const activateEn: Readonly<Record<ActivateMessageKey, string>> = {
  'cp.act.title': 'Activate a representation',
  'cp.act.intro':
    'Enter the case number and the validation key you received by e-mail to access the case of the person who named you as their representative.',
  'cp.act.signedOut':
    'To accept the invitation, sign in or first create your account, then come back to this page with the link in the e-mail.',
  'cp.act.signIn': 'Sign in',
  'cp.act.register': 'Create an account',
  'cp.act.caseNumber': 'Case number',
  'cp.act.caseNumberHint': 'For example: OPC-1234567.',
  'cp.act.key': 'Validation key',
  'cp.act.keyHint': 'The 12 characters of the key, as shown in the e-mail.',
  'cp.act.submit': 'Activate the representation',
  'cp.act.done': 'You now represent the consumer in case {caseNumber}.',
};
