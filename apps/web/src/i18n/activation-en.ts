import type { ActivationMessageKey } from './activation-fr';

/** English text of the account activation (ACC-3). */
export const activationEn: Record<ActivationMessageKey, string> = {
  'activation.title': 'Activate your account',
  'activation.intro':
    'Welcome {name}. Your user name is {email}. Create your password, enter your professional details and accept the terms of use and the confidentiality commitment.',
  'activation.password': 'Password',
  'activation.profile': 'Professional details',
  'activation.jobTitle': 'Job title',
  'activation.organisation': 'Organisation or business',
  'activation.workPhone': 'Work phone',
  'activation.submit': 'Activate my account',
  'activation.done':
    'Your account is active. Sign in with your e-mail address and password: a verification code will be e-mailed to you.',
  'activation.signIn': 'Sign in',
  'activation.loading': 'Checking the activation link…',
  'activation.termsUnavailable': 'The terms of use cannot be shown right now. Try again later.',
};
