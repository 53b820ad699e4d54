import type { Me } from '@entente/contracts';

/** Office staff and administrators: the intake pages (QC-1). The API answers 404 to others. */
export function isStaff(me: Me | null): boolean {
  return me !== null && (me.roles.includes('staff') || me.roles.includes('administrator'));
}

/** ORG-1: a business's respondent or representatives ("Mon entreprise"). */
export function isMerchant(me: Me | null): boolean {
  return (
    me !== null &&
    (me.roles.includes('merchant_respondent') || me.roles.includes('merchant_representative'))
  );
}

/** MDR-1: a mediator of the office ("Mon profil de médiateur": profile and absences). */
export function isMediator(me: Me | null): boolean {
  return me !== null && me.roles.includes('mediator');
}
