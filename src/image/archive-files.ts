import { readSync } from 'node:fs';
import { type FileHandle, open, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { ImageError } from '../errors.ts';
import type { ByteChunks } from './layer-reader.ts';
import { type IndexedEntry, indexTar, TarFormatError } from './tar.ts';

/**
 * The files of an image layout (docker-archive or OCI), whether they sit in a directory or inside
 * a tar archive. Paths are relative to the layout's top, `/`-separated.
 */
export interface ArchiveFiles {
  /** How messages name this layout: the file or directory the user gave. */
  readonly location: string;
  size(name: string): Promise<number | undefined>;
  read(name: string, maxBytes: number): Promise<Buffer>;
  /** The file's bytes in chunks of one reused buffer (see ByteChunks). */
  chunks(name: string): ByteChunks;
  /** Where the file's bytes lie as they are, in a file of the host, for reading in place. */
  where(name: string): Promise<{ file: string; offset: number; size: number } | undefined>;
  close(): Promise<void>;
}

const READ_CHUNK = 4 * 1024 * 1024;
const MAX_LINK_HOPS = 40;

export function cleanName(name: string): string {
  const parts: string[] = [];
  for (const part of name.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return '..'; // marks an escape; callers treat it as missing
      parts.pop();
    } else parts.push(part);
  }
  return parts.join('/');
}

/** A layout stored as a directory (OCI image layout, or an extracted docker-archive). */
export class DirectoryFiles implements ArchiveFiles {
  readonly location: string;
  private readonly top: string;

  private constructor(location: string, top: string) {
    this.location = location;
    this.top = top;
  }

  static async open(directory: string): Promise<DirectoryFiles> {
    return new DirectoryFiles(directory, await realpath(directory));
  }

