import { randomUUID } from 'node:crypto';
import { parseEnvLines } from './boot/env-lines.ts';
import { DEFAULT_MEMORY } from './boot/limits.ts';
import { ConfigurationError } from './errors.ts';
import { parsePathMap, type PathMapping } from './explain/pathmap.ts';
import { type Platform, parsePlatform } from './image/config.ts';
import type { RegistryOptions } from './image/registry/open.ts';
import { parseSource, type SourceSpec } from './image/source.ts';
import { literalStep, notLineEnd, type PatternStep, stepsMatcher } from './pattern.ts';
import { type EntryPoint, parseEntryLines } from './python/entrypoints.ts';
import type { FailOn } from './report/findings.ts';

/** Everything a run needs, validated; built from Action inputs or command-line flags alike. */
export interface Settings {
  source: SourceSpec;
  platform?: Platform;
  /** How a `docker:` image is read: what a container of it sees (default, faster), or the image's own export. */
  dockerRead?: 'container' | 'save';
  /** Whether extension modules are checked for the shared libraries they load (default true). */
  native: boolean;
  /** `platform: all`: every platform of a multi-platform image is checked, each with its own verdict. */
  allPlatforms?: boolean;
  /** For `dir:` sources: an image configuration JSON file. */
  imageConfig?: string;
  /** Where temporary files go. */
  tempDir?: string;
  /** Entry points given by the user; they replace the derived ones unless `keepDerived`. */
  entrypoints?: { entries: EntryPoint[]; keepDerived: boolean };
  /** Folders put in front of the image's sys.path, as PYTHONPATH would. */
  pythonPath: string[];
  failOn: FailOn;
  /** Module globs whose missing modules are not reported. */
  ignore: string[];
  /** The checkout the image was built from. */
  repository?: string;
  pathMap: PathMapping[];
  /** The build context folder and the Dockerfile, relative to the repository (defaults: its root, `<context>/Dockerfile`). */
  context?: string;
  dockerfile?: string;
  /** The stage `docker build --target` built (default: the last). */
  target?: string;
  /** A JSON file of accepted findings, relative to the repository: findings it lists do not fail the run. */
  baseline?: string;
  /** For `registry:` sources: credentials, a private CA, plain HTTP. */
  registry?: RegistryOptions;
  boot: BootSettings;
}

/** `auto`: `import` when the image is in the Docker daemon (a `docker:` source), else `none`. */
export type BootChoice = 'auto' | 'import' | 'serve' | 'none';

export interface BootSettings {
  mode: BootChoice;
  /** Set in the booted container; every value is a secret to mask. */
  env: Record<string, string>;
  /** `serve`: the container port (default: the image's EXPOSE) and the path that answers 2xx when the service is up. */
  port?: number;
  healthPath?: string;
  timeoutSeconds: number;
  /** The booted container's memory limit, in docker's notation: 512m, 2g. */
  memory: string;
  /** Labels every container of this run, so that a later step can remove what a cancelled run left. */
  runId: string;
}

export const BOOT_CHOICES: readonly BootChoice[] = ['auto', 'import', 'serve', 'none'];
export const DEFAULT_BOOT_TIMEOUT = 60;

/** Raw text values, as inputs and flags deliver them; empty means "not given". */
export interface RawSettings {
  image: string;
  platform?: string | undefined;
  dockerRead?: string | undefined;
  imageConfig?: string | undefined;
  tempDir?: string | undefined;
  /** One entry point per line (or per flag). */
  entrypoints?: readonly string[] | undefined;
  pythonPath?: readonly string[] | undefined;
  failOn?: string | undefined;
  ignore?: readonly string[] | undefined;
  repository?: string | undefined;
  pathMap?: readonly string[] | undefined;
  context?: string | undefined;
  dockerfile?: string | undefined;
  target?: string | undefined;
  baseline?: string | undefined;
  boot?: string | undefined;
  /** `NAME=value` lines of the checkout's settings file, under `envFile` and `env`. */
  fileEnv?: { name: string; lines: readonly string[] } | undefined;
  /** `NAME=value` lines. */
  env?: readonly string[] | undefined;
  /** An env file's name and lines, read by the adapter. */
  envFile?: { name: string; lines: readonly string[] } | undefined;
  port?: string | undefined;
  healthPath?: string | undefined;
  bootTimeout?: string | undefined;
  bootMemory?: string | undefined;
  runId?: string | undefined;
  registryUsername?: string | undefined;
  registryPassword?: string | undefined;
  registryCa?: string | undefined;
  registryInsecure?: string | boolean | undefined;
  native?: string | boolean | undefined;
}

const FAIL_ON = ['error', 'warning', 'notice', 'never'];

