import type { ByteRange, ByteSource } from './byte-source.ts';
import type { CapturedElf } from './elf-capture.ts';
import { EM_386, EM_AARCH64, EM_ARM, EM_LOONGARCH, EM_MIPS, EM_PPC, EM_PPC64, EM_RISCV, EM_S390, EM_X86_64, type ElfArchitecture } from './elf-machine.ts';
import { type LdCacheEntry, parseLdCache } from './ld-cache.ts';

/**
 * Which dynamic loader an image has and how it is configured: the facts resolution depends on,
 * gathered once per image from its files.
 */

/** A read-only view of the image's tree. Paths are absolute and may hold `.`, `..` and symlinks, resolved as the kernel would. */
export interface LoaderFileSystem {
  /** The path with every symlink, `.` and `..` resolved; undefined when nothing is there (or links loop). */
  realpath(path: string): string | undefined;
  /** What is at the path, after symlinks; undefined when nothing is there. */
  stat(path: string): { type: 'file' | 'directory' | 'other'; size: number } | undefined;
  /** The bytes of the regular file at the path (after symlinks), as far as they are at hand. */
  open(path: string): ByteSource | undefined;
  /**
   * What the loader reads of the ELF file at the path (after symlinks), when it was read before
   * (captured as an image streamed past, see elf-capture.ts); undefined to read it through `open`.
   */
  captured?(path: string): CapturedElf | undefined;
}

export interface GlibcSetup {
  kind: 'glibc';
  arch: ElfArchitecture;
  /** The program interpreter (ld-linux); always loaded, so libraries naming it are never searched for. */
  interpreter: string;
  /** The trusted directories the loader was built with, searched last. */
  systemDirectories: string[];
  /** The parsed /etc/ld.so.cache; empty when the image has none. */
  cache: LdCacheEntry[];
  /** What `$LIB` and `$PLATFORM` expand to in search paths. */
  dstLib: string;
  dstPlatform: string;
  ldLibraryPath: string[];
  workingDirectory: string;
  /** Why the setup is not sure of something (an unreadable cache...). */
  notes: string[];
}

export interface MuslSetup {
  kind: 'musl';
  arch: ElfArchitecture;
  /** The musl loader, which is also the C library: `libc.so`, `libm.so`, `libpthread.so`... resolve to it. */
  interpreter: string;
  /** From /etc/ld-musl-<arch>.path, or musl's default when the file is absent. */
  searchPath: string[];
  searchPathSource: string;
  /** Whether the image has a glibc compatibility layer (gcompat's ld-linux), so glibc-built objects are not refused outright. */
  glibcCompatibility: boolean;
  ldLibraryPath: string[];
  workingDirectory: string;
  notes: string[];
}

export type LoaderSetup = GlibcSetup | MuslSetup;

export type SetupRead = { status: 'ok'; setup: LoaderSetup } | { status: 'incomplete'; path: string; missing: ByteRange[] } | { status: 'no-loader'; reason: string };

/** Bytes of a musl path file read: it lists a few directories. */
export const MAX_MUSL_PATH_FILE_BYTES = 64 * 1024;

/**
 * The Debian/Ubuntu multiarch triplet of an architecture: the directory glibc's trusted paths and
 * `$LIB` use there (/usr/lib/x86_64-linux-gnu).
 */
export function multiarchTriplet(arch: ElfArchitecture): string | undefined {
  const le = arch.endian === 'little';
  switch (arch.machine) {
    case EM_X86_64:
      return arch.elfClass === 64 ? 'x86_64-linux-gnu' : 'x86_64-linux-gnux32';
    case EM_386:
      return 'i386-linux-gnu';
    case EM_AARCH64:
      return le ? 'aarch64-linux-gnu' : 'aarch64_be-linux-gnu';
    case EM_ARM:
      return arch.armFloat === 'soft' ? 'arm-linux-gnueabi' : 'arm-linux-gnueabihf';
    case EM_PPC64:
      return le ? 'powerpc64le-linux-gnu' : 'powerpc64-linux-gnu';
    case EM_PPC:
      return 'powerpc-linux-gnu';
    case EM_S390:
      return arch.elfClass === 64 ? 's390x-linux-gnu' : 's390-linux-gnu';
    case EM_RISCV:
      return `riscv${arch.elfClass}-linux-gnu`;
    case EM_MIPS:
      return arch.elfClass === 64 ? `mips64${le ? 'el' : ''}-linux-gnuabi64` : `mips${le ? 'el' : ''}-linux-gnu`;
    case EM_LOONGARCH:
      return 'loongarch64-linux-gnu';
    default:
      return undefined;
  }
}

