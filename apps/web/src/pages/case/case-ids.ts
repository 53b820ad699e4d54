/**
 * Element ids of the case page that actions move the focus to once the case changed: the status
 * line after "Demander la médiation" (QC-15), the closure notice after a closing (QC-14, QC-19).
 * Apart from the components, so the page shell imports them without their chunks.
 */
export const CASE_STATUS_ID = 'case-status';
export const CASE_CLOSURE_ID = 'case-closure';

/** Focus the closure notice once shown, else the status line (a draft has no notice). */
export function focusCaseChange(): void {
  const target =
    document.getElementById(CASE_CLOSURE_ID) ?? document.getElementById(CASE_STATUS_ID);
  target?.focus();
}
