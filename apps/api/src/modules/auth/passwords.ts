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
  const params = argon2Params(hash);
  if (!params) return true;
  return (
    params.m < ARGON2_POLICY.memoryCost ||
    params.t < ARGON2_POLICY.timeCost ||
    params.p < ARGON2_POLICY.parallelism
  );
}

/** The cost parameters of an argon2id PHC string (their order varies between libraries). */
export function argon2Params(hash: string): { m: number; t: number; p: number } | null {
  const match = /^\$argon2id\$v=19\$([^$]+)\$/.exec(hash);
  if (!match) return null;
  const pairs = Object.fromEntries(
    match[1]!.split(',').map((kv) => kv.split('=') as [string, string]),
  );
  const [m, t, p] = [Number(pairs.m), Number(pairs.t), Number(pairs.p)];
  return Number.isFinite(m) && Number.isFinite(t) && Number.isFinite(p) ? { m, t, p } : null;
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
