/**
 * One container of the image under test, run through the docker CLI: never privileged, no new
 * privileges, memory and process limits, no host mounts, labelled so that a later step can find
 * it, and always removed: on success, failure and timeout alike.
 */
import { DockerCommandError, runDocker } from '../docker-cli.ts';
import { BootError } from '../errors.ts';
import { DEFAULT_MEMORY, DEFAULT_PIDS } from './limits.ts';

/** Every container this tool starts carries this label; its value names the run. */
export const RUN_LABEL = 'io.github.import-guard.run';

export interface ContainerOptions {
  /** Replaces the image's ENTRYPOINT when given. */
  entrypoint?: string;
  /** Arguments (the image's CMD when absent). */
  command?: string[];
  /** Variables the image does not set, or sets otherwise. Values reach the CLI through its environment, never its arguments. */
  env?: Readonly<Record<string, string>>;
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
export async function dockerForBoot(args: string[], options: { dockerCommand?: string }, env?: Readonly<Record<string, string>>): Promise<string> {
  try {
    return await runDocker(args, options.dockerCommand, env);
  } catch (error) {
    if (!(error instanceof DockerCommandError)) throw error;
    const { failure } = error;
    if (failure.kind === 'no-cli') throw new BootError('the docker CLI is not installed, so the image cannot be booted; set boot: none to check it statically only');
    if (failure.kind === 'no-daemon') throw new BootError(`the Docker daemon does not answer (${failure.detail}), so the image cannot be booted; start it, or set boot: none`);
    throw new BootError(`\`docker ${args[0]}\` failed: ${failure.detail}`);
  }
}

/** What `docker create` is told: the image, the limits and the label every container of a run carries. */
export function createArgs(image: string, options: ContainerOptions & { publish?: number }): string[] {
  const args = ['create', '--label', `${RUN_LABEL}=${options.runId}`, '--network', options.network ?? 'none', '--memory', options.memory ?? DEFAULT_MEMORY, '--pids-limit', String(options.pids ?? DEFAULT_PIDS), '--security-opt', 'no-new-privileges'];
  // A random port on the loopback interface only: nothing outside the runner can reach it.
  if (options.publish !== undefined) args.push('--publish', `127.0.0.1::${options.publish}`);
  // `--env NAME` takes the value from the CLI's environment: secrets stay off command lines.
  for (const name of Object.keys(options.env ?? {})) args.push('--env', name);
  if (options.workdir !== undefined) args.push('--workdir', options.workdir);
  if (options.entrypoint !== undefined) args.push('--entrypoint', options.entrypoint);
  args.push(image, ...(options.command ?? []));
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
  logs(): Promise<string>;
  remove(): Promise<void>;
}

/** Creates and starts a container; the caller removes it (in a finally). */
export async function startContainer(image: string, options: ContainerOptions & { publish?: number }): Promise<StartedContainer> {
  const id = (await dockerForBoot(createArgs(image, options), options, options.env)).trim();
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
    async logs() {
      const { execa } = await import('execa');
      const logs = await execa(options.dockerCommand ?? 'docker', ['logs', id], { stdin: 'ignore', reject: false, all: true });
      return logs.all ?? '';
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
