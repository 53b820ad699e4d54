import type { Language } from '@entente/contracts';
import { and, desc, eq, lt, sql } from 'drizzle-orm';
import { uuidV7 } from '../../platform/uuid-v7.js';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Database, Executor } from '../../db/client.js';
import { mailOutbox, type OutboxAttachment } from '../../db/schema/index.js';
import type { Clock } from '../../platform/clock.js';
import type { JobQueue } from '../../jobs/jobs.js';
import {
  officeSettingsFrom,
  readOfficeSettings,
  type OfficeSettings,
} from '../settings/office-settings.js';
import type { Branding, RenderedMail } from './layout.js';

export const MAIL_DELIVER_QUEUE = 'mail-deliver';
export const MAIL_SWEEP_QUEUE = 'mail-sweep';

type OutboxRow = typeof mailOutbox.$inferInsert & { id: string };

/**
 * The office settings' version as SQL: any write gives the row a new `xmin` (and `updated_at`);
 * `none` while the defaults apply.
 */
export const OFFICE_VERSION = sql<string>`coalesce((select xmin::text || ':' || updated_at::text
  from office_settings where id = 1), 'none')`;

export type OutgoingMail = {
  to: string;
  lang: Language;
  template: string;
  render: (branding: Branding) => RenderedMail;
  attachments?: OutboxAttachment[];
};

/**
 * Transactional outbox: `enqueue` writes the e-mail in the caller's transaction, `dispatch` hands
 * it to the job queue after commit. Without SMTP the rows stay as the local mailbox.
 */
