import { type ByteRange, type ByteSource, mergeRanges } from './byte-source.ts';
import { armFloatAbi, type ElfArchitecture, machineName } from './elf-machine.ts';

/**
 * Reads what a dynamic loader reads of an ELF object: the header, the program headers, the program
 * interpreter and the dynamic section with the names, search paths and symbol versions it points
 * to. Nothing else (no section headers, no symbols): these are the facts that decide whether the
 * object loads in a given image.
 *
 * The file may be only partly available (see ByteSource). A read proceeds as far as the available
 * bytes allow and then answers `incomplete` with the ranges it still needs; the caller fetches
 * them and reads again. The ranges come in waves: the header first, then the program headers,
 * then the interpreter and the dynamic segment, then the strings and version tables the dynamic
 * segment points to (virtual addresses, translated to file offsets through the PT_LOAD segments).
 *
 * Every offset and count comes from the file and is checked against the file's size and the
 * limits below; a malformed file gives an `unreadable` answer naming what is wrong.
 */

/** Bytes one read may request in total: real objects need a few kilobytes. */
export const MAX_ELF_BYTES_READ = 4 * 1024 * 1024;
/** Program headers: real objects have about a dozen. */
export const MAX_PROGRAM_HEADERS = 1024;
/** Entries of the dynamic segment: real objects have tens, a few hundred with many DT_NEEDED. */
export const MAX_DYNAMIC_ENTRIES = 16384;
/** Bytes of one name or search path in the string table (Linux's PATH_MAX). */
export const MAX_ELF_STRING_BYTES = 4096;
/** Files named in the version needs, and versions defined. */
export const MAX_VERSION_FILES = 1024;
/** Versions needed or defined, counted over all files. */
export const MAX_VERSION_ENTRIES = 8192;

/** Bytes asked for first: the ELF header and, in real objects, the program headers right after it. */
export const ELF_HEAD_BYTES = 1024;
/** A string table up to this size is asked for whole; a larger one a window at a time. */
const WHOLE_STRING_TABLE_BYTES = 64 * 1024;
/** Bytes asked for at once around a string of a large table, or at the start of a version table. */
const TABLE_WINDOW_BYTES = 4096;

export type ElfType = 'relocatable' | 'executable' | 'shared-object' | 'core' | 'other';

/** One version a file needs from another (`.gnu.version_r`). */
export interface VersionNeed {
  name: string;
  /** VER_FLG_WEAK: a missing weak version is no error for the loader. */
  weak: boolean;
}

/** The versions an object needs from one file it depends on. */
export interface FileVersionNeeds {
  /** The needed file's name, as in DT_NEEDED (libc.so.6). */
  file: string;
  versions: VersionNeed[];
}

/** One version an object defines (`.gnu.version_d`). */
export interface VersionDefinition {
  name: string;
  /** VER_FLG_BASE: the entry that names the file itself, not a version of its symbols. */
  base: boolean;
  /** The versions it inherits from (the further names of its entry). */
  parents: string[];
}

export interface ElfObject extends ElfArchitecture {
  machineName: string;
  type: ElfType;
  /** e_flags, whose meaning depends on the machine. */
  flags: number;
  osAbi: number;
  /** PT_INTERP: the program interpreter (the dynamic loader an executable asks for). */
  interpreter?: string;
  /** Whether the object has a dynamic segment; a static executable has none. */
  dynamic: boolean;
  needed: string[];
  soname?: string;
  /** DT_RPATH as written (colon separated, may contain $ORIGIN); the last entry when there are several, as glibc uses. */
  rpath?: string;
  /** DT_RUNPATH as written. */
  runpath?: string;
  /** DT_FLAGS and DT_FLAGS_1 (0 when absent). */
  dynamicFlags: number;
  dynamicFlags1: number;
  versionNeeds: FileVersionNeeds[];
  versionDefinitions: VersionDefinition[];
}

export type ElfProblem = 'not-elf' | 'truncated' | 'malformed' | 'limit';

export type ElfRead =
  | { status: 'ok'; elf: ElfObject }
  /** Some bytes the reader needs are not available: fetch `missing` and read again. */
  | { status: 'incomplete'; missing: ByteRange[] }
  | { status: 'unreadable'; problem: ElfProblem; reason: string };

