/**
 * Which installed package of the image holds (or held) a shared library, from the image's own
 * package database: dpkg's file lists and shlibs files, or apk's installed database. A library
 * deleted by hand after its package was installed is still in its package's file list; one whose
 * package was never installed is named by no list, and stays unknown.
 */
import type { ImageFs } from '../image/image-fs.ts';
import { READ_AGAIN } from '../image/content.ts';

const DPKG_INFO = '/var/lib/dpkg/info';
const APK_INSTALLED = '/lib/apk/db/installed';
/** Package lists read at most: a real image has a few thousand packages. */
const MAX_PACKAGE_FILES = 20_000;

/** The package for each library name asked for, where the database says. */
export async function libraryProviders(fs: ImageFs, libraries: readonly string[]): Promise<Map<string, string>> {
  const wanted = new Set(libraries);
  const found = new Map<string, string>();
  if (wanted.size === 0) return found;
  const dpkgFiles = (fs.readdir(DPKG_INFO) ?? []).filter((name) => name.endsWith('.list') || name.endsWith('.shlibs')).slice(0, MAX_PACKAGE_FILES).map((name) => `${DPKG_INFO}/${name}`);
  const files = [...dpkgFiles, ...(fs.stat(APK_INSTALLED)?.type === 'file' ? [APK_INSTALLED] : [])];
  // Not kept as the image passed: read now, in one more pass, only when a library is missing.
  for (const file of files) fs.wantWhole(file);
  await fs.readWanted(READ_AGAIN);
  for (const file of dpkgFiles) {
    const text = fs.readText(file);
    if (text === undefined) continue;
    const name = file.slice(DPKG_INFO.length + 1);
    const pkg = name.slice(0, name.lastIndexOf('.')).replace(/:[a-z0-9_-]+$/, '');
    for (const line of text.split('\n')) {
      // A file list names paths; a shlibs file `libGL 1 libgl1 (>= 1.0)`, the library libGL.so.1.
      const library = name.endsWith('.list') ? line.slice(line.lastIndexOf('/') + 1) : shlibsLibrary(line);
      if (library && wanted.has(library) && !found.has(library)) found.set(library, pkg);
    }
  }
  const apk = fs.readText(APK_INSTALLED);
  if (apk !== undefined) {
    let pkg = '';
    for (const line of apk.split('\n')) {
      if (line.startsWith('P:')) pkg = line.slice(2);
      else if (line.startsWith('R:') && wanted.has(line.slice(2)) && !found.has(line.slice(2)) && pkg) found.set(line.slice(2), pkg);
    }
  }
  return found;
}

/** The library a line of a shlibs file names: `libfoo 1 pkg` is libfoo.so.1, `libfoo-1.2 0 pkg` libfoo-1.2.so.0. */
function shlibsLibrary(line: string): string | undefined {
  const [name, version] = line.trim().split(/\s+/);
  if (!name || !version || name.includes(':')) return undefined;
  return `${name}.so.${version}`;
}
