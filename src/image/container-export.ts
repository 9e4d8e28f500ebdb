/**
 * A daemon image read as a container of it sees its files: the daemon's export of a container
 * created from the image for the purpose (never started) and removed after. On Docker's classic
 * image store this export streams from its first byte, where `docker image save` first copies
 * every layer to the daemon's own disk and hashes it; and the tree arrives merged, with no layers
 * to apply.
 *
 * It is the image's tree but for what creating a container adds: Docker's init layer (empty
 * `/etc/hosts`, `/etc/hostname`, `/etc/resolv.conf`, `/.dockerenv`, `/dev/console`; the folders
 * `/proc`, `/sys`, `/dev/pts`, `/dev/shm`; `/etc/mtab` linked to `/proc/mounts`), and the working
 * directory or a volume's mount point when the image lacks them. `unsurePaths` names every node
 * whose state may so differ from the image's; an analysis that looks at one of them is run again
 * on the image's own export (see guard.ts), so the result is the image's either way.
 */
import { ImageError } from '../errors.ts';
import type { ContentStore, StoredContent } from './content-store.ts';
import { type ContentRequest, type ContentSource, type FsNode, pathComponents } from './image-fs.ts';
import { type ByteChunks, type ContentSelector, readLayer, type ReadLayerResult } from './layer-reader.ts';
import { applyLayer, TreeBuilder } from './layers.ts';
import { requestedFiles, takeRequested } from './content-sources.ts';

/** What Docker's init layer makes in every container (moby's daemon/initlayer), and how. */
const INIT_LAYER: ReadonlyArray<readonly [string, 'dir' | 'file' | 'link']> = [
  ['/dev/pts', 'dir'],
  ['/dev/shm', 'dir'],
  ['/proc', 'dir'],
  ['/sys', 'dir'],
  ['/.dockerenv', 'file'],
  ['/etc/resolv.conf', 'file'],
  ['/etc/hosts', 'file'],
  ['/etc/hostname', 'file'],
  ['/dev/console', 'file'],
  ['/etc/mtab', 'link'],
];
const MTAB_TARGET = '/proc/mounts';

/** The node at a path, no symlink followed. */
function nodeAt(root: FsNode, path: string): FsNode | undefined {
  let node: FsNode | undefined = root;
  for (const name of pathComponents(path)) {
    node = node.children?.get(name);
    if (!node) return undefined;
  }
  return node;
}

function isEmptyFolder(node: FsNode | undefined): boolean {
  return node?.type === 'dir' && (node.children?.size ?? 0) === 0;
}

/**
 * The nodes of a container export whose state may not be the image's, by path. The init layer
 * replaces what the image has at its paths, unless it is a folder, by an empty file (mode 0755),
 * makes its folders when the image has none, and makes missing parents; creating the container
 * makes the working directory and mount points the image lacks, parents included. So a node counts
 * when its state is one those steps leave: an empty file or an empty folder at such a path, the
 * link to `/proc/mounts`, and a folder that holds nothing but such nodes. What is not counted is
 * the image's own for certain: a folder with other contents, a file with bytes.
 */
export function unsurePaths(root: FsNode, made: { workingDir: string; volumes: readonly string[] }): Map<FsNode, string> {
  const unsure = new Map<FsNode, string>();
  const mark = (path: string): void => {
    const components = pathComponents(path);
    const node = nodeAt(root, path);
    if (!node) return;
    unsure.set(node, '/' + components.join('/'));
    // A parent made along with it holds nothing else.
    for (let depth = components.length - 1; depth > 0; depth--) {
      const parentPath = '/' + components.slice(0, depth).join('/');
      const parent = nodeAt(root, parentPath)!;
      if ([...parent.children!.values()].some((child) => !unsure.has(child))) return;
      unsure.set(parent, parentPath);
    }
  };
  for (const [path, kind] of INIT_LAYER) {
    const node = nodeAt(root, path);
    const asMade = kind === 'dir' ? isEmptyFolder(node) : kind === 'file' ? node?.type === 'file' && node.size === 0 : node?.type === 'symlink' && node.linkTarget === MTAB_TARGET;
    if (asMade) mark(path);
  }
  for (const folder of [made.workingDir, ...made.volumes]) {
    if (folder.startsWith('/') && isEmptyFolder(nodeAt(root, folder))) mark(folder);
  }
  return unsure;
}

/** A container export read: its merged tree, and what it tells about the export. */
export interface ContainerExportReading {
  root: FsNode;
  result: ReadLayerResult;
}

/** Reads a container export (one plain tar of the merged tree) into a tree, keeping what `select` asks for. */
export async function readContainerExport(input: ByteChunks, select: ContentSelector, store: ContentStore, where: string): Promise<ContainerExportReading> {
  const result = await readLayer(input, select, store, where);
  if (result.format !== 'tar') throw new ImageError(`${where}: expected a plain tar from the daemon, found ${result.format}`);
  const tree = new TreeBuilder();
  applyLayer(tree, result.entries, where, 0);
  return { root: tree.root, result };
}

/** Files of a container export read again, from a new export: the first read kept no copy of it. */
export function containerContentSource(exportAgain: () => ByteChunks, where: string): ContentSource {
  return {
    async read(requests: readonly ContentRequest[], store: ContentStore): Promise<Array<StoredContent | undefined>> {
      const contents: Array<StoredContent | undefined> = requests.map(() => undefined);
      const indexes = requests.flatMap((request, index) => (request.layer === 0 ? [index] : []));
      if (indexes.length === 0) return contents;
      const result = await readLayer(exportAgain(), requestedFiles(requests, indexes), store, where);
      takeRequested(result, requests, indexes, contents);
      return contents;
    },
  };
}