/** DF_1_NODEFLIB: the object's dependencies are not looked up in the default directories. */
export const DF_1_NODEFLIB = 0x800;

const PT_LOAD = 1;
const PT_DYNAMIC = 2;
const PT_INTERP = 3;

const DT_NULL = 0;
const DT_NEEDED = 1;
const DT_STRTAB = 5;
const DT_STRSZ = 10;
const DT_SONAME = 14;
const DT_RPATH = 15;
const DT_FLAGS = 30;
const DT_RUNPATH = 29;
const DT_FLAGS_1 = 0x6ffffffb;
const DT_VERDEF = 0x6ffffffc;
const DT_VERDEFNUM = 0x6ffffffd;
const DT_VERNEED = 0x6ffffffe;
const DT_VERNEEDNUM = 0x6fffffff;

const VER_FLG_BASE = 1;
const VER_FLG_WEAK = 2;

const ELF_TYPES: Record<number, ElfType> = { 1: 'relocatable', 2: 'executable', 3: 'shared-object', 4: 'core' };

/** Bytes taken at once while looking for the end of a string. */
const STRING_CHUNK_BYTES = 256;

/** Ends a read; caught in readElf and turned into its answer, never seen by a caller. */
class Stop extends Error {
  readonly answer: ElfRead;

  constructor(answer: ElfRead) {
    super(answer.status === 'unreadable' ? answer.reason : answer.status);
    this.answer = answer;
  }
}

function unreadable(problem: ElfProblem, reason: string): Stop {
  return new Stop({ status: 'unreadable', problem, reason });
}

/** Bounds-checked, budgeted reads that note the ranges not available instead of failing. */
class Reader {
  readonly missing: ByteRange[] = [];
  private bytesRead = 0;
  private readonly source: ByteSource;
  private readonly little: boolean;

  constructor(source: ByteSource, little: boolean) {
    this.source = source;
    this.little = little;
  }

  get size(): number {
    return this.source.size;
  }

  /** The bytes, undefined when they are not available (then noted as missing); stops on a range outside the file. */
  bytes(offset: number, length: number, what: string): Uint8Array | undefined {
    this.checkInFile(offset, length, what);
    const bytes = this.fetch(offset, length, what);
    if (!bytes) this.missing.push({ offset, length });
    return bytes;
  }

  /**
   * The bytes of a range inside a table read entry by entry: the first read fetches a window of
   * the table from there (up to `windowEnd`) and later reads inside it cost nothing, so a walk
   * through a table asks for its bytes in one round, not in one round per entry.
   */
  bytesInWindow(offset: number, length: number, windowStart: number, windowEnd: number, what: string): Uint8Array | undefined {
    this.checkInFile(offset, length, what);
    for (const window of this.windows) {
      if (offset >= window.offset && offset + length <= window.offset + window.bytes.length) return window.bytes.subarray(offset - window.offset, offset - window.offset + length);
    }
    const start = windowStart <= offset ? windowStart : offset;
    const end = Math.max(offset + length, Math.min(windowEnd, this.source.size));
    const window = this.fetch(start, end - start, what);
    if (window) {
      this.windows.push({ offset: start, bytes: window });
      return window.subarray(offset - start, offset - start + length);
    }
    // A caller that kept only the exact range still gets it.
    const exact = end - start > length ? this.fetch(offset, length, what) : undefined;
    if (!exact) this.missing.push({ offset: start, length: end - start });
    return exact;
  }

  private readonly windows: { offset: number; bytes: Uint8Array }[] = [];

  private checkInFile(offset: number, length: number, what: string): void {
    if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(length) || offset < 0 || length < 0 || offset + length > this.source.size) {
      throw unreadable('malformed', `${what} (${length} bytes at offset ${offset}) lies outside the file (${this.source.size} bytes)`);
    }
  }

  private fetch(offset: number, length: number, what: string): Uint8Array | undefined {
    this.bytesRead += length;
    if (this.bytesRead > MAX_ELF_BYTES_READ) {
      throw unreadable('limit', `reading ${what} would take more than ${MAX_ELF_BYTES_READ} bytes of the file, the limit for one object`);
    }
    const bytes = length === 0 ? new Uint8Array(0) : this.source.read(offset, length);
    if (bytes && bytes.length !== length) throw unreadable('truncated', `${what}: the source gave ${bytes.length} of ${length} bytes`);
    return bytes;
  }

  view(bytes: Uint8Array): FieldView {
    return new FieldView(bytes, this.little);
  }
}

