import { MAX_NAME_BYTES, MAX_PAX_HEADER_BYTES } from './limits.ts';

/**
 * Tar reading, written here rather than taken from a library because the guard needs two things
 * streaming tar libraries do not offer together: an index of an archive built by seeking past the
 * data (image archives are hundreds of megabytes, read once), and a push parser that skips the
 * data of entries nobody asked for without copying it.
 *
 * Supports ustar, GNU (long names `L`/`K`, base-256 sizes) and POSIX pax (`path`, `linkpath`,
 * `size` records, global headers). Names, link targets and extended headers are bounded (see
 * limits.ts): a crafted archive cannot make one entry cost more than a few kilobytes of memory.
 */

export const BLOCK = 512;

export type TarEntryType = 'file' | 'hardlink' | 'symlink' | 'char' | 'block' | 'dir' | 'fifo';

export interface TarEntry {
  /** The name exactly as stored (after pax / GNU long-name overrides), not yet normalized. */
  name: string;
  type: TarEntryType;
  size: number;
  mode: number;
  linkName: string;
}

export class TarFormatError extends Error {
  override name = 'TarFormatError';
}

/**
 * The archive goes over one of the reader's limits. A kind of format error, so that a caller
 * that knows only TarFormatError still reports it as bad input.
 */
export class TarLimitError extends TarFormatError {
  override name = 'TarLimitError';
  /** What went over, and the limit it went over. */
  readonly what: string;
  readonly limit: string;

  constructor(what: string, limit: string) {
    super(`${what}: the limit is ${limit}`);
    this.what = what;
    this.limit = limit;
  }
}

/** A hostile name, shortened for a message. */
function quoteStart(text: string): string {
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}...` : text);
}

/** Refuses a name or link target longer than Linux accepts; the byte count is taken only when the length leaves doubt. */
function checkNameLength(text: string, what: string): void {
  // A string of n UTF-16 units has at least n and at most 3n UTF-8 bytes.
  if (text.length * 3 > MAX_NAME_BYTES && Buffer.byteLength(text) > MAX_NAME_BYTES) {
    throw new TarLimitError(`${what} ${quoteStart(text)} is ${Buffer.byteLength(text)} bytes long`, `${MAX_NAME_BYTES} bytes (Linux's PATH_MAX)`);
  }
}

/** Refuses a pax extended header or GNU long-name record over the limit, before reading it. */
function checkMetaSize(size: number, typeFlag: string, offset: number): void {
  if (size > MAX_PAX_HEADER_BYTES) {
    const what = typeFlag === 'L' || typeFlag === 'K' ? 'GNU long-name record' : 'pax extended header';
    throw new TarLimitError(`the ${what} at byte ${offset} is ${size} bytes long`, `${MAX_PAX_HEADER_BYTES} bytes per header`);
  }
}

const decoder = new TextDecoder('utf-8');

/** A NUL-terminated UTF-8 field. Headers are parsed once per entry, so this stays native. */
function cString(block: Buffer, start: number, length: number): string {
  const limit = start + length;
  const nul = block.indexOf(0, start);
  return block.toString('utf8', start, nul === -1 || nul > limit ? limit : nul);
}

const SPACE = 0x20;
const ZERO = 0x30;
const SEVEN = 0x37;

function parseNumber(block: Buffer, start: number, length: number, field: string): number {
  const first = block[start] ?? 0;
  if (first & 0x80) {
    // GNU base-256: big-endian two's complement, top bit of the first byte is the marker.
    if (first === 0xff) throw new TarFormatError(`negative base-256 ${field}`);
    let value = first & 0x7f;
    for (let i = start + 1; i < start + length; i++) value = value * 256 + (block[i] ?? 0);
    if (!Number.isSafeInteger(value)) throw new TarFormatError(`${field} too large`);
    return value;
  }
  // Octal digits, optionally padded with spaces and ended by NUL or space.
  let pos = start;
  const end = start + length;
  while (pos < end && block[pos] === SPACE) pos++;
  let value = 0;
  let digits = 0;
  for (; pos < end; pos++) {
    const byte = block[pos]!;
    if (byte >= ZERO && byte <= SEVEN) {
      value = value * 8 + (byte - ZERO);
      digits++;
    } else break;
  }
  for (; pos < end; pos++) {
    const byte = block[pos]!;
    if (byte !== 0 && byte !== SPACE) throw new TarFormatError(`${field} is not an octal number: ${JSON.stringify(cString(block, start, length))}`);
  }
  return digits === 0 ? 0 : value;
}

