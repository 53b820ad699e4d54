import { validateHeaderValue } from 'node:http';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  contentDisposition,
  downloadHeaders,
  sanitizeDisplayName,
  withExtension,
} from '../../src/modules/documents/filename.js';

// RFC 6266 with the two parameters we send: a quoted-string without `"` or `\`, then an RFC 5987
// ext-value made of attr-chars and %XX escapes only.
const DISPOSITION =
  /^attachment; filename="([\x20\x21\x23-\x5b\x5d-\x7e]+)"; filename\*=UTF-8''((?:[A-Za-z0-9!#$&+\-.^_`|~]|%[0-9A-F]{2})+)$/;

const hostile = fc.string({
  unit: fc.constantFrom(
    '\r',
    '\n',
    '\r\n',
    '"',
    '\\',
    "'",
    '%',
    ';',
    '/',
    '.',
    ' ',
    '\0',
    '\u202e',
    '\u2028',
    '\ud800',
    '\udfff',
    'é',
    '日',
    '😀',
    'a',
    'Content-Type: text/html',
  ),
  maxLength: 40,
});
const names = fc.oneof(hostile, fc.string({ unit: 'binary', maxLength: 300 }), fc.string());

describe('Content-Disposition for downloads (SEC-20)', () => {
  it('never contains CR or LF, is a valid header value and always parses', () => {
    fc.assert(
      fc.property(names, (name) => {
        const header = contentDisposition(name);
        expect(header).not.toMatch(/[\r\n\0]/);
        expect(() => validateHeaderValue('content-disposition', header)).not.toThrow();
        const match = DISPOSITION.exec(header);
        expect(match).not.toBeNull();
        // The UTF-8 parameter gives back exactly the cleaned display name.
        expect(decodeURIComponent(match![2]!)).toBe(sanitizeDisplayName(name));
      }),
      { numRuns: 2000 },
    );
  });

  it('writes both the ASCII fallback and the UTF-8 name', () => {
    expect(contentDisposition('Facture « été » 2026.pdf')).toBe(
      `attachment; filename="Facture _ ete _ 2026.pdf"; ` +
        `filename*=UTF-8''Facture%20%C2%AB%20%C3%A9t%C3%A9%20%C2%BB%202026.pdf`,
    );
  });

  it('neutralises quotes, percent signs and line breaks', () => {
    const header = contentDisposition('a"b%c\r\nSet-Cookie: x=1.pdf');
    expect(header).toBe(
      `attachment; filename="a_b_c Set-Cookie: x=1.pdf"; ` +
        `filename*=UTF-8''a%22b%25c%20Set-Cookie%3A%20x%3D1.pdf`,
    );
  });

  it('keeps no backslash: it is a path separator, so only the last part remains', () => {
    expect(contentDisposition('evil\\"; filename=x.exe')).toContain('filename="_; filename=x.exe"');
  });

  it('gives all the SEC-20 headers', () => {
    expect(downloadHeaders('notes.txt', 'text/plain', 12)).toMatchObject({
      'content-type': 'text/plain; charset=utf-8',
      'x-content-type-options': 'nosniff',
      'content-security-policy': "sandbox; default-src 'none'",
      'content-length': '12',
    });
    expect(downloadHeaders('a.pdf', 'application/pdf')['content-disposition']).toMatch(
      /^attachment;/,
    );
  });
});

describe('display names', () => {
  it.each([
    ['../../etc/passwd%00.pdf', 'passwd%00.pdf'],
    ['C:\\Users\\marie\\Documents\\facture.pdf', 'facture.pdf'],
    ['facture\u202Efdp.exe', 'facturefdp.exe'],
    ['  ..hidden.pdf. ', 'hidden.pdf'],
    ['a\u0000b\u0007c.txt', 'abc.txt'],
    ['multi   \t space.txt', 'multi space.txt'],
    ['e\u0301te\u0301.pdf', 'été.pdf'],
    ['', 'document'],
    ['../..', 'document'],
    ['\ud800.pdf', 'pdf'],
  ])('%j → %j', (raw, clean) => {
    expect(sanitizeDisplayName(raw)).toBe(clean);
  });

  it('limits the length and keeps the extension', () => {
    const long = sanitizeDisplayName(`${'é'.repeat(500)}.pdf`);
    expect(Array.from(long)).toHaveLength(200);
    expect(long.endsWith('.pdf')).toBe(true);
    const emoji = sanitizeDisplayName('😀'.repeat(300));
    expect(Array.from(emoji)).toHaveLength(200);
    expect(emoji).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });

  it('never returns a name with a path separator or a control character', () => {
    fc.assert(
      fc.property(names, (name) => {
        const clean = sanitizeDisplayName(name);
        expect(clean.length).toBeGreaterThan(0);
        expect(clean).not.toMatch(/[/\\\u0000-\u001f\u007f-\u009f\u202a-\u202e]/);
        expect(Array.from(clean).length).toBeLessThanOrEqual(200);
      }),
    );
  });

  it('adds the detected extension only when the name has none', () => {
    expect(withExtension('facture', 'pdf')).toBe('facture.pdf');
    expect(withExtension('facture.pdf', 'pdf')).toBe('facture.pdf');
  });
});
