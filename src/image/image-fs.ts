import { ImageError } from '../errors.ts';
import { ContentStore, type StoredContent } from './content-store.ts';
import type { CapturedElf, ElfFacts } from '../native/elf-capture.ts';

export type FileType = 'file' | 'dir' | 'symlink' | 'char' | 'block' | 'fifo';

/** One node of the flattened image tree. Hardlinked paths share a node. */
export interface FsNode {
  type: FileType;
  mode: number;
  /** Bytes of a regular file; 0 for everything else. */
  size: number;
  /** Symlink target, verbatim. */
  linkTarget?: string;
  /** The kept bytes of a regular file, when the reader was asked to keep them. */
  content?: StoredContent;
  /** False when only the head of the file was kept. */
  contentComplete?: boolean;
  /** What the dynamic loader reads of the file, when the reader was asked to capture it. */
  elf?: ElfFacts;
  /** Which layer (its place in the image's list) holds the file's bytes: where to read them again. */
  layer?: number;
  /** Where, in that layer, the bytes are when hardlinks share the node: the path of the entry that brought them. */
  sourcePath?: string;
  children?: Map<string, FsNode>;
}

/** What callers see of a path: its node's facts without the tree structure. */
export interface FsEntry {
  path: string;
  type: FileType;
  mode: number;
  size: number;
  linkTarget?: string;
  /** Some of the file's bytes were kept: its head, or all of it. */
  hasContent: boolean;
  /** All of the file's bytes were kept. */
  hasWholeContent: boolean;
}

/** One file whose bytes are to be read again from the image: where they are, and how many to keep. */
export interface ContentRequest {
  /** The layer that holds them (FsNode.layer); undefined for a root filesystem on disk. */
  layer: number | undefined;
  /** The file's path in that layer (or under the root filesystem), from `/`. */
  path: string;
  size: number;
  keep: number;
}

/** Reads files of the image again, into the store the image's contents are kept in. */
export interface ContentSource {
  /** Each request's content, or undefined when it is not where it was. */
  read(requests: readonly ContentRequest[], store: ContentStore): Promise<Array<StoredContent | undefined>>;
}

/** How many bytes of a file the analysis asks for when it reads it again. */
export interface ContentWants {
  /** The whole file: a script or source it parses. */
  whole: number;
  /** Enough of a file to read its `#!` line; a file this small or smaller is kept whole. */
  head: number;
}

/** A file the analysis needs that was kept in part only: its size and the bytes read of it. */
export interface PartlyRead {
  path: string;
  size: number;
  kept: number;
}

/** Linux gives up after 40 symlinks in one lookup (ELOOP); so do we. */
const MAX_SYMLINK_HOPS = 40;

export class SymlinkLoopError extends ImageError {
  override name = 'SymlinkLoopError';
}

/** Splits an absolute or relative path into components, dropping empty and `.` parts. */
export function pathComponents(path: string): string[] {
  const parts = path.split('/');
  // Most names are already clean; only filter when there is something to drop.
  for (const part of parts) if (part === '' || part === '.') return parts.filter((p) => p !== '' && p !== '.');
  return parts;
}

export function joinPath(components: readonly string[]): string {
  return '/' + components.join('/');
}

/** Whether `path` is one of `dirs` or lies below one. */
export function underAny(path: string, dirs: readonly string[]): boolean {
  // Asked for every module the walk reaches: no string is built per folder.
  for (const dir of dirs) {
    if (path === dir) return true;
    if (path.startsWith(dir) && (dir.endsWith('/') || path.charCodeAt(dir.length) === 0x2f)) return true;
  }
  return false;
}

export function newDirectory(mode = 0o755): FsNode {
  return { type: 'dir', mode, size: 0, children: new Map() };
}

interface Resolved {
  node: FsNode;
  path: string[];
}

/** One folder of a walk: its name in its parent, and its node. */
interface Step {
  name: string;
  node: FsNode;
}

/** Where a symlink's target ends during a walk: its resolution is remembered there. */
interface LinkEnd {
  /** The symlink's own canonical path. */
  key: string;
  hopsBefore: number;
}

