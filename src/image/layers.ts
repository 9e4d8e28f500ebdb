import { ImageError } from '../errors.ts';
import { type FileType, type FsNode, newDirectory, pathComponents } from './image-fs.ts';
import type { StoredContent } from './content-store.ts';
import type { TarEntry } from './tar.ts';

/** One tar entry of a layer, its name normalized, with the bytes kept for it (if any). */
export interface LayerEntry {
  components: string[];
  entry: TarEntry;
  content?: StoredContent;
}

const OPAQUE_MARKER = '.wh..wh..opq';
const WHITEOUT_PREFIX = '.wh.';
/** aufs bookkeeping entries (`.wh..wh.plnk`, `.wh..wh.aufs`): never part of the image's tree. */
const AUFS_META_PREFIX = '.wh..wh.';

/**
 * Turns a stored entry name into path components. Names are taken literally, relative to the
 * image root (a leading `/` or `./` changes nothing); `..` is refused, since a layer that climbs
 * out of the root is either corrupt or an attack.
 */
export function entryComponents(name: string, where: string): string[] {
  const components = pathComponents(name);
  if (components.includes('..')) {
    throw new ImageError(`${where}: entry ${JSON.stringify(name)} climbs out of the image root with "..": refusing the layer`);
  }
  return components;
}

/** The mutable tree layers are applied to; `ImageFs` wraps the finished root. */
export class TreeBuilder {
  readonly root: FsNode = newDirectory();

  /** The node at a literal path (no symlinks followed), or undefined. */
  lookup(components: readonly string[]): FsNode | undefined {
    let node: FsNode | undefined = this.root;
    for (const name of components) {
      node = node.children?.get(name);
      if (!node) return undefined;
    }
    return node;
  }

  /**
   * Places a node at a literal path. Missing parents are created; a parent that exists as a
   * non-directory is replaced by a directory, as overlay filesystems do. A directory placed over
   * a directory keeps the lower one's children (it only updates the mode); anything else replaces
   * what was there, a whole subtree included.
   */
  put(components: readonly string[], node: FsNode): void {
    if (components.length === 0) {
      if (node.type === 'dir') this.root.mode = node.mode;
      return;
    }
    let parent = this.root;
    for (let index = 0; index < components.length - 1; index++) {
      const name = components[index]!;
      let child = parent.children!.get(name);
      if (child?.type !== 'dir') {
        child = newDirectory();
        parent.children!.set(name, child);
      }
      parent = child;
    }
    const name = components.at(-1)!;
    const existing = parent.children!.get(name);
    if (node.type === 'dir' && existing?.type === 'dir') existing.mode = node.mode;
    else parent.children!.set(name, node);
  }

  remove(components: readonly string[]): void {
    if (components.length === 0) return;
    this.lookup(components.slice(0, -1))?.children?.delete(components.at(-1)!);
  }

  clearChildren(components: readonly string[]): void {
    this.lookup(components)?.children?.clear();
  }
}

/**
 * Applies one layer on top of the tree. Whiteouts hide only what lower layers hold, so they are
 * applied first, then the layer's own entries in archive order.
 */
export function applyLayer(tree: TreeBuilder, entries: readonly LayerEntry[], where: string): void {
  const additions: LayerEntry[] = [];
  for (const item of entries) {
    const name = item.components.at(-1) ?? '';
    if (name === OPAQUE_MARKER) tree.clearChildren(item.components.slice(0, -1));
    else if (item.components.some((part) => part.startsWith(AUFS_META_PREFIX))) continue;
    else if (name.startsWith(WHITEOUT_PREFIX)) tree.remove([...item.components.slice(0, -1), name.slice(WHITEOUT_PREFIX.length)]);
    else additions.push(item);
  }
  for (const item of additions) tree.put(item.components, nodeFor(tree, item, where));
}

function nodeFor(tree: TreeBuilder, item: LayerEntry, where: string): FsNode {
  const { entry } = item;
  switch (entry.type) {
    case 'hardlink': {
      // A hardlink names a path of this layer (earlier in the archive) or of a lower one.
      const target = tree.lookup(entryComponents(entry.linkName, where));
      if (!target) {
        throw new ImageError(`${where}: hardlink ${JSON.stringify(entry.name)} points to ${JSON.stringify(entry.linkName)}, which no layer up to this one holds`);
      }
      if (target.type === 'dir') {
        throw new ImageError(`${where}: hardlink ${JSON.stringify(entry.name)} points to the directory ${JSON.stringify(entry.linkName)}`);
      }
      return target;
    }
    case 'dir':
      return newDirectory(entry.mode);
    case 'symlink':
      return { type: 'symlink', mode: entry.mode, size: 0, linkTarget: entry.linkName };
    case 'file': {
      const node: FsNode = { type: 'file', mode: entry.mode, size: entry.size };
      if (item.content) {
        node.content = item.content;
        node.contentComplete = item.content.length === entry.size;
      }
      return node;
    }
    default:
      return { type: entry.type satisfies FileType, mode: entry.mode, size: 0 };
  }
}
