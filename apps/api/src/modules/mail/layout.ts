import type { Language } from '@entente/contracts';

export type Branding = {
  officeName: string;
  platformName: string;
  publicUrl: string;
  supportEmail: string;
  supportPhone: string;
};

export type RenderedMail = { subject: string; text: string; html: string };

/** A paragraph list: strings, or a call to action rendered as a link in HTML and a URL in text. */
export type Block = string | { link: string; label: string } | { code: string };

export function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

/** Subjects are one line: a CR/LF in a name must not become a header (SEC-24). */
export function oneLine(value: string): string {
  return value.replace(/[\r\n\t\u0000-\u001f\u007f]+/g, ' ').trim();
}

const footer = {
  fr: (b: Branding) =>
    `Pour toute question : ${b.supportEmail} ou ${b.supportPhone}.\nNote : Ce courriel vous a été envoyé automatiquement. Veuillez ne pas y répondre.`,
  en: (b: Branding) =>
    `Questions: ${b.supportEmail} or ${b.supportPhone}.\nNote: this e-mail was sent automatically. Please do not reply.`,
};

/** The one layout every e-mail uses: greeting, blocks, signature, no-reply footer. */
export function layout(
  lang: Language,
  branding: Branding,
  subject: string,
  blocks: Block[],
): RenderedMail {
  const greeting = lang === 'fr' ? 'Bonjour,' : 'Hello,';
  const signature =
    lang === 'fr' ? `Salutations,\n${branding.officeName}` : `Regards,\n${branding.officeName}`;
  const textBlocks = blocks.map((b) =>
    typeof b === 'string' ? b : 'link' in b ? `${b.label} : ${b.link}` : `    ${b.code}`,
  );
  const text = [greeting, ...textBlocks, signature, footer[lang](branding)].join('\n\n');
  const htmlBlocks = blocks.map((b) =>
    typeof b === 'string'
      ? `<p>${escapeHtml(b).replace(/\n/g, '<br>')}</p>`
      : 'link' in b
        ? `<p><a href="${escapeHtml(b.link)}">${escapeHtml(b.label)}</a></p>`
        : `<p style="font-size:24px;font-weight:bold;letter-spacing:4px">${escapeHtml(b.code)}</p>`,
  );
  const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body style="font-family:Arial,Helvetica,sans-serif;line-height:1.5;color:#1a1a1a">
<p><strong>${escapeHtml(branding.officeName)}</strong> — ${escapeHtml(branding.platformName)}</p>
<p>${greeting}</p>
${htmlBlocks.join('\n')}
<p>${escapeHtml(signature).replace(/\n/g, '<br>')}</p>
<hr><p style="font-size:12px;color:#555">${escapeHtml(footer[lang](branding)).replace(/\n/g, '<br>')}</p>
</body></html>`;
  return { subject: oneLine(subject), text, html };
}
