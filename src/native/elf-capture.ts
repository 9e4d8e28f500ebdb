/**
 * What the dynamic loader reads of an ELF file, captured from its bytes as they stream past once:
 * a layer read from a stream (an image export, a compressed blob) cannot be read again but by
 * streaming it whole again. The ELF header and the program headers come first; the dynamic
 * segment lies near the end of the file and points back to the string and version tables near
 * its start. So the capture keeps the start of the file (the first loadable segment, where
 * linkers put `.dynstr` and `.gnu.version_r`, up to a cap) and the dynamic segment, and reads the
 * object (readElf) from those once the file has passed. Only these ranges are held while the file
 * flows, in buffers reused from file to file; only the facts are kept after it.
 */
import { type ByteRange, type ByteSource, mergeRanges } from './byte-source.ts';
import { type ElfRead, readElf } from './elf.ts';

/** Bytes kept from the start of every file: the ELF header, the program headers, and more. */
export const CAPTURE_HEAD_BYTES = 64 * 1024;
/** Bytes kept at most of the first loadable segment (the tables the dynamic segment points to; libLLVM's names start past 1 MiB). */
export const CAPTURE_FIRST_SEGMENT_BYTES = 4 * 1024 * 1024;
/** Bytes kept at most of the dynamic segment and of any other range a read asks for. */
export const CAPTURE_RANGE_BYTES = 256 * 1024;
/** The ELF identification bytes the loader judges first (class, data encoding, machine). */
export const IDENT_BYTES = 20;

/** What a capture gives: the identification bytes (for the loader's first judgement) and the read. */
export interface CapturedElf {
  ident: Uint8Array;
  read: ElfRead;
}

/**
 * A file's loader facts, or how to read them when first asked: a file that lies at hand (a layer
 * read in place, a folder) is read only if the walk reaches a module that needs it.
 */
export type ElfFacts = CapturedElf | { later: () => CapturedElf };

const PT_LOAD = 1;

/** One kept range of the file, filled as its bytes pass; `whole` is the buffer it borrowed. */
interface Kept {
  offset: number;
  bytes: Buffer;
  whole: Buffer;
}

/** Memory a capture keeps its ranges in, reused by the next capture once one has finished. */
export class CaptureBuffers {
  private readonly free: Buffer[] = [];

  take(size: number): Buffer {
    const index = this.free.findIndex((buffer) => buffer.length >= size);
    return index >= 0 ? this.free.splice(index, 1)[0]! : Buffer.allocUnsafe(Math.max(size, 4096));
  }

  give(buffer: Buffer): void {
    // A few of each size are enough: files come one at a time.
    if (this.free.length < 8) this.free.push(buffer);
  }
}

/** `range` less the parts `taken` covers, in order. */
function subtract(range: ByteRange, taken: readonly ByteRange[]): ByteRange[] {
  let pieces = [range];
  for (const cut of taken) {
    pieces = pieces.flatMap((piece) => {
      const end = piece.offset + piece.length;
      const cutEnd = cut.offset + cut.length;
      if (cutEnd <= piece.offset || cut.offset >= end) return [piece];
      const left = { offset: piece.offset, length: Math.max(0, cut.offset - piece.offset) };
      const right = { offset: cutEnd, length: Math.max(0, end - cutEnd) };
      return [left, right].filter((part) => part.length > 0);
    });
  }
  return pieces;
}

/** Captures one file's loader facts from its bytes, written in order (see the module's comment). */
export class ElfCapture {
  private readonly size: number;
  private readonly buffers: CaptureBuffers;
  private position = 0;
  /** Disjoint ranges being kept, each filled as its bytes pass. */
  private kept: Kept[] = [];
  private planDone = false;
  private notElf = false;

  constructor(size: number, buffers: CaptureBuffers = new CaptureBuffers()) {
    this.size = size;
    this.buffers = buffers;
    this.plan([{ offset: 0, length: Math.min(size, CAPTURE_HEAD_BYTES) }]);
  }

  /** The file's next bytes. */
  write(piece: Uint8Array): void {
    // A piece that runs past a point where the plan grows (the head's end, a kept range's end) is
    // taken in two: the ranges planned there may start in the rest of it.
    for (let at = 0; at < piece.length; ) {
      const stop = this.nextPlanPoint();
      const take = stop > this.position ? Math.min(piece.length - at, stop - this.position) : piece.length - at;
      this.consume(piece.subarray(at, at + take));
      at += take;
    }
  }

  /** Where the plan grows next: the end of the head, then the end of each kept range. */
  private nextPlanPoint(): number {
    if (this.notElf) return Infinity;
    if (!this.planDone) return Math.min(this.size, CAPTURE_HEAD_BYTES);
    let next = Infinity;
    for (const kept of this.kept) {
      const end = kept.offset + kept.bytes.length;
      if (end > this.position && end < next) next = end;
    }
    return next;
  }

  private consume(piece: Uint8Array): void {
    const start = this.position;
    const end = start + piece.length;
    this.position = end;
    if (this.notElf) return;
    for (const kept of this.kept) {
      const from = Math.max(start, kept.offset);
      const to = Math.min(end, kept.offset + kept.bytes.length);
      if (from < to) kept.bytes.set(piece.subarray(from - start, to - start), from - kept.offset);
    }
    if (start < 4 && end >= Math.min(4, this.size) && !this.looksLikeElf()) {
      this.notElf = true;
      return;
    }
    if (!this.planDone) {
      if (end >= Math.min(this.size, CAPTURE_HEAD_BYTES)) this.planFromHead();
    } else if (this.kept.some((kept) => kept.offset + kept.bytes.length === end)) {
      // A range has just passed (the dynamic segment, say): what does it point to that is still ahead?
      this.planAhead();
    }
  }