function isZeroBlock(block: Buffer): boolean {
  for (let i = 0; i < BLOCK; i++) if (block[i] !== 0) return false;
  return true;
}

/**
 * The sum of a block's 512 bytes. Every entry's header is summed: a 4-byte-aligned block is
 * read a word at a time, its bytes added in two 16-bit lanes at once (neither can carry over:
 * each lane sums at most 256 bytes).
 */
function byteSum(block: Buffer): number {
  if ((block.byteOffset & 3) !== 0) {
    let sum = 0;
    for (let i = 0; i < BLOCK; i++) sum += block[i]!;
    return sum;
  }
  const words = new Uint32Array(block.buffer, block.byteOffset, BLOCK / 4);
  let lanes = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    lanes += (word & 0x00ff00ff) + ((word >>> 8) & 0x00ff00ff);
  }
  return (lanes % 0x10000) + Math.floor(lanes / 0x10000);
}

function checksumMatches(block: Buffer): boolean {
  let stored: number;
  try {
    stored = parseNumber(block, 148, 8, 'checksum');
  } catch {
    return false;
  }
  // The checksum field counts as spaces.
  let unsigned = 8 * SPACE + byteSum(block);
  for (let i = 148; i < 156; i++) unsigned -= block[i]!;
  if (stored === unsigned) return true;
  // Some old writers summed signed bytes; GNU tar accepts both, and so do we.
  let signed = 8 * SPACE;
  for (let i = 0; i < BLOCK; i++) if (i < 148 || i >= 156) signed += block[i]! > 127 ? block[i]! - 256 : block[i]!;
  return stored === signed;
}

/** A raw header: what one 512-byte block says, before pax or GNU overrides are applied. */
interface RawHeader {
  name: string;
  typeFlag: string;
  size: number;
  mode: number;
  linkName: string;
}

function parseRawHeader(block: Buffer): RawHeader {
  if (!checksumMatches(block)) throw new TarFormatError('header checksum mismatch (not a tar archive, or corrupt)');
  let name = cString(block, 0, 100);
  // ustar keeps a prefix for long paths; GNU ("ustar  ") uses that space for other fields.
  // Read as bytes: this runs once per entry of every layer.
  const ustar = block[257] === 0x75 && block[258] === 0x73 && block[259] === 0x74 && block[260] === 0x61 && block[261] === 0x72 && block[262] === 0;
  const gnuVersion = block[263] === SPACE && block[264] === 0;
  if (ustar && !gnuVersion && block[345] !== 0) name = `${cString(block, 345, 155)}/${name}`;
  const typeByte = block[156] ?? 0;
  return {
    name,
    typeFlag: typeByte === 0 ? '0' : String.fromCharCode(typeByte),
    size: parseNumber(block, 124, 12, 'size'),
    mode: parseNumber(block, 100, 8, 'mode'),
    linkName: block[157] === 0 ? '' : cString(block, 157, 100),
  };
}

const ENTRY_TYPES: Record<string, TarEntryType> = {
  '0': 'file',
  '7': 'file',
  '1': 'hardlink',
  '2': 'symlink',
  '3': 'char',
  '4': 'block',
  '5': 'dir',
  '6': 'fifo',
};

