/**
 * The import graph of an image, walked breadth-first from its entry points so each finding carries
 * the shortest chain of imports that reaches it. Application code is followed everywhere;
 * third-party packages only through their module-level, unguarded imports; the standard library
 * is taken as shipped.
 */
import { type ImageFs, underAny } from '../image/image-fs.ts';
import { type ChainHop, COMMAND_LOCATION, type Finding, type Location, type Origin, type Severity, type Unreported } from '../report/findings.ts';
import { djangoSettingsDefault, djangoSettingsImports } from './django.ts';
import type { EntryPoint } from './entrypoints.ts';
import { type GuardVerdict, judgeGuards } from './guards.ts';
import { absoluteName, classifyFromImport, type FoundModule, type Resolution, type Resolver } from './resolver.ts';
import type { ContentLoader, ScanDone, ScanPool } from './scan-pool.ts';
import { NAMES_NOT_READ, scanSource } from './scanner.ts';
import { decodeScan, type EncodedScan, encodedFailure, encodedImportsOnly } from './scan-wire.ts';
import { addedIn, isStdlibModule, removedIn } from './stdlib.ts';
import type { ImportStatement, ScanFailure, ScanResult } from './syntax.ts';
import type { TokenizeOptions } from './tokenizer.ts';

/** Where a module's file lives decides how far the walk follows it. */
export type Zone = 'first-party' | 'third-party' | 'stdlib';

export interface GraphOptions {
  fs: ImageFs;
  resolver: Resolver;
  minor: number;
  /** sys.platform of the image. */
  platform: string;
  /** Folders of installed packages (site-packages, dist-packages, user site). */
  thirdPartyDirs: readonly string[];
  /** Folders of the standard library. */
  stdlibDirs: readonly string[];
  /** The environment the command runs with (DJANGO_SETTINGS_MODULE). */
  env: ReadonlyMap<string, string>;
  /** Whether a dotted module's source exists in the repository; undefined when no repository is known. */
  inRepository?: (module: string) => boolean;
  /** Missing modules the user chose to ignore. */
  ignored?: (module: string) => boolean;
  onProgress?: (files: number) => void;
  /** Scans on worker threads; without one, on this thread. */
  pool?: ScanPool;
}

export interface GraphResult {
  findings: Finding[];
  files: number;
  modules: number;
  unparsed: number;
  /** Every module reached, with its zone. */
  reached: Map<string, Zone>;
}

interface Scanned {
  /** A scan made on this thread. */
  scan?: ScanResult | ScanFailure;
  /**
   * A scan a worker made, as it came (see EncodedScan). Its imports are read only when its file
   * is visited: it is decoded for that, each time, and the decoded copy dropped after.
   */
  encoded?: EncodedScan;
  /** What `encoded` says of the module's names (its imports left out): decoded once, when first asked. */
  names?: ScanResult;
  /** Application sources keep their text, for Django settings hints. */
  text?: string;
}

/** A module (or script) the walk reached, and how. */
interface Node {
  key: string;
  /** `__name__` while it runs. */
  runName: string;
  /** The module name relative imports resolve against. */
  module: string;
  isPackage: boolean;
  file?: string;
  code?: string;
  zone: Zone;
  chain: ChainHop[];
  entry?: EntryPoint;
}

const COMMAND = COMMAND_LOCATION;
/** The names a module binds, as far as its scan knows them. */
type Bindings = Pick<ScanResult, 'bindings' | 'openEnded'>;
/** What a scan for imports only says of a module's names. */
const NAMES_UNKNOWN: Bindings = { bindings: [], openEnded: [NAMES_NOT_READ] };
/** A package's own module, whose names decide what `from pkg import name` imports. */
const PACKAGE_INIT = /\/__init__\.py$/;
/**
 * How files outside the application are scanned. Only import-time imports count there, and the
 * names a module binds only for a package (`from pkg import name` may import a submodule).
 */
const PACKAGE_SCAN: TokenizeOptions = { skipFunctionBodies: true };
const MODULE_SCAN: TokenizeOptions = { skipFunctionBodies: true, importsOnly: true };
/** How long the walk runs before it lets worker messages in. */
const YIELD_EVERY_MS = 10;

