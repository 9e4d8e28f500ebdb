import { ImageError } from '../errors.ts';
import { formatBytes } from '../units.ts';

/**
 * What reading one image may cost. A crafted layer of a few hundred kilobytes can expand to
 * terabytes or list millions of entries; these bounds end such a read with a message naming the
 * bound, long before memory, disk or patience runs out. Each is far above what real images need.
 */
export interface ReadLimits {
  /** Bytes of tar one layer may expand to (a decompression bomb stops here). */
  layerTarBytes: number;
  /** Bytes of tar all streamed layers of an image may expand to together. */
  imageTarBytes: number;
  /** Entries one layer may list: they are held in memory until the layer is applied. */
  layerEntries: number;
  /** Bytes of kept contents the temporary spill file may grow to. */
  spillBytes: number;
  /** Leading bytes kept of any one file, whatever the content selector asks. */
  keptBytesPerFile: number;
}

const GiB = 1024 * 1024 * 1024;

export const DEFAULT_READ_LIMITS: Readonly<ReadLimits> = {
  layerTarBytes: 32 * GiB,
  imageTarBytes: 128 * GiB,
  layerEntries: 2_000_000,
  spillBytes: 4 * GiB,
  keptBytesPerFile: 64 * 1024 * 1024,
};

/** Paths (files, directories, implicit parents) the layers of one image may create in its tree. */
export const MAX_IMAGE_NODES = 4_000_000;

/** Linux's PATH_MAX: no longer name or link target can be created, so none is read. */
export const MAX_NAME_BYTES = 4096;

/** Bytes of one pax extended header (or of one GNU long-name record, which holds a name alone). */
export const MAX_PAX_HEADER_BYTES = 1024 * 1024;

/** Components of an entry's path, after cleaning. */
export const MAX_PATH_DEPTH = 256;

/** The message of an ImageError for a limit: where, what went over, the limit, and what to do. */
export function limitMessage(where: string, what: string, limit: string): string {
  return `${where}: ${what}: the limit is ${limit}. The image is crafted to exhaust the reader, or too large to check: keep bulk data out of it (mount it at run time) to scan it`;
}

/** The running totals of one image's layers, checked against its limits. */
export class ImageBudget {
  readonly limits: Readonly<ReadLimits>;
  private tarBytes = 0;

  constructor(limits: Partial<ReadLimits> = {}) {
    this.limits = { ...DEFAULT_READ_LIMITS, ...limits };
  }

  /** Counts streamed tar bytes against the image's limit; called per chunk, not per entry. */
  addTarBytes(bytes: number, where: string): void {
    this.tarBytes += bytes;
    if (this.tarBytes > this.limits.imageTarBytes) {
      throw new ImageError(limitMessage(where, `the image's layers expand to more than ${formatBytes(this.limits.imageTarBytes)}`, `${formatBytes(this.limits.imageTarBytes)} of tar per image`));
    }
  }
}
