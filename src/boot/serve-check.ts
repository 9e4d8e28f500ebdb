/**
 * The `serve` boot: the image's own ENTRYPOINT and CMD, its port published on 127.0.0.1, until
 * the service is ready (a health path answers 2xx, or the image's HEALTHCHECK says healthy), the
 * process exits or restarts, or the time is up. The container is removed in every case.
 */
import { existsSync } from 'node:fs';
import { type StartedContainer, startContainer } from './runtime.ts';

export interface ServeOptions {
  /** The container port to publish; needed for a health path. */
  port?: number;
  /** A path that answers 2xx when the service is up, `/health`. */
  healthPath?: string;
  env?: Readonly<Record<string, string>>;
  secretEnv?: Readonly<Record<string, string>>;
  memory?: string;
  /** Applied to the log before it is returned: hides secret values. */
  mask?: (text: string) => string;
  timeoutSeconds: number;
  runId: string;
  /** How often to look, in milliseconds (default 100). */
  pollMs?: number;
  /** Told every `waitEverySeconds` (default 10) of waiting, with the seconds waited: progress for a slow start. */
  onWait?: (seconds: number) => void;
  waitEverySeconds?: number;
  dockerCommand?: string;
}

export interface ServeResult {
  /** `running`: no health path or HEALTHCHECK to ask, and the process was still up when the time was over. */
  verdict: 'ready' | 'running' | 'exited' | 'restarted' | 'timeout';
  /** What showed it ready. */
  readyBy?: 'health-path' | 'healthcheck';
  /** The health path's answer. */
  status?: number;
  /** The process's exit status, when it exited. */
  exitCode?: number;
  /** It exited because the kernel killed it for going over the memory limit. */
  oomKilled?: boolean;
  /** From container start to the verdict. */
  seconds: number;
  logs: string;
}

/** The 2xx status the URL answers with, if it does. */
async function answers(url: string): Promise<number | undefined> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(1000), redirect: 'manual' });
    await response.body?.cancel();
    return response.status >= 200 && response.status < 300 ? response.status : undefined;
  } catch {
    return undefined;
  }
}

/** The first 2xx status one of the URLs answers with, if any does. */
async function anyAnswers(urls: readonly string[]): Promise<number | undefined> {
  return (await Promise.all(urls.map(answers))).find((status) => status !== undefined);
}

/**
 * Whether this process runs in a container of its own (the tool's image, a CI job's container):
 * Docker and Podman mark their containers with these files.
 */
export function inContainer(): boolean {
  return existsSync('/.dockerenv') || existsSync('/run/.containerenv');
}

/**
 * Where the health path is asked: the port published on the host's loopback; and, from a
 * container of its own, whose loopback is not the host's, also the service's own address on
 * the bridge network, which one container reaches from another.
 */
async function healthUrls(container: StartedContainer, options: ServeOptions): Promise<string[]> {
  if (options.port === undefined || options.healthPath === undefined) return [];
  const pathPart = options.healthPath.replace(/^\/+/, '');
  const urls: string[] = [];
  const hostPort = await container.hostPort(options.port);
  if (hostPort !== undefined) urls.push(`http://127.0.0.1:${hostPort}/${pathPart}`);
  const address = inContainer() ? await container.address() : undefined;
  if (address !== undefined) urls.push(`http://${address}:${options.port}/${pathPart}`);
  return urls;
}

/** Runs the image's own command until it is ready, exits, restarts or the time is up. */
export async function serveCheck(image: string, options: ServeOptions): Promise<ServeResult> {
  const started = performance.now();
  const container = await startContainer(image, { ...options, network: 'bridge', ...(options.port !== undefined && { publish: options.port }) });
  const seconds = (): number => Number(((performance.now() - started) / 1000).toFixed(3));
  const logs = async (): Promise<string> => (options.mask ?? String)(await container.logs());
  try {
    const urls = await healthUrls(container, options);
    const deadline = started + options.timeoutSeconds * 1000;
    const every = options.waitEverySeconds ?? 10;
    let told = 0;
    for (;;) {
      const waited = Math.floor((performance.now() - started) / 1000 / every) * every;
      if (waited > told) options.onWait?.((told = waited));
      const state = await container.state();
      if (state.restarts > 0) return { verdict: 'restarted', seconds: seconds(), logs: await logs() };
      if (!state.running) return { verdict: 'exited', exitCode: state.exitCode, ...(state.oomKilled && { oomKilled: true }), seconds: seconds(), logs: await logs() };
      const status = await anyAnswers(urls);
      if (status !== undefined) return { verdict: 'ready', readyBy: 'health-path', status, seconds: seconds(), logs: await logs() };
      if (state.health === 'healthy') return { verdict: 'ready', readyBy: 'healthcheck', seconds: seconds(), logs: await logs() };
      if (performance.now() >= deadline) return { verdict: urls.length > 0 || state.health !== undefined ? 'timeout' : 'running', seconds: seconds(), logs: await logs() };
      await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 100));
    }
  } finally {
    await container.remove();
  }
}