/** A path inside a folder installers fill, wherever sys.path puts it. */
export const INSTALLED_DIR = /\/(site|dist)-packages\//;

/** What `run` returns, or the error it throws. */
function attempt<T>(run: () => T): T | Error {
  try {
    return run();
  } catch (error) {
    return error as Error;
  }
}

/** `a`, `a.b`, `a.b.c` for `a.b.c`. */
function prefixes(name: string): string[] {
  const found: string[] = [];
  for (let dot = name.indexOf('.'); dot !== -1; dot = name.indexOf('.', dot + 1)) found.push(name.slice(0, dot));
  found.push(name);
  return found;
}

export class ImportGraph {
  private readonly options: GraphOptions;
  /**
   * Each file is scanned once. Its outcome, once in: the scan, undefined when there was no file
   * to scan, or the error that stopped it, which the walk meets when it reads the file.
   */
  private readonly scanned = new Map<string, Scanned | undefined | Error>();
  private readonly scanStarted = new Set<string>();
  /** Who waits for a scan still out: the walk, when it reaches a file before a worker is done with it. */
  private readonly waiting = new Map<string, Array<() => void>>();
  private files = 0;
  private readonly visited = new Set<string>();
  private readonly queue: Node[] = [];
  private readonly findings: Finding[] = [];
  private readonly reached = new Map<string, Zone>();
  private unparsed = 0;
  private readonly hooks = new Map<string, boolean>();
  /** Django settings modules, whose dotted strings are imports, and those already read. */
  private readonly settingsModules = new Set<string>();
  private readonly settingsRead = new Set<string>();
  private readonly processed = new Set<string>();
  private readonly zones = new Map<string, Zone>();
  private readonly version: string;
  private lastYield = 0;

  constructor(options: GraphOptions) {
    this.options = options;
    this.version = `3.${options.minor}`;
  }

  async walk(entries: readonly EntryPoint[]): Promise<GraphResult> {
    for (const entry of entries) {
      this.addEntry(entry);
      await this.letWorkersIn();
    }
    for (let index = 0; index < this.queue.length; index++) {
      await this.visit(this.queue[index]!);
      await this.letWorkersIn();
    }
    return { findings: this.findings, files: this.files, modules: this.reached.size, unparsed: this.unparsed, reached: this.reached };
  }

  /**
   * Yields to the event loop every few milliseconds while workers scan: their answers, and the
   * next files they are sent, wait for it, and the walk may run long without awaiting anything.
   */
  private async letWorkersIn(): Promise<void> {
    if (!this.options.pool) return;
    const now = performance.now();
    if (now - this.lastYield < YIELD_EVERY_MS) return;
    await new Promise(setImmediate);
    this.lastYield = performance.now();
  }

  /**
   * A file's scan, which the walk needs next: while a worker has it, this thread scans files
   * from the far end of the queue rather than wait idle.
   */
  private async awaitScan(file: string): Promise<Scanned | undefined> {
    this.neededScan(file);
    const pool = this.options.pool;
    while (pool && !this.scanned.has(file) && pool.scanNewestHere()) await new Promise(setImmediate);
    return this.scanOfFile(file);
  }

  /** Starts a file's scan, which the walk needs now: if it still waits for a worker, it is scanned here. */
  private neededScan(file: string): void {
    this.scanFile(file);
    this.options.pool?.expedite(file);
  }

  /** A file's scan as soon as it is in: at once when it is. */
  private scanOfFile(file: string): Scanned | undefined | Promise<Scanned | undefined> {
    if (this.scanned.has(file)) return this.settledScan(file);
    return new Promise((resolve, reject) => {
      const waiters = this.waiting.get(file) ?? [];
      waiters.push(() => {
        const outcome = this.scanned.get(file);
        if (outcome instanceof Error) reject(outcome);
        else resolve(outcome);
      });
      this.waiting.set(file, waiters);
    });
  }

  /** A scan that is in; the error that stopped it, thrown. */
  private settledScan(file: string): Scanned | undefined {
    const outcome = this.scanned.get(file);
    if (outcome instanceof Error) throw outcome;
    return outcome;
  }

