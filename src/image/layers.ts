import { ImageError } from '../errors.ts';
import { type FileType, type FsNode, newDirectory, pathComponents } from './image-fs.ts';
import type { StoredContent } from './content-store.ts';
import { limitMessage, MAX_IMAGE_NODES, MAX_PATH_DEPTH } from './limits.ts';
import type { TarEntry } from './tar.ts';
import type { ElfFacts } from '../native/elf-capture.ts';

/** One tar entry of a layer, its name normalized, with the bytes kept for it (if any). */
export interface LayerEntry {
  /** Below the image root, `/`-separated, with no empty, `.` or `..` part: '' for the root itself. */
  path: string;
  entry: TarEntry;
  content?: StoredContent;
  /** For a file the selector named (ContentSelector.elf): what the dynamic loader reads of it. */
  elf?: ElfFacts;
}

const OPAQUE_MARKER = '.wh..wh..opq';
const WHITEOUT_PREFIX = '.wh.';
/** aufs bookkeeping entries (`.wh..wh.plnk`, `.wh..wh.aufs`): never part of the image's tree. */
const AUFS_META_PREFIX = '.wh..wh.';

/** A name with an empty, `.` or `..` part needs taking apart. */
const NEEDS_CLEANING = /(?:^|\/)\.{0,2}(?:\/|$)/;

/**
 * Turns a stored entry name into a clean path (see LayerEntry). Names are taken literally,
 * relative to the image root (a leading `/` or `./` changes nothing); `..` is refused, since a
 * layer that climbs out of the root is either corrupt or an attack. So is a path deeper than
 * MAX_PATH_DEPTH components.
 */
export function entryPath(name: string, where: string): string {
  // Most names are clean but for a leading `./` or `/` and a directory's trailing `/`: they are used as they are.
  let from = 0;
  for (;;) {
    if (name.startsWith('./', from)) from += 2;
    else if (name.startsWith('/', from)) from += 1;
    else break;
  }
  const trimmed = name.slice(from, name.length > from && name.endsWith('/') ? -1 : name.length);
  if (!NEEDS_CLEANING.test(trimmed)) {
    // Only a name this long can have that many parts: the common case counts nothing.
    if (trimmed.length >= 2 * MAX_PATH_DEPTH) checkDepth(trimmed, where);
    return trimmed;
  }
  const components = pathComponents(name);
  if (components.includes('..')) {
    throw new ImageError(`${where}: entry ${JSON.stringify(name.slice(0, 200))} climbs out of the image root with "..": refusing the layer`);
  }
  const path = components.join('/');
  checkDepth(path, where);
  return path;
}

/** Refuses a clean path of more than MAX_PATH_DEPTH components. */
function checkDepth(path: string, where: string): void {
  let depth = path === '' ? 0 : 1;
  for (let slash = path.indexOf('/'); slash !== -1; slash = path.indexOf('/', slash + 1)) depth++;
  if (depth > MAX_PATH_DEPTH) {
    throw new ImageError(limitMessage(where, `entry ${JSON.stringify(path.slice(0, 80) + '...')} has ${depth} path components`, `${MAX_PATH_DEPTH} path components`));
  }
}

/** The path as the image names it, from `/`. */
export function imagePath(path: string): string {
  return '/' + path;
}