/** A symlink resolved: the steps to what it names, and the links followed to get there (itself included). */
interface ResolvedLink {
  steps: readonly Step[];
  hops: number;
}

/**
 * The read-only, flattened file system of an image. Symlinks resolve inside the image root:
 * absolute targets start at the image's `/`, and `..` stops there, so nothing outside is reachable.
 */
export class ImageFs {
  private readonly root: FsNode;
  private readonly store: ContentStore;
  /** Folders resolved (symlinks followed) by the path asked for: the tree never changes, and most paths asked for share a few folders. */
  private readonly folders = new Map<string, Resolved | undefined>();
  /** Symlinks resolved, by their own canonical path: a chain of links is followed once, not once per lookup through it. */
  private readonly links = new Map<string, ResolvedLink>();
  private readonly source: ContentSource | undefined;
  /** Files read (readFile) whose whole content was not kept, and files asked for their head (readHead) of which nothing was: to read again. */
  private readonly wantedWhole = new Set<string>();
  private readonly wantedHead = new Set<string>();

  /**
   * Nodes whose state may not be the image's own (see `unsurePaths` of a container export), by
   * path; and the first of them the analysis looked at, if any.
   */
  private readonly unsure: ReadonlyMap<FsNode, string>;
  private unsureSeen: string | undefined;

  constructor(root: FsNode, store: ContentStore = new ContentStore(), source?: ContentSource, unsure: ReadonlyMap<FsNode, string> = new Map()) {
    this.root = root;
    this.store = store;
    this.source = source;
    this.unsure = unsure;
  }

  /**
   * The first path the analysis looked at (by a lookup, or a folder listing it) whose state this
   * tree may not hold as the image does; undefined when it looked at none, so that what it found
   * is what it would have found in the image itself. Listing every path (`walk`) does not count:
   * see `walk`.
   */
  get unsureLookedAt(): string | undefined {
    return this.unsureSeen;
  }

  /** The paths whose state this tree may not hold as the image does, sorted. */
  get unsurePaths(): string[] {
    return [...this.unsure.values()].sort();
  }

  /**
   * Runs `look` without its lookups counting as looking at paths of unsure state: for a count
   * over the tree that those paths cannot enter. Each is an empty file, an empty folder or a link
   * to `/proc/mounts`, none of which holds a module.
   */
  unwatched<T>(look: () => T): T {
    const watching = this.watching;
    this.watching = false;
    try {
      return look();
    } finally {
      this.watching = watching;
    }
  }

  private watching = true;

  private see(node: FsNode): void {
    if (this.unsureSeen === undefined && this.watching && this.unsure.size > 0) this.unsureSeen = this.unsure.get(node);
  }

  /** Releases the spill file of kept contents, if one was needed. */
  close(): void {
    this.store.close();
  }

  /** The path's own node; a symlink in the last component is not followed. */
  lstat(path: string): FsEntry | undefined {
    const found = this.resolve(path, false);
    return found && describe(found);
  }

  /** Follows symlinks all the way. Throws SymlinkLoopError on a loop. */
  stat(path: string): FsEntry | undefined {
    const found = this.resolve(path, true);
    return found && describe(found);
  }

  /** The canonical path with every symlink resolved, or undefined when a component is missing. */
  realpath(path: string): string | undefined {
    const found = this.resolve(path, true);
    return found && joinPath(found.path);
  }

  exists(path: string): boolean {
    return this.resolve(path, true) !== undefined;
  }

  /** Sorted names in a directory (symlinks followed), or undefined when it is not a directory. */
  readdir(path: string): string[] | undefined {
    const found = this.resolve(path, true);
    if (!found?.node.children) return undefined;
    if (this.unsure.size > 0) for (const child of found.node.children.values()) this.see(child);
    return [...found.node.children.keys()].sort();
  }