/** glibc's standard program interpreter for an architecture (the PT_INTERP its executables name). */
export function glibcInterpreter(arch: ElfArchitecture): string | undefined {
  switch (arch.machine) {
    case EM_X86_64:
      return arch.elfClass === 64 ? '/lib64/ld-linux-x86-64.so.2' : '/libx32/ld-linux-x32.so.2';
    case EM_386:
      return '/lib/ld-linux.so.2';
    case EM_AARCH64:
      return '/lib/ld-linux-aarch64.so.1';
    case EM_ARM:
      return arch.armFloat === 'soft' ? '/lib/ld-linux.so.3' : '/lib/ld-linux-armhf.so.3';
    case EM_PPC64:
      return arch.endian === 'little' ? '/lib64/ld64.so.2' : '/lib64/ld64.so.1';
    case EM_PPC:
      return '/lib/ld.so.1';
    case EM_S390:
      return arch.elfClass === 64 ? '/lib/ld64.so.1' : '/lib/ld.so.1';
    case EM_RISCV:
      return arch.elfClass === 64 ? '/lib/ld-linux-riscv64-lp64d.so.1' : '/lib/ld-linux-riscv32-ilp32d.so.1';
    case EM_LOONGARCH:
      return '/lib64/ld-linux-loongarch-lp64d.so.1';
    default:
      return undefined;
  }
}

/** musl's name for an architecture (LDSO_ARCH), in its loader's and path file's names. */
export function muslArchName(arch: ElfArchitecture): string | undefined {
  const le = arch.endian === 'little';
  switch (arch.machine) {
    case EM_X86_64:
      return arch.elfClass === 64 ? 'x86_64' : 'x32';
    case EM_386:
      return 'i386';
    case EM_AARCH64:
      return le ? 'aarch64' : 'aarch64_be';
    case EM_ARM:
      return `arm${le ? '' : 'eb'}${arch.armFloat === 'hard' ? 'hf' : ''}`;
    case EM_PPC64:
      return le ? 'powerpc64le' : 'powerpc64';
    case EM_PPC:
      return 'powerpc';
    case EM_S390:
      return 's390x';
    case EM_RISCV:
      return `riscv${arch.elfClass}`;
    case EM_MIPS:
      return `mips${arch.elfClass === 64 ? '64' : ''}${le ? 'el' : ''}`;
    case EM_LOONGARCH:
      return 'loongarch64';
    default:
      return undefined;
  }
}

/** What `$PLATFORM` expands to: the kernel's AT_PLATFORM string for the architecture. */
function platformName(arch: ElfArchitecture): string {
  switch (arch.machine) {
    case EM_X86_64:
      return 'x86_64';
    case EM_386:
      return 'i686';
    case EM_AARCH64:
      return 'aarch64';
    case EM_ARM:
      return 'v7l';
    case EM_PPC64:
      return arch.endian === 'little' ? 'power8' : 'power7';
    case EM_S390:
      return 'z196';
    default:
      return muslArchName(arch) ?? 'unknown';
  }
}

function isFile(fs: LoaderFileSystem, path: string): boolean {
  return fs.stat(path)?.type === 'file';
}

/** Splits a search path list (LD_LIBRARY_PATH uses `:` and `;`), dropping empty entries as glibc does. */
export function splitSearchPath(value: string | undefined, separators = /[:;]/): string[] {
  return (value ?? '').split(separators).filter((entry) => entry.length > 0);
}

export interface SetupOptions {
  /** The image's LD_LIBRARY_PATH (from its Env). */
  ldLibraryPath?: string;
  /** The image's WorkingDir, against which relative search directories resolve. */
  workingDirectory?: string;
  /** The program interpreter named by the image's Python executable, when known: it decides glibc or musl. */
  programInterpreter?: string;
}

/**
 * Finds the image's loader for an architecture and reads its configuration.
 *
 * glibc's trusted directories are those it was built with, which the image does not record; they
 * are chosen by where its libc.so.6 lies: Debian and Ubuntu (multiarch) search /lib/<triplet>,
 * /usr/lib/<triplet>, /lib, /usr/lib, and expand `$LIB` to lib/<triplet>; Fedora, RHEL and SUSE
 * on 64-bit machines search /lib64 and /usr/lib64 (`$LIB` = lib64); others /lib and /usr/lib.
 */
