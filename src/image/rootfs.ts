import { closeSync, constants, fstatSync, openSync } from 'node:fs';
import { lstat, open, opendir, readlink } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../logger.ts';
import type { ContentStore } from './content-store.ts';
import { type FsNode, newDirectory } from './image-fs.ts';
import { type ContentSelector, fileRangeSource } from './layer-reader.ts';
import { type CapturedElf, captureElf } from '../native/elf-capture.ts';
import { ImageError } from '../errors.ts';
import { imagePath, TreeBuilder } from './layers.ts';
import { limitMessage, MAX_PATH_DEPTH } from './limits.ts';

/**
 * Reads an unpacked root filesystem from disk. Nothing is followed: symlinks are recorded with
 * their targets and resolved later inside the image tree, so a link to `/etc` names the image's
 * `/etc`, never the host's. The bounds of a layer hold here too: paths per image, path depth,
 * bytes kept per file and the spill file's size.
 */
export async function readRootfs(top: string, select: ContentSelector, store: ContentStore, logger: Logger): Promise<TreeBuilder> {
  const tree = new TreeBuilder();
  const { keptBytesPerFile } = store.budget.limits;
  const pending: Array<{ dir: string; path: string; depth: number }> = [{ dir: top, path: '', depth: 0 }];
  while (pending.length > 0) {
    const { dir, path: folder, depth } = pending.pop()!;
    let handle;
    try {
      handle = await opendir(dir);
    } catch (error) {
      logger.warn(`cannot list ${dir}: ${(error as Error).message}; its contents are left out`);
      continue;
    }
    for await (const dirent of handle) {
      if (depth >= MAX_PATH_DEPTH) {
        throw new ImageError(limitMessage(top, `${path.join(dir, dirent.name)} has more than ${MAX_PATH_DEPTH} path components`, `${MAX_PATH_DEPTH} path components`));
      }
      const full = path.join(dir, dirent.name);
      const child = folder === '' ? dirent.name : `${folder}/${dirent.name}`;
      const info = await lstat(full);
      const mode = info.mode & 0o7777;
      let node: FsNode;
      if (info.isDirectory()) {
        node = newDirectory(mode);
        pending.push({ dir: full, path: child, depth: depth + 1 });
      } else if (info.isSymbolicLink()) {
        node = { type: 'symlink', mode, size: 0, linkTarget: await readlink(full) };
      } else if (info.isFile()) {
        node = { type: 'file', mode, size: info.size };
        const wanted = Math.min(select(imagePath(child), info.size), keptBytesPerFile);
        if (wanted > 0) {
          const head = await readHead(full, Math.min(wanted, info.size));
          node.content = store.put(head, full);
          node.contentComplete = head.length === info.size;
        }
        if (select.elf?.(imagePath(child), info.size)) node.elf = { later: () => readElfFacts(full) };
      } else if (info.isCharacterDevice()) node = { type: 'char', mode, size: 0 };
      else if (info.isBlockDevice()) node = { type: 'block', mode, size: 0 };
      else if (info.isFIFO()) node = { type: 'fifo', mode, size: 0 };
      else continue; // sockets cannot be part of an image
      tree.put(child, node, top);
    }
  }
  return tree;
}

/** What the dynamic loader reads of a file of the folder (refused, like readHead, if it became a link). */
function readElfFacts(file: string): CapturedElf {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (error) {
    // Gone or swapped for a link since the folder was read: the loader would not find this file either.
    return { ident: new Uint8Array(0), read: { status: 'unreadable', problem: 'truncated', reason: `${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` } };
  }
  try {
    return captureElf(fileRangeSource(fd, 0, fstatSync(fd).size));
  } finally {
    closeSync(fd);
  }
}

export async function readHead(file: string, bytes: number): Promise<Buffer> {
  // O_NOFOLLOW: the path was a regular file at lstat time; refuse it if it was swapped for a link since.
  const handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW);
  try {
    const buffer = Buffer.alloc(bytes);
    let filled = 0;
    while (filled < bytes) {
      const { bytesRead } = await handle.read(buffer, filled, bytes - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}
