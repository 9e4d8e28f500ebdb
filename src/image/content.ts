import type { ContentWants } from './image-fs.ts';
import type { ContentSelector } from './layer-reader.ts';

/** Python sources larger than this are kept only in part (generated tables, vendored blobs). */
const MAX_SOURCE_BYTES = 32 * 1024 * 1024;
/** Enough of an executable to read its `#!` line. */
const SHEBANG_BYTES = 512;
/**
 * Files in bin folders this small are kept whole: console scripts (setuptools' ~1 KB
 * EASY-INSTALL template), polyglots, entrypoint scripts. Reading one again later costs a pass
 * over its layer (seconds for a large compressed one); keeping them costs about a megabyte.
 */
const BIN_SCRIPT_BYTES = 16 * 1024;
/** A file a command runs, outside bin folders, read again: a script this small comes whole at once, a larger file (a binary) only this far. */
const RUN_FILE_HEAD_BYTES = 1024 * 1024;

/**
 * How much of a file the analysis reads again when it needs more than the first pass kept: a
 * script or source it parses, whole (as far as a Python source is kept); a file a command runs,
 * for its `#!` line.
 */
export const READ_AGAIN: ContentWants = { whole: MAX_SOURCE_BYTES, head: RUN_FILE_HEAD_BYTES };
/** Enough of an egg-info file (a lone PKG-INFO) to read its Name and Version headers. */
const METADATA_HEAD_BYTES = 16 * 1024;

const METADATA_FILES = new Set(['METADATA', 'PKG-INFO', 'RECORD', 'top_level.txt', 'entry_points.txt', 'INSTALLER', 'direct_url.json', 'namespace_packages.txt', 'installed-files.txt', 'SOURCES.txt']);

/**
 * The files the Python analysis reads: sources, `.pth` and `.start` files, installed-distribution metadata,
 * `pyvenv.cfg`, `/etc/passwd` (HOME of the image's USER), and scripts in bin folders (of larger
 * files there, the `#!` line). Everything else is streamed past: a file the analysis turns out
 * to need (a script outside bin folders, a long one) is read again (ImageFs.readWanted).
 */
export const pythonAnalysisContent: ContentSelector = (path, size) => {
  // Asked for every regular file of the image: the path is tested in place, not cut into parts.
  if (path.endsWith('.py') || path.endsWith('.pth') || path.endsWith('.start') || path.endsWith('.egg-link')) return MAX_SOURCE_BYTES;
  if (path.endsWith('/pyvenv.cfg') || path === '/etc/passwd' || path === LD_CACHE || (path.startsWith('/etc/ld-musl-') && path.endsWith('.path'))) return MAX_SOURCE_BYTES;
  const slash = path.lastIndexOf('/');
  // Up to `slash`, the path ends with the parent folder's name.
  if ((path.endsWith('.dist-info', slash) || path.endsWith('.egg-info', slash)) && METADATA_FILES.has(path.slice(slash + 1))) return MAX_SOURCE_BYTES;
  if (path.endsWith('.egg-info')) return Math.min(size, METADATA_HEAD_BYTES) || METADATA_HEAD_BYTES;
  if (path.endsWith('/bin', slash) || path.endsWith('/sbin', slash)) return size <= BIN_SCRIPT_BYTES ? size || SHEBANG_BYTES : SHEBANG_BYTES;
  return 0;
};

/** The dynamic loader's cache of library paths (glibc), read whole like musl's path file. */
export const LD_CACHE = '/etc/ld.so.cache';
/** A shared library (`libz.so.1.2.13`) or an extension module (`_ssl.cpython-311-x86_64-linux-gnu.so`, `x.abi3.so`). */
const SHARED_OBJECT = /\.so(?:\.[0-9][0-9.]*)?$/;
/** An interpreter whose loader facts (its program interpreter, its RPATH) the libraries it loads inherit. */
const PYTHON_BINARY = /\/bin\/python[0-9.]*$/;
/** The smallest ELF file: a 32-bit header. */
const ELF_HEADER_BYTES = 52;

/** The files whose dynamic loader facts the native check reads (see native/): captured as they pass, not kept. */
pythonAnalysisContent.elf = (path, size) => size >= ELF_HEADER_BYTES && (SHARED_OBJECT.test(path) || PYTHON_BINARY.test(path));
