import { closeSync, mkdirSync, openSync, readSync, unlinkSync, writeSync } from 'node:fs';
import { constants as zlibConstants, zstdCompressSync, zstdDecompressSync } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import { ImageError } from '../errors.ts';
import { formatBytes } from '../units.ts';
import { ImageBudget, limitMessage, type ReadLimits } from './limits.ts';

/** Bytes of an open file: the spill file, or an image file whose layers are stored uncompressed. */
export interface FileRange {
  /** A descriptor of this process: worker threads may read it too. */
  fd: number;
  offset: number;
  length: number;
}

/**
 * Contents packed one after another and compressed together once the block is full: one call
 * per block costs a fraction of one per file, and compresses better. While open, the block's
 * bytes are in `raw`; once sealed, in `packed` (a zstd frame of `rawLength` bytes).
 */
export interface PackedBlock {
  readonly id: number;
  raw?: Buffer | undefined;
  packed?: Buffer;
  rawLength: number;
}

/** Content kept in a packed block; `length` is its size as the file holds it. */
export interface PackedContent {
  block: PackedBlock;
  offset: number;
  length: number;
}

/** Kept file content: in memory, packed and compressed in memory, or a range of a file. */
export type StoredContent = Buffer | FileRange | PackedContent;

export function isPacked(content: StoredContent): content is PackedContent {
  return !Buffer.isBuffer(content) && 'block' in content;
}

const DEFAULT_MEMORY_BUDGET = 32 * 1024 * 1024;
/**
 * Compressed bytes kept in memory once the plain budget is spent. Python sources shrink about
 * fourfold with zstd's fast levels, so an image streamed from the daemon (whose kept contents
 * have no file to stay in) keeps a few hundred megabytes of sources in this much memory instead
 * of on the temporary disk.
 */
const DEFAULT_COMPRESSED_BUDGET = 96 * 1024 * 1024;
/** Raw bytes of a packed block; a larger content is a block of its own. */
const BLOCK_BYTES = 128 * 1024;
const ZSTD_FAST = { params: { [zlibConstants.ZSTD_c_compressionLevel]: 1 } };
let nextBlockId = 0;
/** Small contents share slabs: one allocation for many files keeps the collector idle. */
const SLAB_BYTES = 1024 * 1024;
const OWN_BUFFER_FROM = 64 * 1024;

/**
 * Holds the file contents the analysis asked for. The first `memoryBudget` bytes stay in memory;
 * the rest goes to a temporary file, so peak memory does not grow with the image (a large image
 * can hold hundreds of megabytes of Python sources). The file is unlinked as soon as it is
 * opened: nothing is left behind, even if the process dies. It grows to `limits.spillBytes` at
 * most; a full disk ends the read with a message, not a stack trace.
 *
 * One store serves every layer of an image, so it also carries the image's read budget.
 */
export class ContentStore {
  readonly budget: ImageBudget;
  private readonly memoryBudget: number;
  private readonly compressedBudget: number;
  private readonly spillDir: string;
  private inMemory = 0;
  private compressed = 0;
  private spillFd: number | undefined;
  private spilled = 0;
  private slab = Buffer.alloc(0);
  private slabUsed = 0;
  /** Staging for contents that will be spilled; reused for each. */
  private scratch = Buffer.alloc(0);
  /** The block being packed, and the buffer every block is packed in before it is sealed. */
  private block: PackedBlock | undefined;
  private readonly staging = Buffer.allocUnsafe(BLOCK_BYTES);
  /** Files opened by `attach`, by path. */
  private readonly attached = new Map<string, number>();
  private closed = false;

  constructor(options: { memoryBudget?: number; compressedBudget?: number; spillDir?: string; limits?: Partial<ReadLimits> } = {}) {
    this.memoryBudget = options.memoryBudget ?? DEFAULT_MEMORY_BUDGET;
    this.compressedBudget = options.compressedBudget ?? DEFAULT_COMPRESSED_BUDGET;
    this.spillDir = options.spillDir ?? os.tmpdir();
    this.budget = new ImageBudget(options.limits);
  }

