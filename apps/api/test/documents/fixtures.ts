/**
 * Upload fixtures built in code, so the suite carries no binary blobs and each byte that matters
 * is visible. The valid ones are real files (the PNG, JPEG, WebP, DOCX, ODT and DOC open in
 * ordinary viewers); the HEIC is header-only, since encoding HEVC by hand is out of reach and the
 * inspector reads only the boxes.
 */
import { crc32, deflateRawSync, deflateSync } from 'node:zlib';

export function pdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
  ];
  let body = '%PDF-1.7\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** A PDF of exactly `size` bytes: padding in a comment before the trailer keeps it readable. */
export function pdfOfSize(size: number): Buffer {
  const out = Buffer.alloc(size, 0x20);
  out.write('%PDF-1.7\n%', 0, 'latin1');
  out.write('\n%%EOF\n', size - 7, 'latin1');
  return out;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A real grey PNG; with `headerOnly` just the IHDR a pixel-flood attacker needs to send. */
export function png(width: number, height: number, headerOnly = false): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale, deflate, no filter, no interlace
  const parts = [Buffer.from('89504e470d0a1a0a', 'hex'), pngChunk('IHDR', ihdr)];
  if (!headerOnly) {
    const rows = Buffer.alloc(height * (width + 1), 0x80);
    for (let y = 0; y < height; y += 1) rows[y * (width + 1)] = 0; // filter byte per row
    parts.push(pngChunk('IDAT', deflateSync(rows)));
  }
  parts.push(pngChunk('IEND', Buffer.alloc(0)));
  return Buffer.concat(parts);
}

/**
 * A real baseline JPEG, one grey component: every 8×8 block is "DC unchanged, end of block",
 * which needs one Huffman code per table, so the entropy data is a run of zero bits.
 */
export function jpeg(width: number, height: number): Buffer {
  const segment = (marker: number, data: number[]) => [
    0xff,
    marker,
    (data.length + 2) >> 8,
    (data.length + 2) & 0xff,
    ...data,
  ];
  const blocks = Math.ceil(width / 8) * Math.ceil(height / 8);
  const scan = Buffer.alloc(Math.ceil((blocks * 2) / 8), 0);
  const usedBits = (blocks * 2) % 8;
  if (usedBits) scan[scan.length - 1] = 0xff >> usedBits; // pad the last byte with ones
  const codeOfLengthOne = [1, ...Array<number>(15).fill(0), 0x00];
  return Buffer.from([
    0xff,
    0xd8,
    ...segment(0xe0, [0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]), // JFIF
    ...segment(0xdb, [0x00, ...Array<number>(64).fill(1)]), // quantisation table 0
    ...segment(0xc0, [8, height >> 8, height & 0xff, width >> 8, width & 0xff, 1, 1, 0x11, 0]),
    ...segment(0xc4, [0x00, ...codeOfLengthOne]), // DC table 0
    ...segment(0xc4, [0x10, ...codeOfLengthOne]), // AC table 0
    ...segment(0xda, [1, 1, 0x00, 0, 63, 0]),
    ...scan,
    0xff,
    0xd9,
  ]);
}

function riff(chunk: string, payload: Buffer): Buffer {
  const head = Buffer.alloc(20);
  head.write('RIFF', 0, 'latin1');
  head.writeUInt32LE(4 + 8 + payload.length + (payload.length % 2), 4);
  head.write('WEBP', 8, 'latin1');
  head.write(chunk, 12, 'latin1');
  head.writeUInt32LE(payload.length, 16);
  return Buffer.concat([head, payload, Buffer.alloc(payload.length % 2)]);
}

/** A real 1×1 lossless WebP (the bitstream is the well-known 13-byte transparent pixel). */
export function webp(): Buffer {
  return riff('VP8L', Buffer.from('2f00000010071011118888fe07', 'hex'));
}

/** An extended-format WebP header announcing a canvas of the given size. */
export function webpCanvas(width: number, height: number): Buffer {
  const payload = Buffer.alloc(10);
  payload.writeUIntLE(width - 1, 4, 3);
  payload.writeUIntLE(height - 1, 7, 3);
  return riff('VP8X', payload);
}

function box(type: string, ...content: Buffer[]): Buffer {
  const body = Buffer.concat(content);
  const head = Buffer.alloc(8);
  head.writeUInt32BE(8 + body.length, 0);
  head.write(type, 4, 'latin1');
  return Buffer.concat([head, body]);
}

const u32 = (...values: number[]) => {
  const out = Buffer.alloc(values.length * 4);
  values.forEach((v, i) => out.writeUInt32BE(v, i * 4));
  return out;
};

/** HEIF boxes as an iPhone writes them, minus the HEVC data: ftyp, then meta with an `ispe`. */
export function heic(width: number, height: number, brands = ['heic', 'mif1', 'heic']): Buffer {
  const [major = 'heic', ...compatible] = brands;
  const ftyp = box('ftyp', Buffer.from(major, 'latin1'), u32(0), Buffer.from(compatible.join('')));
  const fullBox = (type: string, ...content: Buffer[]) => box(type, u32(0), ...content);
  const hdlr = fullBox('hdlr', u32(0), Buffer.from('pict', 'latin1'), u32(0, 0, 0), Buffer.of(0));
  const ispe = fullBox('ispe', u32(width, height));
  const meta = fullBox('meta', hdlr, box('iprp', box('ipco', ispe)));
  return Buffer.concat([ftyp, meta, box('mdat')]);
}

export type ZipInput = {
  name: string;
  data?: Buffer | string;
  store?: boolean;
  /** Lies in the central directory, for the "tiny directory, huge claim" bomb. */
  claimUncompressed?: number;
  flags?: number;
};

/** A plain ZIP writer (deflate or store), enough for DOCX/ODT and the hostile variants. */
export function zip(inputs: readonly ZipInput[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const input of inputs) {
    const data = Buffer.from(input.data ?? '');
    const packed = input.store ? data : deflateRawSync(data);
    const name = Buffer.from(input.name, 'utf8');
    const method = input.store ? 0 : 8;
    const size = input.claimUncompressed ?? data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(input.flags ?? 0, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(input.flags ?? 0, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += 30 + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(inputs.length, 8);
  end.writeUInt16LE(inputs.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const DOCX_MAIN =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';

export const DOCX_ENTRIES: ZipInput[] = [
  {
    name: '[Content_Types].xml',
    data:
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      `<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="${DOCX_MAIN}"/></Types>`,
  },
  {
    name: '_rels/.rels',
    data:
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  },
  {
    name: 'word/document.xml',
    data: `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>Facture contestée</w:t></w:r></w:p></w:body></w:document>`,
  },
];

export const docx = (extra: ZipInput[] = []): Buffer => zip([...DOCX_ENTRIES, ...extra]);

export function odt(mimetype = 'application/vnd.oasis.opendocument.text', store = true): Buffer {
  const manifest = 'urn:oasis:names:tc:opendocument:xmlns:manifest:1.0';
  const office = 'urn:oasis:names:tc:opendocument:xmlns:office:1.0';
  return zip([
    { name: 'mimetype', data: mimetype, store },
    {
      name: 'META-INF/manifest.xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="${manifest}" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="${mimetype}"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>`,
    },
    {
      name: 'content.xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="${office}" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:text><text:p>Mise en demeure</text:p></office:text></office:body></office:document-content>`,
    },
  ]);
}