  /**
   * A directory's entries (symlinks followed to it) with their own types, a symlink as `symlink`.
   * An entry whose state is unsure counts as looked at when the caller asks for it by name or
   * goes through them all, not merely because it is in the listing.
   */
  entries(path: string): Map<string, FileType> | undefined {
    const found = this.resolve(path, true);
    if (!found?.node.children) return undefined;
    const unsureNames = new Map<string, FsNode>();
    if (this.unsure.size > 0) for (const [name, child] of found.node.children) if (this.unsure.has(child)) unsureNames.set(name, child);
    const types = unsureNames.size > 0 ? new WatchedListing(unsureNames, (node) => this.see(node)) : new Map<string, FileType>();
    for (const [name, child] of found.node.children) types.set(name, child.type);
    return types;
  }

  /**
   * The whole content of a regular file (symlinks followed); undefined when there is no such file,
   * or when its whole content was not kept: such a file is remembered, for `readWanted` to read
   * again. A part of a file is never handed out as if it were the file.
   */
  readFile(path: string): Buffer | undefined {
    const found = this.resolve(path, true);
    if (!found || found.node.type !== 'file') return undefined;
    if (!isWhole(found.node)) {
      this.wantedWhole.add(joinPath(found.path));
      return undefined;
    }
    return found.node.content ? this.store.get(found.node.content) : Buffer.alloc(0);
  }

  readText(path: string): string | undefined {
    return this.readFile(path)?.toString('utf8');
  }

  /**
   * The kept bytes of a regular file, which may be only its head (enough for a `#!` line or a
   * metadata header). When nothing was kept, the file is remembered for `readWanted`, and undefined returned.
   */
  readHead(path: string): Buffer | undefined {
    const found = this.resolve(path, true);
    if (!found || found.node.type !== 'file') return undefined;
    if (!found.node.content) {
      if (found.node.size === 0) return Buffer.alloc(0);
      this.wantedHead.add(joinPath(found.path));
      return undefined;
    }
    return this.store.get(found.node.content);
  }

  /**
   * The bytes kept of a regular file (symlinks followed), its head or all of it, with its size;
   * undefined when none were kept. Unlike readHead, nothing is remembered to be read again.
   */
  keptBytes(path: string): { bytes: Buffer; size: number } | undefined {
    const found = this.resolve(path, true);
    if (!found || found.node.type !== 'file') return undefined;
    if (!found.node.content) return found.node.size === 0 ? { bytes: Buffer.alloc(0), size: 0 } : undefined;
    return { bytes: this.store.get(found.node.content), size: found.node.size };
  }

  /** What the dynamic loader reads of an ELF file (symlinks followed), when the reader captured it (ContentSelector.elf). */
  elfOf(path: string): CapturedElf | undefined {
    const found = this.resolve(path, true);
    if (found?.node.type !== 'file' || !found.node.elf) return undefined;
    const { node } = found;
    if ('later' in node.elf!) node.elf = node.elf.later();
    return node.elf;
  }

  /** Whether the whole content of a regular file is at hand; if not, it is remembered for `readWanted`, as readFile does. */
  wantWhole(path: string): boolean {
    const found = this.resolve(path, true);
    if (!found || found.node.type !== 'file') return false;
    if (isWhole(found.node)) return true;
    this.wantedWhole.add(joinPath(found.path));
    return false;
  }

  /** A regular file the analysis needs whole but has only in part (or not at all): how much of it there is. */
  partlyRead(path: string): PartlyRead | undefined {
    const found = this.resolve(path, true);
    if (!found || found.node.type !== 'file' || isWhole(found.node)) return undefined;
    return { path: joinPath(found.path), size: found.node.size, kept: found.node.content?.length ?? 0 };
  }

  /**
   * Where readFile reads a whole file from: bytes in memory, or a range of an open file that a
   * worker thread can read itself. Callers check first that the file was kept whole (partlyRead).
   */
  contentOf(path: string): StoredContent | undefined {
    const found = this.resolve(path, true);
    if (!found || found.node.type !== 'file') return undefined;
    if (!isWhole(found.node)) {
      throw new Error(`the whole content of ${joinPath(found.path)} was not kept: check partlyRead before`);
    }
    return found.node.content ?? Buffer.alloc(0);
  }