export class MailService {
  readonly mailboxEnabled: boolean;
  #transport: Transporter | undefined;
  #branding: { version: string; branding: Branding } | null = null;

  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly options: {
      smtpUrl: string | undefined;
      mailFrom: string;
      publicUrl: string;
      transport?: Transporter;
    },
    private jobs: JobQueue,
  ) {
    this.mailboxEnabled = !options.smtpUrl && !options.transport;
    this.#transport =
      options.transport ??
      (options.smtpUrl ? nodemailer.createTransport(options.smtpUrl) : undefined);
  }

  useJobs(jobs: JobQueue): void {
    this.jobs = jobs;
  }

  async branding(db: Executor): Promise<Branding> {
    return this.brandingOf(await readOfficeSettings(db));
  }

  /**
   * The branding of an `office_settings.data` value read along with something else, remembered
   * under its `OFFICE_VERSION`; invalid or missing data gives the defaults, as
   * `readOfficeSettings` does.
   */
  brandingFrom(data: unknown, version: string): Branding {
    const branding = this.brandingOf(officeSettingsFrom(data));
    this.#branding = { version, branding };
    return branding;
  }

  /**
   * The branding last read, if the settings are still at that `OFFICE_VERSION`: a statement that
   * reads the version (a few bytes) spares the settings themselves (a logo may weigh 100 KB).
   */
  cachedBranding(version: string | null): Branding | undefined {
    return version !== null && this.#branding?.version === version
      ? this.#branding.branding
      : undefined;
  }

  private brandingOf(s: OfficeSettings): Branding {
    return {
      officeName: s.officeName,
      platformName: s.platformName,
      publicUrl: this.options.publicUrl,
      supportEmail: s.supportEmail,
      supportPhone: s.supportPhone,
    };
  }

  async enqueue(tx: Executor, mail: OutgoingMail): Promise<string> {
    const [id] = await this.enqueueMany(tx, [mail], await this.branding(tx));
    if (id === undefined) throw new Error('outbox insert returned nothing');
    return id;
  }

  /**
   * The outbox rows of several e-mails, ids included (drawn here so that the caller knows them
   * without `RETURNING`), in order: `seq` follows it. For a caller that writes them itself,
   * within a larger statement.
   */
  outboxRows(mails: readonly OutgoingMail[], branding: Branding): OutboxRow[] {
    const now = this.clock.now();
    return mails.map((mail) => {
      const rendered = mail.render(branding);
      return {
        id: uuidV7(now.getTime()),
        toAddress: mail.to,
        fromAddress: this.options.mailFrom,
        subject: rendered.subject,
        textBody: rendered.text,
        htmlBody: rendered.html,
        attachments: mail.attachments ?? [],
        template: mail.template,
        status: this.mailboxEnabled ? 'stored' : 'queued',
        createdAt: now,
      };
    });
  }

  /** Writes several e-mails in one statement; returns their ids in order. */
  async enqueueMany(
    tx: Executor,
    mails: readonly OutgoingMail[],
    branding: Branding,
  ): Promise<string[]> {
    if (mails.length === 0) return [];
    const rows = this.outboxRows(mails, branding);
    await tx.insert(mailOutbox).values(rows);
    return rows.map((row) => row.id);
  }

  /** Call after the transaction committed. A lost dispatch is caught by the sweep. */
  async dispatch(ids: string[]): Promise<void> {
    if (this.mailboxEnabled) return;
    for (const id of ids) await this.jobs.send(MAIL_DELIVER_QUEUE, { id });
  }

  /** Sends one queued e-mail, then erases its body so codes and links do not linger. */
  async deliver(id: string): Promise<void> {
    const transport = this.#transport;
    if (!transport) return;
    const [row] = await this.database.db
      .select()
      .from(mailOutbox)
      .where(and(eq(mailOutbox.id, id), eq(mailOutbox.status, 'queued')));
    if (!row) return;
    // Claim it so a second worker does not send it twice.
    const claimed = await this.database.db
      .update(mailOutbox)
      .set({ attempts: row.attempts + 1 })
      .where(
        and(
          eq(mailOutbox.id, id),
          eq(mailOutbox.attempts, row.attempts),
          eq(mailOutbox.status, 'queued'),
        ),
      )
      .returning({ id: mailOutbox.id });
    if (claimed.length === 0) return;
    try {
      await transport.sendMail({
        from: row.fromAddress,
        to: row.toAddress,
        subject: row.subject,
        text: row.textBody ?? '',
        html: row.htmlBody ?? '',
        attachments: row.attachments.map((a) => ({
          filename: a.filename,
          contentType: a.contentType,
          content: Buffer.from(a.contentBase64, 'base64'),
        })),
      });
      await this.database.db
        .update(mailOutbox)
        .set({
          status: 'sent',
          sentAt: this.clock.now(),
          textBody: null,
          htmlBody: null,
          attachments: [],
          lastError: null,
        })
        .where(eq(mailOutbox.id, id));
    } catch (err) {
      const message = err instanceof Error ? err.message.slice(0, 300) : 'unknown error';
      await this.database.db
        .update(mailOutbox)
        .set({ status: row.attempts + 1 >= 8 ? 'failed' : 'queued', lastError: message })
        .where(eq(mailOutbox.id, id));
      throw err;
    }
  }

  /** Delivers what a crash or a lost job left queued for more than a minute. */
  async sweep(): Promise<void> {
    if (this.mailboxEnabled) return;
    const stale = await this.database.db
      .select({ id: mailOutbox.id })
      .from(mailOutbox)
      .where(
        and(
          eq(mailOutbox.status, 'queued'),
          lt(mailOutbox.createdAt, new Date(this.clock.now().getTime() - 60_000)),
        ),
      )
      .limit(100);
    for (const { id } of stale) await this.deliver(id).catch(() => undefined);
  }

  async list(limit = 200) {
    return this.database.db
      .select({
        id: mailOutbox.id,
        to: mailOutbox.toAddress,
        subject: mailOutbox.subject,
        createdAt: mailOutbox.createdAt,
      })
      .from(mailOutbox)
      .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.seq))
      .limit(limit);
  }

  async get(id: string) {
    const [row] = await this.database.db.select().from(mailOutbox).where(eq(mailOutbox.id, id));
    return row;
  }
}