/** Header kinds that carry metadata for the next entry rather than being entries themselves. */
function isMetaType(typeFlag: string): boolean {
  return typeFlag === 'x' || typeFlag === 'g' || typeFlag === 'L' || typeFlag === 'K';
}

/** Parses pax extended header records: `LENGTH KEY=VALUE\n`. */
export function parsePaxRecords(data: Uint8Array): Map<string, string> {
  const records = new Map<string, string>();
  let pos = 0;
  while (pos < data.length) {
    if (data[pos] === 0) break;
    let space = pos;
    while (space < data.length && data[space] !== 0x20) space++;
    const length = parseInt(decoder.decode(data.subarray(pos, space)), 10);
    if (!Number.isInteger(length) || length <= 0 || pos + length > data.length) {
      throw new TarFormatError('malformed pax extended header record');
    }
    const record = decoder.decode(data.subarray(space + 1, pos + length - 1));
    const eq = record.indexOf('=');
    if (eq > 0) records.set(record.slice(0, eq), record.slice(eq + 1));
    pos += length;
  }
  return records;
}

/** The pax keys entries take: others are dropped, so global headers cannot pile up memory. */
const PAX_KEYS_USED = new Set(['path', 'linkpath', 'size']);

/** Accumulates pax and GNU long-name headers until the entry they describe arrives. */
class PendingOverrides {
  private global = new Map<string, string>();
  private local = new Map<string, string>();
  private longName: string | undefined;
  private longLink: string | undefined;

  absorb(typeFlag: string, data: Buffer): void {
    if (typeFlag === 'x' || typeFlag === 'g') {
      const target = typeFlag === 'x' ? this.local : this.global;
      for (const [k, v] of parsePaxRecords(data)) if (PAX_KEYS_USED.has(k)) target.set(k, v);
    }
    else if (typeFlag === 'L') this.longName = cString(data, 0, data.length);
    else if (typeFlag === 'K') this.longLink = cString(data, 0, data.length);
  }

  /** Builds the entry for a real header and clears the per-entry overrides. */
  apply(raw: RawHeader): TarEntry {
    const pax = (key: string): string | undefined => this.local.get(key) ?? this.global.get(key);
    const paxSize = pax('size');
    let size = raw.size;
    if (paxSize !== undefined) {
      size = Number(paxSize);
      if (!Number.isSafeInteger(size) || size < 0) throw new TarFormatError(`bad pax size ${JSON.stringify(paxSize)}`);
    }
    const entry: TarEntry = {
      name: pax('path') ?? this.longName ?? raw.name,
      type: ENTRY_TYPES[raw.typeFlag] ?? 'file',
      size,
      mode: raw.mode,
      linkName: pax('linkpath') ?? this.longLink ?? raw.linkName,
    };
    this.local.clear();
    this.longName = undefined;
    this.longLink = undefined;
    checkNameLength(entry.name, 'entry name');
    if (entry.linkName !== '') checkNameLength(entry.linkName, `link target of ${quoteStart(entry.name)}`);
    return entry;
  }
}

function padded(size: number): number {
  return Math.ceil(size / BLOCK) * BLOCK;
}

/** The entry (or meta header) whose data is flowing through the parser. */
interface PendingData {
  entry?: TarEntry;
  metaType?: string;
  remaining: number;
  padding: number;
  /** Where the kept bytes go: `keep` bytes long, filled up to `kept`. */
  target: Buffer | undefined;
  keep: number;
  kept: number;
  /** Where an entry's data flows instead of being kept (see StreamData). */
  sink?: DataSink;
}

/** How many leading bytes of an entry's data the consumer wants kept (0 = none). */
export type KeepBytes = (entry: TarEntry) => number;

export type EntryHandler = (entry: TarEntry, data: Buffer | undefined) => void;

/** Provides the buffer an entry's kept bytes are copied into; it must stay valid until the entry is handed over. */
export type Allocate = (size: number) => Buffer;

