import type { ContentSelector } from './layer-reader.ts';

/** Python sources larger than this are kept only in part (generated tables, vendored blobs). */
const MAX_SOURCE_BYTES = 32 * 1024 * 1024;
/** Enough of an executable to read its `#!` line. */
const SHEBANG_BYTES = 512;
/** Enough of an egg-info file (a lone PKG-INFO) to read its Name and Version headers. */
const METADATA_HEAD_BYTES = 16 * 1024;

const METADATA_FILES = new Set(['METADATA', 'PKG-INFO', 'RECORD', 'top_level.txt', 'entry_points.txt', 'INSTALLER', 'direct_url.json', 'namespace_packages.txt', 'installed-files.txt', 'SOURCES.txt']);

/**
 * The files the Python analysis reads: sources, `.pth` files, installed-distribution metadata,
 * `pyvenv.cfg`, `/etc/passwd` (HOME of the image's USER), and the `#!` line of scripts in bin
 * folders. Everything else is streamed past.
 */
export const pythonAnalysisContent: ContentSelector = (path, size) => {
  // Asked for every regular file of the image: the path is tested in place, not cut into parts.
  if (path.endsWith('.py') || path.endsWith('.pth') || path.endsWith('.egg-link')) return MAX_SOURCE_BYTES;
  if (path.endsWith('/pyvenv.cfg') || path === '/etc/passwd') return MAX_SOURCE_BYTES;
  const slash = path.lastIndexOf('/');
  // Up to `slash`, the path ends with the parent folder's name.
  if ((path.endsWith('.dist-info', slash) || path.endsWith('.egg-info', slash)) && METADATA_FILES.has(path.slice(slash + 1))) return MAX_SOURCE_BYTES;
  if (path.endsWith('.egg-info')) return Math.min(size, METADATA_HEAD_BYTES) || METADATA_HEAD_BYTES;
  if (path.endsWith('/bin', slash) || path.endsWith('/sbin', slash)) return Math.min(size, SHEBANG_BYTES) || SHEBANG_BYTES;
  return 0;
};