/** A dotted module name, then optionally `:` and the app object (`app`, `create_app()`, as gunicorn takes it). */
const ENTRY_MODULE = /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*(?:\.[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*)*(?::\s*[\p{L}\p{Nl}_].*)?$/u;

/** Splits a multi-line input or repeated flags into items: one per line, commas also separate. */
export function listValue(values: readonly string[] | undefined): string[] {
  return (values ?? []).flatMap((value) => value.split(/[\n,]/)).map((item) => item.trim()).filter((item) => item !== '' && !item.startsWith('#'));
}

export function makeSettings(raw: RawSettings): Settings {
  if (raw.image.trim() === '') {
    throw new ConfigurationError('image is required: the image to check, for example docker:my-service:latest or docker-archive:image.tar');
  }
  const failOn = raw.failOn?.trim() || 'error';
  if (!FAIL_ON.includes(failOn)) throw new ConfigurationError(`fail-on is ${JSON.stringify(failOn)}; expected one of ${FAIL_ON.join(', ')}`);
  const nativeText = typeof raw.native === 'boolean' ? String(raw.native) : raw.native?.trim().toLowerCase() || 'true';
  if (nativeText !== 'true' && nativeText !== 'false') throw new ConfigurationError(`native is ${JSON.stringify(raw.native)}; expected true (check the shared libraries extension modules load) or false`);
  const settings: Settings = { source: parseSource(raw.image), pythonPath: listValue(raw.pythonPath), failOn: failOn as FailOn, ignore: listValue(raw.ignore), pathMap: [], boot: bootSettings(raw), native: nativeText === 'true' };
  for (const folder of settings.pythonPath) {
    if (!folder.startsWith('/')) throw new ConfigurationError(`python-path entry ${JSON.stringify(folder)} is not an absolute path in the image, for example /srv/src`);
  }
  for (const pattern of settings.ignore) {
    if (!/^[A-Za-z0-9_.*]+$/.test(pattern)) throw new ConfigurationError(`ignore pattern ${JSON.stringify(pattern)} is not a module glob, for example yaml, boto3.* or tests.**`);
  }
  const dockerRead = raw.dockerRead?.trim().toLowerCase();
  if (dockerRead === 'container' || dockerRead === 'save') settings.dockerRead = dockerRead;
  else if (dockerRead) throw new ConfigurationError(`docker-read ${JSON.stringify(raw.dockerRead!.trim().slice(0, 100))} is neither container (read what a container of the image sees, the default) nor save (read the image's own export, docker image save)`);
  const platformText = raw.platform?.trim();
  if (platformText?.toLowerCase() === 'all') settings.allPlatforms = true;
  else if (platformText) {
    const platform = parsePlatform(platformText);
    if (!platform) throw new ConfigurationError(`platform ${JSON.stringify(platformText)} is not of the form os/arch[/variant], for example linux/amd64 or linux/arm64/v8, nor all (every platform of the image)`);
    settings.platform = platform;
  }
  if (raw.imageConfig?.trim()) settings.imageConfig = raw.imageConfig.trim();
  if (raw.tempDir?.trim()) settings.tempDir = raw.tempDir.trim();
  const entryLines = (raw.entrypoints ?? []).flatMap((value) => value.split('\n'));
  for (const line of entryLines.map((text) => text.trim())) {
    if (line === '' || line.startsWith('#') || line === 'auto' || line.includes('/') || line.endsWith('.py') || ENTRY_MODULE.test(line)) continue;
    throw new ConfigurationError(`entrypoints line ${JSON.stringify(line)} is not an entry point: give a module (pkg.app), an app object (pkg.app:app) or a script path (/srv/run.py)`);
  }
  if (entryLines.some((line) => line.trim() !== '')) {
    const parsed = parseEntryLines(entryLines);
    if (parsed.entries.length === 0 && !parsed.keepDerived) throw new ConfigurationError('entrypoints holds no entry point: give one module (pkg.app or pkg.app:app) or script path per line');
    settings.entrypoints = parsed;
  }
  if (raw.repository?.trim()) settings.repository = raw.repository.trim();
  const pathMap = parsePathMap((raw.pathMap ?? []).flatMap((value) => value.split('\n')));
  if ('error' in pathMap) throw new ConfigurationError(pathMap.error);
  settings.pathMap = pathMap;
  for (const [name, value] of [['context', raw.context?.trim()], ['dockerfile', raw.dockerfile?.trim()]] as const) {
    if (!value) continue;
    if (!settings.repository) throw new ConfigurationError(`${name} is a path in the checkout, so it needs the checkout too (--repo DIR)`);
    settings[name] = value;
  }
  const target = raw.target?.trim();
  if (target) {
    if (!settings.repository) throw new ConfigurationError('target names a stage of the checkout\'s Dockerfile, so it needs the checkout too (--repo DIR)');
    settings.target = target;
  }
  const baseline = raw.baseline?.trim();
  if (baseline) {
    if (!settings.repository) throw new ConfigurationError('baseline is a file in the checkout, so it needs the checkout too (--repo DIR)');
    settings.baseline = baseline;
  }
  const registry = registrySettings(raw);
  if (registry) settings.registry = registry;
  return settings;
}

/** The registry-* values; the password is not trimmed (a space may be part of it). */
function registrySettings(raw: RawSettings): RegistryOptions | undefined {
  const username = raw.registryUsername?.trim() || undefined;
  const password = raw.registryPassword === '' ? undefined : raw.registryPassword;
  if ((username === undefined) !== (password === undefined)) {
    throw new ConfigurationError(`${username === undefined ? 'registry-password is given without registry-username' : 'registry-username is given without registry-password (for the command line: the IMPORT_GUARD_REGISTRY_PASSWORD variable)'}: give both, or neither to use the docker config file's credentials`);
  }
  const caFile = raw.registryCa?.trim() || undefined;
  const insecureText = typeof raw.registryInsecure === 'boolean' ? String(raw.registryInsecure) : raw.registryInsecure?.trim().toLowerCase() || 'false';
  if (insecureText !== 'true' && insecureText !== 'false') throw new ConfigurationError(`registry-insecure is ${JSON.stringify(raw.registryInsecure)}; expected true or false`);
  const insecure = insecureText === 'true';
  if (username === undefined && caFile === undefined && !insecure) return undefined;
  return { ...(username !== undefined && { username, password }), ...(caFile !== undefined && { caFile }), ...(insecure && { insecure }) };
}

function bootSettings(raw: RawSettings): BootSettings {
  const mode = (raw.boot?.trim() || 'auto') as BootChoice;
  if (!BOOT_CHOICES.includes(mode)) throw new ConfigurationError(`boot is ${JSON.stringify(raw.boot)}; expected one of ${BOOT_CHOICES.join(', ')}`);
  const env: Record<string, string> = {};
  // The files first: lines given directly override them, as `docker run --env-file F --env X=1` does.
  if (raw.fileEnv) parseEnvLines(raw.fileEnv.lines, raw.fileEnv.name, env);
  if (raw.envFile) parseEnvLines(raw.envFile.lines, `env-file ${raw.envFile.name}`, env);
  parseEnvLines((raw.env ?? []).flatMap((value) => value.split('\n')), 'env', env);
  const timeoutText = raw.bootTimeout?.trim();
  const timeoutSeconds = timeoutText ? Number(timeoutText.replace(/s$/, '')) : DEFAULT_BOOT_TIMEOUT;
  if (!(timeoutSeconds > 0) || !Number.isFinite(timeoutSeconds)) throw new ConfigurationError(`boot-timeout is ${JSON.stringify(timeoutText)}; expected a number of seconds above 0, for example 60`);
  const memory = raw.bootMemory?.trim().toLowerCase() || DEFAULT_MEMORY;
  // Docker refuses less than 6 MiB.
  const memoryBytes = /^(\d+)([bkmg]?)$/.exec(memory);
  if (!memoryBytes || Number(memoryBytes[1]) * { '': 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[memoryBytes[2] as '' | 'b' | 'k' | 'm' | 'g'] < 6 * 1024 ** 2) {
    throw new ConfigurationError(`boot-memory is ${JSON.stringify(raw.bootMemory)}; expected a memory limit of 6m or more in docker's notation, for example 512m or 2g`);
  }
  const settings: BootSettings = { mode, env, timeoutSeconds, memory, runId: raw.runId?.trim() || `local-${process.pid}-${randomUUID().slice(0, 8)}` };
  const portText = raw.port?.trim();
  if (portText) {
    const port = Number(portText.replace(/\/tcp$/, ''));
    if (!Number.isInteger(port) || port < 1 || port > 65535) throw new ConfigurationError(`port is ${JSON.stringify(portText)}; expected the container port the service listens on, 1 to 65535`);
    settings.port = port;
  }
  const healthPath = raw.healthPath?.trim();
  if (healthPath) {
    if (!healthPath.startsWith('/') || /\s/.test(healthPath)) throw new ConfigurationError(`health-path is ${JSON.stringify(healthPath)}; expected a path that starts with /, for example /health`);
    settings.healthPath = healthPath;
  }
  if ((settings.port !== undefined || settings.healthPath !== undefined) && mode !== 'serve') {
    throw new ConfigurationError(`${settings.healthPath !== undefined ? 'health-path' : 'port'} is used by boot: serve, and boot is ${mode}; set boot: serve to run the image's own command`);
  }
  return settings;
}

/** A module glob: `*` within one name, `**` across dots; a plain name also covers its submodules. Matched in linear time. */
export function moduleMatcher(patterns: readonly string[]): (module: string) => boolean {
  const DOT = 0x2e;
  const notDot = (char: number): boolean => char !== DOT;
  const matchers = patterns.map((pattern) => {
    const steps: PatternStep[] = [];
    pattern.split('**').forEach((part, index) => {
      if (index > 0) steps.push({ kind: 'many', test: notLineEnd });
      part.split('*').forEach((text, index) => {
        if (index > 0) steps.push({ kind: 'many', test: notDot });
        for (const char of text) steps.push(literalStep(char.codePointAt(0)!));
      });
    });
    // `(\..*)?`: the module itself or any of its submodules.
    steps.push({ kind: 'optional', length: 2 }, literalStep(DOT), { kind: 'many', test: notLineEnd });
    return stepsMatcher(steps);
  });
  return (module) => matchers.some((matches) => matches(module));
}