/**
 * Receives an entry's data as it passes: views into the chunk given to `write`, valid for as
 * long as the caller keeps that chunk unchanged.
 */
export type DataSink = (piece: Buffer) => void;

/** For an entry whose data should flow past rather than be kept (a layer inside an image export): where it goes. */
export type StreamData = (entry: TarEntry) => DataSink | undefined;

/**
 * A push parser: feed it chunks with `write`, then call `end`. Each entry is handed to the
 * handler once its data has passed, with the kept bytes (or undefined when none were wanted).
 * Hardlinks, symlinks and directories have no data.
 */
export class TarParser {
  private readonly overrides = new PendingOverrides();
  private header = Buffer.alloc(BLOCK);
  private headerFill = 0;
  /** The entry whose data is flowing, or the meta header whose data is being collected. */
  private current: PendingData | undefined;
  private finished = false;
  private zeroBlocks = 0;
  private offset = 0;

  private readonly keepBytes: KeepBytes;
  private readonly onEntry: EntryHandler;
  private readonly allocate: Allocate;
  private readonly stream: StreamData | undefined;

  /**
   * Input chunks are copied from, never kept: the caller may reuse a chunk's buffer once `write`
   * returns, unless `stream` hands views of it on (see DataSink). A streamed entry is still
   * handed to `onEntry` once its data has passed, with no data.
   */
  constructor(keepBytes: KeepBytes, onEntry: EntryHandler, allocate: Allocate = (size) => Buffer.allocUnsafe(size), stream?: StreamData) {
    this.keepBytes = keepBytes;
    this.onEntry = onEntry;
    this.allocate = allocate;
    this.stream = stream;
  }

  /** Bytes consumed so far; error messages quote it. */
  get position(): number {
    return this.offset;
  }

  write(chunk: Buffer): void {
    let pos = 0;
    while (pos < chunk.length) {
      if (this.finished) return; // trailing data after the end-of-archive marker is ignored, as tar does
      const current = this.current;
      if (current) {
        const take = Math.min(current.remaining + current.padding, chunk.length - pos);
        const dataTake = Math.min(current.remaining, take);
        if (dataTake > 0 && current.sink) current.sink(chunk.subarray(pos, pos + dataTake));
        else if (dataTake > 0 && current.kept < current.keep) {
          const keepNow = Math.min(dataTake, current.keep - current.kept);
          chunk.copy(current.target!, current.kept, pos, pos + keepNow);
          current.kept += keepNow;
        }
        current.remaining -= dataTake;
        current.padding -= take - dataTake;
        pos += take;
        this.offset += take;
        if (current.remaining === 0 && current.padding === 0) this.finishCurrent();
        continue;
      }
      const need = BLOCK - this.headerFill;
      const take = Math.min(need, chunk.length - pos);
      chunk.copy(this.header, this.headerFill, pos, pos + take);
      this.headerFill += take;
      pos += take;
      this.offset += take;
      if (this.headerFill === BLOCK) {
        this.headerFill = 0;
        this.startEntry(this.header);
      }
    }
  }

  /** Call at end of input: throws when the archive stops inside a header or an entry's data. */
  end(): void {
    if (this.finished) return;
    if (this.current) {
      const what = this.current.entry ? `the data of ${JSON.stringify(this.current.entry.name)}` : 'an extended header';
      throw new TarFormatError(`unexpected end of archive inside ${what} (truncated at byte ${this.offset})`);
    }
    if (this.headerFill !== 0) throw new TarFormatError(`unexpected end of archive inside a header (truncated at byte ${this.offset})`);
    // A missing end-of-archive marker is tolerated when the input stops on a header boundary.
  }

