/**
 * Random access to the bytes of one file whose contents may be only partly at hand: an image is
 * streamed once and only some ranges of each file are kept, so a reader asks for ranges and learns
 * which ones are missing instead of assuming the whole file is in memory.
 */
export interface ByteSource {
  /** The file's length in bytes. */
  readonly size: number;
  /** Exactly `length` bytes from `offset`, or undefined when those bytes are not available. */
  read(offset: number, length: number): Uint8Array | undefined;
}

/** A range of a file's bytes. */
export interface ByteRange {
  offset: number;
  length: number;
}

/** A source over bytes held in memory (a whole file, or its start). */
export function bytesSource(bytes: Uint8Array, size = bytes.length): ByteSource {
  return {
    size,
    read(offset, length) {
      if (offset < 0 || length < 0 || offset + length > bytes.length) return undefined;
      return bytes.subarray(offset, offset + length);
    },
  };
}

/** Sorts ranges and joins those that overlap or touch, so a caller keeps each byte once. */
export function mergeRanges(ranges: readonly ByteRange[]): ByteRange[] {
  const sorted = ranges.filter((range) => range.length > 0).sort((a, b) => a.offset - b.offset);
  const merged: ByteRange[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range.offset <= last.offset + last.length) {
      last.length = Math.max(last.length, range.offset + range.length - last.offset);
    } else {
      merged.push({ ...range });
    }
  }
  return merged;
}
