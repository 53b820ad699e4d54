import { describe, expect, it } from 'vitest';
import { inspectDocument, type Inspection } from '../../src/modules/documents/inspect.js';
import { DOCUMENT_LIMITS } from '../../src/modules/documents/limits.js';
import { documentMessages, documentRefusalStatus } from '../../src/modules/documents/messages.js';
import { ole2 } from './fixtures-ole2.js';
import * as fx from './fixtures.js';

const MiB = 1024 * 1024;
const reason = (result: Inspection) => (result.ok ? `accepted as ${result.type}` : result.reason);
const zipTail = fx.zip([{ name: 'Payload.class', data: 'cafebabe' }]);

describe('valid fixtures of every DOC-1 type are accepted (SEC-17)', () => {
  it.each([
    ['facture.pdf', fx.pdf(), 'pdf', 'application/pdf'],
    ['photo.jpg', fx.jpeg(640, 480), 'jpeg', 'image/jpeg'],
    ['PHOTO.JPEG', fx.jpeg(8, 8), 'jpeg', 'image/jpeg'],
    ['capture.png', fx.png(3, 2), 'png', 'image/png'],
    ['IMG_0001.HEIC', fx.heic(4032, 3024), 'heic', 'image/heic'],
    ['generic.heif', fx.heic(100, 100, ['mif1', 'mif1']), 'heic', 'image/heif'],
    ['image.webp', fx.webp(), 'webp', 'image/webp'],
    [
      'notes.txt',
      Buffer.from('\uFEFFMise en demeure\r\n\tÉlément réglé — 120,50 $\n'),
      'txt',
      'text/plain',
    ],
    ['lettre.doc', ole2(), 'doc', 'application/msword'],
    [
      'contrat.docx',
      fx.docx(),
      'docx',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
    ['courrier.odt', fx.odt(), 'odt', 'application/vnd.oasis.opendocument.text'],
  ])('%s', (name, bytes, type, mime) => {
    const result = inspectDocument(bytes, name);
    expect(result).toMatchObject({ ok: true, type, mime, size: bytes.length });
  });

  it('reports image dimensions and the canonical extension', () => {
    expect(inspectDocument(fx.jpeg(640, 480), 'a.jpeg')).toMatchObject({
      extension: 'jpg',
      dimensions: { width: 640, height: 480 },
    });
  });

  it('accepts a name without extension; the route appends the canonical one', () => {
    expect(inspectDocument(fx.pdf(), 'facture')).toMatchObject({ ok: true, extension: 'pdf' });
  });
});

describe('executables are refused whatever their name (SEC-17)', () => {
  const pe = Buffer.concat([Buffer.from('MZ\x90\x00', 'latin1'), Buffer.alloc(200)]);
  it.each([
    ['a renamed .exe as .pdf', pe, 'facture.pdf'],
    ['MZ followed by a PDF header', Buffer.concat([Buffer.from('MZ'), fx.pdf()]), 'a.pdf'],
    ['a text file starting with MZ', Buffer.from('MZ is not a greeting'), 'a.txt'],
    ['an ELF binary', Buffer.from('7f454c4602010100000000000000000003003e00', 'hex'), 'a.pdf'],
    ['a Mach-O binary', Buffer.from('cffaedfe07000001030000000200000010000000', 'hex'), 'a.png'],
    ['a universal Mach-O / Java class', Buffer.from('cafebabe0000000200000000', 'hex'), 'a.doc'],
    ['a shell script', Buffer.from('#!/bin/sh\nrm -rf ~\n'), 'notes.txt'],
    ['a script after a BOM', Buffer.from('\uFEFF#!/usr/bin/env node\n'), 'notes.txt'],
  ])('%s', (_label, bytes, name) => {
    expect(reason(inspectDocument(bytes, name))).toBe('executable');
  });
});

describe('polyglots and disguises', () => {
  // Decision (ADR 0007): a PDF or image with a ZIP appended is refused. Readers of both formats
  // accept it, so it could be served as a PDF and run as a JAR once renamed; no genuine scanner,
  // camera or PDF writer produces one, so refusing costs legitimate users nothing.
  it.each([
    ['a PDF with a ZIP appended', Buffer.concat([fx.pdf(), zipTail]), 'a.pdf'],
    ['a JPEG with a ZIP appended', Buffer.concat([fx.jpeg(8, 8), zipTail]), 'a.jpg'],
    ['a PNG with a ZIP appended', Buffer.concat([fx.png(2, 2), zipTail]), 'a.png'],
  ])('%s is refused as a polyglot', (_label, bytes, name) => {
    expect(reason(inspectDocument(bytes, name))).toBe('polyglot');
  });

  it('refuses binary data placed before a PDF header', () => {
    const hidden = Buffer.concat([Buffer.from([0x00, 0x01, 0x02]), fx.pdf()]);
    expect(reason(inspectDocument(hidden, 'a.pdf'))).toBe('type_not_allowed');
  });

  it.each([
    ['a PNG named .pdf', fx.png(2, 2), 'a.pdf'],
    ['a PDF named .exe', fx.pdf(), 'a.exe'],
    ['a PDF named .pdf.exe', fx.pdf(), 'facture.pdf.exe'],
    ['a DOCX named .pdf', fx.docx(), 'a.pdf'],
    ['a text file named .html', Buffer.from('<script>alert(1)</script>'), 'a.html'],
    ['a text file named .svg', Buffer.from('<svg onload="alert(1)"/>'), 'a.svg'],
  ])('%s is an extension mismatch', (_label, bytes, name) => {
    expect(reason(inspectDocument(bytes, name))).toBe('extension_mismatch');
  });

  it('checks the extension of the cleaned name, not of a hidden path or NUL trick', () => {
    expect(reason(inspectDocument(fx.pdf(), '../../etc/passwd%00.pdf'))).toBe('accepted as pdf');
    expect(reason(inspectDocument(fx.pdf(), 'a.pdf\u0000.exe'))).toBe('extension_mismatch');
  });
});

describe('sizes (DOC-1: 20 MB per file)', () => {
  it('accepts exactly 20 MiB and refuses one byte more', () => {
    expect(DOCUMENT_LIMITS.maxFileBytes).toBe(20 * MiB);
    expect(reason(inspectDocument(fx.pdfOfSize(20 * MiB), 'big.pdf'))).toBe('accepted as pdf');
    expect(reason(inspectDocument(fx.pdfOfSize(20 * MiB + 1), 'big.pdf'))).toBe('too_large');
  });

  it('refuses an empty file', () => {
    expect(reason(inspectDocument(Buffer.alloc(0), 'vide.pdf'))).toBe('empty');
  });
});

describe('pixel flood (SEC-21)', () => {
  it('refuses a 30,000 × 30,000 PNG from its header alone', () => {
    const bomb = fx.png(30_000, 30_000, true);
    expect(bomb.length).toBeLessThan(100);
    expect(inspectDocument(bomb, 'a.png')).toMatchObject({ ok: false, reason: 'too_many_pixels' });
  });

  it.each([
    ['JPEG', fx.jpeg(10_000, 10_000), 'a.jpg'],
    ['WebP', fx.webpCanvas(16_384, 16_384), 'a.webp'],
    ['HEIC', fx.heic(20_000, 20_000), 'a.heic'],
  ])('refuses a huge %s', (_label, bytes, name) => {
    expect(reason(inspectDocument(bytes, name))).toBe('too_many_pixels');
  });

  it('lets a 50-megapixel phone photo through (8192 × 6144)', () => {
    expect(reason(inspectDocument(fx.png(8192, 6144, true), 'a.png'))).toBe('accepted as png');
  });

  it('treats an image without readable dimensions as damaged', () => {
    const noIhdr = Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.alloc(32)]);
    expect(reason(inspectDocument(noIhdr, 'a.png'))).toBe('corrupt');
    expect(reason(inspectDocument(fx.heic(0, 0), 'a.heic'))).toBe('corrupt');
  });
});

