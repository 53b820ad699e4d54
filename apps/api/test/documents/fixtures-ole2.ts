/**
 * OLE2 compound files (version 3, 512-byte sectors) built in code: header, one FAT sector, a
 * directory chain and one 4 KiB stream. Structurally valid for compound-file readers (`file`
 * calls it "Composite Document File V2"), with a Word FIB signature at the start of the first
 * stream; not a document Word would render, which the inspector never needs.
 */
const SECTOR = 512;
const FREE = 0xffffffff;
const END = 0xfffffffe;
const FATSECT = 0xfffffffd;
const NONE = 0xffffffff;

export type Ole2Entry = { name: string; type: 1 | 2 };

export function ole2(children: Ole2Entry[] = [{ name: 'WordDocument', type: 2 }]): Buffer {
  const entryCount = children.length + 1;
  const dirSectors = Math.ceil(entryCount / 4);
  const streamSectors = 8; // 4096 bytes: at the mini-stream cutoff, so it lives in the FAT
  const firstStream = 1 + dirSectors;
  const total = firstStream + streamSectors;
  if (total > SECTOR / 4) throw new Error('fixture too large for one FAT sector');

  const header = Buffer.alloc(SECTOR);
  header.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  header.writeUInt16LE(0x3e, 0x18);
  header.writeUInt16LE(3, 0x1a);
  header.writeUInt16LE(0xfffe, 0x1c);
  header.writeUInt16LE(9, 0x1e);
  header.writeUInt16LE(6, 0x20);
  header.writeUInt32LE(1, 0x2c); // one FAT sector
  header.writeUInt32LE(1, 0x30); // directory starts at sector 1
  header.writeUInt32LE(4096, 0x38);
  header.writeUInt32LE(END, 0x3c);
  header.writeUInt32LE(END, 0x44);
  for (let i = 0; i < 109; i += 1) header.writeUInt32LE(i === 0 ? 0 : FREE, 0x4c + i * 4);

  const fat = Buffer.alloc(SECTOR, 0xff);
  fat.writeUInt32LE(FATSECT, 0);
  for (let s = 1; s <= dirSectors; s += 1) fat.writeUInt32LE(s === dirSectors ? END : s + 1, s * 4);
  for (let s = firstStream; s < total; s += 1) {
    fat.writeUInt32LE(s === total - 1 ? END : s + 1, s * 4);
  }

  const directory = Buffer.alloc(dirSectors * SECTOR);
  const entries = [{ name: 'Root Entry', type: 5 }, ...children];
  entries.forEach((entry, i) => {
    const at = i * 128;
    directory.write(`${entry.name}\0`, at, 'utf16le');
    directory.writeUInt16LE((entry.name.length + 1) * 2, at + 0x40);
    directory.writeUInt8(entry.type, at + 0x42);
    directory.writeUInt8(1, at + 0x43); // black
    directory.writeUInt32LE(NONE, at + 0x44); // left sibling
    // Children hang off the root as a chain of right siblings.
    directory.writeUInt32LE(i > 0 && i < entries.length - 1 ? i + 1 : NONE, at + 0x48);
    directory.writeUInt32LE(i === 0 ? 1 : NONE, at + 0x4c);
    const holdsData = i === 1 && entry.type === 2;
    directory.writeUInt32LE(holdsData ? firstStream : END, at + 0x74);
    directory.writeUInt32LE(holdsData ? 4096 : 0, at + 0x78);
  });
  for (let i = entries.length; i < dirSectors * 4; i += 1) {
    directory.fill(0xff, i * 128 + 0x44, i * 128 + 0x50); // unused: no siblings, no child
  }

  const stream = Buffer.alloc(streamSectors * SECTOR);
  stream.writeUInt16LE(0xa5ec, 0); // Word's FIB identifier
  return Buffer.concat([header, fat, directory, stream]);
}

/** Byte offset of FAT entry `sector`, for tests that corrupt the chain. */
export const fatEntryOffset = (sector: number) => SECTOR + sector * 4;
