import type { CurrentTerms, Language, TermsDocument } from '@entente/contracts';
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { termsAcceptances, termsVersions } from '../../db/schema/index.js';
import { AppError } from '../../platform/errors.js';
import type { OfficeSettings } from '../settings/office-settings.js';
import { confidentialityV1, termsV1 } from './terms-texts.js';

type TermsRow = typeof termsVersions.$inferSelect;
type Kind = TermsRow['kind'];

async function latest(db: Executor, kind: Kind): Promise<TermsRow> {
  const [row] = await db
    .select()
    .from(termsVersions)
    .where(eq(termsVersions.kind, kind))
    .orderBy(desc(termsVersions.version))
    .limit(1);
  if (!row) throw new Error(`No ${kind} published`);
  return row;
}

/** Every deployment starts with version 1 of both texts. */
export async function ensureTerms(db: Executor, now: Date): Promise<void> {
  for (const [kind, text] of [
    ['terms', termsV1],
    ['confidentiality', confidentialityV1],
  ] as const) {
    await db
      .insert(termsVersions)
      .values({ kind, version: 1, ...text, publishedAt: now })
      .onConflictDoNothing();
  }
}

function present(row: TermsRow, lang: Language, office: OfficeSettings): TermsDocument {
  const fill = (s: string) =>
    s.replaceAll('{platform}', office.platformName).replaceAll('{office}', office.officeName);
  return {
    kind: row.kind,
    version: row.version,
    title: lang === 'fr' ? row.titleFr : row.titleEn,
    body: fill(lang === 'fr' ? row.bodyFr : row.bodyEn),
    publishedAt: row.publishedAt.toISOString(),
  };
}

export async function currentTerms(
  db: Executor,
  lang: Language,
  office: OfficeSettings,
): Promise<CurrentTerms> {
  return {
    terms: present(await latest(db, 'terms'), lang, office),
    confidentiality: present(await latest(db, 'confidentiality'), lang, office),
  };
}

/** ACC-5: the person must have read the versions in force; 409 if they changed meanwhile. */
export async function assertCurrentTerms(
  db: Executor,
  termsVersion: number,
  confidentialityVersion: number,
) {
  const [terms, confidentiality] = [await latest(db, 'terms'), await latest(db, 'confidentiality')];
  if (terms.version !== termsVersion || confidentiality.version !== confidentialityVersion) {
    throw new AppError(409, 'terms_changed');
  }
  return [terms, confidentiality] as const;
}

/** Records acceptance of both texts, for the account or (with `caseId`) for one case. */
export async function recordAcceptance(
  db: Executor,
  userId: string,
  versions: readonly TermsRow[],
  now: Date,
  caseId: string | null = null,
) {
  for (const version of versions) {
    const already = await db
      .select({ id: termsAcceptances.id })
      .from(termsAcceptances)
      .where(
        and(
          eq(termsAcceptances.userId, userId),
          eq(termsAcceptances.termsVersionId, version.id),
          isNull(termsAcceptances.caseId),
        ),
      );
    if (caseId === null && already.length > 0) continue;
    await db
      .insert(termsAcceptances)
      .values({ userId, termsVersionId: version.id, caseId, acceptedAt: now });
  }
}
