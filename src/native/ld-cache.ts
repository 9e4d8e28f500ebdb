import { EM_386, EM_AARCH64, EM_ARM, EM_IA_64, EM_LOONGARCH, EM_MIPS, EM_PPC, EM_PPC64, EM_RISCV, EM_S390, EM_SPARCV9, EM_X86_64, type ElfArchitecture } from './elf-machine.ts';

/**
 * glibc's `/etc/ld.so.cache`: the table ldconfig writes and the dynamic loader consults after the
 * search paths of the object and before the default directories. Two formats exist: the old one
 * (`ld.so-1.7.0`) and the new one (`glibc-ld.so.cache1.1`), which ldconfig wrote after the old one
 * in the same file until glibc 2.32 and writes alone since. The loader uses the new one when it is
 * there, so this parser does the same. Both byte orders are read (the new header records which).
 *
 * The loader takes, among the entries of a name, the first in file order whose flags fit its own
 * architecture (ldconfig sorts the file), so `entries` keeps the file order and `cacheLookup`
 * filters by architecture.
 */

/** Entries one cache may hold: a large distribution image has a few thousand. */
export const MAX_CACHE_ENTRIES = 200_000;
/** Bytes of the cache file read: real ones are well under a megabyte. */
export const MAX_CACHE_BYTES = 64 * 1024 * 1024;
/** Bytes of one name or path in the cache. */
export const MAX_CACHE_STRING_BYTES = 4096;

export const FLAG_TYPE_MASK = 0x00ff;
export const FLAG_ELF_LIBC6 = 0x0003;
export const FLAG_REQUIRED_MASK = 0xff00;
export const FLAG_SPARC_LIB64 = 0x0100;
export const FLAG_IA64_LIB64 = 0x0200;
export const FLAG_X8664_LIB64 = 0x0300;
export const FLAG_S390_LIB64 = 0x0400;
export const FLAG_POWERPC_LIB64 = 0x0500;
export const FLAG_MIPS64_LIBN32 = 0x0600;
export const FLAG_MIPS64_LIBN64 = 0x0700;
export const FLAG_X8664_LIBX32 = 0x0800;
export const FLAG_ARM_LIBHF = 0x0900;
export const FLAG_AARCH64_LIB64 = 0x0a00;
export const FLAG_ARM_LIBSF = 0x0b00;
export const FLAG_MIPS_LIB32_NAN2008 = 0x0c00;
export const FLAG_MIPS64_LIBN32_NAN2008 = 0x0d00;
export const FLAG_MIPS64_LIBN64_NAN2008 = 0x0e00;
export const FLAG_RISCV_FLOAT_ABI_SOFT = 0x0f00;
export const FLAG_RISCV_FLOAT_ABI_DOUBLE = 0x1000;
export const FLAG_LARCH_FLOAT_ABI_SOFT = 0x1100;
export const FLAG_LARCH_FLOAT_ABI_DOUBLE = 0x1200;

export interface LdCacheEntry {
  /** The name looked up: a soname such as libz.so.1. */
  name: string;
  /** Where the library is. */
  path: string;
  /** The entry's flags: its type (FLAG_ELF_LIBC6) and its architecture bits (FLAG_X8664_LIB64...). */
  flags: number;
  /** The minimum kernel version the library needs (0: none). */
  osVersion: number;
  /** The raw hardware capability field (0 for an ordinary entry). */
  hwcap: string;
  /** For an entry in a glibc-hwcaps subdirectory (x86-64-v3...), its name: the loader takes it only on a CPU that has it. */
  hwcapsSubdirectory?: string;
}

export type LdCacheRead =
  | { status: 'ok'; format: 'new' | 'old'; endian: 'little' | 'big'; entries: LdCacheEntry[] }
  | { status: 'unreadable'; reason: string };

const OLD_MAGIC = 'ld.so-1.7.0';
const NEW_MAGIC = 'glibc-ld.so.cache1.1';
const OLD_HEADER_BYTES = 16;
const OLD_ENTRY_BYTES = 12;
const NEW_HEADER_BYTES = 48;
const NEW_ENTRY_BYTES = 24;
/** Entries with this hwcap bit name a glibc-hwcaps subdirectory in their low 32 bits. */
const HWCAP_EXTENSION_BIT = 62n;
const EXTENSION_MAGIC = 0xeaa42174;
const EXTENSION_TAG_GLIBC_HWCAPS = 1;
/** Sections one cache extension may list. */
const MAX_EXTENSION_SECTIONS = 64;

