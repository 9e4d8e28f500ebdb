/**
 * The boot stage of a scan: chooses the mode, plans the container from what the static stage
 * learnt of the image (interpreter, sys.path, working folder, entry points), boots it, and
 * merges what it shows into the findings.
 */
import { ConfigurationError, isUserError } from '../errors.ts';
import { formatPlatform, type ImageConfig } from '../image/config.ts';
import { underAny } from '../image/image-fs.ts';
import type { Logger } from '../logger.ts';
import { environmentOf, type SysPathEntry, workingDirOf } from '../python/environment.ts';
import { type EntryPoint, entryLabel } from '../python/entrypoints.ts';
import type { BootMode, BootReport, Finding, Origin } from '../report/findings.ts';
import type { BootSettings } from '../settings.ts';
import { type BootPlan, bootImage } from './boot.ts';
import { type BootFacts, mergeBootFindings } from './boot-findings.ts';
import { daemonImage, inDaemon, type ReadSource, releaseDaemonImage } from './daemon-image.ts';
import { secretValues } from './env-lines.ts';
import { type ImportTarget, targetText } from './import-check.ts';

export interface BootStageInput {
  settings: BootSettings;
  source: ReadSource;
  /** The image's own configuration, and the one its Python command sees (after `cd`, `export`, server options). */
  imageConfig: ImageConfig;
  commandConfig: ImageConfig;
  python: string;
  sysPath: readonly SysPathEntry[];
  entries: readonly EntryPoint[];
  /** Folders of the interpreter's library and of installed packages: frames there are not the application's. */
  libraryDirs: readonly string[];
  toRepo: (imagePath: string) => string | undefined;
  originOf: (module: string) => Origin;
  logger: Logger;
  dockerCommand?: string;
  /** The machine's architecture as Node names it (default process.arch). */
  machineArch?: string;
  /** The walked code has lazy imports, which an import boot does not load. */
  lazyImports?: boolean;
}

/** sys.path entries of the interpreter's own library. */
const STANDARD_LIBRARY = new Set<SysPathEntry['origin']>(['stdlib', 'stdlib-zip', 'lib-dynload']);

/** Node's names of the machine's architecture, as image platforms name them. */
const ARCHITECTURES: Record<string, string> = { x64: 'amd64', arm64: 'arm64', arm: 'arm', ia32: '386', ppc64: 'ppc64le', s390x: 's390x', riscv64: 'riscv64' };

/** The machine's architecture as image platforms name it (amd64, arm64). */
export function machineArchitecture(arch: string = process.arch): string {
  return ARCHITECTURES[arch] ?? arch;
}

/**
 * `auto` becomes `import` for an image already in the daemon that this machine runs natively; an
 * image of another architecture would need emulation, and anything else is booted only when asked.
 */
function chooseMode(input: BootStageInput): BootMode | { reason: string } {
  const { mode } = input.settings;
  if (mode === 'none') return { reason: 'boot is none' };
  if (mode !== 'auto') return mode;
  const platform = input.imageConfig.platform;
  const arch = input.machineArch ?? process.arch;
  const machine = ARCHITECTURES[arch] ?? arch;
  if (platform && platform.architecture !== machine) {
    return { reason: `the image is for ${formatPlatform(platform)} and this machine is ${machine}; set boot: import to boot it under emulation (QEMU)` };
  }
  if (inDaemon(input.source.kind)) return 'import';
  const { kind } = input.source;
  if (kind === 'registry') return { reason: 'the image is read from a registry, not from the Docker daemon; set boot: import to pull it (by the digest read) and boot it' };
  return { reason: kind === 'oci-dir' || kind === 'dir' ? `the image is a folder (${kind}:), which Docker cannot run; give a docker:REF image to boot it` : `the image is read from a ${kind} file, not from the Docker daemon; set boot: import to load it there and boot it` };
}

/** Entry points the import boot can import: modules and apps, not scripts or configuration files (those run only when served). */
function importTargets(entries: readonly EntryPoint[]): ImportTarget[] {
  const seen = new Set<string>();
  return entries.flatMap((entry) => {
    if (entry.file !== undefined || entry.code !== undefined || entry.role === 'script' || entry.role === 'config') return [];
    const target = { module: entry.module, ...(entry.attr && { attr: entry.attr }) };
    if (seen.has(targetText(target))) return [];
    seen.add(targetText(target));
    return [target];
  });
}

/** The variables the image's command sets for Python on top of the image's own (`export`, `env`, server options). */
function commandEnv(input: BootStageInput): Record<string, string> {
  const image = environmentOf(input.imageConfig);
  return Object.fromEntries([...environmentOf(input.commandConfig)].filter(([name, value]) => image.get(name) !== value));
}

function firstExposedPort(config: ImageConfig): number | undefined {
  const tcp = config.exposedPorts.map((port) => /^(\d+)(?:\/tcp)?$/.exec(port)).find((match) => match !== null);
  return tcp ? Number(tcp[1]) : undefined;
}