  /** At the file's end: what the loader would read of it. */
  finish(): CapturedElf {
    const source = this.source();
    const ident = Uint8Array.from(source.read(0, Math.min(IDENT_BYTES, this.size)) ?? []);
    const read: ElfRead = this.notElf ? { status: 'unreadable', problem: 'not-elf', reason: 'not an ELF file' } : readElf(source);
    for (const kept of this.kept) this.buffers.give(kept.whole);
    this.kept = [];
    return { ident, read };
  }

  /** Keeps the parts of `ranges` still ahead that are not kept already, each within the cap. */
  private plan(ranges: readonly ByteRange[]): void {
    const taken: ByteRange[] = [{ offset: 0, length: this.position }, ...this.kept.map((kept) => ({ offset: kept.offset, length: kept.bytes.length }))];
    for (const range of mergeRanges(ranges)) {
      for (const piece of subtract(range, taken)) {
        if (piece.offset + piece.length > this.size) continue;
        const whole = this.buffers.take(piece.length);
        this.kept.push({ offset: piece.offset, bytes: whole.subarray(0, piece.length), whole });
        taken.push(piece);
      }
    }
  }

  private looksLikeElf(): boolean {
    const head = this.source().read(0, Math.min(4, this.size));
    return head !== undefined && head.length === 4 && head[0] === 0x7f && head[1] === 0x45 && head[2] === 0x4c && head[3] === 0x46;
  }

  /** The kept bytes that have passed, as a source: a range spread over adjacent kept ranges is joined. */
  private source(): ByteSource {
    const kept = [...this.kept].sort((a, b) => a.offset - b.offset);
    const passed = this.position;
    return {
      size: this.size,
      read(offset, length) {
        if (offset < 0 || length < 0 || offset + length > passed) return undefined;
        const within = kept.find((item) => offset >= item.offset && offset + length <= item.offset + item.bytes.length);
        if (within) return within.bytes.subarray(offset - within.offset, offset - within.offset + length);
        const joined = Buffer.allocUnsafe(length);
        let at = offset;
        for (const item of kept) {
          if (item.offset > at || item.offset + item.bytes.length <= at) continue;
          const take = Math.min(offset + length, item.offset + item.bytes.length) - at;
          item.bytes.copy(joined, at - offset, at - item.offset, at - item.offset + take);
          at += take;
          if (at === offset + length) return joined;
        }
        return undefined;
      },
    };
  }

  /** Once the head has passed: the first loadable segment, and what a read of the head asks for next. */
  private planFromHead(): void {
    this.planDone = true;
    const first = firstLoadSegment(this.source());
    if (first) this.plan([{ offset: first.offset, length: Math.min(first.length, CAPTURE_FIRST_SEGMENT_BYTES) }]);
    this.planAhead();
  }

  /** Keeps what a read of the bytes kept so far asks for next (the program headers, the interpreter, the dynamic segment, what it points to), where still ahead. */
  private planAhead(): void {
    const read = readElf(this.source());
    if (read.status !== 'incomplete') return;
    this.plan(read.missing.filter((range) => range.offset >= this.position && range.length <= CAPTURE_RANGE_BYTES));
  }
}

/** The file range of the first PT_LOAD segment, from the program headers in the kept head. */
function firstLoadSegment(source: ByteSource): ByteRange | undefined {
  const ident = source.read(0, 64);
  if (!ident || (ident[4] !== 1 && ident[4] !== 2) || (ident[5] !== 1 && ident[5] !== 2)) return undefined;
  const is64 = ident[4] === 2;
  const view = new DataView(ident.buffer, ident.byteOffset, ident.byteLength);
  const little = ident[5] === 1;
  const phoff = is64 ? Number(view.getBigUint64(32, little)) : view.getUint32(28, little);
  const phentsize = view.getUint16(is64 ? 54 : 42, little);
  const phnum = view.getUint16(is64 ? 56 : 44, little);
  if (phentsize < (is64 ? 56 : 32) || phnum === 0) return undefined;
  const table = source.read(phoff, phentsize * phnum);
  if (!table) return undefined;
  const headers = new DataView(table.buffer, table.byteOffset, table.byteLength);
  for (let index = 0; index < phnum; index++) {
    const at = index * phentsize;
    if (headers.getUint32(at, little) !== PT_LOAD) continue;
    const offset = is64 ? Number(headers.getBigUint64(at + 8, little)) : headers.getUint32(at + 4, little);
    const fileSize = is64 ? Number(headers.getBigUint64(at + 32, little)) : headers.getUint32(at + 16, little);
    if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(fileSize)) return undefined;
    return { offset, length: fileSize };
  }
  return undefined;
}

/** What the loader reads of a file at hand in full, through random access (a layer read in place, a folder). */
export function captureElf(source: ByteSource): CapturedElf {
  const ident = Uint8Array.from(source.read(0, Math.min(IDENT_BYTES, source.size)) ?? []);
  return { ident, read: readElf(source) };
}