class CacheFormatError extends Error {
  override name = 'CacheFormatError';
}

function ascii(bytes: Uint8Array, start: number, length: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, Math.max(0, Math.min(length, bytes.length - start))).toString('latin1');
}

/** Parses a whole ld.so.cache file. Never throws on any input. */
export function parseLdCache(bytes: Uint8Array): LdCacheRead {
  try {
    return parseOrFail(bytes);
  } catch (error) {
    if (error instanceof CacheFormatError) return { status: 'unreadable', reason: error.message };
    throw error;
  }
}

function parseOrFail(bytes: Uint8Array): LdCacheRead {
  if (bytes.length > MAX_CACHE_BYTES) throw new CacheFormatError(`the cache is ${bytes.length} bytes long, more than the ${MAX_CACHE_BYTES} read`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (ascii(bytes, 0, NEW_MAGIC.length) === NEW_MAGIC) return parseNew(bytes, view, 0);
  if (ascii(bytes, 0, OLD_MAGIC.length) !== OLD_MAGIC) throw new CacheFormatError('not an ld.so.cache file (no known magic)');
  if (bytes.length < OLD_HEADER_BYTES) throw new CacheFormatError('the cache ends inside its header');
  // The old header does not record its byte order: the one that makes the entries fit is it.
  const little = oldCountFits(bytes, view, true) || !oldCountFits(bytes, view, false);
  const count = view.getUint32(12, little);
  if (!oldCountFits(bytes, view, little)) throw new CacheFormatError(`the cache claims ${count} entries, more than its ${bytes.length} bytes hold`);
  const stringsStart = OLD_HEADER_BYTES + count * OLD_ENTRY_BYTES;
  // The new format follows, aligned as its header is (8 bytes), when ldconfig wrote both.
  const newStart = Math.ceil(stringsStart / 8) * 8;
  if (ascii(bytes, newStart, NEW_MAGIC.length) === NEW_MAGIC) return parseNew(bytes, view, newStart);
  checkCount(count);
  const entries: LdCacheEntry[] = [];
  for (let index = 0; index < count; index++) {
    const at = OLD_HEADER_BYTES + index * OLD_ENTRY_BYTES;
    entries.push({
      flags: view.getInt32(at, little),
      name: cacheString(bytes, stringsStart, view.getUint32(at + 4, little), 'an entry name'),
      path: cacheString(bytes, stringsStart, view.getUint32(at + 8, little), 'an entry path'),
      osVersion: 0,
      hwcap: '0',
    });
  }
  return { status: 'ok', format: 'old', endian: little ? 'little' : 'big', entries };
}

function oldCountFits(bytes: Uint8Array, view: DataView, little: boolean): boolean {
  return OLD_HEADER_BYTES + view.getUint32(12, little) * OLD_ENTRY_BYTES <= bytes.length;
}

function checkCount(count: number): void {
  if (count > MAX_CACHE_ENTRIES) throw new CacheFormatError(`the cache lists ${count} entries, more than ${MAX_CACHE_ENTRIES}`);
}

/** A NUL-terminated string at `base + offset`, bounded by the file and MAX_CACHE_STRING_BYTES. */
function cacheString(bytes: Uint8Array, base: number, offset: number, what: string): string {
  const start = base + offset;
  if (start >= bytes.length) throw new CacheFormatError(`${what} lies outside the cache (offset ${offset})`);
  const window = bytes.subarray(start, Math.min(bytes.length, start + MAX_CACHE_STRING_BYTES + 1));
  const end = window.indexOf(0);
  if (end === -1) throw new CacheFormatError(`${what} at offset ${offset} is not terminated within ${MAX_CACHE_STRING_BYTES} bytes`);
  return Buffer.from(window.buffer, window.byteOffset, end).toString('utf8');
}

function parseNew(bytes: Uint8Array, view: DataView, start: number): LdCacheRead {
  if (start + NEW_HEADER_BYTES > bytes.length) throw new CacheFormatError('the cache ends inside its header');
  // Byte 28 records the writer's byte order (2 little, 3 big); 0 (older writers) means the reader's own.
  const order = bytes[start + 28];
  let little: boolean;
  if (order === 2) little = true;
  else if (order === 3) little = false;
  else if (order === 0) little = view.getUint32(start + 20, true) * NEW_ENTRY_BYTES <= bytes.length;
  else throw new CacheFormatError(`the cache records an unknown byte order (${order})`);
  const count = view.getUint32(start + 20, little);
  checkCount(count);
  if (start + NEW_HEADER_BYTES + count * NEW_ENTRY_BYTES > bytes.length) throw new CacheFormatError(`the cache claims ${count} entries, more than its ${bytes.length} bytes hold`);
  const hwcapsNames = readHwcapsNames(bytes, view, start, view.getUint32(start + 32, little), little);
  const entries: LdCacheEntry[] = [];
  for (let index = 0; index < count; index++) {
    const at = start + NEW_HEADER_BYTES + index * NEW_ENTRY_BYTES;
    const hwcap = view.getBigUint64(at + 16, little);
    const entry: LdCacheEntry = {
      flags: view.getInt32(at, little),
      // In the new format, string offsets count from the start of the new header.
      name: cacheString(bytes, start, view.getUint32(at + 4, little), 'an entry name'),
      path: cacheString(bytes, start, view.getUint32(at + 8, little), 'an entry path'),
      osVersion: view.getUint32(at + 12, little),
      hwcap: hwcap.toString(),
    };
    if ((hwcap >> HWCAP_EXTENSION_BIT) & 1n) {
      const subdirectory = hwcapsNames[Number(hwcap & 0xffffffffn)];
      entry.hwcapsSubdirectory = subdirectory ?? `glibc-hwcaps index ${hwcap & 0xffffffffn}`;
    }
    entries.push(entry);
  }
  return { status: 'ok', format: 'new', endian: little ? 'little' : 'big', entries };
}

/** The glibc-hwcaps subdirectory names of the cache extension; an absent or damaged extension gives none (it only refines entries). */
function readHwcapsNames(bytes: Uint8Array, view: DataView, start: number, extensionOffset: number, little: boolean): string[] {
  const at = start + extensionOffset;
  if (extensionOffset === 0 || at + 8 > bytes.length || view.getUint32(at, little) !== EXTENSION_MAGIC) return [];
  const sections = Math.min(view.getUint32(at + 4, little), MAX_EXTENSION_SECTIONS);
  for (let index = 0; index < sections; index++) {
    const section = at + 8 + index * 16;
    if (section + 16 > bytes.length) return [];
    if (view.getUint32(section, little) !== EXTENSION_TAG_GLIBC_HWCAPS) continue;
    const offset = view.getUint32(section + 8, little);
    const size = view.getUint32(section + 12, little);
    if (start + offset + size > bytes.length || size % 4 !== 0) return [];
    const names: string[] = [];
    for (let entry = 0; entry < size / 4 && entry < MAX_EXTENSION_SECTIONS; entry++) {
      names.push(cacheString(bytes, start, view.getUint32(start + offset + entry * 4, little), 'a glibc-hwcaps name'));
    }
    return names;
  }
  return [];
}

/**
 * The flags glibc's loader for an architecture accepts in cache entries (its
 * `_dl_cache_check_flags`): libc6 entries with the architecture's bits. i386 and other 32-bit
 * machines without bits also take plain ELF entries.
 */
export function cacheFlagsFor(arch: ElfArchitecture): number[] {
  const libc6 = FLAG_ELF_LIBC6;
  const is64 = arch.elfClass === 64;
  switch (arch.machine) {
    case EM_X86_64:
      return [libc6 | (is64 ? FLAG_X8664_LIB64 : FLAG_X8664_LIBX32)];
    case EM_AARCH64:
      return [libc6 | FLAG_AARCH64_LIB64];
    case EM_ARM:
      return [libc6 | (arch.armFloat === 'soft' ? FLAG_ARM_LIBSF : FLAG_ARM_LIBHF)];
    case EM_PPC64:
      return [libc6 | FLAG_POWERPC_LIB64];
    case EM_S390:
      return is64 ? [libc6 | FLAG_S390_LIB64] : [1, libc6];
    case EM_IA_64:
      return [libc6 | FLAG_IA64_LIB64];
    case EM_SPARCV9:
      return [libc6 | FLAG_SPARC_LIB64];
    case EM_MIPS:
      return is64 ? [libc6 | FLAG_MIPS64_LIBN64, libc6 | FLAG_MIPS64_LIBN64_NAN2008] : [1, libc6, libc6 | FLAG_MIPS_LIB32_NAN2008];
    case EM_RISCV:
      return [libc6 | FLAG_RISCV_FLOAT_ABI_DOUBLE, libc6 | FLAG_RISCV_FLOAT_ABI_SOFT];
    case EM_LOONGARCH:
      return [libc6 | FLAG_LARCH_FLOAT_ABI_DOUBLE, libc6 | FLAG_LARCH_FLOAT_ABI_SOFT];
    case EM_386:
    case EM_PPC:
    default:
      return [1, libc6];
  }
}

/**
 * The path the loader takes from the cache for `name`: the first entry in file order with that
 * name and flags of the architecture. Entries for glibc-hwcaps subdirectories and legacy hwcaps
 * depend on the CPU the image will run on; the baseline entry is preferred, and such an entry is
 * taken only when the name has no other.
 */
export function cacheLookup(entries: readonly LdCacheEntry[], name: string, arch: ElfArchitecture): LdCacheEntry | undefined {
  const accepted = cacheFlagsFor(arch);
  let cpuSpecific: LdCacheEntry | undefined;
  for (const entry of entries) {
    if (entry.name !== name || !accepted.includes(entry.flags)) continue;
    if (entry.hwcap === '0') return entry;
    cpuSpecific ??= entry;
  }
  return cpuSpecific;
}

/** An index of cache entries by name, for many lookups. */
export function cacheIndex(entries: readonly LdCacheEntry[]): Map<string, LdCacheEntry[]> {
  const index = new Map<string, LdCacheEntry[]>();
  for (const entry of entries) {
    const list = index.get(entry.name);
    if (list) list.push(entry);
    else index.set(entry.name, [entry]);
  }
  return index;
}

const TYPE_NAMES: Record<number, string> = { 0: 'libc4', 1: 'ELF', 2: 'libc5', 3: 'libc6' };
const REQUIRED_NAMES: Record<number, string> = {
  [FLAG_SPARC_LIB64]: ',64bit',
  [FLAG_IA64_LIB64]: ',IA-64',
  [FLAG_X8664_LIB64]: ',x86-64',
  [FLAG_S390_LIB64]: ',64bit',
  [FLAG_POWERPC_LIB64]: ',64bit',
  [FLAG_MIPS64_LIBN32]: ',N32',
  [FLAG_MIPS64_LIBN64]: ',64bit',
  [FLAG_X8664_LIBX32]: ',x32',
  [FLAG_ARM_LIBHF]: ',hard-float',
  [FLAG_AARCH64_LIB64]: ',AArch64',
  [FLAG_ARM_LIBSF]: ',soft-float',
  [FLAG_MIPS_LIB32_NAN2008]: ',nan2008',
  [FLAG_MIPS64_LIBN32_NAN2008]: ',N32,nan2008',
  [FLAG_MIPS64_LIBN64_NAN2008]: ',64bit,nan2008',
  [FLAG_RISCV_FLOAT_ABI_SOFT]: ',soft-float',
  [FLAG_RISCV_FLOAT_ABI_DOUBLE]: ',double-float',
  [FLAG_LARCH_FLOAT_ABI_SOFT]: ',soft-float',
  [FLAG_LARCH_FLOAT_ABI_DOUBLE]: ',double-float',
};

/** The flags as `ldconfig -p` shows them: "libc6,x86-64". */
export function describeCacheFlags(flags: number): string {
  const required = flags & FLAG_REQUIRED_MASK;
  return `${TYPE_NAMES[flags & FLAG_TYPE_MASK] ?? 'unknown'}${required === 0 ? '' : (REQUIRED_NAMES[required] ?? `,${required}`)}`;
}