  /** Asked for every module and file reached: answered once per path. */
  private zoneOf(path: string | undefined): Zone {
    if (path === undefined) return 'stdlib';
    let zone = this.zones.get(path);
    if (zone === undefined) {
      zone = this.zoneOfPath(path);
      this.zones.set(path, zone);
    }
    return zone;
  }

  private zoneOfPath(path: string): Zone {
    if (underAny(path, this.options.thirdPartyDirs) || INSTALLED_DIR.test(path)) return 'third-party';
    if (underAny(path, this.options.stdlibDirs)) return 'stdlib';
    return 'first-party';
  }

  private moduleZone(module: FoundModule): Zone {
    if (module.kind === 'builtin' || module.kind === 'frozen') return 'stdlib';
    return this.zoneOf(module.origin ?? module.searchLocations?.[0]);
  }

  private addEntry(entry: EntryPoint): void {
    if (entry.role === 'django-settings') this.settingsModules.add(entry.module);
    if (entry.file !== undefined || entry.code !== undefined) {
      const key = `file:${entry.file ?? `-c ${entry.code!}`}`;
      if (this.visited.has(key)) return;
      if (entry.file !== undefined && this.options.fs.stat(entry.file)?.type !== 'file') {
        this.report('missing-module', 'error', { module: entry.file, location: COMMAND, origin: 'first-party', message: `${entry.how} runs ${entry.file}, which is not a file in the image`, chain: [] });
        return;
      }
      this.visited.add(key);
      const node: Node = { key, runName: entry.module, module: entry.module, isPackage: false, zone: 'first-party', chain: [], entry };
      if (entry.file !== undefined) node.file = entry.file;
      if (entry.code !== undefined) node.code = entry.code;
      this.queue.push(node);
      return;
    }
    const resolution = this.options.resolver.resolve(entry.module);
    if (!resolution.found) {
      this.missing(resolution, entry.module, { runs: 'always', caught: false }, COMMAND, [], `${entry.how} loads ${entry.module}`);
      return;
    }
    this.enqueueModule(entry.module, [], entry);
    if (entry.role === 'module' && resolution.kind === 'package' && entry.how.startsWith('python -m')) this.enqueueSubmodule(`${entry.module}.__main__`, [], COMMAND);
  }

  /** Queues a found module and its parent packages (importing a.b.c runs a and a.b first). */
  private enqueueModule(name: string, chain: ChainHop[], entry?: EntryPoint): void {
    // A queued module's parents were queued before it.
    if (!entry && this.visited.has(name)) return;
    for (const prefix of prefixes(name)) {
      const isTarget = prefix === name;
      if (this.visited.has(prefix) && !(isTarget && entry)) continue;
      const resolution = this.options.resolver.resolve(prefix);
      if (!resolution.found) return;
      const zone = this.moduleZone(resolution);
      this.reached.set(prefix, zone);
      this.visited.add(prefix);
      // A parent package runs because the statement imports it: its chain's last hop names the parent itself.
      const last = chain.at(-1);
      const nodeChain = isTarget || last?.module !== name ? chain : [...chain.slice(0, -1), { ...last, module: prefix }];
      const node: Node = { key: prefix, runName: entry?.how.startsWith('python -m') && isTarget ? '__main__' : prefix, module: prefix, isPackage: resolution.searchLocations !== undefined, zone, chain: nodeChain };
      if (resolution.origin?.endsWith('.py')) node.file = resolution.origin;
      if (isTarget && entry) node.entry = entry;
      // Start the scan now: on a worker it runs while the walk resolves what comes before it.
      if (node.file && zone !== 'stdlib') void this.scanFile(node.file);
      this.queue.push(node);
    }
  }

  private enqueueSubmodule(name: string, chain: ChainHop[], location: Location): void {
    const resolution = this.options.resolver.resolve(name);
    if (resolution.found) this.enqueueModule(name, chain);
    else this.missing(resolution, name, { runs: 'always', caught: false }, location, chain, `python -m runs ${name}`);
  }