function parentOf(path: string): string {
  return path.slice(0, Math.max(0, path.lastIndexOf('/')));
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/**
 * The mutable tree layers are applied to; `ImageFs` wraps the finished root. Paths are clean
 * (see LayerEntry). Every folder reached is remembered by its path: an entry finds its parent
 * with one lookup instead of one per level from the root. Every node placed or made (implicit
 * parents included) counts against `maxNodes`, which bounds the tree's memory.
 */
export class TreeBuilder {
  readonly root: FsNode = newDirectory();
  /** Directory nodes by path; cleared whenever a directory may have left the tree. */
  private readonly folders = new Map<string, FsNode>();
  private readonly maxNodes: number;
  private nodes = 0;

  constructor(options: { maxNodes?: number } = {}) {
    this.maxNodes = options.maxNodes ?? MAX_IMAGE_NODES;
  }

  /** The node at a literal path (no symlinks followed), or undefined. */
  lookup(path: string): FsNode | undefined {
    if (path === '') return this.root;
    const known = this.folders.get(path);
    if (known) return known;
    let node: FsNode | undefined = this.root;
    for (const name of path.split('/')) {
      node = node.children?.get(name);
      if (!node) return undefined;
    }
    return node;
  }

  /**
   * Places a node at a path. Missing parents are created; a parent that exists as a
   * non-directory is replaced by a directory, as overlay filesystems do. A directory placed over
   * a directory keeps the lower one's children (it only updates the mode); anything else replaces
   * what was there, a whole subtree included.
   */
  put(path: string, node: FsNode, where = 'the image'): void {
    if (path === '') {
      if (node.type === 'dir') this.root.mode = node.mode;
      return;
    }
    const parent = this.folder(parentOf(path), where);
    const name = baseName(path);
    const existing = parent.children!.get(name);
    if (node.type === 'dir' && existing?.type === 'dir') {
      existing.mode = node.mode;
      return;
    }
    this.count(where);
    if (existing?.type === 'dir') this.folders.clear();
    parent.children!.set(name, node);
    if (node.type === 'dir') this.folders.set(path, node);
  }

  remove(path: string): void {
    if (path === '') return;
    this.lookup(parentOf(path))?.children?.delete(baseName(path));
    this.folders.clear();
  }

  clearChildren(path: string): void {
    this.lookup(path)?.children?.clear();
    this.folders.clear();
  }

  /** The directory at a path, made (over whatever non-directory was there) where missing. */
  private folder(path: string, where: string): FsNode {
    if (path === '') return this.root;
    const known = this.folders.get(path);
    if (known) return known;
    // Up to the deepest folder already known, then down again making what is missing: a loop, not one call per level.
    let end = path.length;
    let node = this.root;
    for (;;) {
      end = path.lastIndexOf('/', end - 1);
      if (end <= 0) {
        end = 0;
        break;
      }
      const found = this.folders.get(path.slice(0, end));
      if (found) {
        node = found;
        break;
      }
    }
    while (end < path.length) {
      const start = end === 0 ? 0 : end + 1;
      const slash = path.indexOf('/', start);
      end = slash === -1 ? path.length : slash;
      const name = path.slice(start, end);
      let child = node.children!.get(name);
      if (child?.type !== 'dir') {
        this.count(where);
        child = newDirectory();
        node.children!.set(name, child);
      }
      this.folders.set(path.slice(0, end), child);
      node = child;
    }
    return node;
  }

  private count(where: string): void {
    if (++this.nodes > this.maxNodes) {
      throw new ImageError(limitMessage(where, `the image's layers make more than ${this.maxNodes} paths`, `${this.maxNodes} paths per image (each entry, and each directory made for one, counts; so does each entry a later layer replaces)`));
    }
  }
}

/**
 * Applies one layer on top of the tree. Whiteouts hide only what lower layers hold, so they are
 * applied first, then the layer's own entries in archive order. `layer` (its place in the image's
 * list) is recorded on its files, so that their bytes can be read again.
 */
export function applyLayer(tree: TreeBuilder, entries: readonly LayerEntry[], where: string, layer?: number): void {
  const additions: LayerEntry[] = [];
  for (const item of entries) {
    const name = baseName(item.path);
    if (name === OPAQUE_MARKER) tree.clearChildren(parentOf(item.path));
    else if (item.path.includes(AUFS_META_PREFIX) && item.path.split('/').some((part) => part.startsWith(AUFS_META_PREFIX))) continue;
    else if (name.startsWith(WHITEOUT_PREFIX)) tree.remove(item.path.slice(0, item.path.length - name.length) + name.slice(WHITEOUT_PREFIX.length));
    else additions.push(item);
  }
  for (const item of additions) tree.put(item.path, nodeFor(tree, item, where, layer), where);
}

function nodeFor(tree: TreeBuilder, item: LayerEntry, where: string, layer: number | undefined): FsNode {
  const { entry } = item;
  switch (entry.type) {
    case 'hardlink': {
      // A hardlink names a path of this layer (earlier in the archive) or of a lower one.
      const target = tree.lookup(entryPath(entry.linkName, where));
      if (!target) {
        throw new ImageError(`${where}: hardlink ${JSON.stringify(entry.name)} points to ${JSON.stringify(entry.linkName)}, which no layer up to this one holds`);
      }
      if (target.type === 'dir') {
        throw new ImageError(`${where}: hardlink ${JSON.stringify(entry.name)} points to the directory ${JSON.stringify(entry.linkName)}`);
      }
      // The node's bytes stay with the entry that brought them, whichever of its names is asked for.
      if (target.type === 'file') target.sourcePath ??= imagePath(entryPath(entry.linkName, where));
      return target;
    }
    case 'dir':
      return newDirectory(entry.mode);
    case 'symlink':
      return { type: 'symlink', mode: entry.mode, size: 0, linkTarget: entry.linkName };
    case 'file': {
      const node: FsNode = { type: 'file', mode: entry.mode, size: entry.size };
      if (layer !== undefined) node.layer = layer;
      if (item.content) {
        node.content = item.content;
        node.contentComplete = item.content.length === entry.size;
      }
      if (item.elf) node.elf = item.elf;
      return node;
    }
    default:
      return { type: entry.type satisfies FileType, mode: entry.mode, size: 0 };
  }
}