/** Fixed-width fields of a block already read; offsets are the reader's own, always in range. */
class FieldView {
  private readonly data: DataView;
  private readonly little: boolean;

  constructor(bytes: Uint8Array, little: boolean) {
    this.little = little;
    this.data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  u16(at: number): number {
    return this.data.getUint16(at, this.little);
  }

  u32(at: number): number {
    return this.data.getUint32(at, this.little);
  }

  /** A 64-bit field as a number; values past 2^53 (never a real offset or size) become Infinity, which every bound check refuses. */
  u64(at: number): number {
    const low = this.data.getUint32(at + (this.little ? 0 : 4), this.little);
    const high = this.data.getUint32(at + (this.little ? 4 : 0), this.little);
    return high >= 0x200000 ? Infinity : high * 0x100000000 + low;
  }

  word(at: number, is64: boolean): number {
    return is64 ? this.u64(at) : this.u32(at);
  }
}

interface Segment {
  type: number;
  offset: number;
  vaddr: number;
  fileSize: number;
}

const utf8 = new TextDecoder('utf-8');

/** Reads an ELF object as far as the available bytes allow. Never throws on any input. */
export function readElf(source: ByteSource): ElfRead {
  try {
    return readElfOrStop(source);
  } catch (error) {
    if (error instanceof Stop) return error.answer;
    throw error;
  }
}

function incomplete(reader: Reader): ElfRead {
  return { status: 'incomplete', missing: mergeRanges(reader.missing) };
}

function readElfOrStop(source: ByteSource): ElfRead {
  const identSize = 16;
  if (source.size < identSize) {
    const start = source.read(0, Math.min(4, source.size));
    if (start && !isElfMagic(start)) throw unreadable('not-elf', 'not an ELF file');
    throw unreadable('truncated', `the file is ${source.size} bytes long, shorter than an ELF header`);
  }
  const ident = source.read(0, identSize);
  if (!ident) return { status: 'incomplete', missing: [{ offset: 0, length: Math.min(ELF_HEAD_BYTES, source.size) }] };
  if (!isElfMagic(ident)) throw unreadable('not-elf', 'not an ELF file');
  const elfClass = ident[4] === 1 ? 32 : ident[4] === 2 ? 64 : undefined;
  if (!elfClass) throw unreadable('malformed', `unknown ELF class ${ident[4]}`);
  const little = ident[5] === 1 ? true : ident[5] === 2 ? false : undefined;
  if (little === undefined) throw unreadable('malformed', `unknown ELF byte order ${ident[5]}`);
  const is64 = elfClass === 64;
  const reader = new Reader(source, little);
  const headerSize = is64 ? 64 : 52;
  if (source.size < headerSize) throw unreadable('truncated', `the file is ${source.size} bytes long, shorter than an ELF header`);
  const headerBytes = reader.bytes(0, headerSize, 'the ELF header');
  if (!headerBytes) return incomplete(reader);
  const header = reader.view(headerBytes);
  const type = header.u16(16);
  const machine = header.u16(18);
  const phoff = header.word(is64 ? 32 : 28, is64);
  const flags = header.u32(is64 ? 48 : 36);
  const phentsize = header.u16(is64 ? 54 : 42);
  const phnum = header.u16(is64 ? 56 : 44);
  const armFloat = machine === 40 ? armFloatAbi(flags) : undefined;
  const object: ElfObject = {
    elfClass,
    endian: little ? 'little' : 'big',
    machine,
    ...(armFloat ? { armFloat } : {}),
    machineName: machineName(machine),
    type: ELF_TYPES[type] ?? 'other',
    flags,
    osAbi: ident[7]!,
    dynamic: false,
    needed: [],
    dynamicFlags: 0,
    dynamicFlags1: 0,
    versionNeeds: [],
    versionDefinitions: [],
  };

  const segments = readProgramHeaders(reader, phoff, phentsize, phnum, is64);
  if (!segments) return incomplete(reader);
  const interp = segments.find((segment) => segment.type === PT_INTERP);
  if (interp) {
    if (interp.fileSize > MAX_ELF_STRING_BYTES) throw unreadable('limit', `the program interpreter's name is ${interp.fileSize} bytes long, more than ${MAX_ELF_STRING_BYTES}`);
    const bytes = reader.bytes(interp.offset, interp.fileSize, 'the program interpreter (PT_INTERP)');
    if (bytes) object.interpreter = cString(bytes);
  }
  const dynamicSegment = segments.find((segment) => segment.type === PT_DYNAMIC);
  if (!dynamicSegment) return reader.missing.length ? incomplete(reader) : { status: 'ok', elf: object };
  object.dynamic = true;
  const entrySize = is64 ? 16 : 8;
  const entryCount = Math.floor(dynamicSegment.fileSize / entrySize);
  if (entryCount > MAX_DYNAMIC_ENTRIES) throw unreadable('limit', `the dynamic segment holds ${entryCount} entries, more than ${MAX_DYNAMIC_ENTRIES}`);
  const dynamicBytes = reader.bytes(dynamicSegment.offset, entryCount * entrySize, 'the dynamic segment (PT_DYNAMIC)');
  if (!dynamicBytes) return incomplete(reader);
  readDynamic(reader, reader.view(dynamicBytes), entryCount, is64, segments, object);
  return reader.missing.length ? incomplete(reader) : { status: 'ok', elf: object };
}

function isElfMagic(bytes: Uint8Array): boolean {
  return bytes[0] === 0x7f && bytes[1] === 0x45 && bytes[2] === 0x4c && bytes[3] === 0x46;
}

function cString(bytes: Uint8Array): string {
  const end = bytes.indexOf(0);
  return utf8.decode(end === -1 ? bytes : bytes.subarray(0, end));
}

function readProgramHeaders(reader: Reader, phoff: number, phentsize: number, phnum: number, is64: boolean): Segment[] | undefined {
  if (phnum === 0) return [];
  if (phnum === 0xffff) throw unreadable('limit', 'the object uses an extended program header count (PN_XNUM), which is not supported');
  if (phnum > MAX_PROGRAM_HEADERS) throw unreadable('limit', `the object has ${phnum} program headers, more than ${MAX_PROGRAM_HEADERS}`);
  const minimum = is64 ? 56 : 32;
  if (phentsize < minimum) throw unreadable('malformed', `program header entries are ${phentsize} bytes, less than the ${minimum} of the format`);
  const bytes = reader.bytes(phoff, phentsize * phnum, 'the program headers');
  if (!bytes) return undefined;
  const view = reader.view(bytes);
  const segments: Segment[] = [];
  for (let index = 0; index < phnum; index++) {
    const at = index * phentsize;
    segments.push(
      is64
        ? { type: view.u32(at), offset: view.u64(at + 8), vaddr: view.u64(at + 16), fileSize: view.u64(at + 32) }
        : { type: view.u32(at), offset: view.u32(at + 4), vaddr: view.u32(at + 8), fileSize: view.u32(at + 16) },
    );
  }
  return segments;
}

/** The file offset of a virtual address, through the PT_LOAD segment whose file bytes hold it. */
function fileOffset(segments: readonly Segment[], address: number, what: string): number {
  for (const segment of segments) {
    if (segment.type !== PT_LOAD) continue;
    if (address >= segment.vaddr && address < segment.vaddr + segment.fileSize) return segment.offset + (address - segment.vaddr);
  }
  throw unreadable('malformed', `${what} (address 0x${address.toString(16)}) lies in no loaded segment`);
}

interface DynamicTags {
  needed: number[];
  soname?: number;
  rpath?: number;
  runpath?: number;
  strtab?: number;
  strsz?: number;
  verneed?: number;
  verneednum?: number;
  verdef?: number;
  verdefnum?: number;
}

function readDynamic(reader: Reader, view: FieldView, count: number, is64: boolean, segments: readonly Segment[], object: ElfObject): void {
  const entrySize = is64 ? 16 : 8;
  const tags: DynamicTags = { needed: [] };
  for (let index = 0; index < count; index++) {
    const at = index * entrySize;
    // d_tag is signed and as wide as the class; every tag read here fits in 31 bits.
    const tag = view.word(at, is64);
    const value = view.word(at + (is64 ? 8 : 4), is64);
    if (tag === DT_NULL) break;
    switch (tag) {
      case DT_NEEDED:
        tags.needed.push(value);
        break;
      case DT_SONAME:
        tags.soname = value;
        break;
      case DT_RPATH:
        tags.rpath = value;
        break;
      case DT_RUNPATH:
        tags.runpath = value;
        break;
      case DT_STRTAB:
        tags.strtab = value;
        break;
      case DT_STRSZ:
        tags.strsz = value;
        break;
      case DT_FLAGS:
        object.dynamicFlags = value;
        break;
      case DT_FLAGS_1:
        object.dynamicFlags1 = value;
        break;
      case DT_VERNEED:
        tags.verneed = value;
        break;
      case DT_VERNEEDNUM:
        tags.verneednum = value;
        break;
      case DT_VERDEF:
        tags.verdef = value;
        break;
      case DT_VERDEFNUM:
        tags.verdefnum = value;
        break;
    }
  }
  const usesStrings = tags.needed.length > 0 || tags.soname !== undefined || tags.rpath !== undefined || tags.runpath !== undefined || tags.verneed !== undefined || tags.verdef !== undefined;
  if (!usesStrings) return;
  if (tags.strtab === undefined) throw unreadable('malformed', 'the dynamic segment names strings but has no string table (DT_STRTAB)');
  const strings = new StringTable(reader, fileOffset(segments, tags.strtab, 'the string table (DT_STRTAB)'), tags.strsz);
  object.needed = tags.needed.map((index) => strings.get(index, 'a needed library (DT_NEEDED)'));
  if (tags.soname !== undefined) object.soname = strings.get(tags.soname, 'the object name (DT_SONAME)');
  if (tags.rpath !== undefined) object.rpath = strings.get(tags.rpath, 'the search path (DT_RPATH)');
  if (tags.runpath !== undefined) object.runpath = strings.get(tags.runpath, 'the search path (DT_RUNPATH)');
  if (tags.verneed !== undefined) object.versionNeeds = readVersionNeeds(reader, fileOffset(segments, tags.verneed, 'the version needs (DT_VERNEED)'), tags.verneednum, strings);
  if (tags.verdef !== undefined) object.versionDefinitions = readVersionDefinitions(reader, fileOffset(segments, tags.verdef, 'the version definitions (DT_VERDEF)'), tags.verdefnum, strings);
}

/** Strings of the dynamic string table, read a chunk at a time up to their terminating NUL. */
class StringTable {
  private readonly end: number;
  private readonly reader: Reader;
  private readonly offset: number;

