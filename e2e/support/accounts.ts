/** The demo consumer seeded with DEMO_DATA=true (apps/api/src/seed/demo.ts). */
export const demoConsumer = {
  email: 'consommateur@demo.entente.localhost',
  password: 'Demo-consommateur-2026',
  name: 'Camille Tremblay',
} as const;

/** A new address per run and per journey (letters only before the @: no 6 digits to confuse). */
export function newEmail(tag: string): string {
  const letters = Array.from({ length: 10 }, () =>
    String.fromCharCode(97 + Math.floor(Math.random() * 26)),
  ).join('');
  return `e2e-${tag}-${letters}@exemple.entente.localhost`;
}
