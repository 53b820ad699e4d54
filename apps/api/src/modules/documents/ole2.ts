/**
 * Legacy `.doc` files are OLE2 compound files, and so are `.xls`, `.ppt`, `.msg` and, worse,
 * `.msi` installers. The magic bytes alone cannot tell them apart, so this walks the compound
 * file's directory (following the FAT chain, bounded) and lists its entry names: a Word document
 * has a `WordDocument` stream.
 */
export const OLE2_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

const HEADER_DIFAT_ENTRIES = 109;
const SPECIAL = 0xfffffffa; // ENDOFCHAIN, FREESECT, FATSECT, DIFSECT and reserved values.
const MAX_NAMES = 10_000;

/** The names of the storages and streams in the directory, or undefined if it cannot be read. */
export function readOle2EntryNames(bytes: Buffer): Set<string> | undefined {
  if (bytes.length < 512 || !bytes.subarray(0, 8).equals(OLE2_MAGIC)) return undefined;
  const shift = bytes.readUInt16LE(0x1e);
  if (shift !== 9 && shift !== 12) return undefined;
  const sectorSize = 1 << shift;
  const sectorCount = Math.floor(bytes.length / sectorSize) - 1;
  const perSector = sectorSize / 4;
  const offsetOf = (sector: number): number | undefined => {
    const offset = (sector + 1) * sectorSize;
    return sector < SPECIAL && offset + sectorSize <= bytes.length ? offset : undefined;
  };

  // Where the FAT sectors are: 109 in the header, the rest in a chain of DIFAT sectors.
  const fatCount = bytes.readUInt32LE(0x2c);
  if (fatCount > sectorCount) return undefined;
  const fat: number[] = [];
  for (let i = 0; i < Math.min(fatCount, HEADER_DIFAT_ENTRIES); i += 1) {
    fat.push(bytes.readUInt32LE(0x4c + i * 4));
  }
  let difat = bytes.readUInt32LE(0x44);
  for (let hops = 0; fat.length < fatCount; hops += 1) {
    const offset = offsetOf(difat);
    if (offset === undefined || hops > sectorCount) return undefined;
    for (let i = 0; i < perSector - 1 && fat.length < fatCount; i += 1) {
      fat.push(bytes.readUInt32LE(offset + i * 4));
    }
    difat = bytes.readUInt32LE(offset + sectorSize - 4);
  }
  const next = (sector: number): number | undefined => {
    const fatSector = fat[Math.floor(sector / perSector)];
    const offset = fatSector === undefined ? undefined : offsetOf(fatSector);
    return offset === undefined ? undefined : bytes.readUInt32LE(offset + (sector % perSector) * 4);
  };

  const names = new Set<string>();
  const seen = new Set<number>();
  let sector = bytes.readUInt32LE(0x30);
  while (sector < SPECIAL) {
    const offset = offsetOf(sector);
    // A loop in the chain is a malformed (or hostile) file, not an endless walk.
    if (offset === undefined || seen.has(sector)) return undefined;
    seen.add(sector);
    for (let entry = offset; entry < offset + sectorSize; entry += 128) {
      const type = bytes[entry + 0x42];
      const nameBytes = bytes.readUInt16LE(entry + 0x40);
      // 1 storage, 2 stream, 5 root; names are UTF-16LE with a terminating NUL, 64 bytes at most.
      if ((type === 1 || type === 2 || type === 5) && nameBytes >= 2 && nameBytes <= 64) {
        names.add(bytes.toString('utf16le', entry, entry + nameBytes - 2));
        if (names.size > MAX_NAMES) return undefined;
      }
    }
    const following = next(sector);
    if (following === undefined) return undefined;
    sector = following;
  }
  return names.size > 0 ? names : undefined;
}