export function readLoaderSetup(fs: LoaderFileSystem, arch: ElfArchitecture, options: SetupOptions = {}): SetupRead {
  const workingDirectory = options.workingDirectory || '/';
  const ldLibraryPath = splitSearchPath(options.ldLibraryPath);
  const muslArch = muslArchName(arch);
  const muslLoader = muslArch ? `/lib/ld-musl-${muslArch}.so.1` : undefined;
  const glibcLoader = glibcInterpreter(arch);
  const interp = options.programInterpreter;
  const triplet = multiarchTriplet(arch);
  const multiarch = triplet !== undefined && (isFile(fs, `/lib/${triplet}/libc.so.6`) || isFile(fs, `/usr/lib/${triplet}/libc.so.6`));
  const lib64 = arch.elfClass === 64 && (isFile(fs, '/lib64/libc.so.6') || isFile(fs, '/usr/lib64/libc.so.6'));
  const hasGlibc = multiarch || lib64 || isFile(fs, '/lib/libc.so.6') || isFile(fs, '/usr/lib/libc.so.6');
  const musl = interp ? /\/ld-musl-/.test(interp) : muslLoader !== undefined && isFile(fs, muslLoader) && !hasGlibc;
  if (musl) {
    const loader = interp ?? muslLoader!;
    return readMuslSetup(fs, arch, loader, { ldLibraryPath: options.ldLibraryPath ?? '', workingDirectory, glibcCompatibility: glibcLoader !== undefined && isFile(fs, glibcLoader) });
  }
  const interpreter = interp ?? glibcLoader;
  if (!hasGlibc && !(interpreter && isFile(fs, interpreter))) return { status: 'no-loader', reason: `the image has neither glibc (libc.so.6) nor musl (${muslLoader ?? 'ld-musl'}) for ${muslArch ?? 'this architecture'}` };
  const systemDirectories = multiarch ? [`/lib/${triplet}`, `/usr/lib/${triplet}`, '/lib', '/usr/lib'] : lib64 ? ['/lib64', '/usr/lib64'] : ['/lib', '/usr/lib'];
  const notes: string[] = [];
  let cache: LdCacheEntry[] = [];
  const cacheSource = isFile(fs, '/etc/ld.so.cache') ? fs.open('/etc/ld.so.cache') : undefined;
  if (cacheSource) {
    const bytes = cacheSource.read(0, cacheSource.size);
    if (!bytes) return { status: 'incomplete', path: '/etc/ld.so.cache', missing: [{ offset: 0, length: cacheSource.size }] };
    const read = parseLdCache(bytes);
    if (read.status === 'ok') cache = read.entries;
    else notes.push(`/etc/ld.so.cache is unreadable (${read.reason}); the loader ignores it too`);
  }
  return {
    status: 'ok',
    setup: {
      kind: 'glibc',
      arch,
      interpreter: interpreter ?? '',
      systemDirectories,
      cache,
      dstLib: multiarch ? `lib/${triplet}` : lib64 ? 'lib64' : 'lib',
      dstPlatform: platformName(arch),
      ldLibraryPath,
      workingDirectory,
      notes,
    },
  };
}

const MUSL_DEFAULT_PATH = ['/lib', '/usr/local/lib', '/usr/lib'];

function readMuslSetup(fs: LoaderFileSystem, arch: ElfArchitecture, loader: string, base: { ldLibraryPath: string; workingDirectory: string; glibcCompatibility: boolean }): SetupRead {
  // musl reads <prefix>/etc/ld-musl-<arch>.path, the prefix being the loader's path without its last two components.
  const prefix = loader.startsWith('/') ? loader.slice(0, loader.slice(0, loader.lastIndexOf('/')).lastIndexOf('/')) : '';
  const pathFile = `${prefix}/etc/ld-musl-${muslArchName(arch)}.path`;
  let searchPath = MUSL_DEFAULT_PATH;
  let searchPathSource = 'musl default';
  const notes: string[] = [];
  if (fs.stat(pathFile)) {
    const source = fs.open(pathFile);
    if (!source) {
      // musl: a path file that exists but cannot be read gives an empty system path.
      searchPath = [];
      searchPathSource = `${pathFile} (unreadable)`;
    } else {
      const length = Math.min(source.size, MAX_MUSL_PATH_FILE_BYTES);
      const bytes = source.read(0, length);
      if (!bytes) return { status: 'incomplete', path: pathFile, missing: [{ offset: 0, length }] };
      if (source.size > MAX_MUSL_PATH_FILE_BYTES) notes.push(`${pathFile} is longer than ${MAX_MUSL_PATH_FILE_BYTES} bytes; only its start is read`);
      searchPath = splitSearchPath(Buffer.from(bytes).toString('utf8'), /[:\n]/);
      searchPathSource = pathFile;
    }
  }
  return {
    status: 'ok',
    setup: { kind: 'musl', arch, interpreter: loader, searchPath, searchPathSource, glibcCompatibility: base.glibcCompatibility, ldLibraryPath: splitSearchPath(base.ldLibraryPath, /[:\n]/), workingDirectory: base.workingDirectory, notes },
  };
}
