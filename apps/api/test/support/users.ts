import type { Role } from '@entente/contracts';
import type { AppContext } from '../../src/app-context.js';
import { users } from '../../src/db/schema/index.js';
import { hashPassword } from '../../src/modules/auth/passwords.js';
import { strongPassword } from './accounts.js';

/** An account made directly in the database, as staff enrolment would (ACC-3). */
export async function insertUser(ctx: AppContext, email: string, roles: Role[]) {
  const now = ctx.clock.now();
  const [user] = await ctx.database.db
    .insert(users)
    .values({
      email,
      emailVerifiedAt: now,
      passwordHash: await hashPassword(strongPassword),
      givenName: 'Test',
      familyName: roles.join(' '),
      roles,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  return user!;
}
