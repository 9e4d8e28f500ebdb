import { ImageError } from '../errors.ts';

export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
}

export interface Healthcheck {
  /** As the image stores it: `["CMD", ...]`, `["CMD-SHELL", "..."]` or `["NONE"]`. */
  test: string[];
  intervalNs?: number;
  timeoutNs?: number;
  startPeriodNs?: number;
  retries?: number;
}

/** The parts of an image's configuration that decide how its Python starts. */
export interface ImageConfig {
  platform: Platform | undefined;
  /** `KEY=VALUE` strings in the image's order. */
  env: string[];
  workingDir: string;
  user: string;
  entrypoint: string[] | null;
  cmd: string[] | null;
  healthcheck: Healthcheck | null;
  exposedPorts: string[];
  labels: Record<string, string>;
}

export function emptyConfig(): ImageConfig {
  return { platform: undefined, env: [], workingDir: '', user: '', entrypoint: null, cmd: null, healthcheck: null, exposedPorts: [], labels: {} };
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringList(value: unknown): string[] | null {
  return Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : null;
}

function optionalNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function field(object: Json, ...names: string[]): unknown {
  for (const name of names) if (name in object) return object[name];
  return undefined;
}

/**
 * Reads any of the three shapes an image configuration comes in: an OCI / Docker image config
 * blob (`{"architecture", "os", "config": {...}}`), `docker image inspect` output (an array of
 * `{"Architecture", "Os", "Config": {...}}`), or the bare runtime config (`{"Env", "Cmd", ...}`).
 */
export function parseImageConfig(json: unknown, where: string): ImageConfig {
  const top: unknown = Array.isArray(json) && json.length === 1 ? (json as unknown[])[0] : json;
  if (!isObject(top)) throw new ImageError(`${where}: expected an image configuration object, found ${Array.isArray(json) ? `an array of ${json.length}` : typeof json}`);
  const nested = field(top, 'config', 'Config');
  const runtime: Json = isObject(nested) ? nested : top;
  const config = emptyConfig();

  const os = field(top, 'os', 'Os');
  const architecture = field(top, 'architecture', 'Architecture');
  if (typeof os === 'string' && typeof architecture === 'string') {
    config.platform = { os, architecture };
    const variant = field(top, 'variant', 'Variant');
    if (typeof variant === 'string' && variant !== '') config.platform.variant = variant;
  }

  config.env = stringList(runtime.Env) ?? [];
  config.workingDir = typeof runtime.WorkingDir === 'string' ? runtime.WorkingDir : '';
  config.user = typeof runtime.User === 'string' ? runtime.User : '';
  config.entrypoint = stringList(runtime.Entrypoint);
  config.cmd = stringList(runtime.Cmd);
  if (isObject(runtime.Healthcheck)) {
    const check = runtime.Healthcheck;
    const test = stringList(check.Test);
    if (test && test.length > 0) {
      const healthcheck: Healthcheck = { test };
      const interval = optionalNumber(check.Interval);
      const timeout = optionalNumber(check.Timeout);
      const startPeriod = optionalNumber(check.StartPeriod);
      const retries = optionalNumber(check.Retries);
      if (interval !== undefined) healthcheck.intervalNs = interval;
      if (timeout !== undefined) healthcheck.timeoutNs = timeout;
      if (startPeriod !== undefined) healthcheck.startPeriodNs = startPeriod;
      if (retries !== undefined) healthcheck.retries = retries;
      config.healthcheck = healthcheck;
    }
  }
  if (isObject(runtime.ExposedPorts)) config.exposedPorts = Object.keys(runtime.ExposedPorts).sort();
  if (isObject(runtime.Labels)) {
    for (const [key, value] of Object.entries(runtime.Labels)) if (typeof value === 'string') config.labels[key] = value;
  }
  return config;
}

/**
 * The `rootfs.diff_ids` of an image config blob: the sha256 of each layer's uncompressed tar,
 * bottom first. Undefined when the config has none (a hand-written config).
 */
export function layerDiffIds(json: unknown, where: string): string[] | undefined {
  const rootfs = isObject(json) ? json.rootfs : undefined;
  const diffIds = isObject(rootfs) ? rootfs.diff_ids : undefined;
  if (diffIds === undefined || diffIds === null) return undefined;
  const list = stringList(diffIds);
  if (!list) throw new ImageError(`${where}: rootfs.diff_ids is not a list of digests`);
  return list;
}

export function formatPlatform(platform: Platform): string {
  return [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/');
}

export function parsePlatform(text: string): Platform | undefined {
  const parts = text.split('/');
  if (parts.length < 2 || parts.length > 3 || parts.some((part) => !/^[A-Za-z0-9_.-]+$/.test(part))) return undefined;
  const platform: Platform = { os: parts[0]!, architecture: parts[1]! };
  if (parts[2]) platform.variant = parts[2];
  return platform;
}