describe('types outside DOC-1', () => {
  it.each([
    ['text with a NUL byte', Buffer.from('abc\0def'), 'a.txt'],
    ['Latin-1 text (not UTF-8)', Buffer.from('r\xe9clamation', 'latin1'), 'a.txt'],
    ['text with an escape sequence', Buffer.from('ok\x1b[2Jcleared'), 'a.txt'],
    ['an MP4 video', fx.heic(10, 10, ['isom', 'isom', 'mp42']), 'a.mp4'],
    ['an AVIF image', fx.heic(10, 10, ['avif', 'mif1', 'miaf']), 'a.heic'],
    ['a GIF', Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1'), 'a.gif'],
    ['an Excel 97 file', ole2([{ name: 'Workbook', type: 2 }]), 'a.doc'],
    ['a plain ZIP', fx.zip([{ name: 'a.txt', data: 'x' }]), 'a.zip'],
  ])('%s', (_label, bytes, name) => {
    expect(reason(inspectDocument(bytes, name))).toBe('type_not_allowed');
  });

  it('refuses Word 97 macros and encrypted OLE2 packages', () => {
    const withMacros = ole2([
      { name: 'WordDocument', type: 2 },
      { name: 'Macros', type: 1 },
    ]);
    expect(reason(inspectDocument(withMacros, 'a.doc'))).toBe('macros');
    const encrypted = ole2([{ name: 'EncryptedPackage', type: 2 }]);
    expect(reason(inspectDocument(encrypted, 'a.docx'))).toBe('encrypted');
  });
});

describe('messages', () => {
  it('has a French and an English sentence and a 4xx status for every refusal (SEC-18 scan codes too)', () => {
    for (const [code, text] of Object.entries(documentMessages)) {
      expect(code).toMatch(/^(document|scan)_/);
      expect(text.fr.length).toBeGreaterThan(10);
      expect(text.en.length).toBeGreaterThan(10);
    }
    for (const status of Object.values(documentRefusalStatus)) expect(status).toBeLessThan(500);
    expect(documentMessages.document_too_large.fr).toContain('20 Mo');
  });
});
