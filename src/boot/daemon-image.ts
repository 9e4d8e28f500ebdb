/**
 * The image under test as the Docker daemon knows it: a `docker:` image by the ID it had when it
 * was read; an archive loaded into the daemon first, without its names (no tag of the runner's
 * moves), and booted by ID. Folders (OCI layouts, root filesystems) cannot be run.
 */
import { BootError, ConfigurationError } from '../errors.ts';
import type { SourceKind } from '../image/source.ts';
import { dockerForBoot } from './runtime.ts';
import { untaggedArchive } from './untagged-archive.ts';

export interface DaemonImage {
  /** What `docker create` is given: an image ID. */
  reference: string;
  /** Set when this run loaded the image: it is removed again after the boot, unless something else names it. */
  loadedId?: string;
}

/** The image as read: for a `docker:` source its daemon ID, so that a tag moved since the read boots nothing else. */
export interface ReadSource {
  kind: SourceKind;
  location: string;
  label: string;
  daemonId?: string;
  /** For a `registry:` source, `REPOSITORY@DIGEST` of the manifest read. */
  pullReference?: string;
}

/** Whether the image can be booted without being loaded into the daemon first. */
export function inDaemon(kind: SourceKind): boolean {
  return kind === 'docker';
}

export async function daemonImage(source: ReadSource, options: { dockerCommand?: string } = {}): Promise<DaemonImage> {
  if (source.kind === 'docker') {
    if (source.daemonId === undefined) throw new BootError(`the ID of ${source.location} in the Docker daemon is not known, so the image read cannot be booted for sure`);
    return { reference: source.daemonId };
  }
  if (source.kind === 'registry') return pulledImage(source, options);
  if (source.kind === 'oci-dir' || source.kind === 'dir') {
    const what = source.kind === 'dir' ? 'a root filesystem folder' : 'an OCI layout folder';
    throw new ConfigurationError(`boot needs an image the Docker daemon can run, and ${source.location} is ${what}; build or load the image and give docker:REF as image, or set boot: none`);
  }
  const output = await dockerForBoot(['load'], options, untaggedArchive(source.location)).catch((error: unknown) => {
    if (!(error instanceof BootError) || !error.message.startsWith('`docker load` failed')) throw error;
    throw new BootError(`the Docker daemon could not load ${source.kind}:${source.location} (${error.message.replace(/^`docker load` failed: /, '')}); load the image yourself and give docker:REF as image, or set boot: none`);
  });
  // `Loaded image ID: sha256:...` for each image: the archive reached docker without names.
  const ids = [...new Set([...output.matchAll(/^Loaded image ID: (sha256:[0-9a-f]{64})$/gm)].map((match) => match[1]!))];
  const id = source.daemonId !== undefined && ids.includes(source.daemonId) ? source.daemonId : ids.length === 1 ? ids[0] : undefined;
  if (id !== undefined) return { reference: id, loadedId: id };
  const loaded = ids.length === 0 ? `named no image it loaded (${output.trim().slice(0, 200) || 'no output'})` : `loaded ${ids.length} images (${ids.join(', ')}), and which one was read is not known`;
  throw new ConfigurationError(`docker load read ${source.location} but ${loaded}; load it yourself and give docker:REF as image, or set boot: none`);
}

/**
 * A registry image pulled by the digest of the manifest read, so that a tag pushed since boots
 * nothing else; not pulled when the daemon has it already (then it is not removed afterwards).
 */
async function pulledImage(source: ReadSource, options: { dockerCommand?: string }): Promise<DaemonImage> {
  const reference = source.pullReference;
  if (reference === undefined) throw new BootError(`the digest of ${source.location} is not known, so the image read cannot be booted for sure`);
  const idOf = async (): Promise<string | undefined> => (await dockerForBoot(['image', 'inspect', '--format', '{{.Id}}', '--', reference], options).catch(() => undefined))?.trim() || undefined;
  const present = await idOf();
  if (present !== undefined) return { reference: present };
  await dockerForBoot(['pull', '--quiet', '--', reference], options).catch((error: unknown) => {
    if (!(error instanceof BootError) || !error.message.startsWith('`docker pull` failed')) throw error;
    throw new BootError(`the Docker daemon could not pull ${reference} (${error.message.replace(/^`docker pull` failed: /, '')}); the daemon pulls with its own login (docker login) and trusts a private CA from /etc/docker/certs.d; or set boot: none`);
  });
  const id = await idOf();
  if (id === undefined) throw new BootError(`docker pull ${reference} finished, but the daemon does not list the image`);
  return { reference: id, loadedId: id };
}

/** Removes an image this run loaded, once booted: unless a tag names it (the runner had it before), it is of no use to anyone. */
export async function releaseDaemonImage(image: DaemonImage, options: { dockerCommand?: string } = {}): Promise<void> {
  if (!image.loadedId) return;
  const tags = await dockerForBoot(['image', 'inspect', '--format', '{{len .RepoTags}}', '--', image.loadedId], options).catch(() => undefined);
  if (tags?.trim() === '0') await dockerForBoot(['image', 'rm', '--', image.loadedId], options).catch(() => undefined);
}
