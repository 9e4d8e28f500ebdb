import { createHash, type Hash } from 'node:crypto';
import { ImageError } from '../errors.ts';
import type { ByteChunks } from './layer-reader.ts';

/** What a descriptor (or a docker-archive's config) promises about a blob. */
export interface BlobExpectation {
  /** `algorithm:hex`, as OCI descriptors write it. */
  digest: string;
  /** Exact size in bytes, when the descriptor gives one. */
  size?: number | undefined;
}

export interface BlobFacts {
  digest: string;
  size: number;
}

/** A blob whose bytes are not the ones its descriptor names: truncated, swapped or altered. */
export class BlobMismatchError extends ImageError {
  override name = 'BlobMismatchError';
}

const HEX_LENGTHS: Record<string, number> = { sha256: 64, sha512: 128 };

/** The hash algorithm of a digest, refusing algorithms this reader cannot check. */
export function digestAlgorithm(digest: string, where: string): string {
  const [algorithm = '', hex = ''] = digest.split(':');
  const length = HEX_LENGTHS[algorithm];
  if (length === undefined) throw new ImageError(`${where}: digest ${JSON.stringify(digest)} uses an algorithm this reader cannot verify (sha256 or sha512 expected)`);
  if (hex.length !== length || !/^[0-9a-f]+$/.test(hex)) throw new ImageError(`${where}: ${JSON.stringify(digest)} is not a valid ${algorithm} digest`);
  return algorithm;
}

/** Throws unless the blob is what was promised; `what` names the blob in the message. */
export function checkBlob(actual: BlobFacts, expected: BlobExpectation, what: string): void {
  if (expected.size !== undefined && actual.size !== expected.size) {
    throw new BlobMismatchError(`${what}: blob ${expected.digest} is ${actual.size} bytes, but its descriptor says ${expected.size}: the blob is truncated or altered; export the image again`);
  }
  if (actual.digest !== expected.digest) {
    throw new BlobMismatchError(`${what}: blob content does not match its digest: expected ${expected.digest}, found ${actual.digest} (${actual.size} bytes): the blob is corrupt or altered; export the image again`);
  }
}

export function checkBytes(bytes: Buffer, expected: BlobExpectation, what: string): void {
  const algorithm = digestAlgorithm(expected.digest, what);
  checkBlob({ digest: `${algorithm}:${createHash(algorithm).update(bytes).digest('hex')}`, size: bytes.length }, expected, what);
}

/** Hashes a blob in one pass over its chunks. */
export async function hashChunks(chunks: ByteChunks, algorithm: string): Promise<BlobFacts> {
  const hash = createHash(algorithm);
  let size = 0;
  for await (const chunk of chunks) {
    hash.update(chunk);
    size += chunk.length;
  }
  return { digest: `${algorithm}:${hash.digest('hex')}`, size };
}

/**
 * Passes a blob's chunks on while hashing them, so a streamed layer is verified without being
 * read twice. Each chunk is hashed before it is handed on: the source may reuse its buffer once
 * the consumer asks for the next one. `facts()` is known once the consumer has read to the end.
 */
export class HashingChunks implements AsyncIterable<Buffer> {
  private readonly source: ByteChunks;
  private readonly algorithm: string;
  private readonly hash: Hash;
  private size = 0;
  private result: BlobFacts | undefined;

  constructor(source: ByteChunks, algorithm: string) {
    this.source = source;
    this.algorithm = algorithm;
    this.hash = createHash(algorithm);
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Buffer> {
    for await (const chunk of this.source) {
      this.hash.update(chunk);
      this.size += chunk.length;
      yield chunk;
    }
    this.result = { digest: `${this.algorithm}:${this.hash.digest('hex')}`, size: this.size };
  }

  /** The blob's digest and size, or undefined when it was not read to the end. */
  facts(): BlobFacts | undefined {
    return this.result;
  }
}