  /**
   * A buffer to copy the next content into before `put`: a slice of a shared slab while the
   * memory budget lasts, else the reused staging buffer (valid until the next `allocate`).
   */
  allocate(size: number): Buffer {
    if (this.inMemory + size > this.memoryBudget) {
      if (this.scratch.length < size) this.scratch = Buffer.allocUnsafe(Math.max(size, 2 * this.scratch.length));
      return this.scratch.subarray(0, size);
    }
    if (size >= OWN_BUFFER_FROM) return Buffer.allocUnsafe(size);
    if (this.slabUsed + size > this.slab.length) {
      this.slab = Buffer.allocUnsafe(SLAB_BYTES);
      this.slabUsed = 0;
    }
    this.slabUsed += size;
    return this.slab.subarray(this.slabUsed - size, this.slabUsed);
  }

  /** Packs a content into the open block, sealing it when full; a content larger than a block is sealed alone. */
  private pack(data: Buffer): PackedContent {
    if (data.length > BLOCK_BYTES) {
      const block: PackedBlock = { id: nextBlockId++, raw: data, rawLength: data.length };
      this.seal(block);
      return { block, offset: 0, length: data.length };
    }
    if (this.block && this.block.rawLength + data.length > BLOCK_BYTES) this.seal(this.block);
    const block = (this.block ??= { id: nextBlockId++, raw: this.staging, rawLength: 0 });
    data.copy(this.staging, block.rawLength);
    const content = { block, offset: block.rawLength, length: data.length };
    block.rawLength += data.length;
    return content;
  }

  private seal(block: PackedBlock): void {
    // Compressed into one output chunk large enough for any frame, then copied to its own size,
    // and that chunk released at once: none of it is left for the collector.
    const chunk = frameBound(block.rawLength);
    const packed = zstdCompressSync(block.raw!.subarray(0, block.rawLength), { ...ZSTD_FAST, chunkSize: chunk });
    block.packed = Buffer.from(packed);
    release(packed, chunk);
    block.raw = undefined;
    this.compressed += block.packed.length;
    if (block === this.block) this.block = undefined;
  }

  /** Keeps a content; `where` names what it is read from (a layer) for messages. */
  put(data: Buffer, where = 'kept file contents'): StoredContent {
    if (this.inMemory + data.length <= this.memoryBudget) {
      this.inMemory += data.length;
      return data;
    }
    if (this.compressed < this.compressedBudget) return this.pack(data);
    const limit = this.budget.limits.spillBytes;
    if (this.spilled + data.length > limit) {
      throw new ImageError(limitMessage(where, `the file contents kept for the analysis need more than ${formatBytes(limit)} of temporary disk space`, `${formatBytes(limit)} for the spill file in ${this.spillDir}`));
    }
    try {
      const fd = (this.spillFd ??= this.openSpillFile());
      const offset = this.spilled;
      for (let written = 0; written < data.length; ) written += writeSync(fd, data, written, data.length - written, offset + written);
      this.spilled += data.length;
      return { fd, offset, length: data.length };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOSPC' || code === 'EDQUOT') {
        throw new ImageError(
          `${where}: no disk space left in ${this.spillDir} for the file contents kept for the analysis (${formatBytes(this.spilled)} written, ${code}): free space there, or point the temporary directory (TMPDIR; RUNNER_TEMP in the Action) to a larger disk`,
        );
      }
      throw error;
    }
  }

  /**
   * Opens a file (read-only, until `close`) whose byte ranges can then stand for contents: an
   * uncompressed layer's files are read where they lie, not copied.
   */
  attach(file: string): number {
    let fd = this.attached.get(file);
    if (fd === undefined) {
      fd = openSync(file, 'r');
      this.attached.set(file, fd);
    }
    return fd;
  }

  /** A content's bytes, the caller's to keep. */
  get(content: StoredContent): Buffer {
    if (Buffer.isBuffer(content)) return content;
    if (isPacked(content)) return Buffer.from(contentBytes(content));
    if (this.closed) throw new Error('content store is closed');
    return readRange(content);
  }

  /** Bytes held in memory (plain, and compressed in sealed blocks) and in the spill file. */
  get usage(): { memory: number; compressed: number; spilled: number } {
    return { memory: this.inMemory, compressed: this.compressed, spilled: this.spilled };
  }

  close(): void {
    this.closed = true;
    if (this.spillFd !== undefined) closeSync(this.spillFd);
    this.spillFd = undefined;
    for (const fd of this.attached.values()) closeSync(fd);
    this.attached.clear();
  }

  private openSpillFile(): number {
    mkdirSync(this.spillDir, { recursive: true });
    const file = path.join(this.spillDir, `import-guard-content-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`);
    const fd = openSync(file, 'wx+', 0o600);
    unlinkSync(file);
    return fd;
  }
}