  /** Starts a file's scan, once. */
  private scanFile(file: string): void {
    if (this.scanStarted.has(file)) return;
    this.scanStarted.add(file);
    const { fs, minor, pool } = this.options;
    if (this.zoneOf(file) === 'first-party') {
      // The application's own files: scanned in full, here, and their text kept for Django settings hints.
      this.settle(file, attempt(() => {
        const bytes = fs.readFile(file);
        return bytes && { scan: scanSource(bytes, minor), text: bytes.toString('utf8') };
      }));
      return;
    }
    const packageInit = PACKAGE_INIT.test(file);
    const options = packageInit ? PACKAGE_SCAN : MODULE_SCAN;
    // A worker reads the file itself when it lies in a file: this thread only says where. A
    // package's scan goes first, as `from pkg import name` waits for it.
    if (pool) pool.scan(file, this.contentOf, minor, options, this.scanDone, packageInit);
    else {
      this.scanDone(file, attempt(() => {
        const bytes = fs.readFile(file);
        return bytes && scanSource(bytes, minor, options);
      }));
    }
  }

  private readonly contentOf: ContentLoader = (file) => this.options.fs.contentOf(file);

  private readonly scanDone: ScanDone = (file, outcome) => {
    this.settle(file, outcome === undefined || outcome instanceof Error ? outcome : typeof outcome === 'string' ? { encoded: outcome } : { scan: outcome });
  };

  private settle(file: string, outcome: Scanned | undefined | Error): void {
    this.scanned.set(file, outcome);
    if (outcome !== undefined && !(outcome instanceof Error)) {
      this.files++;
      if (outcome.encoded !== undefined ? encodedFailure(outcome.encoded) : !outcome.scan!.ok) this.unparsed++;
      if (this.files % 500 === 0) this.options.onProgress?.(this.files);
    }
    const waiters = this.waiting.get(file);
    if (waiters) {
      this.waiting.delete(file);
      for (const wake of waiters) wake();
    }
  }

  private async visit(node: Node): Promise<void> {
    this.processed.add(node.key);
    if (node.zone === 'stdlib' || (node.file === undefined && node.code === undefined)) return;
    let scanned: Scanned | undefined;
    if (node.code !== undefined) scanned = { scan: scanSource(node.code, this.options.minor), text: node.code };
    // Most files' scans are in by the time the walk reaches them.
    else scanned = this.scanned.has(node.file!) ? this.settledScan(node.file!) : await this.awaitScan(node.file!);
    if (!scanned) return;
    const scan = this.scanOf(scanned);
    const where: Location = { imagePath: node.file ?? '(python -c)', line: 1, column: 1 };
    if (!scan.ok) {
      const severity: Severity = node.zone === 'first-party' && this.options.minor <= 13 ? 'error' : 'warning';
      this.report('syntax-error', severity, { module: node.module, location: { ...where, line: scan.line ?? 1 }, origin: node.zone, message: `${node.runName === '__main__' ? node.file ?? 'the code' : node.module} does not parse: ${scan.error}`, chain: node.chain });
      return;
    }
    for (const statement of scan.imports) {
      const waiting = this.follow(node, statement);
      if (waiting) await waiting;
    }
    if (node.entry?.attr && node.zone === 'first-party' && node.file) this.checkAttribute(node, node.entry);
    if (scanned.text !== undefined && node.zone === 'first-party') this.djangoImports(node, scanned.text);
  }

  /** The app object a server takes from its module must exist: gunicorn and uvicorn fail at boot otherwise. */
  private checkAttribute(node: Node, entry: EntryPoint): void {
    const verdict = classifyFromImport(this.options.resolver, node.module, entry.attr!, (file) => this.bindingsOf(file));
    if (verdict !== 'neither') return;
    this.report('missing-name', 'error', { module: node.module, name: entry.attr!, location: COMMAND, origin: 'first-party', message: `${entry.how} loads ${entry.attr} from ${node.module}, which defines no such name`, chain: [] });
  }

  private djangoImports(node: Node, text: string): void {
    const settingsFromCode = !this.options.env.has('DJANGO_SETTINGS_MODULE') ? djangoSettingsDefault(text) : undefined;
    if (settingsFromCode && settingsFromCode !== node.module) {
      const line = text.slice(0, text.indexOf(settingsFromCode)).split('\n').length;
      this.addDjangoSettings(settingsFromCode, node, { imagePath: node.file ?? '(python -c)', line, column: 1 });
    }
    if (this.settingsModules.has(node.module) && node.file) this.settingsImports(node.module, node.file, text, node.chain);
  }

