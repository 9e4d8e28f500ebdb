import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DockerCommandError, runDocker } from '../docker-cli.ts';
import { ConfigurationError, ImageError } from '../errors.ts';

export interface DaemonOptions {
  /** The docker CLI to run; default `docker` from PATH. */
  dockerCommand?: string;
  /** Where temporary files go (the Action points this at a folder its post step removes). */
  tempDir?: string;
}

/** The daemon has no image of the reference. */
export class NotInDaemonError extends ImageError {
  override name = 'NotInDaemonError';
}

/** Runs the docker CLI and turns its failures into messages that say what to do. */
export async function docker(args: string[], reference: string, options: DaemonOptions): Promise<string> {
  const command = options.dockerCommand ?? 'docker';
  try {
    return await runDocker(args, options.dockerCommand);
  } catch (error) {
    if (!(error instanceof DockerCommandError)) throw error;
    const { failure } = error;
    if (failure.kind === 'no-cli') throw new ImageError(`image ${reference}: the docker CLI (${command}) is not installed; pass a saved image instead (docker-archive:FILE, oci-archive:FILE, oci-dir:DIR or dir:ROOTFS)`);
    if (failure.kind === 'no-daemon') throw new ImageError(`image ${reference}: the Docker daemon does not answer (${failure.detail}); start it, or pass a saved image (docker-archive:FILE)`);
    if (failure.kind === 'not-found') throw new NotInDaemonError(`image ${reference} is not in the local Docker daemon (\`docker image ls\` lists what is); build it first, or pass a saved image (docker-archive:FILE)`);
    throw new ImageError(`image ${reference}: \`${command} ${args.join(' ')}\` failed: ${failure.detail}`);
  }
}

/** A reference docker would read as one of its options (`--help`, `-q`) is refused before docker sees it. */
export function checkReference(reference: string): void {
  if (reference.startsWith('-')) throw new ConfigurationError(`image reference ${JSON.stringify(reference)} starts with "-", which docker would take as an option; give an image name such as my-service:latest, or an image ID`);
}

/**
 * Saves a daemon image to a temporary docker-archive, hands it and the image's ID to `use`, and
 * removes it afterwards, also when `use` fails. The image is saved by the ID the reference had
 * when it was looked up: a tag moved meanwhile changes neither what is read nor what is booted.
 */
export async function withSavedImage<T>(reference: string, options: DaemonOptions, use: (archive: string, id: string) => Promise<T>): Promise<T> {
  checkReference(reference);
  // Fail early with the daemon's own words if the image is not there.
  const id = (await docker(['image', 'inspect', '--format', '{{.Id}}', '--', reference], reference, options)).trim();
  if (!/^sha256:[0-9a-f]{64}$/.test(id)) throw new ImageError(`image ${reference}: the Docker daemon gave ${JSON.stringify(id.slice(0, 100))} as its ID, not a sha256 digest`);
  const parent = options.tempDir ?? os.tmpdir();
  await mkdir(parent, { recursive: true });
  const folder = await mkdtemp(path.join(parent, 'import-guard-save-'));
  try {
    const archive = path.join(folder, 'image.tar');
    await docker(['image', 'save', '--output', archive, '--', id], reference, options);
    return await use(archive, id);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
