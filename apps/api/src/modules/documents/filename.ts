/**
 * File names as people typed them are shown and offered back on download, but never used as a
 * path or a storage key (SEC-19). This file cleans them for display and builds the download
 * headers of SEC-20 so that no name, however hostile, can inject or split a header.
 */

export const MAX_DISPLAY_NAME_LENGTH = 200;
const FALLBACK_NAME = 'document';

// C0, DEL and C1 controls; bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069:
// "facture\u202Efdp.exe" displays as "factureexe.pdf"); zero-width characters and the BOM.
const INVISIBLE = /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * The name to store and show: the last path part only (browsers on Windows used to send
 * `C:\Users\…\facture.pdf`), without invisible or control characters, trimmed of dots and spaces
 * at both ends, at most `maxLength` characters with the extension kept. Never empty.
 */
export function sanitizeDisplayName(raw: string, maxLength = MAX_DISPLAY_NAME_LENGTH): string {
  const base = raw.split(/[/\\]/).pop() ?? '';
  const cleaned = base
    .replace(LONE_SURROGATE, '')
    .normalize('NFC')
    // Line breaks and tabs become spaces first, so "a\r\nb" reads "a b", not "ab".
    .replace(/\s+/g, ' ')
    .replace(INVISIBLE, '')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  return truncateKeepingExtension(cleaned, maxLength) || FALLBACK_NAME;
}

/** The lowercase extension without its dot, or '' (`.bashrc` and `facture` have none). */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** Appends `.extension` when the name has no extension; a detected type supplies it. */
export function withExtension(name: string, extension: string): string {
  return extensionOf(name) ? name : `${name}.${extension}`;
}

function truncateKeepingExtension(name: string, maxLength: number): string {
  const chars = Array.from(name); // code points, so a surrogate pair is never split
  if (chars.length <= maxLength) return name;
  const extension = extensionOf(name);
  const suffix = extension && extension.length <= 16 ? `.${extension}` : '';
  const keep = Math.max(1, maxLength - Array.from(suffix).length);
  return chars.slice(0, keep).join('').trimEnd() + suffix;
}

/**
 * `attachment; filename="<ASCII>"; filename*=UTF-8''<RFC 5987>` (RFC 6266 §4.3): old clients
 * read the quoted ASCII fallback, current ones the encoded UTF-8 name. Both come from the
 * sanitised name, so neither can contain CR, LF, a quote or a backslash.
 */
export function contentDisposition(name: string): string {
  const clean = sanitizeDisplayName(name);
  return `attachment; filename="${asciiFallback(clean)}"; filename*=UTF-8''${encodeRfc5987(clean)}`;
}

/** Accents dropped (é → e), anything else outside printable ASCII, `"`, `\` and `%` replaced. */
export function asciiFallback(name: string): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    // `%` too: some clients percent-decode the plain `filename` parameter (RFC 6266 appendix D).
    .replace(/[^\x20-\x7e]|["\\%]/g, '_');
  return ascii.replace(/^[\s.]+|[\s.]+$/g, '') || FALLBACK_NAME;
}

/** RFC 5987 `value-chars`: encodeURIComponent, minus the characters it leaves but attr-char excludes. */
export function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * Every header a document download needs (SEC-20). `content-security-policy: sandbox` keeps an
 * HTML or SVG that slipped through from running script even if opened inline; `nosniff` stops
 * the browser guessing a type other than the one we detected.
 */
export function downloadHeaders(name: string, mime: string, size?: number): Record<string, string> {
  const headers: Record<string, string> = {
    'content-type': mime.startsWith('text/') ? `${mime}; charset=utf-8` : mime,
    'content-disposition': contentDisposition(name),
    'x-content-type-options': 'nosniff',
    'content-security-policy': "sandbox; default-src 'none'",
    'cache-control': 'private, no-store',
    'cross-origin-resource-policy': 'same-origin',
  };
  if (size !== undefined) headers['content-length'] = String(size);
  return headers;
}