/** What to run, before the image is looked up in the daemon (an archive is loaded only when there is something to run). */
function plan(input: BootStageInput, mode: BootMode): Omit<BootPlan, 'image'> | { reason: string } {
  const { settings } = input;
  const base = { mode, python: input.python, memory: settings.memory, timeoutSeconds: settings.timeoutSeconds, runId: settings.runId, secrets: secretValues(settings.env), ...(input.dockerCommand !== undefined && { dockerCommand: input.dockerCommand }) };
  if (mode === 'serve') {
    const port = settings.port ?? firstExposedPort(input.imageConfig);
    if (settings.healthPath !== undefined && port === undefined) throw new ConfigurationError(`health-path ${settings.healthPath} needs a port to ask: set port, or EXPOSE the port in the image`);
    return { ...base, targets: [], front: [], env: {}, secretEnv: { ...settings.env }, ...(port !== undefined && { port }), ...(settings.healthPath !== undefined && { healthPath: settings.healthPath }) };
  }
  const targets = importTargets(input.entries);
  if (targets.length === 0) {
    return { reason: `the import boot has nothing to import: the entry points are scripts or files (${input.entries.map(entryLabel).join(', ')}); boot: serve runs them` };
  }
  const front = input.sysPath.filter((entry) => entry.origin === 'path0' || entry.origin === 'server').map((entry) => entry.path);
  return { ...base, targets, front, workdir: workingDirOf(input.commandConfig), env: commandEnv(input), secretEnv: { ...settings.env } };
}

/** The dotted name of an image file under the longest folder on sys.path that holds it. */
function moduleNamer(input: BootStageInput): (file: string) => string | undefined {
  const cwd = workingDirOf(input.commandConfig);
  const roots = input.sysPath.map((entry) => (entry.path === '' ? cwd : entry.path)).sort((a, b) => b.length - a.length);
  return (file) => {
    if (!file.endsWith('.py')) return undefined;
    const root = roots.find((folder) => underAny(file, [folder]));
    if (root === undefined) return undefined;
    const dotted = file.slice(root === '/' ? 1 : root.length + 1, -3).replace(/\/__init__$/, '');
    return /^[A-Za-z_][\w]*(\/[A-Za-z_]\w*)*$/.test(dotted) ? dotted.replace(/\//g, '.') : undefined;
  };
}

export interface BootStageResult {
  boot: BootReport;
  findings: Finding[];
}

/** Boots the image when the settings ask for it; a boot that cannot run is reported, the findings left as they are. */
export async function bootStage(findings: readonly Finding[], input: BootStageInput): Promise<BootStageResult> {
  const mode = chooseMode(input);
  if (typeof mode !== 'string') return { boot: { mode: 'none', reason: mode.reason }, findings: [...findings] };
  try {
    const planned = plan(input, mode);
    if ('reason' in planned) {
      input.logger.info(`Not booting: ${planned.reason}`);
      return { boot: { mode: 'none', reason: planned.reason }, findings: [...findings] };
    }
    const image = await daemonImage(input.source, input);
    try {
      const waitingFor = planned.healthPath !== undefined ? `GET ${planned.healthPath} to answer` : 'the service to be ready';
      const chosen: BootPlan = { ...planned, image: image.reference, onWait: (seconds) => input.logger.info(`  waiting for ${waitingFor}: ${seconds} s of ${planned.timeoutSeconds} s`) };
      input.logger.info(mode === 'import' ? `Booting ${input.source.label}: importing ${chosen.targets.map(targetText).join(', ')} with ${chosen.python}` : `Booting ${input.source.label}: running its own command${chosen.port !== undefined ? ` with port ${chosen.port} published` : ''}`);
      const outcome = await bootImage(chosen);
      // Importing an entry module binds its lazy imports without loading them: a passing boot cannot vouch for those.
      if (mode === 'import' && input.lazyImports && outcome.run.ok) outcome.run = { ...outcome.run, outcome: `${outcome.run.outcome}; the code uses lazy imports, which importing does not load: a module imported lazily is checked by the static walk only` };
      input.logger.info(`Boot ${outcome.run.ok ? 'passed' : 'failed'}: ${outcome.run.outcome}`);
      const standardLibrary = input.sysPath.filter((entry) => STANDARD_LIBRARY.has(entry.origin)).map((entry) => entry.path);
      const facts: BootFacts = {
        toRepo: input.toRepo,
        isApplication: (file) => !file.startsWith('<') && !underAny(file, input.libraryDirs),
        isStandardLibrary: (file) => underAny(file, standardLibrary),
        moduleOf: moduleNamer(input),
        originOf: input.originOf,
      };
      return { boot: outcome.run, findings: mergeBootFindings(findings, outcome, facts) };
    } finally {
      await releaseDaemonImage(image, input);
    }
  } catch (error) {
    if (!isUserError(error)) throw error;
    return { boot: { mode, error: error.message }, findings: [...findings] };
  }
}