/**
 * One buffer reused for contents read only to be decoded at once (a scan): reading into fresh
 * memory costs twice the time of the read itself, and the collector's attention after.
 */
export class ScratchBuffer {
  private buffer = Buffer.alloc(0);

  /** `size` bytes, valid until the next take. */
  take(size: number): Buffer {
    if (this.buffer.length < size) this.buffer = Buffer.allocUnsafe(Math.max(size, 2 * this.buffer.length, 64 * 1024));
    return this.buffer.subarray(0, size);
  }
}

/**
 * The block unpacked last on this thread: the files of one block are mostly read one after
 * another. Only views lent by `contentBytes` point into it, so when another block replaces it,
 * its memory is released at once instead of waiting for the collector: the walk unpacks a block
 * for nearly every module it reads, and that garbage would otherwise pile up by the hundred megabytes.
 */
let unpacked: { id: number; bytes: Buffer; chunk: number } | undefined;

function blockBytes(block: PackedBlock): Buffer {
  if (block.raw) return block.raw;
  if (unpacked?.id !== block.id) {
    if (unpacked) release(unpacked.bytes, unpacked.chunk);
    const size = Math.max(1, block.rawLength);
    // One output chunk a byte larger than the block: the result is a view of it, not a
    // concatenation, and no second chunk is made for output that might follow a full one.
    const chunk = Math.max(64, size + 1);
    unpacked = { id: block.id, bytes: zstdDecompressSync(block.packed!, { maxOutputLength: size, chunkSize: chunk }), chunk };
  }
  return unpacked.bytes;
}

/**
 * Frees the memory of zlib's output chunk (`chunk` bytes) that `buffer` is a view of, now, when
 * nothing else can see it. Only a chunk of its own: a small one is a slice of Node's shared pool.
 */
function release(buffer: Buffer, chunk: number): void {
  const memory = buffer.buffer;
  if (memory instanceof ArrayBuffer && buffer.byteOffset === 0 && memory.byteLength === chunk) memory.transfer(0);
}

/** The largest zstd frame `size` bytes can compress to (ZSTD_compressBound), and a little more. */
function frameBound(size: number): number {
  return size + (size >> 8) + 1024;
}

/**
 * A content's bytes, on any thread of this process while its store is open; a file range into
 * `scratch`, when given. Lent, not given: valid only until the next call on this thread (a packed
 * content is a view of the block unpacked last). `ContentStore.get` gives a copy to keep.
 */
export function contentBytes(content: StoredContent, scratch?: ScratchBuffer): Buffer {
  if (Buffer.isBuffer(content)) return content;
  if (!isPacked(content)) return readRange(content, scratch);
  return blockBytes(content.block).subarray(content.offset, content.offset + content.length);
}

/** Reads a file range in full; on any thread of this process, while its store is open. Into `scratch`, when given. */
export function readRange(range: FileRange, scratch?: ScratchBuffer): Buffer {
  const buffer = scratch ? scratch.take(range.length) : Buffer.allocUnsafe(range.length);
  for (let read = 0; read < range.length; ) {
    const bytes = readSync(range.fd, buffer, read, range.length - read, range.offset + read);
    if (bytes === 0) throw new Error(`file ended early: ${range.length - read} bytes of a kept content are missing`);
    read += bytes;
  }
  return buffer;
}