  /** The real path of a layout file, refusing anything that resolves outside the layout. */
  private async locate(name: string): Promise<string | undefined> {
    const clean = cleanName(name);
    if (clean === '..' || clean === '') return undefined;
    try {
      const real = await realpath(path.join(this.top, clean));
      if (real !== this.top && !real.startsWith(this.top + path.sep)) {
        throw new ImageError(`${this.location}: ${name} points outside the layout directory`);
      }
      return real;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  async size(name: string): Promise<number | undefined> {
    const real = await this.locate(name);
    if (!real) return undefined;
    const info = await stat(real);
    return info.isFile() ? info.size : undefined;
  }

  async read(name: string, maxBytes: number): Promise<Buffer> {
    const real = await this.locate(name);
    if (!real) throw new ImageError(`${this.location}: ${name} is missing`);
    const handle = await open(real, 'r');
    try {
      const info = await handle.stat();
      if (info.size > maxBytes) throw new ImageError(`${this.location}: ${name} is ${info.size} bytes, more than the ${maxBytes} expected`);
      return await handle.readFile();
    } finally {
      await handle.close();
    }
  }

  async *chunks(name: string): AsyncGenerator<Buffer> {
    const real = await this.locate(name);
    if (!real) throw new ImageError(`${this.location}: ${name} is missing`);
    const handle = await open(real, 'r');
    try {
      yield* readRange(handle, 0, (await handle.stat()).size, `${this.location}: ${name}`);
    } finally {
      await handle.close();
    }
  }

  async where(name: string): Promise<{ file: string; offset: number; size: number } | undefined> {
    const real = await this.locate(name);
    if (!real) return undefined;
    const info = await stat(real);
    return info.isFile() ? { file: real, offset: 0, size: info.size } : undefined;
  }

  async close(): Promise<void> {}
}

/**
 * Positioned reads of one byte range into two reused buffers: reading an image allocates 2 MiB,
 * not the image's size, and the next read runs while the consumer works on the current chunk.
 */
async function* readRange(handle: FileHandle, start: number, size: number, what: string): AsyncGenerator<Buffer> {
  if (size === 0) return;
  const buffers = [Buffer.allocUnsafe(Math.min(READ_CHUNK, size)), Buffer.allocUnsafe(Math.min(READ_CHUNK, size))] as const;
  const readInto = (buffer: Buffer, position: number) => handle.read(buffer, 0, Math.min(buffer.length, start + size - position), position);
  let position = start;
  let which = 0;
  let pending = readInto(buffers[0], position);
  // A consumer that stops early leaves one read in flight: its outcome no longer matters.
  try {
    yield* chunksFrom();
  } finally {
    pending.catch(() => {});
  }
  async function* chunksFrom(): AsyncGenerator<Buffer> {
  while (true) {
    const { bytesRead } = await pending;
    if (bytesRead === 0) throw new ImageError(`${what} is truncated: the file ended ${start + size - position} bytes early`);
    const current = buffers[which]!;
    position += bytesRead;
    which ^= 1;
    if (position < start + size) pending = readInto(buffers[which]!, position);
    yield current.subarray(0, bytesRead);
    if (position >= start + size) return;
  }
  }
}

/** What link following needs of an archive's entry. */
interface LinkedEntry {
  type: string;
  linkName: string;
}

/**
 * The regular-file entry a name leads to in an archive's entries (by clean name), following
 * symlinks and hardlinks, as legacy `docker save` uses them for repeated layers.
 */
export function followLinks<T extends LinkedEntry>(entries: ReadonlyMap<string, T>, name: string, location: string): T | undefined {
  let current = cleanName(name);
  for (let hop = 0; hop <= MAX_LINK_HOPS; hop++) {
    const entry = entries.get(current);
    if (!entry) return undefined;
    if (entry.type === 'file') return entry;
    if (entry.type === 'symlink') {
      const base = entry.linkName.startsWith('/') ? '' : path.posix.dirname(current);
      current = cleanName(`${base}/${entry.linkName}`);
    } else if (entry.type === 'hardlink') {
      current = cleanName(entry.linkName);
    } else return undefined;
  }
  throw new ImageError(`${location}: link loop at ${name}`);
}

/** A layout stored inside a tar file: indexed once by seeking past contents, then read by range. */
export class TarFiles implements ArchiveFiles {
  readonly location: string;
  private readonly handle: FileHandle;
  private readonly entries: Map<string, IndexedEntry>;
  /** Where the last entry's data ends: the end-of-archive blocks, and anything after them, start here. */
  readonly entriesEnd: number;

  /** The archive's real path. */
  private readonly file: string;

  private constructor(location: string, file: string, handle: FileHandle, entries: Map<string, IndexedEntry>, entriesEnd: number) {
    this.location = location;
    this.file = file;
    this.handle = handle;
    this.entries = entries;
    this.entriesEnd = entriesEnd;
  }

  static async open(file: string): Promise<TarFiles> {
    const handle = await open(file, 'r');
    try {
      const { size } = await handle.stat();
      // An archive's headers are few and small: read in place, each at once.
      const readAt = (position: number, length: number): Buffer => {
        const buffer = Buffer.alloc(length);
        let filled = 0;
        while (filled < length) {
          const bytesRead = readSync(handle.fd, buffer, filled, length - filled, position + filled);
          if (bytesRead === 0) break;
          filled += bytesRead;
        }
        return buffer.subarray(0, filled);
      };
      const listed = indexTar(readAt, size);
      const entries = new Map<string, IndexedEntry>();
      let entriesEnd = 0;
      for (const entry of listed) {
        entries.set(cleanName(entry.name), entry);
        entriesEnd = Math.max(entriesEnd, entry.dataOffset + (entry.type === 'file' ? Math.ceil(entry.size / 512) * 512 : 0));
      }
      return new TarFiles(file, await realpath(file), handle, entries, entriesEnd);
    } catch (error) {
      await handle.close();
      if (error instanceof TarFormatError) throw new ImageError(`${file}: not a valid tar archive (${error.message})`);
      throw error;
    }
  }

  /** Names of all entries, for content sniffing. */
  names(): string[] {
    return [...this.entries.keys()];
  }

  /** Follows symlinks and hardlinks inside the archive, as legacy `docker save` uses them for repeated layers. */
  private locate(name: string): IndexedEntry | undefined {
    return followLinks(this.entries, name, this.location);
  }

  size(name: string): Promise<number | undefined> {
    return Promise.resolve(this.locate(name)?.size);
  }

  async read(name: string, maxBytes: number): Promise<Buffer> {
    const entry = this.locate(name);
    if (!entry) throw new ImageError(`${this.location}: ${name} is missing from the archive`);
    if (entry.size > maxBytes) throw new ImageError(`${this.location}: ${name} is ${entry.size} bytes, more than the ${maxBytes} expected`);
    const buffer = Buffer.alloc(entry.size);
    const { bytesRead } = await this.handle.read(buffer, 0, entry.size, entry.dataOffset);
    if (bytesRead !== entry.size) throw new ImageError(`${this.location}: ${name} is truncated`);
    return buffer;
  }

  /** The archive's bytes from `start` to `end`, as they are stored. */
  async *range(start: number, end: number): AsyncGenerator<Buffer> {
    yield* readRange(this.handle, start, end - start, this.location);
  }

  async *chunks(name: string): AsyncGenerator<Buffer> {
    const entry = this.locate(name);
    if (!entry) throw new ImageError(`${this.location}: ${name} is missing from the archive`);
    yield* readRange(this.handle, entry.dataOffset, entry.size, `${this.location}: ${name}`);
  }

  where(name: string): Promise<{ file: string; offset: number; size: number } | undefined> {
    const entry = this.locate(name);
    return Promise.resolve(entry && { file: this.file, offset: entry.dataOffset, size: entry.size });
  }

  async close(): Promise<void> {
    await this.handle.close();
  }
}
