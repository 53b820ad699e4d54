import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';

const PERIOD = 30;

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totpFor(secret: string, label: string, issuer: string) {
  return new TOTP({
    issuer,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD,
    secret: Secret.fromBase32(secret),
  });
}

export async function totpEnrolment(secret: string, label: string, issuer: string) {
  const otpauthUrl = totpFor(secret, label, issuer).toString();
  const qrSvg = await QRCode.toString(otpauthUrl, {
    type: 'svg',
    margin: 1,
    errorCorrectionLevel: 'M',
  });
  return { secret, otpauthUrl, qrSvg };
}

/**
 * Accepts the current step ±1 (clock drift) and never a step already used (replay): returns the
 * accepted step, or null.
 */
export function checkTotp(
  secret: string,
  code: string,
  now: Date,
  lastStep: number | null,
): number | null {
  const delta = totpFor(secret, 'x', 'x').validate({
    token: code,
    timestamp: now.getTime(),
    window: 1,
  });
  if (delta === null) return null;
  const step = Math.floor(now.getTime() / 1000 / PERIOD) + delta;
  return lastStep !== null && step <= lastStep ? null : step;
}

/** For tests and the demo: the code an authenticator app shows at `now`. */
export function totpCodeAt(secret: string, now: Date): string {
  return totpFor(secret, 'x', 'x').generate({ timestamp: now.getTime() });
}
