/**
 * One container of the image under test, run through the docker CLI: never privileged, no new
 * privileges, memory and process limits, no host mounts, labelled so that a later step can find
 * it, and always removed: on success, failure and timeout alike.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DockerCommandError, dockerBinary, dockerEnvironment, runDocker } from '../docker-cli.ts';
import { BootError } from '../errors.ts';
import { bootCallsInOwnGroup, creatingContainer } from './interrupt.ts';
import { DEFAULT_CPUS, DEFAULT_MEMORY, DEFAULT_PIDS, LOG_LIMIT_BYTES } from './limits.ts';

/** Every container this tool starts carries this label; its value names the run. */
export const RUN_LABEL = 'io.github.import-guard.run';

export interface ContainerOptions {
  /** Replaces the image's ENTRYPOINT when given. */
  entrypoint?: string;
  /** Arguments (the image's CMD when absent). */
  command?: string[];
  /**
   * Variables the image's own command sets (`export`, `env`, server options): nothing secret, the
   * image holds them. They go on the CLI's command line, never into its environment.
   */
  env?: Readonly<Record<string, string>>;
  /** The user's variables, secrets among them: written to a private env file, never on a command line. They win over `env`. */
  secretEnv?: Readonly<Record<string, string>>;
  /** Replaces the image's WORKDIR when given. */
  workdir?: string;
  /** `none` (default) for no network at all. */
  network?: 'none' | 'bridge';
  /** Limits; defaults DEFAULT_MEMORY and DEFAULT_PIDS. */
  memory?: string;
  pids?: number;
  timeoutSeconds: number;
  /** The value of RUN_LABEL: what a cleanup step looks for. */
  runId: string;
  dockerCommand?: string;
}

export interface ContainerResult {
  /** The process's exit status; null when it was stopped at the timeout. */
  exitCode: number | null;
  timedOut: boolean;
  /** The kernel killed it for going over the memory limit. */
  oomKilled: boolean;
  /** stdout and stderr as the runtime kept them, interleaved. */
  logs: string;
  seconds: number;
}

/** Runs the docker CLI for booting: a failure becomes a BootError that says what to do. */
export async function dockerForBoot(args: string[], options: { dockerCommand?: string }, input?: AsyncIterable<Uint8Array>): Promise<string> {
  try {
    return await runDocker(args, options.dockerCommand, input, { ownGroup: bootCallsInOwnGroup() });
  } catch (error) {
    if (!(error instanceof DockerCommandError)) throw error;
    const { failure } = error;
    if (failure.kind === 'no-cli') throw new BootError('the docker CLI is not installed, so the image cannot be booted; set boot: none to check it statically only');
    if (failure.kind === 'no-daemon') throw new BootError(`the Docker daemon does not answer (${failure.detail}), so the image cannot be booted; start it, or set boot: none`);
    throw new BootError(`\`docker ${args[0]}\` failed: ${failure.detail}`);
  }
}

/**
 * What `docker create` is told: the image, the limits and the label every container of a run
 * carries. `envFile` holds the user's variables (see `secretEnv`).
 */
export function createArgs(image: string, options: ContainerOptions & { publish?: number; envFile?: string }): string[] {
  const args = ['create', '--label', `${RUN_LABEL}=${options.runId}`, '--network', options.network ?? 'none', '--memory', options.memory ?? DEFAULT_MEMORY, '--pids-limit', String(options.pids ?? DEFAULT_PIDS), '--cpus', String(DEFAULT_CPUS), '--security-opt', 'no-new-privileges'];
  // Two files of half the limit each: with one, docker empties it at each rotation and the tail can be lost.
  args.push('--log-driver', 'json-file', '--log-opt', `max-size=${LOG_LIMIT_BYTES / 2048}k`, '--log-opt', 'max-file=2');
  // A random port on the loopback interface only: nothing outside the runner can reach it.
  if (options.publish !== undefined) args.push('--publish', `127.0.0.1::${options.publish}`);
  if (options.envFile !== undefined) args.push('--env-file', options.envFile);
  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (options.secretEnv?.[name] === undefined) args.push('--env', `${name}=${value}`);
  }
  if (options.workdir !== undefined) args.push('--workdir', options.workdir);
  if (options.entrypoint !== undefined) args.push('--entrypoint', options.entrypoint);
  // `--`: whatever the image's name, docker reads it as the image.
  args.push('--', image, ...(options.command ?? []));
  return args;
}

export interface ContainerState {
  running: boolean;
  exitCode: number;
  restarts: number;
  /** Killed for going over the memory limit. */
  oomKilled: boolean;
  /** The image's HEALTHCHECK verdict (`starting`, `healthy`, `unhealthy`), when it has one. */
  health?: string;
}

/** A started container: look at it, read its logs, and remove it. */
export interface StartedContainer {
  id: string;
  state(): Promise<ContainerState>;
  /** The host port a published container port got. */
  hostPort(containerPort: number): Promise<number | undefined>;
  /** The container's own IPv4 address on its network, which other containers on it reach. */
  address(): Promise<string | undefined>;
  logs(): Promise<string>;
  remove(): Promise<void>;
}

