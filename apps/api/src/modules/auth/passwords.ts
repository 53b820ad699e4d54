import argon2 from 'argon2';
import { dictionary } from '@zxcvbn-ts/language-common';

/** SEC-3: argon2id with at least OWASP's m=19 MiB, t=2, p=1. */
export const ARGON2_POLICY = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id, ...ARGON2_POLICY });
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** True when a stored hash is weaker than the policy, so login rewrites it (SEC-3). */
export function needsRehash(hash: string): boolean {
  const match = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(hash);
  if (!match) return true;
  const [, m, t] = match.map(Number);
  return (m ?? 0) < ARGON2_POLICY.memoryCost || (t ?? 0) < ARGON2_POLICY.timeCost;
}

let dummyHash: Promise<string> | undefined;
/** Verifying against a throwaway hash keeps "unknown e-mail" as slow as "wrong password". */
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hashPassword('entente-timing-equaliser-password');
  await verifyPassword(await dummyHash, password);
}

/**
 * SEC-2: ~49,000 most common and breached passwords (zxcvbn's list, built from leaked sets),
 * compared case-insensitively because attackers try those variants first.
 */
const common = new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));

export function isCommonPassword(password: string): boolean {
  const lowered = password.toLowerCase();
  return (
    common.has(lowered) || common.has(lowered.replace(/\s+/g, '')) || /^(.)\1+$/u.test(password)
  );
}
