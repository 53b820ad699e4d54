import type { AppContext } from '../app-context.js';
import { documentScanJobDefinitions } from '../modules/documents/scan-retry.js';
import { MAIL_DELIVER_QUEUE, MAIL_SWEEP_QUEUE } from '../modules/mail/mail-service.js';
import { purgeRateLimits } from '../platform/rate-limit.js';
import { deadlineJobDefinitions } from './deadlines.js';
import type { JobDefinition } from './jobs.js';

/** Every background job of the platform, in one list. */
export function jobDefinitions(ctx: AppContext): JobDefinition[] {
  return [
    { queue: MAIL_DELIVER_QUEUE, handler: async (data) => ctx.mail.deliver(String(data.id)) },
    { queue: MAIL_SWEEP_QUEUE, cron: '* * * * *', handler: async () => ctx.mail.sweep() },
    {
      queue: 'rate-limit-cleanup',
      cron: '17 * * * *',
      handler: async () =>
        purgeRateLimits(ctx.database.db, new Date(ctx.clock.now().getTime() - 24 * 3600 * 1000)),
    },
    ...deadlineJobDefinitions(ctx),
    ...documentScanJobDefinitions(ctx),
  ];
}