  /** The dotted strings of a settings module, as imports of that module. */
  private settingsImports(module: string, file: string, text: string, chain: ChainHop[]): void {
    if (this.settingsRead.has(module)) return;
    this.settingsRead.add(module);
    for (const dotted of djangoSettingsImports(text, this.options.minor)) {
      const location = { imagePath: file, line: dotted.line, column: dotted.column };
      const hop: ChainHop = { ...location, importer: module, module: dotted.module };
      let resolution = this.options.resolver.resolve(dotted.module);
      // An INSTALLED_APPS string that is no module may be an AppConfig class path.
      if (!resolution.found && dotted.appEntry && dotted.module.includes('.')) {
        const parent = this.options.resolver.resolve(dotted.module.slice(0, dotted.module.lastIndexOf('.')));
        if (parent.found) resolution = parent;
      }
      if (resolution.found) this.enqueueModule(resolution.name, [...chain, hop]);
      else this.missing(resolution, dotted.module, { runs: 'always', caught: false }, location, [...chain, hop], `Django setting ${dotted.setting} names ${dotted.value}`);
    }
  }

  /** A settings module named in code (`os.environ.setdefault(...)`): its strings count once, whichever way it is reached. */
  private addDjangoSettings(module: string, from: Node, location: Location): void {
    if (this.settingsModules.has(module)) return;
    this.settingsModules.add(module);
    const hop: ChainHop = { ...location, importer: from.module, module };
    const chain = [...from.chain, hop];
    const resolution = this.options.resolver.resolve(module);
    if (!resolution.found) {
      this.missing(resolution, module, { runs: 'always', caught: false }, location, chain, 'DJANGO_SETTINGS_MODULE');
      return;
    }
    if (!this.visited.has(module)) this.enqueueModule(module, chain);
    else if (this.processed.has(module) && resolution.origin?.endsWith('.py')) {
      // Already walked as a plain module: read its settings now.
      const text = this.options.fs.readText(resolution.origin);
      if (text !== undefined) this.settingsImports(module, resolution.origin, text, chain);
    }
  }

  /** A settled file's scan, with its imports. */
  private scanOf(scanned: Scanned): ScanResult | ScanFailure {
    return scanned.scan ?? decodeScan(scanned.encoded!);
  }

  /** What a scanned file binds; callers await scanFile first. */
  private bindingsOf(file: string): Bindings | undefined {
    const scanned = this.scanned.get(file);
    if (!scanned || scanned instanceof Error) return undefined;
    if (scanned.scan) return scanned.scan.ok ? scanned.scan : undefined;
    const encoded = scanned.encoded!;
    // A module scanned for its imports only says nothing of its names: no need to decode it for that.
    if (encodedImportsOnly(encoded)) return NAMES_UNKNOWN;
    if (encodedFailure(encoded)) return undefined;
    if (!scanned.names) scanned.names = { ...(decodeScan(encoded) as ScanResult), imports: [] };
    return scanned.names;
  }