  private startEntry(block: Buffer): void {
    if (isZeroBlock(block)) {
      this.zeroBlocks++;
      if (this.zeroBlocks >= 2) this.finished = true;
      return;
    }
    if (this.zeroBlocks > 0) throw new TarFormatError(`lone zero block before byte ${this.offset - BLOCK}`);
    const raw = parseRawHeader(block);
    if (isMetaType(raw.typeFlag)) {
      checkMetaSize(raw.size, raw.typeFlag, this.offset - BLOCK);
      this.current = { metaType: raw.typeFlag, remaining: raw.size, padding: padded(raw.size) - raw.size, target: Buffer.allocUnsafe(raw.size), keep: raw.size, kept: 0 };
    } else {
      const entry = this.overrides.apply(raw);
      // Only regular files store data; the size field of other types is ignored, as Go's archive/tar does.
      const stored = entry.type === 'file' ? entry.size : 0;
      const sink = entry.type === 'file' ? this.stream?.(entry) : undefined;
      const asked = entry.type === 'file' && !sink ? this.keepBytes(entry) : 0;
      const keep = Math.min(asked, stored);
      const target = asked > 0 ? this.allocate(keep) : undefined;
      this.current = { entry, remaining: stored, padding: padded(stored) - stored, target, keep, kept: 0, ...(sink && { sink }) };
    }
    if (this.current.remaining === 0 && this.current.padding === 0) this.finishCurrent();
  }

  private finishCurrent(): void {
    const current = this.current;
    this.current = undefined;
    if (!current) return;
    const data = current.target;
    if (current.metaType) this.overrides.absorb(current.metaType, data ?? Buffer.alloc(0));
    else if (current.entry) this.onEntry(current.entry, data);
  }
}

/** Where an entry's data lives inside a seekable archive. */
export interface IndexedEntry extends TarEntry {
  dataOffset: number;
}

/** Reads `length` bytes at `position`; returns fewer only at end of file. */
export type ReadAt = (position: number, length: number) => Buffer;

/**
 * Lists a seekable tar archive by reading only its headers (and pax / long-name data), seeking
 * past file contents. Cost is one small read per entry, whatever the archive's size. More than
 * `maxEntries` entries end the listing with a TarLimitError.
 */
export function indexTar(readAt: ReadAt, fileSize: number, maxEntries = Infinity): IndexedEntry[] {
  const entries: IndexedEntry[] = [];
  const overrides = new PendingOverrides();
  let offset = 0;
  while (offset < fileSize) {
    const block = readAt(offset, BLOCK);
    if (block.length < BLOCK) throw new TarFormatError(`unexpected end of archive inside a header (truncated at byte ${offset + block.length})`);
    if (isZeroBlock(block)) {
      // The end, as TarParser sees it: a second zero block, or nothing more.
      const next = offset + BLOCK < fileSize ? readAt(offset + BLOCK, BLOCK) : undefined;
      if (next && next.length === BLOCK && !isZeroBlock(next)) throw new TarFormatError(`lone zero block before byte ${offset + BLOCK}`);
      break;
    }
    const raw = parseRawHeader(block);
    const dataOffset = offset + BLOCK;
    if (isMetaType(raw.typeFlag)) {
      checkMetaSize(raw.size, raw.typeFlag, offset);
      const data = readAt(dataOffset, raw.size);
      if (data.length < raw.size) throw new TarFormatError(`unexpected end of archive inside an extended header (truncated at byte ${dataOffset + data.length})`);
      overrides.absorb(raw.typeFlag, data);
      offset = dataOffset + padded(raw.size);
      continue;
    }
    const entry = overrides.apply(raw);
    const stored = entry.type === 'file' ? entry.size : 0;
    if (dataOffset + stored > fileSize) {
      throw new TarFormatError(`unexpected end of archive inside the data of ${JSON.stringify(entry.name)} (needs ${dataOffset + stored} bytes, file has ${fileSize})`);
    }
    if (entries.length >= maxEntries) throw new TarLimitError(`the archive lists more than ${maxEntries} entries`, `${maxEntries} entries per layer`);
    entries.push({ ...entry, dataOffset });
    offset = dataOffset + padded(stored);
  }
  return entries;
}
