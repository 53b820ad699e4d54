/**
 * QC-1: the reference number and the access code. Both come from the CSPRNG. The reference is not
 * sequential, so it tells nothing about how many consumers called; the code uses an alphabet with
 * no look-alikes (no 0/O/o, 1/l/I/i) because people copy it from an e-mail, or hear it by phone.
 */
import { randomInt } from 'node:crypto';
import { hmac, safeEqual } from '../../platform/crypto.js';

export const ACCESS_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789';
export const ACCESS_CODE_LENGTH = 8;
export const ACCESS_CODE_PATTERN = /^[A-HJ-NP-Za-hjkmnp-z2-9]{8}$/;
export const REFERENCE_PATTERN = /^[1-9]\d{6}$/;

/** Seven digits, never starting with 0 (a leading zero gets lost in spreadsheets and by phone). */
export function newReferenceNumber(): string {
  return String(randomInt(1_000_000, 10_000_000));
}

export function newAccessCode(): string {
  let code = '';
  for (let i = 0; i < ACCESS_CODE_LENGTH; i += 1) {
    code += ACCESS_CODE_ALPHABET[randomInt(0, ACCESS_CODE_ALPHABET.length)];
  }
  return code;
}

/**
 * Only this digest is stored. It is bound to the intake and to the issue count, so a code
 * replaced by a re-send or a re-issue stops working even if it were somehow the same string.
 */
export function accessCodeDigest(key: string, intakeId: string, issue: number, code: string) {
  return hmac(key, `intake:${intakeId}:${issue}:${code}`);
}

export function accessCodeMatches(
  key: string,
  intake: { id: string; codesIssued: number; codeHash: string },
  code: string,
): boolean {
  return safeEqual(intake.codeHash, accessCodeDigest(key, intake.id, intake.codesIssued, code));
}