  /**
   * Reads again, from the image, the files asked for since the last call whose content was not
   * kept (whole ones whole, up to `wants.whole` bytes; heads up to `wants.head`, a file no
   * larger whole). Files already read as far as asked are not read again. Returns the paths read,
   * and the files asked for whole that are still in part: larger than a file may be kept.
   */
  async readWanted(wants: ContentWants): Promise<{ read: string[]; partlyRead: PartlyRead[] }> {
    const asked = new Map<string, number>();
    for (const path of this.wantedHead) asked.set(path, wants.head);
    for (const path of this.wantedWhole) asked.set(path, wants.whole);
    const wholeAsked = [...this.wantedWhole];
    this.wantedHead.clear();
    this.wantedWhole.clear();
    const requests: ContentRequest[] = [];
    const nodes: FsNode[] = [];
    for (const [path, asking] of asked) {
      const node = this.resolve(path, true)?.node;
      if (!node || node.type !== 'file' || isWhole(node)) continue;
      const keep = Math.min(node.size, this.store.budget.limits.keptBytesPerFile, asking);
      if ((node.content?.length ?? 0) >= keep) continue;
      requests.push({ layer: node.layer, path: node.sourcePath ?? path, size: node.size, keep });
      nodes.push(node);
    }
    const read: string[] = [];
    if (requests.length > 0 && this.source) {
      const contents = await this.source.read(requests, this.store);
      contents.forEach((content, index) => {
        const node = nodes[index]!;
        // Never less than was kept already.
        if (!content || content.length <= (node.content?.length ?? 0)) return;
        node.content = content;
        node.contentComplete = content.length === node.size;
        read.push(requests[index]!.path);
      });
    }
    const partlyRead = wholeAsked.flatMap((path) => this.partlyRead(path) ?? []);
    return { read, partlyRead };
  }

  /**
   * Every path except `/`, depth first, in sorted order; symlinks are listed, not followed. Paths
   * of unsure state are listed without counting as looked at: the analysis walks the tree only
   * to find files by a name of their own (`*.dist-info/entry_points.txt`), which none of them has.
   */
  *walk(): Generator<FsEntry> {
    const stack: Array<{ node: FsNode; path: string[] }> = [{ node: this.root, path: [] }];
    while (stack.length > 0) {
      const { node, path } = stack.pop()!;
      if (path.length > 0) yield describe({ node, path });
      if (node.children) {
        const names = [...node.children.keys()].sort().reverse();
        for (const name of names) stack.push({ node: node.children.get(name)!, path: [...path, name] });
      }
    }
  }