  /** Follows one import; a promise only when it must wait for a scan (most imports need none). */
  private follow(node: Node, statement: ImportStatement): Promise<void> | undefined {
    const verdict = judgeGuards(statement.guards, { minor: this.options.minor, platform: this.options.platform, moduleName: node.runName });
    // Inside installed packages, only what runs on import and is not caught counts.
    if (node.zone === 'third-party' && (verdict.runs !== 'always' || verdict.caught)) return;
    const location: Location = { imagePath: node.file ?? '(python -c)', line: statement.line, column: statement.col + 1 };
    const target = this.targetOf(node, statement);
    if ('error' in target) {
      if (verdict.runs === 'never') return;
      // An ImportError, as for a missing module: caught, the fallback is what runs. (A TypeError is left as it is.)
      const caught = verdict.caught && target.exception === undefined;
      const severity: Severity = caught ? 'notice' : verdict.runs === 'always' && node.zone === 'first-party' ? 'error' : 'warning';
      this.report('bad-relative-import', severity, { module: `${'.'.repeat(statement.level)}${statement.module}`, location, origin: node.zone, message: `${target.exception ?? 'ImportError'}: ${target.error}`, chain: node.chain, ...(verdict.describe && { guard: verdict.describe }) });
      return;
    }
    // Most imports reach modules already queued: their chain is only built when it is kept.
    let built: ChainHop[] | undefined;
    const chain = (): ChainHop[] => (built ??= [...node.chain, { ...location, importer: node.module, module: target.name }]);
    const resolution = this.options.resolver.resolve(target.name);
    if (!resolution.found) {
      this.missing(resolution, target.name, verdict, location, chain());
      return;
    }
    if (verdict.runs === 'never') return;
    if (!this.visited.has(target.name)) this.enqueueModule(target.name, chain());
    if (statement.kind !== 'from') return;
    // Which names the module binds decides between attribute and submodule, which only a package
    // has, and whether a first-party module lacks the name: for any other module, nothing.
    const namesMatter = resolution.searchLocations !== undefined || this.moduleZone(resolution) === 'first-party';
    if (!namesMatter) return;
    const followNames = (): void => {
      for (const { name } of statement.names) {
        if (name === '*') this.followStar(resolution, chain());
        else this.followFromName(node, resolution, name, verdict, location, chain);
      }
    };
    // Then its scan must be done.
    const origin = resolution.origin;
    if (origin?.endsWith('.py') && !this.scanned.has(origin)) {
      this.neededScan(origin);
      const scanned = this.scanOfFile(origin);
      if (scanned instanceof Promise) return scanned.then(followNames);
    }
    followNames();
  }

  private targetOf(node: Node, statement: ImportStatement): { name: string } | { error: string; exception?: string } {
    if (statement.kind !== 'dynamic') return absoluteName(statement.module, statement.level, { name: node.module, isPackage: node.isPackage });
    // The scanner keeps the leading dots of `import_module(".x", package)` in `level`, as for `from .x import y`.
    if (statement.level === 0) return { name: statement.module };
    if (statement.package === undefined) return { exception: 'TypeError', error: `the 'package' argument is required to perform a relative import for '${'.'.repeat(statement.level)}${statement.module}'` };
    return absoluteName(statement.module, statement.level, { name: statement.package, isPackage: true });
  }

  /** `from m import name`: a submodule is imported too; a first-party module without the name fails. */
  private followFromName(node: Node, base: FoundModule, name: string, verdict: GuardVerdict, location: Location, chain: () => ChainHop[]): void {
    const full = `${base.name}.${name}`;
    // `from . import name` in the package's own __init__: the statement binds `name` only after it has
    // imported the submodule (the partly run package has no such attribute yet), so that binding does not count.
    const own = base.name === node.module;
    const kind = classifyFromImport(this.options.resolver, base.name, name, (file) => {
      const scanned = this.bindingsOf(file);
      return own && scanned && file === base.origin ? { ...scanned, bindings: scanned.bindings.filter((bound) => bound !== name) } : scanned;
    });
    // The statement imports the submodule: the chain's last hop names it.
    const toSubmodule = (): ChainHop[] => chain().map((hop, index, hops) => (index === hops.length - 1 ? { ...hop, module: full } : hop));
    if (kind === 'submodule') {
      if (!this.visited.has(full)) this.enqueueModule(full, toSubmodule());
      return;
    }
    // Its handler may bind the name instead (`except ImportError: name = None`).
    if (own && verdict.caught && !this.options.inRepository?.(full)) return;
    if (kind !== 'neither' || this.moduleZone(base) !== 'first-party') return;
    const submodule = this.options.resolver.resolve(full);
    // A first-party submodule that is absent is the usual reason: report the module, so its cause can be found.
    if (!submodule.found && (base.searchLocations !== undefined || this.options.inRepository?.(full))) {
      this.missing(submodule, full, verdict, location, toSubmodule(), undefined, `cannot import name '${name}' from '${base.name}'`);
      return;
    }
    this.report('missing-name', 'error', { module: base.name, name, location, origin: 'first-party', message: `ImportError: cannot import name '${name}' from '${base.name}' (${base.origin ?? 'namespace package'})`, chain: chain(), ...(verdict.describe && { guard: verdict.describe }) });
  }