  constructor(reader: Reader, offset: number, size: number | undefined) {
    this.reader = reader;
    this.offset = offset;
    // Without DT_STRSZ the table may run to the end of the file.
    const available = reader.size - offset;
    this.end = offset + (size === undefined ? available : Math.min(size, available));
    if (size !== undefined && size > available) throw unreadable('malformed', `the string table (${size} bytes at offset ${offset}) runs past the end of the file`);
  }

  /** The string at `index`; an empty placeholder when its bytes are not available (the read is then incomplete). */
  get(index: number, what: string): string {
    const start = this.offset + index;
    if (!Number.isSafeInteger(start) || index < 0 || start >= this.end) throw unreadable('malformed', `${what}: string ${index} lies outside the string table`);
    const parts: Uint8Array[] = [];
    let length = 0;
    const whole = this.end - this.offset <= WHOLE_STRING_TABLE_BYTES;
    for (let at = start; at < this.end; at += STRING_CHUNK_BYTES) {
      const chunkLength = Math.min(STRING_CHUNK_BYTES, this.end - at);
      const chunk = whole ? this.reader.bytesInWindow(at, chunkLength, this.offset, this.end, what) : this.reader.bytesInWindow(at, chunkLength, at, at + TABLE_WINDOW_BYTES, what);
      if (!chunk) return '';
      const nul = chunk.indexOf(0);
      const part = nul === -1 ? chunk : chunk.subarray(0, nul);
      parts.push(part);
      length += part.length;
      if (length > MAX_ELF_STRING_BYTES) throw unreadable('limit', `${what}: the string is longer than ${MAX_ELF_STRING_BYTES} bytes`);
      if (nul !== -1) return utf8.decode(parts.length === 1 ? parts[0] : Buffer.concat(parts));
    }
    throw unreadable('malformed', `${what}: the string runs past the end of the string table`);
  }
}

/**
 * Walks a chain of entries linked by relative `next` offsets: at most `count` of them, ending early
 * at a `next` of 0 as the loader does. Offsets only grow (unsigned steps, no wrap-around), so the
 * chain cannot loop; the count and the byte budget bound it.
 */
function walkChain<T>(start: number, count: number, visit: (at: number) => { item: T; next: number } | undefined): T[] {
  const items: T[] = [];
  let at = start;
  while (items.length < count) {
    const visited = visit(at);
    if (!visited) break; // bytes not available: the read is incomplete
    items.push(visited.item);
    if (visited.next === 0) break;
    at += visited.next;
  }
  return items;
}

function readVersionNeeds(reader: Reader, start: number, count: number | undefined, strings: StringTable): FileVersionNeeds[] {
  if (count !== undefined && count > MAX_VERSION_FILES) throw unreadable('limit', `the version needs name ${count} files, more than ${MAX_VERSION_FILES}`);
  let entries = 0;
  return walkChain(start, count ?? MAX_VERSION_FILES, (at) => {
    const bytes = reader.bytesInWindow(at, 16, start, start + TABLE_WINDOW_BYTES, 'a version need (Verneed)');
    if (!bytes) return undefined;
    const view = reader.view(bytes);
    const revision = view.u16(0);
    if (revision !== 1) throw unreadable('malformed', `a version need has revision ${revision}, not 1`);
    const auxCount = view.u16(2);
    entries += auxCount;
    if (entries > MAX_VERSION_ENTRIES) throw unreadable('limit', `the version needs list more than ${MAX_VERSION_ENTRIES} versions`);
    const file = strings.get(view.u32(4), 'the file of a version need');
    const versions = walkChain(at + view.u32(8), auxCount, (aux) => {
      const auxBytes = reader.bytesInWindow(aux, 16, start, start + TABLE_WINDOW_BYTES, 'a needed version (Vernaux)');
      if (!auxBytes) return undefined;
      const auxView = reader.view(auxBytes);
      return { item: { name: strings.get(auxView.u32(8), 'a needed version'), weak: (auxView.u16(4) & VER_FLG_WEAK) !== 0 }, next: auxView.u32(12) };
    });
    return { item: { file, versions }, next: view.u32(12) };
  });
}

function readVersionDefinitions(reader: Reader, start: number, count: number | undefined, strings: StringTable): VersionDefinition[] {
  if (count !== undefined && count > MAX_VERSION_ENTRIES) throw unreadable('limit', `the version definitions list ${count} versions, more than ${MAX_VERSION_ENTRIES}`);
  let names = 0;
  return walkChain(start, count ?? MAX_VERSION_ENTRIES, (at) => {
    const bytes = reader.bytesInWindow(at, 20, start, start + TABLE_WINDOW_BYTES, 'a version definition (Verdef)');
    if (!bytes) return undefined;
    const view = reader.view(bytes);
    const revision = view.u16(0);
    if (revision !== 1) throw unreadable('malformed', `a version definition has revision ${revision}, not 1`);
    const auxCount = view.u16(6);
    names += auxCount;
    if (names > MAX_VERSION_ENTRIES) throw unreadable('limit', `the version definitions hold more than ${MAX_VERSION_ENTRIES} names`);
    const auxNames = walkChain(at + view.u32(12), auxCount, (aux) => {
      const auxBytes = reader.bytesInWindow(aux, 8, start, start + TABLE_WINDOW_BYTES, 'a version name (Verdaux)');
      if (!auxBytes) return undefined;
      const auxView = reader.view(auxBytes);
      return { item: strings.get(auxView.u32(0), 'a defined version'), next: auxView.u32(4) };
    });
    const [name = '', ...parents] = auxNames;
    return { item: { name, base: (view.u16(2) & VER_FLG_BASE) !== 0, parents }, next: view.u32(16) };
  });
}
