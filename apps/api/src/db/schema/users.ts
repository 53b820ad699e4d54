import { sql } from 'drizzle-orm';
import { bigint, index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { tz } from './columns.js';
import type { PostalAddress, Role } from '@entente/contracts';

/** ACC-3; the shape is validated by the contracts at the edge. */
export type ProfessionalProfile = { jobTitle?: string; organisation?: string; workPhone?: string };

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Always stored lower-cased and trimmed (the contracts normalise it). */
    email: text('email').notNull().unique(),
    emailVerifiedAt: tz('email_verified_at'),
    passwordHash: text('password_hash'),
    givenName: text('given_name').notNull(),
    familyName: text('family_name').notNull(),
    phone: text('phone'),
    address: jsonb('address').$type<PostalAddress>(),
    preferredLanguage: text('preferred_language').$type<'fr' | 'en'>().notNull().default('fr'),
    roles: text('roles')
      .array()
      .$type<Role[]>()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** TOTP secret, encrypted with the application key (AES-256-GCM). */
    totpSecretEnc: text('totp_secret_enc'),
    totpEnrolledAt: tz('totp_enrolled_at'),
    /** Last accepted TOTP time step: a code is never accepted twice (replay). */
    totpLastStep: bigint('totp_last_step', { mode: 'number' }),
    passwordChangedAt: tz('password_changed_at'),
    /** ACC-3: job title, organisation, work phone of merchant, mediator and staff accounts. */
    professionalProfile: jsonb('professional_profile').$type<ProfessionalProfile>(),
    disabledAt: tz('disabled_at'),
    createdAt: tz('created_at').notNull(),
    updatedAt: tz('updated_at').notNull(),
  },
  // The office's staff and mediators are found by role (`roles @> '{staff}'`) inside case
  // transactions: without an index that scans every consumer (800,000 at 1,000,000 cases).
  (t) => [index('users_roles_idx').using('gin', t.roles)],
);

export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** SHA-256 of the cookie value: a database leak does not give usable sessions. */
    tokenHash: text('token_hash').notNull().unique(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: tz('created_at').notNull(),
    lastSeenAt: tz('last_seen_at').notNull(),
    absoluteExpiresAt: tz('absolute_expires_at').notNull(),
    idleTimeoutSeconds: integer('idle_timeout_seconds').notNull(),
    totpVerifiedAt: tz('totp_verified_at'),
    userAgent: text('user_agent'),
    revokedAt: tz('revoked_at'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/**
 * A proof in progress: registration (prove the e-mail) or sign-in (password done, e-mailed code
 * next, then TOTP for privileged roles). Codes are bound to their challenge (SEC-5).
 */
export const authChallenges = pgTable(
  'auth_challenges',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tokenHash: text('token_hash').notNull().unique(),
    purpose: text('purpose').$type<'register' | 'login'>().notNull(),
    /** Null for a registration attempt on an address that already has an account. */
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    createdAt: tz('created_at').notNull(),
    expiresAt: tz('expires_at').notNull(),
    codeHash: text('code_hash'),
    codeExpiresAt: tz('code_expires_at'),
    codeAttempts: integer('code_attempts').notNull().default(0),
    codesSent: integer('codes_sent').notNull().default(0),
    codeVerifiedAt: tz('code_verified_at'),
    totpAttempts: integer('totp_attempts').notNull().default(0),
    consumedAt: tz('consumed_at'),
  },
  (t) => [index('auth_challenges_user_idx').on(t.userId)],
);

export const passwordResetTokens = pgTable(
  'password_reset_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tokenHash: text('token_hash').notNull().unique(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: tz('created_at').notNull(),
    expiresAt: tz('expires_at').notNull(),
    usedAt: tz('used_at'),
  },
  (t) => [index('password_reset_tokens_user_idx').on(t.userId)],
);