  /** `from pkg import *` imports the submodules `__all__` lists. */
  private followStar(base: FoundModule, chain: ChainHop[]): void {
    if (!base.searchLocations || !base.origin?.endsWith('.py')) return;
    const scanned = this.bindingsOf(base.origin);
    const all = scanned && 'all' in scanned ? (scanned as ScanResult).all : undefined;
    for (const name of all ?? []) {
      if (scanned!.bindings.includes(name)) continue;
      const full = `${base.name}.${name}`;
      if (this.options.resolver.resolve(full).found) this.enqueueModule(full, chain);
    }
  }

  private originOf(resolution: Resolution & { found: false }, name: string): { origin: Origin; cause?: string } {
    const top = name.split('.')[0]!;
    const topResolution = this.options.resolver.resolve(top);
    const removed = removedIn(top);
    if (!topResolution.found && removed && Number(removed.split('.')[1]) <= this.options.minor) return { origin: 'stdlib', cause: `${top} was removed from the standard library in Python ${removed}; the image runs Python ${this.version}` };
    const added = addedIn(top);
    if (!topResolution.found && added && Number(added.split('.')[1]) > this.options.minor) return { origin: 'stdlib', cause: `${top} was added to the standard library in Python ${added}; the image runs Python ${this.version}` };
    if (isStdlibModule(top, this.version) && (!topResolution.found || this.moduleZone(topResolution) === 'stdlib')) return { origin: 'stdlib', cause: `${top} is part of Python ${this.version}'s standard library but is missing from the image's installation` };
    if (this.options.inRepository?.(resolution.missing)) return { origin: 'first-party' };
    if (topResolution.found) return { origin: this.moduleZone(topResolution) === 'first-party' ? 'first-party' : 'third-party' };
    return { origin: this.options.inRepository ? 'third-party' : 'unknown' };
  }

  private missing(resolution: Resolution & { found: false }, name: string, verdict: GuardVerdict, location: Location, chain: ChainHop[], context?: string, headline?: string): void {
    const { origin, cause } = this.originOf(resolution, name);
    const unreported: Unreported | undefined = verdict.runs === 'never' ? verdict.never : this.options.ignored?.(resolution.missing) ? 'ignored' : this.underImportHook(resolution.missing) ? 'import-hook' : undefined;
    const severity: Severity = origin === 'first-party' ? 'error' : verdict.caught ? 'notice' : verdict.runs === 'always' ? 'error' : 'warning';
    const error = resolution.reason === 'not-a-package' ? `No module named '${name}'; '${name.slice(0, name.lastIndexOf('.'))}' is not a package` : `No module named '${resolution.missing}'`;
    const what = headline ?? (resolution.missing === name ? error : `import of ${name} fails: ${error}`);
    const finding: Omit<Finding, 'kind' | 'severity'> = { module: resolution.missing, location, origin, message: context ? `${context}, but: ${error}` : `ModuleNotFoundError: ${what === error ? error : what}`, chain };
    if (verdict.describe) finding.guard = verdict.describe;
    if (cause) finding.cause = cause;
    if (unreported) finding.unreported = unreported;
    this.report('missing-module', severity, finding);
  }

  /**
   * Packages like pkg_resources.extern install a meta-path finder, and pkgutil-style packages extend
   * their own __path__: names below them may load although no file is where the path finder looks.
   */
  private underImportHook(missing: string): boolean {
    const parts = missing.split('.');
    for (let length = parts.length - 1; length > 0; length--) {
      const parent = this.options.resolver.resolve(parts.slice(0, length).join('.'));
      if (!parent.found || !parent.origin?.endsWith('.py')) continue;
      let hooked = this.hooks.get(parent.origin);
      if (hooked === undefined) {
        const text = this.options.fs.readText(parent.origin) ?? '';
        hooked = /\bmeta_path\b|\bpath_hooks\b|__path__\s*(=|\+=|\.(append|extend|insert))|\bextend_path\(/.test(text);
        this.hooks.set(parent.origin, hooked);
      }
      if (hooked) return true;
    }
    return false;
  }

  private report(kind: Finding['kind'], severity: Severity, finding: Omit<Finding, 'kind' | 'severity'>): void {
    this.findings.push({ kind, severity, ...finding });
  }
}
