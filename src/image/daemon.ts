import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DockerCommandError, runDocker } from '../docker-cli.ts';
import { ImageError } from '../errors.ts';

export interface DaemonOptions {
  /** The docker CLI to run; default `docker` from PATH. */
  dockerCommand?: string;
  /** Where temporary files go (the Action points this at a folder its post step removes). */
  tempDir?: string;
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
    if (failure.kind === 'not-found') throw new ImageError(`image ${reference} is not in the local Docker daemon (\`docker image ls\` lists what is); build it first, or pass a saved image (docker-archive:FILE)`);
    throw new ImageError(`image ${reference}: \`${command} ${args.join(' ')}\` failed: ${failure.detail}`);
  }
}

/**
 * Saves a daemon image to a temporary docker-archive, hands it to `use`, and removes it
 * afterwards, also when `use` fails.
 */
export async function withSavedImage<T>(reference: string, options: DaemonOptions, use: (archive: string) => Promise<T>): Promise<T> {
  // Fail early with the daemon's own words if the image is not there.
  await docker(['image', 'inspect', '--format', '{{.Id}}', reference], reference, options);
  const parent = options.tempDir ?? os.tmpdir();
  await mkdir(parent, { recursive: true });
  const folder = await mkdtemp(path.join(parent, 'import-guard-save-'));
  try {
    const archive = path.join(folder, 'image.tar');
    await docker(['image', 'save', '--output', archive, reference], reference, options);
    return await use(archive);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
