/**
 * The docker CLI, run once: its output, or why it failed in terms a message can act on.
 *
 * The binary and the CLI's environment come from this process alone: nothing read from an image
 * (its Env, the variables its command exports) ever reaches them. An image that exports `PATH` or
 * `DOCKER_HOST` changes what runs inside its container, never which docker runs on the host or
 * which daemon it talks to.
 */
import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';
import { CommandFailed, readAhead } from './read-ahead.ts';

export type DockerFailure =
  /** The CLI itself is not installed. */
  | { kind: 'no-cli'; command: string }
  /** The CLI runs, but no daemon answers it. */
  | { kind: 'no-daemon'; detail: string }
  /** The daemon has no such image, container or object. */
  | { kind: 'not-found'; detail: string }
  | { kind: 'other'; detail: string };

export class DockerCommandError extends Error {
  override name = 'DockerCommandError';
  readonly failure: DockerFailure;

  constructor(failure: DockerFailure, args: readonly string[]) {
    super(`docker ${args.join(' ')}: ${failure.kind === 'no-cli' ? `${failure.command} is not installed` : failure.detail}`);
    this.failure = failure;
  }
}

/**
 * The first executable `name` in the absolute folders of `searchPath`. Relative entries (`tools`,
 * an empty entry meaning the current folder) are skipped: they would resolve in the checkout.
 */
export function findExecutable(name: string, searchPath: string | undefined): string | undefined {
  for (const folder of (searchPath ?? '').split(path.delimiter)) {
    if (!path.isAbsolute(folder)) continue;
    const candidate = path.join(folder, name);
    try {
      if (!statSync(candidate).isFile()) continue;
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Not there, or not executable: look further.
    }
  }
  return undefined;
}

let dockerOnPath: { path: string | undefined } | undefined;

/** The runner's docker binary, looked up on this process's PATH the first time it is asked for, then kept. */
export function dockerBinary(): string | undefined {
  dockerOnPath ??= { path: findExecutable('docker', process.env.PATH) };
  return dockerOnPath.path;
}

/**
 * Variables the docker CLI must not see: the Action's inputs (`INPUT_GITHUB-TOKEN` among them)
 * and the runner's tokens. The CLI needs none of them, and its plugins and credential helpers
 * inherit its environment.
 */
function isPrivate(name: string): boolean {
  return name.startsWith('INPUT_') || name === 'GITHUB_TOKEN' || name === 'ACTIONS_RUNTIME_TOKEN' || name === 'ACTIONS_ID_TOKEN_REQUEST_TOKEN';
}

/** The docker CLI's environment: this process's own, less what it must not see. */
export function dockerEnvironment(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined && !isPrivate(entry[0])));
}

/**
 * Runs `docker ARGS` (or `command`), with `input` on its standard input when given; throws
 * DockerCommandError with the failure classified. `ownGroup` runs it in a process group of its
 * own, out of reach of a terminal's Ctrl-C. Nothing of the image is passed in the CLI's
 * environment: a container's variables go on its command line (`--env NAME=value`) or in an env
 * file (`--env-file`), see boot/runtime.ts.
 */
export async function runDocker(args: string[], command?: string, input?: AsyncIterable<Uint8Array>, spawn: { ownGroup?: boolean } = {}): Promise<string> {
  const binary = command ?? dockerBinary();
  if (binary === undefined) throw new DockerCommandError({ kind: 'no-cli', command: 'docker' }, args);
  // Loaded when first needed: a scan of an image file never runs docker, and starts sooner without it.
  const { execa, ExecaError } = await import('execa');
  try {
    return (await execa(binary, args, { stdin: input ?? 'ignore', env: dockerEnvironment(), extendEnv: false, ...(spawn.ownGroup && { detached: true }) })).stdout;
  } catch (error) {
    if (!(error instanceof ExecaError)) throw error;
    if (error.code === 'ENOENT') throw new DockerCommandError({ kind: 'no-cli', command: binary }, args);
    throw new DockerCommandError(failureOf(String(error.stderr ?? '').trim(), error.shortMessage), args);
  }
}

/**
 * Runs `docker ARGS` and yields its standard output as it comes, read ahead on a thread of its
 * own (see read-ahead.ts), for output too large to hold: an image export. Once the output has
 * ended, a failed exit throws DockerCommandError as runDocker does; a consumer that stops early
 * stops the CLI.
 */
export async function* streamDocker(args: string[], command?: string): AsyncGenerator<Buffer> {
  const binary = command ?? dockerBinary();
  if (binary === undefined) throw new DockerCommandError({ kind: 'no-cli', command: 'docker' }, args);
  try {
    yield* readAhead(binary, args, dockerEnvironment());
  } catch (error) {
    if (!(error instanceof CommandFailed)) throw error;
    if (error.spawnError === 'ENOENT') throw new DockerCommandError({ kind: 'no-cli', command: binary }, args);
    throw new DockerCommandError(failureOf(error.stderr.trim(), error.message), args);
  }
}

/** What a failed run of the CLI says went wrong, in its own words. */
function failureOf(stderr: string, fallback: string): DockerFailure {
  if (/cannot connect to the docker daemon|is the docker daemon running|error during connect/i.test(stderr)) return { kind: 'no-daemon', detail: stderr.split('\n')[0]! };
  if (/no such image|no such object|no such container|not found|does not exist/i.test(stderr)) return { kind: 'not-found', detail: stderr };
  return { kind: 'other', detail: stderr || fallback };
}
