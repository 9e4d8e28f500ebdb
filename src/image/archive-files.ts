import { createReadStream } from 'node:fs';
import { type FileHandle, open, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { ImageError } from '../errors.ts';
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
  stream(name: string): Readable;
  close(): Promise<void>;
}

const READ_CHUNK = 1024 * 1024;
const MAX_LINK_HOPS = 40;

function cleanName(name: string): string {
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

  stream(name: string): Readable {
    // Resolution is asynchronous; the stream fails with a clear error if the file is missing.
    return Readable.from(this.streamChunks(name));
  }

  private async *streamChunks(name: string): AsyncGenerator<Buffer> {
    const real = await this.locate(name);
    if (!real) throw new ImageError(`${this.location}: ${name} is missing`);
    yield* createReadStream(real, { highWaterMark: READ_CHUNK }) as AsyncIterable<Buffer>;
  }

  async close(): Promise<void> {}
}

/** A layout stored inside a tar file: indexed once by seeking past contents, then read by range. */
export class TarFiles implements ArchiveFiles {
  readonly location: string;
  private readonly handle: FileHandle;
  private readonly entries: Map<string, IndexedEntry>;

  private constructor(location: string, handle: FileHandle, entries: Map<string, IndexedEntry>) {
    this.location = location;
    this.handle = handle;
    this.entries = entries;
  }

  static async open(file: string): Promise<TarFiles> {
    const handle = await open(file, 'r');
    try {
      const { size } = await handle.stat();
      const readAt = async (position: number, length: number): Promise<Buffer> => {
        const buffer = Buffer.alloc(length);
        let filled = 0;
        while (filled < length) {
          const { bytesRead } = await handle.read(buffer, filled, length - filled, position + filled);
          if (bytesRead === 0) break;
          filled += bytesRead;
        }
        return buffer.subarray(0, filled);
      };
      const listed = await indexTar(readAt, size);
      const entries = new Map<string, IndexedEntry>();
      for (const entry of listed) entries.set(cleanName(entry.name), entry);
      return new TarFiles(file, handle, entries);
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
    let current = cleanName(name);
    for (let hop = 0; hop <= MAX_LINK_HOPS; hop++) {
      const entry = this.entries.get(current);
      if (!entry) return undefined;
      if (entry.type === 'file') return entry;
      if (entry.type === 'symlink') {
        const base = entry.linkName.startsWith('/') ? '' : path.posix.dirname(current);
        current = cleanName(`${base}/${entry.linkName}`);
      } else if (entry.type === 'hardlink') {
        current = cleanName(entry.linkName);
      } else return undefined;
    }
    throw new ImageError(`${this.location}: link loop at ${name}`);
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

  stream(name: string): Readable {
    const entry = this.locate(name);
    if (!entry) {
      const missing = new Readable({ read() {} });
      missing.destroy(new ImageError(`${this.location}: ${name} is missing from the archive`));
      return missing;
    }
    if (entry.size === 0) return Readable.from([]);
    return createReadStream('', {
      fd: this.handle,
      autoClose: false,
      start: entry.dataOffset,
      end: entry.dataOffset + entry.size - 1,
      highWaterMark: READ_CHUNK,
    });
  }

  async close(): Promise<void> {
    await this.handle.close();
  }
}
