/**
 * The distributions installed in an image, read from their own metadata (`*.dist-info` and
 * `*.egg-info`): name, version, where, and the top-level modules each provides. This, not a
 * hand-written table, is what maps an import name to a distribution name.
 */
import type { ImageFs } from '../image/image-fs.ts';

export interface Distribution {
  /** As its metadata spells it (`PyYAML`). */
  name: string;
  version?: string;
  /** The metadata folder (or egg-info file). */
  metadata: string;
  /** The folder that holds it: a site- or dist-packages folder. */
  location: string;
  /** Top-level import names it provides. */
  topLevel: string[];
}

/** PEP 503: names compare lower-cased, with runs of `-`, `_` and `.` as one `-`. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/** `Name:` and `Version:` of RFC 822-style metadata (METADATA, PKG-INFO). */
function headers(text: string): { name?: string; version?: string } {
  const result: { name?: string; version?: string } = {};
  for (const line of text.split(/\r?\n/)) {
    if (line === '') break;
    const match = /^(Name|Version):\s*(.+?)\s*$/i.exec(line);
    if (match) result[match[1]!.toLowerCase() as 'name' | 'version'] = match[2]!;
  }
  return result;
}

/**
 * The top-level module a recorded path provides (`yaml/__init__.py` -> yaml,
 * `_yaml.cpython-311-x86_64-linux-gnu.so` -> _yaml). RECORD paths are relative to the site
 * folder, installed-files.txt paths to the egg-info folder inside it.
 */
function topLevelOf(recorded: string, fromMetadata: boolean): string | undefined {
  let path = recorded.replace(/^\.\//, '');
  if (fromMetadata) {
    if (!path.startsWith('../')) return undefined;
    path = path.slice(3);
  }
  // Anything else outside the site folder (scripts, data) is not importable from it.
  if (path.startsWith('../')) return undefined;
  const first = path.split('/')[0]!;
  if (first === '' || first === '__pycache__' || /\.(dist|egg)-info$/.test(first) || first.endsWith('.pth')) return undefined;
  if (path.includes('/')) return /^[A-Za-z_][A-Za-z0-9_]*$/.test(first) ? first : undefined;
  const module = /^([A-Za-z_][A-Za-z0-9_]*)\.(py|pyc|so|pyd|[a-z0-9_.-]*\.so)$/.exec(first);
  return module?.[1];
}

function topLevelNames(fs: ImageFs, metadata: string, isFolder: boolean): string[] {
  if (!isFolder) return [];
  const listed = fs.readText(`${metadata}/top_level.txt`);
  if (listed !== undefined) return [...new Set(listed.split(/\r?\n/).map((line) => line.trim().split('/')[0]!).filter((line) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(line)))];
  const record = fs.readText(`${metadata}/RECORD`);
  const recorded = record ?? fs.readText(`${metadata}/installed-files.txt`) ?? '';
  const names = new Set<string>();
  for (const line of recorded.split(/\r?\n/)) {
    const top = topLevelOf(line.split(',')[0]!.replace(/^"|"$/g, ''), record === undefined);
    if (top) names.add(top);
  }
  return [...names];
}

const cache = new WeakMap<ImageFs, Distribution[]>();

/** Folders that never hold installed distributions: not worth a look. */
const SKIPPED = new Set(['/proc', '/sys', '/dev', '/usr/share/doc', '/usr/share/locale', '/usr/share/man', '/usr/include']);

/**
 * Every distribution whose metadata the image holds, wherever it is; read once per image. A
 * folder that holds metadata is a site folder: its packages are not searched for more.
 */
export function installedDistributions(fs: ImageFs): Distribution[] {
  const known = cache.get(fs);
  if (known) return known;
  // A search by name that paths of unsure state (see ImageFs.unwatched) can neither match nor lead into.
  const found = fs.unwatched(() => findDistributions(fs));
  cache.set(fs, found);
  return found;
}

function findDistributions(fs: ImageFs): Distribution[] {
  const found: Distribution[] = [];
  const folders = ['/'];
  while (folders.length > 0) {
    const folder = folders.pop()!;
    const entries = fs.entries(folder);
    if (!entries) continue;
    const prefix = folder === '/' ? '/' : `${folder}/`;
    const metadata = [...entries].filter(([name, type]) => /\.(dist|egg)-info$/.test(name) && (type === 'dir' || type === 'file'));
    for (const [name, type] of metadata) found.push(readDistribution(fs, folder, name, type === 'dir'));
    if (metadata.length > 0 || /\/(site|dist)-packages$/.test(folder)) continue;
    for (const [name, type] of entries) if (type === 'dir' && !SKIPPED.has(`${prefix}${name}`)) folders.push(`${prefix}${name}`);
  }
  return found;
}

function readDistribution(fs: ImageFs, location: string, folderName: string, isFolder: boolean): Distribution {
  const path = `${location === '/' ? '' : location}/${folderName}`;
  // Only the headers at the top are read: a lone PKG-INFO file is kept only that far.
  const head = (file: string): string | undefined => fs.readHead(file)?.toString('utf8');
  const text = isFolder ? (head(`${path}/METADATA`) ?? head(`${path}/PKG-INFO`)) : head(path);
  const { name, version } = headers(text ?? '');
  // Without readable metadata, the folder's own name says `name-version`.
  const [fallbackName, fallbackVersion] = folderName.replace(/\.(dist|egg)-info$/, '').split('-');
  const known = version ?? fallbackVersion;
  return { name: name ?? fallbackName!, ...(known && { version: known }), metadata: path, location, topLevel: topLevelNames(fs, path, isFolder) };
}
