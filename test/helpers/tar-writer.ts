// Writes tar archives for tests: ustar headers, with pax or GNU records for what does not fit.
import zlib from 'node:zlib';

export interface WriteEntry {
  name: string;
  type?: 'file' | 'dir' | 'symlink' | 'hardlink' | 'char' | 'fifo';
  content?: string | Buffer;
  linkName?: string;
  mode?: number;
  /** How to store a name or link longer than ustar allows. */
  longNames?: 'pax' | 'gnu';
  /** Extra pax records written before this entry. */
  pax?: Record<string, string>;
  /** Store the size in GNU base-256 form. */
  base256Size?: boolean;
}

const TYPE_FLAGS = { file: '0', hardlink: '1', symlink: '2', char: '3', dir: '5', fifo: '6' } as const;

function octal(value: number, width: number): string {
  return value.toString(8).padStart(width - 1, '0') + '\0';
}

function header(fields: { name: string; typeFlag: string; size: number; mode: number; linkName: string; prefix?: string; magic?: 'ustar' | 'gnu'; base256Size?: boolean }): Buffer {
  const block = Buffer.alloc(512);
  block.write(fields.name, 0, 100, 'utf8');
  block.write(octal(fields.mode, 8), 100, 'ascii');
  block.write(octal(0, 8), 108, 'ascii');
  block.write(octal(0, 8), 116, 'ascii');
  if (fields.base256Size) {
    block[124] = 0x80;
    let value = fields.size;
    for (let i = 135; i > 124; i--) {
      block[i] = value % 256;
      value = Math.floor(value / 256);
    }
  } else block.write(octal(fields.size, 12), 124, 'ascii');
  block.write(octal(0, 12), 136, 'ascii');
  block.write(fields.typeFlag, 156, 'ascii');
  block.write(fields.linkName, 157, 100, 'utf8');
  if (fields.magic === 'gnu') block.write('ustar  \0', 257, 'ascii');
  else {
    block.write('ustar\0', 257, 'ascii');
    block.write('00', 263, 'ascii');
  }
  if (fields.prefix) block.write(fields.prefix, 345, 155, 'utf8');
  block.write('        ', 148, 'ascii');
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(octal(sum, 7) + ' ', 148, 'ascii');
  return block;
}

function pad(data: Buffer): Buffer[] {
  const remainder = data.length % 512;
  return remainder === 0 ? [data] : [data, Buffer.alloc(512 - remainder)];
}

function paxData(records: Record<string, string>): Buffer {
  const parts = Object.entries(records).map(([key, value]) => {
    const body = ` ${key}=${value}\n`;
    let length = Buffer.byteLength(body) + 1;
    while (String(length).length + Buffer.byteLength(body) !== length) length = String(length).length + Buffer.byteLength(body);
    return `${length}${body}`;
  });
  return Buffer.from(parts.join(''), 'utf8');
}

/** The blocks of one entry, preceded by whatever pax or GNU headers it needs. */
export function entryBlocks(entry: WriteEntry): Buffer[] {
  const type = entry.type ?? 'file';
  const content = Buffer.from(entry.content ?? '');
  const size = type === 'file' ? content.length : 0;
  const linkName = entry.linkName ?? '';
  const blocks: Buffer[] = [];
  let name = entry.name;
  let storedLink = linkName;
  const pax: Record<string, string> = { ...entry.pax };
  const tooLong = (text: string): boolean => Buffer.byteLength(text) > 100;
  if (tooLong(name) || tooLong(linkName)) {
    if ((entry.longNames ?? 'pax') === 'gnu') {
      if (tooLong(name)) {
        const data = Buffer.from(name + '\0');
        blocks.push(header({ name: '././@LongLink', typeFlag: 'L', size: data.length, mode: 0, linkName: '', magic: 'gnu' }), ...pad(data));
        name = name.slice(0, 100);
      }
      if (tooLong(linkName)) {
        const data = Buffer.from(linkName + '\0');
        blocks.push(header({ name: '././@LongLink', typeFlag: 'K', size: data.length, mode: 0, linkName: '', magic: 'gnu' }), ...pad(data));
        storedLink = linkName.slice(0, 100);
      }
    } else {
      if (tooLong(name)) {
        pax.path = name;
        name = name.slice(0, 100);
      }
      if (tooLong(linkName)) {
        pax.linkpath = linkName;
        storedLink = linkName.slice(0, 100);
      }
    }
  }
  if (Object.keys(pax).length > 0) {
    const data = paxData(pax);
    blocks.push(header({ name: 'PaxHeader', typeFlag: 'x', size: data.length, mode: 0o644, linkName: '' }), ...pad(data));
  }
  const magic = entry.longNames === 'gnu' ? 'gnu' : 'ustar';
  blocks.push(header({ name, typeFlag: TYPE_FLAGS[type], size, mode: entry.mode ?? (type === 'dir' ? 0o755 : 0o644), linkName: storedLink, magic, base256Size: entry.base256Size ?? false }));
  if (size > 0) blocks.push(...pad(content));
  return blocks;
}

/** The header of a regular file of `size` bytes, for archives whose data is written apart (base-256 when octal cannot hold it). */
export function fileHeader(name: string, size: number): Buffer {
  return header({ name, typeFlag: '0', size, mode: 0o644, linkName: '', base256Size: size >= 8 ** 11 });
}

/** A complete tar archive, with the two zero blocks that end it. */
export function tar(entries: WriteEntry[]): Buffer {
  return Buffer.concat([...entries.flatMap(entryBlocks), Buffer.alloc(1024)]);
}

export function gzip(data: Buffer): Buffer {
  return zlib.gzipSync(data);
}

export function zstd(data: Buffer): Buffer {
  return zlib.zstdCompressSync(data);
}
