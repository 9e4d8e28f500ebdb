// The precision corpus: real Python applications from Debian packages (test/corpus/apps.json),
// one image per app that differs from the shared base only in its CMD. The image's own
// interpreter is the ground truth: each app is booted with no network, then scanned by the
// bundled command line; mutants (one module removed) measure recall the same way.
import { chmod, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { parseJsonReport } from './json-report.ts';

export const CORPUS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../corpus');
/** Debian bookworm with every corpus app installed, made by scripts/build-test-images.sh. */
export const DEBIAN_APPS_IMAGE = 'import-guard-test/debian-apps:bookworm-1';

export interface CorpusApp {
  /** Short name, also the per-app image's repository name. */
  name: string;
  /** The Debian package that installs it. */
  package: string;
  /** The image's CMD: the app itself, with arguments that need no network. */
  command: string[];
  /** How the command reaches the app's code. */
  style: string;
  /** Top-level Python packages or modules of the app's own code. */
  packages: string[];
  /** Whether mutants are made of this app. */
  mutate?: boolean;
}

/** `plugin` mutants are picked by hand: a module an installed distribution's plugin entry point names. */
export type MutantKind = 'own' | 'dependency' | 'optional' | 'plugin';

export interface Mutant {
  app: string;
  kind: MutantKind;
  /** The module whose file (or package folder) is removed. */
  module: string;
  /** The path removed from the image. */
  path: string;
}

export interface Expectations {
  /** Per app: does its command exit 0 in the image? */
  apps: Record<string, { boots: boolean }>;
  /**
   * Per mutant id (`app:module`): does the mutant crash at boot? `errorAllowed` says why an
   * error on a mutant that boots is right (its module runs later, not under the CMD).
   * `missed` says why the guard does not yet catch a mutant that crashes: the corpus test fails
   * on any other miss, and on a listed one that is caught (the entry must then go).
   */
  mutants: Record<string, { crashes: boolean; errorAllowed?: string; missed?: string }>;
}

export interface Frame {
  file: string;
  line: number;
}

export interface BootResult {
  exitCode: number;
  timedOut: boolean;
  seconds: number;
  /** The exception line of the traceback about an import (or the last traceback), if any. */
  exception: string | null;
  /** The innermost frame of that traceback outside the import machinery: the importing line. */
  at: Frame | null;
  /**
   * The files of that traceback's frames, when it loads an entry point by its group
   * (`EntryPoint.load()`): the module name is computed there, so the line a static scan can
   * name is the one that names the group, in one of these files, not the line that loads it.
   */
  entryPointLoad: string[] | null;
  /** The last lines of the output, for the report. */
  tail: string;
}

export interface Finding {
  kind: string;
  severity: string;
  reported: boolean;
  module: string;
  message: string;
  file: string;
  line: number;
  imagePath?: string | null;
  guard: string | null;
  origin: string;
}

export interface ScanResult {
  exitCode: number;
  seconds: number;
  /** The first line of stderr when the scan produced no report. */
  failure: string | null;
  counts: { error: number; warning: number; notice: number };
  modules: number;
  files: number;
  unparsed: number;
  findings: Finding[];
}

export function loadApps(): Promise<CorpusApp[]> {
  return readJson<CorpusApp[]>(path.join(CORPUS_DIR, 'apps.json'));
}

export function loadExpectations(): Promise<Expectations> {
  return readJson<Expectations>(path.join(CORPUS_DIR, 'expected.json'));
}

export function loadMutants(): Promise<Mutant[]> {
  return readJson<Mutant[]>(path.join(CORPUS_DIR, 'mutants.json'));
}

async function readJson<T>(file: string): Promise<T> {
  return JSON.parse(await readFile(file, 'utf8')) as T;
}

export function mutantId(mutant: Mutant): string {
  return `${mutant.app}:${mutant.module}`;
}

/** Tags unique to this process, so parallel runs on one daemon never share an image. */
export function appTag(app: string): string {
  return `import-guard-corpus/${app}:run-${process.pid}`;
}

export function mutantTag(mutant: Mutant): string {
  return `import-guard-corpus/${mutant.app}--${mutant.module.replaceAll('_', '-').replaceAll('.', '-').toLowerCase()}:run-${process.pid}`;
}

/** Builds an image from a Dockerfile given as text, with no build context. */
async function buildFrom(dockerfile: string, tag: string): Promise<void> {
  await execa('docker', ['build', '--quiet', '--tag', tag, '-'], { input: dockerfile, env: { DOCKER_BUILDKIT: '0' } });
}

/** The per-app image: the corpus base with the app as its command. */
export async function buildApp(app: CorpusApp, base = DEBIAN_APPS_IMAGE): Promise<string> {
  const tag = appTag(app.name);
  await buildFrom(`FROM ${base}\nCMD ${JSON.stringify(app.command)}\n`, tag);
  return tag;
}

/** The app's image with one module's file or package folder removed. */
export async function buildMutant(mutant: Mutant): Promise<string> {
  const tag = mutantTag(mutant);
  await buildFrom(`FROM ${appTag(mutant.app)}\nRUN rm -rf ${JSON.stringify(mutant.path)}\n`, tag);
  return tag;
}

export async function removeImages(tags: string[]): Promise<void> {
  if (tags.length > 0) await execa('docker', ['rmi', '--force', ...tags], { reject: false, stdin: 'ignore' });
}

const BOOT_TIMEOUT_MS = 60_000;

/** Runs the image's own command with no network: the ground truth. */
export async function boot(image: string, name: string): Promise<BootResult> {
  const started = performance.now();
  const result = await execa('docker', ['run', '--rm', '--network', 'none', '--name', name, '--memory', '1g', image], { reject: false, stdin: 'ignore', all: true, timeout: BOOT_TIMEOUT_MS, forceKillAfterDelay: 2000 });
  if (result.timedOut) await execa('docker', ['rm', '--force', name], { reject: false, stdin: 'ignore' });
  const output = result.all ?? '';
  const traceback = importTraceback(output);
  return {
    exitCode: result.exitCode ?? -1,
    timedOut: result.timedOut,
    seconds: (performance.now() - started) / 1000,
    exception: traceback?.exception ?? null,
    at: traceback?.at ?? null,
    entryPointLoad: traceback?.entryPointLoad ?? null,
    tail: output.split('\n').filter(Boolean).slice(-3).join(' | ').slice(0, 300),
  };
}

const IMPORT_MACHINERY = /\/python3\.\d+\/importlib\/(__init__|metadata\/__init__|_bootstrap|_bootstrap_external)\.py$/;
const ENTRY_POINT_LOAD = /\/python3\.\d+\/importlib\/metadata\/__init__\.py$/;

/**
 * The traceback about an import in a Python process's output: the first whose exception is an
 * ImportError (chained tracebacks print the cause first), else the last. Its importing line is
 * the innermost frame outside the import machinery (`<frozen importlib._bootstrap>`).
 */
export function importTraceback(output: string): { exception: string; at: Frame | null; entryPointLoad: string[] | null } | null {
  const blocks: Array<{ frames: Frame[]; exception: string }> = [];
  let current: { frames: Frame[]; exception: string } | null = null;
  for (const line of output.split('\n')) {
    if (line.startsWith('Traceback (most recent call last):')) {
      current = { frames: [], exception: '' };
      continue;
    }
    if (!current) continue;
    const frame = /^ {2}File "(.*)", line (\d+)/.exec(line);
    if (frame) {
      current.frames.push({ file: frame[1]!, line: Number(frame[2]) });
      continue;
    }
    // The exception line: the first unindented line after the frames (`pkg.SomeError: text`).
    if (/^[A-Za-z_][\w.]*(:|$)/.test(line)) {
      current.exception = line.trim();
      blocks.push(current);
      current = null;
    }
  }
  const chosen = blocks.find((block) => /^(ModuleNotFoundError|ImportError)\b/.test(block.exception)) ?? blocks.at(-1);
  if (!chosen) return null;
  // importlib.import_module and EntryPoint.load are import machinery too: their caller imports.
  const isOwn = (frame: Frame): boolean => !frame.file.startsWith('<') && !IMPORT_MACHINERY.test(frame.file);
  const own = chosen.frames.filter(isOwn);
  // The module that failed is the entry point's own when EntryPoint.load() runs below the last frame of code.
  const lastOwn = chosen.frames.findLastIndex(isOwn);
  const loadsEntryPoint = chosen.frames.slice(lastOwn + 1).some((frame) => ENTRY_POINT_LOAD.test(frame.file));
  const entryPointLoad = loadsEntryPoint ? [...new Set(own.map((frame) => frame.file))] : null;
  return { exception: chosen.exception, at: own.at(-1) ?? null, entryPointLoad };
}

/** Saves images into one docker-archive, so each scan reads a file instead of asking the daemon again. */
export async function saveArchive(tags: string[], file: string): Promise<void> {
  await execa('docker', ['save', '--output', file, ...tags], { stdin: 'ignore' });
}

/** One scan by the bundled command line: `scan SOURCE --format json --boot none`. */
export async function scan(cli: string, source: string): Promise<ScanResult> {
  const started = performance.now();
  const result = await execa(process.execPath, [cli, 'scan', source, '--format', 'json', '--boot', 'none', '--quiet', '--fail-on', 'never'], { reject: false, stdin: 'ignore', timeout: 300_000 });
  const seconds = (performance.now() - started) / 1000;
  const empty = { counts: { error: 0, warning: 0, notice: 0 }, modules: 0, files: 0, unparsed: 0, findings: [] };
  if (!result.stdout.startsWith('{')) {
    const failure = (result.stderr || result.stdout || `exit ${result.exitCode}`).split('\n').find((line) => line.trim() !== '') ?? `exit ${result.exitCode}`;
    return { exitCode: result.exitCode ?? -1, seconds, failure: failure.slice(0, 300), ...empty };
  }
  const report = parseJsonReport(result.stdout);
  return { exitCode: result.exitCode ?? -1, seconds, failure: null, counts: report.counts, modules: report.stats.modules, files: report.stats.files, unparsed: report.stats.unparsed, findings: report.findings };
}

/** Runs `work` over `items` with at most `jobs` at a time; results in the items' order. */
export async function inParallel<T, R>(items: readonly T[], jobs: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, items.length) }, worker));
  return results;
}

