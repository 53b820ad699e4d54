/**
 * The built-in scanner used when no clamd is configured (`CLAMD_HOST` unset). It is a minimal
 * fallback, NOT an antivirus: it knows one signature, the EICAR test string, so that development,
 * the demo and the tests exercise the whole quarantine path without a daemon. Production
 * deployments set `CLAMD_HOST` (ADR 0009).
 */
import type { MalwareScanner, ScanVerdict } from './malware-scanner.js';

/**
 * The 68-character EICAR test string (eicar.org). Built from two halves so that this source file
 * is not itself flagged by an antivirus on a developer's machine or in CI.
 */
export const EICAR = `X5O!P%@AP[4\\PZX54(P^)7CC)7}$` + `EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*`;
const EICAR_BYTES = Buffer.from(EICAR, 'latin1');

/** The name ClamAV gives it, so findings read the same whichever scanner ran. */
export const EICAR_FINDING = 'Eicar-Test-Signature';

export class SignatureScanner implements MalwareScanner {
  readonly kind = 'builtin' as const;

  /**
   * The EICAR file is the string at byte 0, optionally followed by white space, at most 128
   * bytes in all. Real scanners also flag it inside larger files, so this one looks anywhere in
   * the file: a strict superset of the specification, at the cost of one `indexOf`.
   */
  async scan(bytes: Buffer): Promise<ScanVerdict> {
    return bytes.includes(EICAR_BYTES)
      ? { status: 'infected', finding: EICAR_FINDING }
      : { status: 'clean' };
  }
}
