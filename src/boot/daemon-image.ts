/**
 * The image under test as the Docker daemon knows it: a `docker:` image as it is; an archive
 * loaded into the daemon first. Folders (OCI layouts, root filesystems) cannot be run.
 */
import { BootError, ConfigurationError } from '../errors.ts';
import type { SourceKind } from '../image/source.ts';
import { dockerForBoot } from './runtime.ts';

export interface DaemonImage {
  /** What `docker create` is given. */
  reference: string;
  /** Set when this run loaded the image, untagged: it is removed again after the boot. */
  loadedId?: string;
}

/** Whether the image can be booted without being loaded into the daemon first. */
export function inDaemon(kind: SourceKind): boolean {
  return kind === 'docker';
}

/** The image as read: for a `docker:` source, its daemon ID, so that a tag moved since the read boots nothing else. */
export interface ReadSource {
  kind: SourceKind;
  location: string;
  label: string;
  daemonId?: string;
}

export async function daemonImage(source: ReadSource, options: { dockerCommand?: string } = {}): Promise<DaemonImage> {
  if (source.kind === 'docker') {
    if (source.daemonId === undefined) throw new BootError(`the ID of ${source.location} in the Docker daemon is not known, so the image read cannot be booted for sure`);
    return { reference: source.daemonId };
  }
  if (source.kind === 'oci-dir' || source.kind === 'dir') {
    const what = source.kind === 'dir' ? 'a root filesystem folder' : 'an OCI layout folder';
    throw new ConfigurationError(`boot needs an image the Docker daemon can run, and ${source.location} is ${what}; build or load the image and give docker:REF as image, or set boot: none`);
  }
  const output = await dockerForBoot(['load', '--input', source.location], options).catch((error: unknown) => {
    if (!(error instanceof BootError) || !error.message.startsWith('`docker load` failed')) throw error;
    throw new BootError(`the Docker daemon could not load ${source.kind}:${source.location} (${error.message.replace(/^`docker load` failed: /, '')}); load the image yourself and give docker:REF as image, or set boot: none`);
  });
  // `Loaded image: name:tag` for a tagged image, `Loaded image ID: sha256:...` for an untagged one.
  const tags = [...output.matchAll(/^Loaded image: (\S+)$/gm)].map((match) => match[1]!);
  const ids = [...output.matchAll(/^Loaded image ID: (\S+)$/gm)].map((match) => match[1]!);
  const tag = tags.find((candidate) => source.label === candidate || source.label.endsWith(`:${candidate}`)) ?? tags[0];
  if (tag) return { reference: tag };
  if (ids[0]) return { reference: ids[0], loadedId: ids[0] };
  throw new ConfigurationError(`docker load read ${source.location} but named no image it loaded (${output.trim() || 'no output'}); load it yourself and give docker:REF as image, or set boot: none`);
}

/** Removes an image this run loaded untagged; it is of no use to anyone after the boot. */
export async function releaseDaemonImage(image: DaemonImage, options: { dockerCommand?: string } = {}): Promise<void> {
  if (image.loadedId) await dockerForBoot(['image', 'rm', '--', image.loadedId], options).catch(() => undefined);
}
