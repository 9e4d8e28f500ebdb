import { DockerCommandError, runDocker, streamDocker } from '../docker-cli.ts';
import { ConfigurationError, ImageError } from '../errors.ts';
import { type ImageConfig, parseImageConfig } from './config.ts';

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
  try {
    return await runDocker(args, options.dockerCommand);
  } catch (error) {
    throw explained(error, args, reference, options);
  }
}

/** A failure of the docker CLI as a message that says what to do. */
function explained(error: unknown, args: readonly string[], reference: string, options: DaemonOptions): unknown {
  if (!(error instanceof DockerCommandError)) return error;
  const command = options.dockerCommand ?? 'docker';
  const { failure } = error;
  if (failure.kind === 'no-cli') return new ImageError(`image ${reference}: the docker CLI (${command}) is not installed; pass a saved image instead (docker-archive:FILE, oci-archive:FILE, oci-dir:DIR or dir:ROOTFS)`);
  if (failure.kind === 'no-daemon') return new ImageError(`image ${reference}: the Docker daemon does not answer (${failure.detail}); start it, or pass a saved image (docker-archive:FILE)`);
  if (failure.kind === 'not-found') return new NotInDaemonError(`image ${reference} is not in the local Docker daemon (\`docker image ls\` lists what is); build it first, or pass a saved image (docker-archive:FILE)`);
  return new ImageError(`image ${reference}: \`${command} ${args.join(' ')}\` failed: ${failure.detail}`);
}

/** A reference docker would read as one of its options (`--help`, `-q`) is refused before docker sees it. */
export function checkReference(reference: string): void {
  if (reference.startsWith('-')) throw new ConfigurationError(`image reference ${JSON.stringify(reference)} starts with "-", which docker would take as an option; give an image name such as my-service:latest, or an image ID`);
}

/**
 * The daemon's ID of the image a reference names; fails early, with the daemon's own words, when
 * the image is not there. The image is then read and booted by this ID: a tag moved meanwhile
 * changes neither what is read nor what is booted.
 */
export async function daemonImageId(reference: string, options: DaemonOptions): Promise<string> {
  checkReference(reference);
  const id = (await docker(['image', 'inspect', '--format', '{{.Id}}', '--', reference], reference, options)).trim();
  if (!/^sha256:[0-9a-f]{64}$/.test(id)) throw new ImageError(`image ${reference}: the Docker daemon gave ${JSON.stringify(id.slice(0, 100))} as its ID, not a sha256 digest`);
  return id;
}

/** What the daemon holds of an image, from one `docker image inspect`. */
export interface DaemonImage {
  id: string;
  config: ImageConfig;
  /** The folders the image declares as volumes (a container of it mounts one at each). */
  volumes: string[];
  /** The daemon's storage driver for it (`overlay2`, `vfs`, ...), when it says. */
  storageDriver: string | undefined;
}

/** The daemon's ID and configuration of the image a reference names (see daemonImageId). */
export async function daemonImage(reference: string, options: DaemonOptions): Promise<DaemonImage> {
  checkReference(reference);
  const text = await docker(['image', 'inspect', '--format', '{{json .}}', '--', reference], reference, options);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ImageError(`image ${reference}: the Docker daemon's description of it is not JSON (${(error as Error).message})`);
  }
  const top = (typeof json === 'object' && json !== null ? json : {}) as { Id?: unknown; Config?: { Volumes?: unknown }; GraphDriver?: { Name?: unknown } };
  const id = typeof top.Id === 'string' ? top.Id : '';
  if (!/^sha256:[0-9a-f]{64}$/.test(id)) throw new ImageError(`image ${reference}: the Docker daemon gave ${JSON.stringify(id.slice(0, 100))} as its ID, not a sha256 digest`);
  const volumes = top.Config?.Volumes;
  const driver = top.GraphDriver?.Name;
  return { id, config: parseImageConfig(json, `image ${reference}`), volumes: typeof volumes === 'object' && volumes !== null ? Object.keys(volumes) : [], storageDriver: typeof driver === 'string' ? driver : undefined };
}

/** The entrypoint a reading container is given: it is never started, and needs a command to be created at all. */
const NEVER_STARTED = '/import-guard-reads-this-container-and-never-starts-it';

/**
 * Creates a container of the image, never to be started, whose export (`exportContainer`) is the
 * image's tree as a container sees it (see container-export.ts). No network; `label` marks it as
 * this run's, so that a step after a cancelled run finds it.
 */
export async function createReadingContainer(id: string, reference: string, options: DaemonOptions & { label?: string }): Promise<string> {
  const args = ['container', 'create', '--network', 'none', '--entrypoint', NEVER_STARTED, ...(options.label ? ['--label', options.label] : []), '--', id];
  const created = (await docker(args, reference, options)).trim().split('\n').at(-1) ?? '';
  if (!/^[0-9a-f]{64}$/.test(created)) throw new ImageError(`image ${reference}: \`docker container create\` gave ${JSON.stringify(created.slice(0, 100))}, not a container ID`);
  return created;
}

/** Removes a reading container and its anonymous volumes; a container already gone is no failure. */
export async function removeReadingContainer(container: string, reference: string, options: DaemonOptions): Promise<void> {
  await docker(['container', 'rm', '--force', '--volumes', '--', container], reference, options).catch(() => undefined);
}

/** The daemon's export of a container (`docker container export`), as it is produced; the container is removed after. */
export async function* exportContainer(container: string, reference: string, options: DaemonOptions): AsyncGenerator<Buffer> {
  const args = ['container', 'export', '--', container];
  try {
    yield* streamDocker(args, options.dockerCommand);
  } catch (error) {
    throw explained(error, args, reference, options);
  } finally {
    await removeReadingContainer(container, reference, options);
  }
}

/**
 * The daemon's export of an image (`docker image save`), as it is produced: no copy of it is
 * made on disk. Failures read as `docker` reports them (see docker()).
 */
export async function* exportDaemonImage(id: string, reference: string, options: DaemonOptions): AsyncGenerator<Buffer> {
  const args = ['image', 'save', '--', id];
  try {
    yield* streamDocker(args, options.dockerCommand);
  } catch (error) {
    throw explained(error, args, reference, options);
  }
}