/** The lines of `docker run --env-file`: `NAME=value`, the value taken literally. */
export function envFileText(env: Readonly<Record<string, string>>): string {
  return Object.entries(env).map(([name, value]) => {
    // Docker reads the file line by line: a value cannot hold a line break (env lines never do).
    if (/[\r\n]/.test(value)) throw new BootError(`the value of ${name} holds a line break, which docker's env file cannot carry`);
    return `${name}=${value}\n`;
  }).join('');
}

/** Creates the container: the user's variables go through an env file only this user can read, removed once docker has read it. */
async function createContainer(image: string, options: ContainerOptions & { publish?: number }): Promise<string> {
  if (Object.keys(options.secretEnv ?? {}).length === 0) return (await dockerForBoot(createArgs(image, options), options)).trim();
  const folder = await mkdtemp(path.join(os.tmpdir(), 'import-guard-env-'));
  try {
    const envFile = path.join(folder, 'boot.env');
    await writeFile(envFile, envFileText(options.secretEnv!), { mode: 0o600 });
    return (await dockerForBoot(createArgs(image, { ...options, envFile }), options)).trim();
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** Creates and starts a container; the caller removes it (in a finally). */
export async function startContainer(image: string, options: ContainerOptions & { publish?: number }): Promise<StartedContainer> {
  const id = await creatingContainer(() => createContainer(image, options));
  const container: StartedContainer = {
    id,
    async state() {
      const text = await dockerForBoot(['inspect', '--format', '{{json .State}} {{.RestartCount}}', id], options);
      const state = JSON.parse(text.slice(0, text.lastIndexOf(' '))) as { Running: boolean; ExitCode: number; OOMKilled?: boolean; Health?: { Status: string } };
      return { running: state.Running, exitCode: state.ExitCode, restarts: Number(text.slice(text.lastIndexOf(' ') + 1)), oomKilled: state.OOMKilled === true, ...(state.Health && { health: state.Health.Status }) };
    },
    async hostPort(containerPort) {
      const text = await dockerForBoot(['port', id, `${containerPort}/tcp`], options).catch(() => '');
      const port = /:(\d+)\s*$/m.exec(text);
      return port ? Number(port[1]) : undefined;
    },
    async address() {
      const text = await dockerForBoot(['inspect', '--format', '{{range .NetworkSettings.Networks}}{{.IPAddress}} {{end}}', id], options).catch(() => '');
      return text.split(' ').find((address) => /^\d+\.\d+\.\d+\.\d+$/.test(address));
    },
    async logs() {
      const binary = options.dockerCommand ?? dockerBinary();
      if (binary === undefined) return '';
      const { execa } = await import('execa');
      // The daemon keeps about LOG_LIMIT_BYTES; the buffer allows for its JSON framing being taken off.
      const logs = await execa(binary, ['logs', id], { stdin: 'ignore', reject: false, all: true, maxBuffer: 4 * LOG_LIMIT_BYTES, env: dockerEnvironment(), extendEnv: false });
      return keptLogEnd(logs.all ?? '');
    },
    async remove() {
      await dockerForBoot(['rm', '--force', '--volumes', id], options).catch(() => undefined);
    },
  };
  try {
    await dockerForBoot(['start', id], options);
  } catch (error) {
    await container.remove();
    throw error;
  }
  return container;
}

/** The end of a log, at most LOG_LIMIT_BYTES of it (as UTF-16 units, near enough), saying what was left out. */
export function keptLogEnd(log: string): string {
  if (log.length <= LOG_LIMIT_BYTES) return log;
  const cut = log.indexOf('\n', log.length - LOG_LIMIT_BYTES);
  const kept = cut === -1 ? log.slice(-LOG_LIMIT_BYTES) : log.slice(cut + 1);
  return `[import-guard: the first ${log.length - kept.length} characters of the log were left out; its last ${LOG_LIMIT_BYTES / 1024} KiB follow]\n${kept}`;
}

/** Creates, starts and waits for one container, then removes it whatever happened. */
export async function runContainer(image: string, options: ContainerOptions): Promise<ContainerResult> {
  const started = performance.now();
  const container = await startContainer(image, options);
  try {
    const waited = await Promise.race([dockerForBoot(['wait', container.id], options).then((code) => Number(code.trim())), new Promise<null>((resolve) => setTimeout(() => resolve(null), options.timeoutSeconds * 1000).unref())]);
    if (waited === null) await dockerForBoot(['kill', container.id], options).catch(() => undefined);
    const seconds = Number(((performance.now() - started) / 1000).toFixed(3));
    // The kernel's kill for memory ends a process with SIGKILL, 137: only then is the state worth asking.
    const oomKilled = waited === 137 && (await container.state().catch(() => undefined))?.oomKilled === true;
    return { exitCode: waited, timedOut: waited === null, oomKilled, logs: await container.logs(), seconds };
  } finally {
    await container.remove();
  }
}

/** Removes every container a run left behind (a cancelled job's); returns how many there were. */
export async function removeRunContainers(runId: string, options: { dockerCommand?: string } = {}): Promise<number> {
  const ids = (await dockerForBoot(['ps', '--all', '--quiet', '--filter', `label=${RUN_LABEL}=${runId}`], options)).split('\n').filter(Boolean);
  if (ids.length > 0) await dockerForBoot(['rm', '--force', '--volumes', ...ids], options);
  return ids.length;
}
