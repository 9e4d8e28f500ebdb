/**
 * An image archive as `docker load` should read it for a boot: without the names it carries.
 * `docker load` of an archive tagged `my-service:latest` (or `python:3.12`) would move that tag in
 * the daemon to the archive's image, replacing what the runner had under it. Instead the archive
 * is streamed to `docker load` with its own entries unchanged and, appended after them, a
 * `manifest.json` without `RepoTags` and an `index.json` without image names: docker unpacks an
 * archive in order, and a later entry replaces an earlier one of the same name (a file, a link or
 * a folder alike). The image then loads by ID only, and no tag moves.
 */
import { BootError } from '../errors.ts';
import { TarFiles } from '../image/archive-files.ts';

/** Bigger manifests or indexes than this are no image's: refused rather than rewritten. */
const MAX_INDEX_BYTES = 4 * 1024 * 1024;

/** Annotations an OCI index names an image by, which newer `docker load`s turn into tags. */
const NAME_ANNOTATIONS = ['io.containerd.image.name', 'org.opencontainers.image.ref.name'];

/** A ustar header and data for a regular file at the archive's top level. */
export function tarFile(name: string, data: Buffer): Buffer {
  const header = Buffer.alloc(512);
  header.write(name, 0, 100, 'utf8');
  header.write('0000644\0', 100);
  header.write('0000000\0', 108);
  header.write('0000000\0', 116);
  header.write(`${data.length.toString(8).padStart(11, '0')}\0`, 124);
  header.write('00000000000\0', 136);
  header.write('0', 156);
  header.write('ustar\0' + '00', 257);
  // The checksum counts its own field as spaces.
  header.fill(0x20, 148, 156);
  let sum = 0;
  for (const byte of header) sum += byte;
  header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
  return Buffer.concat([header, data, Buffer.alloc((512 - (data.length % 512)) % 512)]);
}

async function readJson(files: TarFiles, name: string): Promise<unknown> {
  if ((await files.size(name)) === undefined) return undefined;
  const text = (await files.read(name, MAX_INDEX_BYTES)).toString('utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new BootError(`${files.location}: ${name} is not valid JSON, so the archive cannot be loaded without its names`);
  }
}

/** `manifest.json` with every image's RepoTags taken out. */
function withoutRepoTags(manifest: unknown): unknown {
  if (!Array.isArray(manifest)) throw new BootError('manifest.json is not a list of images, so the archive cannot be loaded without its names');
  return manifest.map((image: unknown) => (typeof image === 'object' && image !== null ? { ...image, RepoTags: null } : image));
}

/** `index.json` with the name annotations of its manifests taken out. */
function withoutNames(index: unknown): unknown {
  if (typeof index !== 'object' || index === null) return index;
  const { manifests } = index as { manifests?: unknown };
  if (!Array.isArray(manifests)) return index;
  return {
    ...index,
    manifests: manifests.map((descriptor: unknown) => {
      if (typeof descriptor !== 'object' || descriptor === null) return descriptor;
      const { annotations } = descriptor as { annotations?: unknown };
      if (typeof annotations !== 'object' || annotations === null) return descriptor;
      return { ...descriptor, annotations: Object.fromEntries(Object.entries(annotations).filter(([key]) => !NAME_ANNOTATIONS.includes(key))) };
    }),
  };
}

/** The archive at `file` as a stream of bytes for `docker load`, with every name it gives its images taken out. */
export async function* untaggedArchive(file: string): AsyncGenerator<Buffer> {
  const files = await TarFiles.open(file);
  try {
    const manifest = await readJson(files, 'manifest.json');
    const index = await readJson(files, 'index.json');
    yield* files.range(0, files.entriesEnd);
    const appended: Buffer[] = [];
    if (manifest !== undefined) appended.push(tarFile('manifest.json', Buffer.from(JSON.stringify(withoutRepoTags(manifest)))));
    if (index !== undefined) appended.push(tarFile('index.json', Buffer.from(JSON.stringify(withoutNames(index)))));
    // The end of the archive: two zero blocks.
    yield Buffer.concat([...appended, Buffer.alloc(1024)]);
  } finally {
    await files.close();
  }
}