  /** Number of paths in the image, root excluded. */
  get pathCount(): number {
    let count = 0;
    const stack = [this.root];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node.children) {
        count += node.children.size;
        for (const child of node.children.values()) stack.push(child);
      }
    }
    return count;
  }

  private resolve(path: string, followLast: boolean): Resolved | undefined {
    const slash = path.lastIndexOf('/');
    const name = path.slice(slash + 1);
    // The folder part once per folder; a last part that is a symlink, `.` or `..` the long way.
    if (slash > 0 && name !== '' && name !== '.' && name !== '..') {
      const folderPath = path.slice(0, slash);
      let folder = this.folders.get(folderPath);
      if (folder === undefined && !this.folders.has(folderPath)) {
        folder = this.walkTo(folderPath, true);
        this.folders.set(folderPath, folder);
      }
      if (!folder || folder.node.type !== 'dir') return undefined;
      const child = folder.node.children!.get(name);
      if (!child) return undefined;
      this.see(child);
      if (child.type !== 'symlink' || !followLast) return { node: child, path: [...folder.path, name] };
    }
    return this.walkTo(path, followLast);
  }

  /**
   * Resolves a path component by component from the root, in a loop (however long the path or a
   * link's target). A symlink's target is pushed onto the pending components, followed by a marker
   * that records where the link led once its target is consumed; a link met again jumps there.
   * Hops count as Linux counts them, cached links included.
   */
  private walkTo(path: string, followLast: boolean): Resolved | undefined {
    const pending: Array<string | LinkEnd> = pathComponents(path).reverse();
    /** Components (not markers) still pending: none left means the current one is the last. */
    let names = pending.length;
    let stack: Step[] = [];
    const current = (): FsNode => stack.at(-1)?.node ?? this.root;
    let hops = 0;
    const countHops = (more: number): void => {
      hops += more;
      if (hops > MAX_SYMLINK_HOPS) {
        throw new SymlinkLoopError(`symlink loop while resolving ${path.length > 200 ? path.slice(0, 200) + '...' : path} in the image: more than ${MAX_SYMLINK_HOPS} links followed`);
      }
    };
    while (pending.length > 0) {
      const name = pending.pop()!;
      if (typeof name !== 'string') {
        this.links.set(name.key, { steps: stack.slice(), hops: hops - name.hopsBefore });
        continue;
      }
      names--;
      if (name === '..') {
        stack.pop(); // at the root this is a no-op: `..` stops at `/`
        continue;
      }
      const child = current().children?.get(name);
      if (!child) return undefined;
      // Passed through too: where this tree has a folder, the image may have had a link.
      this.see(child);
      if (child.type === 'symlink' && (names > 0 || followLast)) {
        const key = joinPath([...stack.map((step) => step.name), name]);
        const known = this.links.get(key);
        if (known) {
          countHops(known.hops);
          stack = known.steps.slice();
          continue;
        }
        const hopsBefore = hops;
        countHops(1);
        pending.push({ key, hopsBefore });
        const target = child.linkTarget ?? '';
        if (target.startsWith('/')) stack.length = 0;
        const parts = pathComponents(target);
        for (let i = parts.length - 1; i >= 0; i--) pending.push(parts[i]!);
        names += parts.length;
        continue;
      }
      if (names > 0 && child.type !== 'dir') return undefined;
      stack.push({ name, node: child });
    }
    return { node: current(), path: stack.map((part) => part.name) };
  }
}

/** A folder's listing that tells when one of its entries of unsure state is asked for, by name or by going through them all. */
class WatchedListing extends Map<string, FileType> {
  private readonly unsureNames: ReadonlyMap<string, FsNode>;
  private readonly seen: (node: FsNode) => void;

  constructor(unsureNames: ReadonlyMap<string, FsNode>, seen: (node: FsNode) => void) {
    super();
    this.unsureNames = unsureNames;
    this.seen = seen;
  }

  private seeAll(): void {
    for (const node of this.unsureNames.values()) this.seen(node);
  }

  override get(name: string): FileType | undefined {
    const node = this.unsureNames.get(name);
    if (node) this.seen(node);
    return super.get(name);
  }

  override has(name: string): boolean {
    const node = this.unsureNames.get(name);
    if (node) this.seen(node);
    return super.has(name);
  }

  override forEach(callback: (value: FileType, key: string, map: Map<string, FileType>) => void, thisArg?: unknown): void {
    this.seeAll();
    super.forEach(callback, thisArg);
  }

  override entries(): MapIterator<[string, FileType]> {
    this.seeAll();
    return super.entries();
  }

  override keys(): MapIterator<string> {
    this.seeAll();
    return super.keys();
  }

  override values(): MapIterator<FileType> {
    this.seeAll();
    return super.values();
  }

  override [Symbol.iterator](): MapIterator<[string, FileType]> {
    this.seeAll();
    return super[Symbol.iterator]();
  }
}

/** Whether all of a file's bytes were kept (an empty file's none are needed). */
function isWhole(node: FsNode): boolean {
  return node.content !== undefined ? node.contentComplete !== false : node.size === 0;
}

function describe({ node, path }: Resolved): FsEntry {
  const entry: FsEntry = { path: joinPath(path), type: node.type, mode: node.mode, size: node.size, hasContent: node.content !== undefined, hasWholeContent: node.type === 'file' && isWhole(node) };
  if (node.linkTarget !== undefined) entry.linkTarget = node.linkTarget;
  return entry;
}
