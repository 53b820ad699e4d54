import { describe, expect, it } from 'vitest';
import { inspectDocument } from '../../src/modules/documents/inspect.js';
import { readOle2EntryNames } from '../../src/modules/documents/ole2.js';
import { readZip } from '../../src/modules/documents/zip.js';
import { fatEntryOffset, ole2 } from './fixtures-ole2.js';
import { DOCX_ENTRIES, docx, odt, zip, type ZipInput } from './fixtures.js';

const MiB = 1024 * 1024;
const refusal = (bytes: Buffer, name = 'a.docx') => {
  const result = inspectDocument(bytes, name);
  return result.ok ? `accepted as ${result.type}` : result.reason;
};

describe('zip bombs in DOCX are refused from the central directory (SEC-17)', () => {
  it('refuses a real deflate bomb: 101 MiB of zeros in about 100 KB', () => {
    const bomb = docx([{ name: 'word/media/zeros.bin', data: Buffer.alloc(101 * MiB) }]);
    expect(bomb.length).toBeLessThan(200_000);
    expect(refusal(bomb)).toBe('zip_bomb');
  });

  it('refuses a tiny directory claiming a huge uncompressed size', () => {
    const liar = docx([{ name: 'word/huge.xml', data: 'x', claimUncompressed: 4_000_000_000 }]);
    expect(liar.length).toBeLessThan(2000);
    expect(refusal(liar)).toBe('zip_bomb');
  });

  it('refuses a compression ratio above 100:1 even under the total limit', () => {
    // 20 MiB of zeros deflate to about 20 KB: 1000:1.
    const dense = docx([{ name: 'word/media/a.bin', data: Buffer.alloc(20 * MiB) }]);
    expect(readZip(dense)).toMatchObject({ ok: false, reason: 'zip_bomb' });
  });

  it('accepts small, highly compressible parts (ordinary XML)', () => {
    const styles = docx([{ name: 'word/styles.xml', data: ' '.repeat(200_000) }]);
    expect(refusal(styles)).toBe('accepted as docx');
  });

  it('refuses more than 1000 entries', () => {
    const many: ZipInput[] = Array.from({ length: 1001 - DOCX_ENTRIES.length }, (_, i) => ({
      name: `word/media/${i}.txt`,
      data: 'x',
    }));
    expect(refusal(docx(many))).toBe('zip_bomb');
    expect(refusal(docx(many.slice(1)))).toBe('accepted as docx');
  });

  it('refuses overlapping entries (the non-recursive bomb)', () => {
    const archive = docx([
      { name: 'word/a.bin', data: 'aaaa', store: true },
      { name: 'word/b.bin', data: 'bbbb', store: true },
    ]);
    expect(readZip(archive).ok).toBe(true);
    // Stretch a.bin's data over b.bin's local header and data, as overlap bombs do.
    const central = archive.lastIndexOf('word/a.bin') - 46;
    const stretched = 4 + 30 + 'word/b.bin'.length + 4;
    archive.writeUInt32LE(stretched, central + 20);
    archive.writeUInt32LE(stretched, central + 24);
    expect(readZip(archive)).toMatchObject({ ok: false, reason: 'corrupt' });
  });

  it('refuses a central entry whose local header has another name', () => {
    const archive = docx([{ name: 'word/a.xml', data: 'aaaa' }]);
    archive.writeUInt32LE(0, archive.lastIndexOf('word/a.xml') - 46 + 42);
    expect(readZip(archive)).toMatchObject({ ok: false, reason: 'corrupt' });
  });
});

describe('strict ZIP reading', () => {
  it.each([
    ['an entry that climbs out (zip slip)', docx([{ name: '../../evil.sh', data: 'x' }])],
    ['an absolute entry name', docx([{ name: '/etc/cron.d/x', data: 'x' }])],
    ['a backslash entry name', docx([{ name: 'word\\..\\x', data: 'x' }])],
    ['duplicate names', docx([{ name: 'word/document.xml', data: '<other/>' }])],
    ['data after the archive', Buffer.concat([docx(), Buffer.from('trailing')])],
  ])('refuses %s as corrupt', (_label, bytes) => {
    expect(refusal(bytes)).toBe('corrupt');
  });

  it('refuses encrypted entries: a scanner could not look inside', () => {
    expect(refusal(docx([{ name: 'word/secret.xml', data: 'x', flags: 1 }]))).toBe('encrypted');
  });

  it('refuses a DOCX with a macro project (a renamed .docm)', () => {
    expect(refusal(docx([{ name: 'word/vbaProject.bin', data: 'x' }]))).toBe('macros');
  });

  it('refuses other Office Open XML documents', () => {
    const xlsx = zip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'xl/workbook.xml', data: '<workbook/>' },
    ]);
    expect(refusal(xlsx, 'a.xlsx')).toBe('type_not_allowed');
  });
});

describe('ODT', () => {
  it('is recognised by its stored mimetype entry', () => {
    expect(refusal(odt(), 'a.odt')).toBe('accepted as odt');
  });

  it('refuses a spreadsheet and a deflated mimetype', () => {
    expect(refusal(odt('application/vnd.oasis.opendocument.spreadsheet'), 'a.odt')).toBe(
      'type_not_allowed',
    );
    expect(refusal(odt(undefined, false), 'a.odt')).toBe('type_not_allowed');
  });
});

describe('OLE2 directory walk', () => {
  it('follows a directory spanning several sectors', () => {
    const names = ['WordDocument', '1Table', 'Data', 'SummaryInformation', 'CompObj', 'ObjectPool'];
    const file = ole2(names.map((name) => ({ name, type: 2 as const })));
    expect(readOle2EntryNames(file)).toEqual(new Set(['Root Entry', ...names]));
  });

  it('treats a loop in the chain as corrupt instead of walking forever', () => {
    const file = ole2([
      { name: 'A', type: 2 },
      { name: 'B', type: 2 },
      { name: 'C', type: 2 },
      { name: 'WordDocument', type: 2 },
    ]);
    file.writeUInt32LE(1, fatEntryOffset(2)); // sector 2 now points back to sector 1
    expect(readOle2EntryNames(file)).toBeUndefined();
    expect(refusal(file, 'a.doc')).toBe('corrupt');
  });
});