// Loaded first by `site` (PYTHONPATH puts it before Debian's own sitecustomize): notes which
// modules the interpreter loaded before user code, and at exit writes every module loaded since,
// in load order, with its file, and the source files of the app's own packages.
const PROBE = String.raw`
import atexit, json, os, sys
_before = set(sys.modules)
def _dump():
    own = [name for name in os.environ.get('CORPUS_PROBE_PACKAGES', '').split(',') if name]
    loaded = [[name, getattr(module, '__file__', None)] for name, module in list(sys.modules.items()) if name not in _before]
    files = []
    for name in own:
        module = sys.modules.get(name)
        for folder in list(getattr(module, '__path__', None) or []):
            for root, dirs, names in os.walk(folder):
                dirs.sort()
                files.extend(os.path.join(root, n) for n in sorted(names) if n.endswith('.py'))
    with open('/corpus-probe/out-%d.json' % os.getpid(), 'w') as out:
        json.dump({'argv': sys.argv, 'loaded': loaded, 'files': files}, out)
atexit.register(_dump)
`;

interface ProbeOutput {
  argv: string[];
  loaded: Array<[string, string | null]>;
  files: string[];
}

/** What the app's interpreter loads when the app starts, from inside its own container. */
export async function probeImports(app: CorpusApp): Promise<ProbeOutput> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'corpus-probe-'));
  try {
    await writeFile(path.join(dir, 'sitecustomize.py'), PROBE);
    await chmod(dir, 0o777);
    await execa('docker', ['run', '--rm', '--network', 'none', '--name', `corpus-probe-${process.pid}-${app.name}`, '--volume', `${dir}:/corpus-probe`, '--env', 'PYTHONPATH=/corpus-probe', '--env', `CORPUS_PROBE_PACKAGES=${app.packages.join(',')}`, appTag(app.name)], { reject: false, stdin: 'ignore', timeout: BOOT_TIMEOUT_MS });
    // A launcher may start several interpreters: the app's is the one that loaded most of its code.
    const outputs: ProbeOutput[] = [];
    for (const name of (await readdir(dir)).filter((n) => n.startsWith('out-')).sort()) outputs.push(await readJson<ProbeOutput>(path.join(dir, name)));
    const ownCount = (output: ProbeOutput): number => output.loaded.filter(([name]) => app.packages.includes(name.split('.')[0]!)).length;
    outputs.sort((a, b) => ownCount(b) - ownCount(a));
    const best = outputs[0];
    if (!best) throw new Error(`${app.name}: the probe saw no Python process exit`);
    return best;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const STDLIB_PREFIX = /^\/usr\/lib\/python3\.\d+\//;

/** The removed path for a module: its package folder, or its file. */
function removalPath(file: string): string {
  return file.endsWith('/__init__.py') ? path.posix.dirname(file) : file;
}

function atOwnPath(module: string, file: string): boolean {
  const tail = module.split('.').join('/');
  return file.endsWith(`/${tail}.py`) || file.endsWith(`/${tail}/__init__.py`);
}

function middle<T>(items: T[]): T | undefined {
  return items[Math.floor((items.length - 1) / 2)];
}

/**
 * Three mutants per app, chosen from what the interpreter really loaded (deterministic for an
 * image): a submodule of the app's own code loaded at start (the middle one in load order), the
 * first third-party distribution loaded at start (its top-level package), and a source file of the
 * app's own code that is not loaded at start (the middle one by name).
 */
export function pickMutants(app: CorpusApp, probe: ProbeOutput): Mutant[] {
  const own = (name: string): boolean => app.packages.includes(name.split('.')[0]!);
  // Only modules found where their name says: a module that puts itself in sys.modules under
  // another name (meson's _pathlib as pathlib) is removed under its own name.
  const python = probe.loaded.filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[0] !== '__main__' && atOwnPath(entry[0], entry[1]));
  const mutants: Mutant[] = [];
  const ownLoaded = python.filter(([name]) => own(name) && name.includes('.'));
  const ownPick = middle(ownLoaded);
  if (ownPick) mutants.push({ app: app.name, kind: 'own', module: ownPick[0], path: removalPath(ownPick[1]) });
  const dependency = python.find(([name, file]) => !own(name) && !name.includes('.') && !STDLIB_PREFIX.test(file) && !file.startsWith('/corpus-probe/'));
  if (dependency) mutants.push({ app: app.name, kind: 'dependency', module: dependency[0], path: removalPath(dependency[1]) });
  const loadedFiles = new Set(python.map(([, file]) => file));
  const lazy = probe.files.filter((file) => !loadedFiles.has(file) && !file.endsWith('/__init__.py') && !file.endsWith('/__main__.py') && !/\/tests?\//.test(file));
  const lazyPick = middle(lazy);
  if (lazyPick) {
    const root = app.packages.map((name) => ({ name, index: lazyPick.lastIndexOf(`/${name}/`) })).find((entry) => entry.index >= 0);
    if (root) {
      const module = [root.name, ...lazyPick.slice(root.index + root.name.length + 2, -'.py'.length).split('/')].join('.');
      mutants.push({ app: app.name, kind: 'optional', module, path: lazyPick });
    }
  }
  return mutants;
}

/** Does the finding name the removed module (or something inside it, or `from pkg import sub`)? */
export function namesModule(finding: Finding, module: string): boolean {
  if (finding.module === module || finding.module.startsWith(`${module}.`)) return true;
  const dot = module.lastIndexOf('.');
  return dot > 0 && finding.module === module.slice(0, dot) && finding.message.includes(`'${module.slice(dot + 1)}'`);
}

/**
 * Does the finding sit on the traceback's importing line? For an entry point loaded by its
 * group, in a file of the traceback: the static place is the line that names the group.
 */
export function atFrame(finding: Finding, frame: Frame | null, entryPointLoad: string[] | null = null): boolean {
  if (entryPointLoad) return entryPointLoad.includes(finding.imagePath ?? finding.file);
  if (!frame) return false;
  return (finding.imagePath ?? finding.file) === frame.file && finding.line === frame.line;
}

/** The errors the report counts (findings kept for the JSON only are left out). */
export function reportedErrors(result: ScanResult): Finding[] {
  return result.findings.filter((finding) => finding.severity === 'error' && finding.reported);
}

export const errorKey = (finding: Finding): string => `${finding.module} ${finding.imagePath ?? finding.file}:${finding.line}`;

export interface AppRow {
  app: CorpusApp;
  boot: BootResult;
  scan: ScanResult;
}

export interface MutantRow {
  mutant: Mutant;
  boot: BootResult;
  scan: ScanResult;
  /** Booting the mutant failed (the app's own image booted). */
  crashed: boolean;
  /** An error names the removed module. */
  named: boolean;
  /** That error sits on the traceback's importing line. */
  lineRight: boolean;
  /** Errors the app's own scan did not have. */
  newErrors: Finding[];
}

export interface CorpusRun {
  apps: AppRow[];
  mutants: MutantRow[];
  /** Wall seconds per phase. */
  phases: Record<string, number>;
}

export interface CorpusOptions {
  /** The bundled command line to measure (dist/cli.js). */
  cli: string;
  apps: CorpusApp[];
  mutants: Mutant[];
  jobs: number;
  /** Scan each image from one docker-archive of all (fast), or by docker: reference. */
  source: 'archive' | 'docker';
  log?: (line: string) => void;
}

/** Builds, boots and scans every app and mutant, then removes what it built. */
export async function runCorpus(options: CorpusOptions): Promise<CorpusRun> {
  const log = options.log ?? (() => {});
  const phases: Record<string, number> = {};
  const timed = async <T>(phase: string, work: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    try {
      return await work();
    } finally {
      phases[phase] = Math.round((performance.now() - started) / 100) / 10;
      log(`${phase}: ${phases[phase]} s`);
    }
  };
  const built: string[] = [];
  const work = await mkdtemp(path.join(os.tmpdir(), 'import-guard-corpus-'));
  try {
    const appTags = await timed('build app images', () => inParallel(options.apps, options.jobs, async (app) => {
      const tag = await buildApp(app);
      built.push(tag);
      return tag;
    }));
    const appBoots = await timed('boot apps', () => inParallel(options.apps, options.jobs, (app) => boot(appTag(app.name), `corpus-${process.pid}-${app.name}`)));
    const appScans = await timed('scan apps', () => scanAll(options, appTags, path.join(work, 'apps.tar')));
    const apps = options.apps.map((app, index) => ({ app, boot: appBoots[index]!, scan: appScans[index]! }));
    const mutants: MutantRow[] = [];
    if (options.mutants.length > 0) {
      const mutantTags = await timed('build mutant images', () => inParallel(options.mutants, options.jobs, async (mutant) => {
        const tag = await buildMutant(mutant);
        built.push(tag);
        return tag;
      }));
      const mutantBoots = await timed('boot mutants', () => inParallel(options.mutants, options.jobs, (mutant, index) => boot(mutantTags[index]!, `corpus-${process.pid}-m${index}`)));
      const mutantScans = await timed('scan mutants', () => scanAll(options, mutantTags, path.join(work, 'mutants.tar')));
      for (const [index, mutant] of options.mutants.entries()) {
        const base = apps.find((row) => row.app.name === mutant.app)!;
        const mutantBoot = mutantBoots[index]!;
        const mutantScan = mutantScans[index]!;
        const baseErrors = new Set(reportedErrors(base.scan).map(errorKey));
        const errors = reportedErrors(mutantScan);
        const naming = errors.filter((finding) => namesModule(finding, mutant.module));
        mutants.push({
          mutant,
          boot: mutantBoot,
          scan: mutantScan,
          crashed: base.boot.exitCode === 0 && mutantBoot.exitCode !== 0,
          named: naming.length > 0,
          lineRight: naming.some((finding) => atFrame(finding, mutantBoot.at, mutantBoot.entryPointLoad)),
          newErrors: errors.filter((finding) => !baseErrors.has(errorKey(finding))),
        });
      }
    }
    return { apps, mutants, phases };
  } finally {
    await removeImages(built);
    await rm(work, { recursive: true, force: true });
  }
}

async function scanAll(options: CorpusOptions, tags: string[], archive: string): Promise<ScanResult[]> {
  if (options.source === 'docker') return inParallel(tags, options.jobs, (tag) => scan(options.cli, `docker:${tag}`));
  await saveArchive(tags, archive);
  try {
    return await inParallel(tags, options.jobs, (tag) => scan(options.cli, `docker-archive:${archive}:${tag}`));
  } finally {
    await rm(archive, { force: true });
  }
}
