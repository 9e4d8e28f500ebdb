import { Transform } from 'node:stream';
import zlib from 'node:zlib';

export type LayerFormat = 'gzip' | 'zstd' | 'tar';

/** Decides a layer's compression from its first bytes; media types are often wrong. */
export function sniffFormat(head: Uint8Array): LayerFormat {
  if (head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  if (head[0] === 0x28 && head[1] === 0xb5 && head[2] === 0x2f && head[3] === 0xfd) return 'zstd';
  return 'tar';
}

const CHUNK = 256 * 1024;

/** A transform that turns the layer's bytes into tar bytes, or undefined for plain tar. */
export function decompressorFor(format: LayerFormat): Transform | undefined {
  switch (format) {
    case 'gzip':
      return zlib.createGunzip({ chunkSize: CHUNK });
    case 'zstd':
      return zlib.createZstdDecompress({ chunkSize: CHUNK });
    case 'tar':
      return undefined;
  }
}
