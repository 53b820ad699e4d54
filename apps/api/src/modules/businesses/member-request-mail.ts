/**
 * ORG-1: the e-mail that carries a respondent's request to the office. It names the business,
 * the person to add or remove and who asked, and links to the business's staff page where the
 * request is granted. The respondent's note is administrative text meant for the office; it is
 * never case content (SEC-24).
 */
import type { Language } from '@entente/contracts';
import { type Branding, type RenderedMail, layout, oneLine } from '../mail/layout.js';

export type MemberRequestMail = {
  businessId: string;
  legalName: string;
  registrationNumber: string;
  action: 'add' | 'remove';
  person: { givenName: string; familyName: string; email: string };
  requester: { givenName: string; familyName: string; email: string };
  note: string | undefined;
};

const fullName = (p: { givenName: string; familyName: string }) =>
  oneLine(`${p.givenName} ${p.familyName}`);

export function renderMemberRequest(
  lang: Language,
  b: Branding,
  mail: MemberRequestMail,
): RenderedMail {
  const fr = lang === 'fr';
  const business = `${oneLine(mail.legalName)} (${mail.registrationNumber})`;
  const person = `${fullName(mail.person)} <${mail.person.email}>`;
  const requester = `${fullName(mail.requester)} <${mail.requester.email}>`;
  const add = mail.action === 'add';
  const subject = fr
    ? `${b.platformName} – Demande ${add ? 'd’ajout' : 'de retrait'} d’un représentant : ${oneLine(mail.legalName)}`
    : `${b.platformName} – Request to ${add ? 'add' : 'remove'} a representative: ${oneLine(mail.legalName)}`;
  const note = mail.note?.trim();
  return layout(lang, b, subject, [
    fr
      ? `Le répondant de l’entreprise ${business}, ${requester}, demande ${add ? 'l’ajout' : 'le retrait'} de la représentante ou du représentant suivant : ${person}.`
      : `The respondent of ${business}, ${requester}, asks to ${add ? 'add' : 'remove'} this representative: ${person}.`,
    ...(note ? [fr ? `Note du répondant :\n${note}` : `The respondent’s note:\n${note}`] : []),
    fr
      ? 'Accordez la demande sur la fiche de l’entreprise (un courriel d’activation est envoyé à toute nouvelle personne).'
      : 'Grant the request on the business’s page (a new person is e-mailed an activation link).',
    {
      link: `${b.publicUrl}/staff/businesses/${mail.businessId}`,
      label: fr ? 'Ouvrir la fiche de l’entreprise' : 'Open the business’s page',
    },
  ]);
}
