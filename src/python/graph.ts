/**
 * The import graph of an image, walked breadth-first from its entry points so each finding carries
 * the shortest chain of imports that reaches it. Application code is followed everywhere;
 * third-party packages only through their module-level, unguarded imports; the standard library
 * is taken as shipped.
 */
import { type ImageFs, type PartlyRead, underAny } from '../image/image-fs.ts';
import { formatBytes } from '../units.ts';
import { type ChainHop, ChainLink, COMMAND_LOCATION, type Finding, type Location, type NativeDetails, type Origin, type Severity, type Unreported } from '../report/findings.ts';
import { installedDistributions } from './distributions.ts';
import { djangoSettingsDefault, djangoSettingsImports } from './django.ts';
import type { EntryPoint } from './entrypoints.ts';
import { type GuardVerdict, judgeGuards } from './guards.ts';
import { absoluteName, classifyFromImport, type FoundModule, type Resolution, type Resolver } from './resolver.ts';
import { FileScans, type ScannedFile } from './file-scans.ts';
import { type EntryPointTarget, entryPointGroups, groupReads } from './plugin-groups.ts';
import type { ScanPool } from './scan-pool.ts';
import { type NamedCall, scanSource, scanWithCalls } from './scanner.ts';
import { boundNames, LAZY_IMPORTS_MINOR, type LazyFacts, lazyFacts, type LazyImportsSetting, mayBeLazy, type NameUse } from './lazy-imports.ts';
import { addedIn, isStdlibModule, removedIn } from './stdlib.ts';
import type { Guard, ImportStatement, ScanResult } from './syntax.ts';
import type { NativeCheck, NativeProblem } from './native-imports.ts';

/** Where a module's file lives decides how far the walk follows it. */
export type Zone = 'first-party' | 'third-party' | 'stdlib';

export interface GraphOptions {
  fs: ImageFs;
  resolver: Resolver;
  /** The image's Python is 3.`minor`: what `sys.version_info` tests see. */
  minor: number;
  /** The version whose grammar and standard-library names the walk reads with (default `minor`): older when the image's Python is newer than the guard knows. */
  readMinor?: number;
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
  /** The interpreter's lazy-imports mode (3.15 on): `all` makes every import that may be lazy lazy. */
  lazyImports?: LazyImportsSetting;
  /** Whether the image's loader would load an extension module (see native-imports.ts); without one, extension modules count as found. */
  native?: NativeCheck;
}

export interface GraphResult {
  findings: Finding[];
  files: number;
  modules: number;
  unparsed: number;
  /** Every module reached, with its zone. */
  reached: Map<string, Zone>;
  /**
   * `from pkg import name` checks skipped because the package's names cannot be listed (star
   * imports, module `__getattr__`, `globals()` or `sys.modules` written, an extended `__path__`,
   * a compiled `__init__`): the name may be missing, and the walk stays silent.
   */
  namesUnknown: number;
  /** Lazy import statements in the modules walked (`lazy import`, or any import that may be lazy under the `all` mode). */
  lazyImports: number;
  /** The modules each walked module or script (by its walk key, see `entryKey`) imports and the image has. */
  imports: Map<string, Set<string>>;
  /** Extension modules reached, and those of them whose loading could not be checked, with why. */
  extensions: { checked: number; unchecked: Array<{ extension: string; reason: string }> };
}

/** The walk's key of a script or `python -c` entry point; a module's key is its name. */
export function entryKey(entry: EntryPoint): string {
  return `file:${entry.file ?? `-c ${entry.code!}`}`;
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
  /** How the walk reached it; none for an entry point. */
  chain: ChainLink | undefined;
  entry?: EntryPoint;
  /**
   * Where a handler catches an ImportError raised while this module imports (`file:line`), when
   * the walk reached it only through such an import (an optional frontend under `try:`), directly
   * or through a module that was.
   */
  shelter?: string;
  /** Modules first reached from this one that took its shelter. */
  sheltered?: Node[];
  /** Findings the shelter made milder, with what they are without it. */
  lowered?: Array<{ finding: Finding; severity: Severity; severityReason?: string; guard?: string }>;
}

/**
 * A function that runs as the program starts: a console script's target, or one that code
 * running at start calls. Its body's imports run at start too.
 */
interface StartFunction {
  name: string;
  /** How the call that runs it is guarded, judged where the call is made. */
  call: GuardVerdict;
  /** Calls between the entry point and it: 1 for the function the entry point runs. */
  depth: number;
}

/** How many calls deep, from the entry point, function bodies are followed as code that runs at start. */
export const MAX_START_DEPTH = 3;

const RUNS_AT_START: GuardVerdict = { runs: 'always', caught: false };
const RUNS_ORDER: Record<GuardVerdict['runs'], number> = { always: 0, conditionally: 1, 'when-called': 2, never: 3 };

/** The verdict of a statement (`inner`) in code that itself runs as `outer` says. */
export function within(outer: GuardVerdict, inner: GuardVerdict): GuardVerdict {
  if (inner.runs === 'never') return inner;
  if (outer.runs === 'never') return outer;
  const runs = RUNS_ORDER[outer.runs] > RUNS_ORDER[inner.runs] ? outer.runs : inner.runs;
  const caught = outer.caught || inner.caught;
  const describe = inner.caught ? inner.describe : outer.caught ? outer.describe : (inner.describe ?? outer.describe);
  return describe === undefined ? { runs, caught } : { runs, caught, describe };
}

/**
 * Where a statement is: at module level (outside any function or class), in the body of a
 * top-level function (`index`: its guard's place), or elsewhere (a class body: undefined).
 */
/** The text of the lines above `line` (1-based). */
function linesBefore(text: string, line: number): string {
  let end = 0;
  for (let seen = 1; seen < line && end !== -1; seen++) end = text.indexOf('\n', end) + 1 || -1;
  return end === -1 ? text : text.slice(0, end);
}

function scopeOf(guards: readonly Guard[]): 'module' | { name: string; index: number } | undefined {
  const index = guards.findIndex((guard) => guard.kind === 'function' || guard.kind === 'class');
  if (index === -1) return 'module';
  const guard = guards[index]!;
  if (guard.kind === 'function') return { name: guard.name, index };
  // `C()` runs `C.__init__` (and `__new__`): a constructor's body is code its class's call runs.
  const method = guards[index + 1];
  if (guard.kind === 'class' && method?.kind === 'function' && ['__init__', '__new__'].includes(method.name)) return { name: guard.name, index: index + 1 };
  return undefined;
}

/**
 * The guards of a statement in a function's body, as they stand when the function is called: its
 * own, and the branches its `def` is in (which def runs). A handler around the `def` does not
 * catch what the call raises later.
 */
function bodyGuards(guards: readonly Guard[], index: number): Guard[] {
  return guards.filter((guard, at) => at > index || guard.kind === 'if' || guard.kind === 'except');
}

/** What a finding of the walk says, but for its kind, severity and chain. */
type FindingFields = Omit<Finding, 'kind' | 'severity' | 'chain' | 'chainOmitted'>;

const COMMAND = COMMAND_LOCATION;
/** How long the walk runs before it lets worker messages in. */
const YIELD_EVERY_MS = 10;

/** A path inside a folder installers fill, wherever sys.path puts it. */
export const INSTALLED_DIR = /\/(site|dist)-packages\//;

/** Code that binds names of any module, or adds an import hook, where no scan can list them. */
function writesNamesUnseen(text: string): boolean {
  // setattr on the module itself (`setattr(sys.modules[__name__], ...)`), not on any object (pelican's argparse namespace).
  return /\bsys\.modules\[|\bsetattr\([^,\n]{0,80}(__name__|modules\[)|\bmeta_path\b|\bpath_hooks\b/.test(text);
}

/**
 * Whether a submodule the package's `__init__` imports can change the package's names: an import
 * hook (tlz's loader on meta_path), or a write to the package's own sys.modules entry. Not any
 * sys.modules write: pelican's plugin loader stores the plugins it loads there.
 */
function changesPackageFrom(text: string, pkg: string): boolean {
  return /\bmeta_path\b|\bpath_hooks\b/.test(text) || text.includes(`sys.modules['${pkg}`) || text.includes(`sys.modules["${pkg}`);
}

/**
 * `globals()[name] = f` in a helper (mycli's @export), or the module handed by name to code that
 * rebuilds it (`apipkg.initpkg(__name__, ...)`, `lazy_loader.attach(__name__, ...)`): names of
 * this module itself the module-level scan never sees.
 */
function writesOwnGlobals(text: string): boolean {
  return /\bglobals\(\)\s*(\[|\.update\b|\.setdefault\b)|\(\s*__name__\s*,/.test(text);
}

/** `__path__ = extend_path(__path__, __name__)` and no other change of `__path__`: where it looks is known. */
function onlyExtendPathIdiom(text: string): boolean {
  const changes = text.split('\n').filter((line) => line.includes('__path__') && extendsPath(line));
  return changes.length > 0 && changes.every((line) => /^__path__ = extend_path\(__path__, __name__\)\s*(#.*)?$/.test(line.trim()));
}

/** Code that extends its package's `__path__`: submodules may be found where no path search looks. */
function extendsPath(text: string): boolean {
  return /\bextend_path\(|__path__\s*(=|\+=|\.(append|extend|insert))/.test(text);
}

/** Why a file the analysis needs was not used: what was read of it, the limit, and what that leaves unchecked. */
export function partlyReadMessage({ path, size, kept }: PartlyRead, unchecked = 'its imports are not checked'): string {
  const read = kept === 0 ? 'none of it was read' : `only its first ${formatBytes(kept)} were read (the limit for one file)`;
  return `${path} is ${formatBytes(size)}, but ${read}: ${unchecked}`;
}

/** `a`, `a.b`, `a.b.c` for `a.b.c`. */
function prefixes(name: string): string[] {
  const found: string[] = [];
  for (let dot = name.indexOf('.'); dot !== -1; dot = name.indexOf('.', dot + 1)) found.push(name.slice(0, dot));
  found.push(name);
  return found;
}

/**
 * The severity of a missing module. A first-party module the checkout has (lost in packaging)
 * fails production where the checkout works: an error unless a handler catches it, and then a
 * warning, as production runs the fallback the checkout does not. One the checkout lacks too
 * (stale code) fails as the source does, graded as any other import. Without a checkout to tell,
 * a first-party module is an error, guarded or not.
 */
export function missingSeverity(origin: Origin, inCheckout: boolean | undefined, verdict: GuardVerdict): { severity: Severity; severityReason?: string } {
  const graded: Severity = verdict.caught ? 'notice' : verdict.runs === 'always' ? 'error' : 'warning';
  if (origin !== 'first-party') return { severity: graded };
  if (inCheckout === undefined) return { severity: 'error' };
  if (inCheckout) {
    const lost = 'Lost in packaging: the checkout has this module, the image does not';
    if (verdict.caught) return { severity: 'warning', severityReason: `${lost}; the handler catches the ImportError, so production runs the fallback, which the checkout does not` };
    return { severity: 'error', severityReason: verdict.runs === 'always' ? lost : `${lost}; the import fails when the code around it runs` };
  }
  const stale = 'Stale code: not in the checkout either';
  const severityReason = verdict.caught
    ? `${stale} (the image is as its source); the handler catches the ImportError, as it does in the checkout`
    : verdict.runs === 'always'
      ? `${stale}, and this import runs when its module is imported, so importing that module fails (in the checkout too)`
      : `${stale} (the image is as its source); the import fails only when the code around it runs`;
  return { severity: graded, severityReason };
}

export class ImportGraph {
  private readonly options: GraphOptions;
  private readonly visited = new Set<string>();
  private readonly queue: Node[] = [];
  private readonly findings: Finding[] = [];
  private readonly reached = new Map<string, Zone>();
  private readonly imports = new Map<string, Set<string>>();
  private readonly scans: FileScans;
  /** Per package file: whether names below it may load where no path search looks. */
  private readonly hooks = new Map<string, 'hook' | 'extend-path' | 'none'>();
  /** Django settings modules, whose dotted strings are imports, and those already read. */
  private readonly settingsModules = new Set<string>();
  private readonly settingsRead = new Set<string>();
  private readonly processed = new Set<string>();
  private readonly zones = new Map<string, Zone>();
  private readonly version: string;
  /** The minor version files are parsed and standard-library names looked up with. */
  private readonly readMinor: number;
  /** Per package `__init__.py`: whether code the scan of installed packages skips may bind names. */
  private readonly hiddenBindings = new Map<string, { any: boolean; globals: string[]; extendedPath: boolean }>();
  private namesUnknown = 0;
  private readonly extensionsChecked = new Set<string>();
  private readonly extensionsUnchecked: Array<{ extension: string; reason: string }> = [];
  private lazyImports = 0;
  /** Per walked module (by key): its `__lazy_modules__` and where names its lazy imports bind are read. */
  private readonly lazyFactsCache = new Map<string, LazyFacts | undefined>();
  private lastYield = 0;
  /** Per module key: the functions that run at start. */
  private readonly startFunctions = new Map<string, Map<string, StartFunction>>();
  /** Start functions found in modules the walk had already visited: followed after the current visit. */
  private readonly lateStarts: Array<{ key: string; start: StartFunction }> = [];
  /** Every node queued, by key. */
  private readonly nodes = new Map<string, Node>();
  /**
   * While a module visited earlier is walked again for a function found to run at start, its
   * imports were followed once already as code that runs when called: the new finding replaces the old.
   */
  private replacing = false;
  private entries: readonly EntryPoint[] = [];
  /** Plugin entry points the image declares, by group; read when the first module is visited. */
  private pluginGroups: Map<string, EntryPointTarget[]> | undefined;
  /** Per group and reading file, the highest severity its entry points were already checked with. */
  private readonly groupsChecked = new Map<string, Severity>();

  constructor(options: GraphOptions) {
    this.options = options;
    this.version = `3.${options.minor}`;
    this.readMinor = options.readMinor ?? options.minor;
    this.scans = new FileScans({ fs: options.fs, minor: this.readMinor, pool: options.pool, isFirstParty: (file) => this.zoneOf(file) === 'first-party', onProgress: options.onProgress });
  }

  async walk(entries: readonly EntryPoint[]): Promise<GraphResult> {
    this.entries = entries;
    for (const entry of entries) {
      this.addEntry(entry);
      await this.letWorkersIn();
    }
    for (let index = 0; index < this.queue.length; index++) {
      await this.visit(this.queue[index]!);
      for (let late = this.lateStarts.shift(); late; late = this.lateStarts.shift()) await this.followLateStart(late.key, late.start);
      await this.letWorkersIn();
    }
    return { findings: this.findings, files: this.scans.files, modules: this.reached.size, unparsed: this.scans.unparsed, reached: this.reached, namesUnknown: this.namesUnknown, lazyImports: this.lazyImports, imports: this.imports, extensions: { checked: this.extensionsChecked.size, unchecked: this.extensionsUnchecked } };
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
    if (module.kind === 'builtin' || module.kind === 'frozen' || module.kind === 'preloaded') return 'stdlib';
    return this.zoneOf(module.origin ?? module.searchLocations?.[0]);
  }

  private addEntry(entry: EntryPoint): void {
    if (entry.role === 'django-settings') this.settingsModules.add(entry.module);
    if (entry.file !== undefined || entry.code !== undefined) {
      const key = entryKey(entry);
      if (this.visited.has(key)) return;
      if (entry.file !== undefined && this.options.fs.stat(entry.file)?.type !== 'file') {
        this.report('missing-module', 'error', { module: entry.file, location: COMMAND, origin: 'first-party', message: `${entry.how} runs ${entry.file}, which is not a file in the image` }, undefined);
        return;
      }
      this.visited.add(key);
      const node: Node = { key, runName: entry.module, module: entry.module, isPackage: false, zone: 'first-party', chain: undefined, entry };
      if (entry.file !== undefined) node.file = entry.file;
      if (entry.code !== undefined) node.code = entry.code;
      this.push(node);
      return;
    }
    const resolution = this.options.resolver.resolve(entry.module);
    if (!resolution.found) {
      this.missing(resolution, entry.module, { runs: 'always', caught: false }, COMMAND, undefined, `${entry.how} loads ${entry.module}`);
      return;
    }
    // A console script calls its target function: its body runs at start.
    if (entry.role === 'app' && entry.called && entry.attr) this.registerStart(entry.module, { name: entry.attr, call: RUNS_AT_START, depth: 1 });
    this.enqueueModule(entry.module, undefined, entry);
    if (entry.role === 'module' && resolution.kind === 'package' && entry.how.startsWith('python -m')) this.enqueueSubmodule(`${entry.module}.__main__`, undefined, COMMAND, true);
  }

  /** Remembers the findings made since `before` at a severity the node's shelter lowered. */
  private noteLowered(node: Node, before: number, unsheltered: GuardVerdict): void {
    for (const finding of this.findings.slice(before)) {
      if (finding.kind !== 'missing-module') continue;
      const full = missingSeverity(finding.origin, finding.inCheckout, unsheltered);
      if (full.severity === finding.severity) continue;
      (node.lowered ??= []).push({ finding, severity: full.severity, ...(full.severityReason && { severityReason: full.severityReason }), ...(unsheltered.describe && { guard: unsheltered.describe }) });
    }
  }

  /** A module reached again where nothing catches its failure: its findings, and those of the modules that took its shelter, count in full. */
  private unshelter(node: Node | undefined): void {
    if (node?.shelter === undefined) return;
    delete node.shelter;
    for (const { finding, severity, severityReason, guard } of node.lowered ?? []) {
      finding.severity = severity;
      if (severityReason) finding.severityReason = severityReason;
      else delete finding.severityReason;
      if (guard) finding.guard = guard;
      else delete finding.guard;
    }
    delete node.lowered;
    for (const child of node.sheltered ?? []) this.unshelter(child);
    delete node.sheltered;
  }

  private push(node: Node): void {
    this.nodes.set(node.key, node);
    this.queue.push(node);
  }

  /** Queues a found module and its parent packages (importing a.b.c runs a and a.b first). */
  private enqueueModule(name: string, chain: ChainLink | undefined, entry?: EntryPoint, runAsMain = false, shelter?: { at: string; from?: Node }): void {
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
      const last = chain?.hop;
      const nodeChain = isTarget || last?.module !== name ? chain : chain!.withLastHop({ ...last, module: prefix });
      const isPackage = resolution.searchLocations !== undefined;
      // `python -m pkg` runs pkg.__main__ as __main__, after importing pkg as itself.
      const asMain = isTarget && (runAsMain || (entry?.how.startsWith('python -m') === true && !isPackage));
      const node: Node = { key: prefix, runName: asMain ? '__main__' : prefix, module: prefix, isPackage, zone, chain: nodeChain };
      if (resolution.origin?.endsWith('.py')) node.file = resolution.origin;
      if (isTarget && entry) node.entry = entry;
      if (shelter) {
        node.shelter = shelter.at;
        if (shelter.from) (shelter.from.sheltered ??= []).push(node);
      }
      // Start the scan now: on a worker it runs while the walk resolves what comes before it.
      if (node.file && zone !== 'stdlib') this.scans.start(node.file);
      this.push(node);
    }
  }

  private enqueueSubmodule(name: string, chain: ChainLink | undefined, location: Location, runAsMain = false): void {
    const resolution = this.options.resolver.resolve(name);
    if (resolution.found) this.enqueueModule(name, chain, undefined, runAsMain);
    else this.missing(resolution, name, { runs: 'always', caught: false }, location, chain, `python -m runs ${name}`);
  }

  private async visit(node: Node): Promise<void> {
    this.processed.add(node.key);
    if (node.zone === 'stdlib' || (node.file === undefined && node.code === undefined)) return;
    let scanned: ScannedFile | undefined;
    if (node.code !== undefined) scanned = { scan: scanSource(node.code, this.readMinor), text: node.code };
    // Most files' scans are in by the time the walk reaches them.
    else scanned = this.scans.has(node.file!) ? this.scans.settled(node.file!) : await this.scans.awaitNeeded(node.file!);
    if (!scanned) return;
    const where: Location = { imagePath: node.file ?? '(python -c)', line: 1, column: 1 };
    if (scanned.partlyRead) {
      this.report('partly-read', 'warning', { module: node.runName === '__main__' ? node.file! : node.module, location: where, origin: node.zone, message: partlyReadMessage(scanned.partlyRead) }, node.chain);
      return;
    }
    const scan = this.scans.importsOf(scanned)!;
    if (!scan.ok) {
      const what = node.runName === '__main__' ? node.file ?? 'the code' : node.module;
      // Read with an older grammar than the image's: the file may well be valid, only unread.
      if (this.readMinor < this.options.minor) {
        this.report('not-checked', 'warning', { module: node.module, location: { ...where, line: scan.line ?? 1 }, origin: node.zone, message: `${what} was not checked: it does not parse with the grammar of Python 3.${this.readMinor} (${scan.error}), the newest import-guard knows, and the image runs Python ${this.version}; the imports it makes are unchecked, so the verdict is incomplete` }, node.chain);
        return;
      }
      const severity: Severity = node.zone === 'first-party' ? 'error' : 'warning';
      this.report('syntax-error', severity, { module: node.module, location: { ...where, line: scan.line ?? 1 }, origin: node.zone, message: `${what} does not parse: ${scan.error}` }, node.chain);
      return;
    }
    // Code that runs at start: an entry point's module-level code, and the functions it runs.
    const runsAtStart = node.entry !== undefined || node.runName === '__main__' || this.startFunctions.has(node.key);
    const start = runsAtStart ? this.startScan(node) : undefined;
    const starts = start ? this.expandStarts(node, start, [...(this.startFunctions.get(node.key)?.values() ?? [])], node.entry !== undefined || node.runName === '__main__') : [];
    // The whole scan, in an installed package too: what is outside those functions counts as it would anyway.
    await this.followAll(node, start?.scan.imports ?? scan.imports, starts);
    if (node.entry?.attr && node.zone === 'first-party' && node.file) this.checkAttribute(node, node.entry);
    if (scanned.text !== undefined && node.zone === 'first-party') this.djangoImports(node, scanned.text);
    if (node.file !== undefined) this.pluginImports(node, scanned.text);
  }

  /**
   * The entry points of each plugin group a walked module reads are imports at the line that
   * names the group. The app's own code loading every entry point of a group loads them at start
   * (flake8, pytest): a missing one is an error, and the ones found are walked. The app's own code
   * reading a group in a form that may pick by name loads them when that feature runs: a warning.
   * A library reading a group may list them only, or catch what fails: a notice.
   */
  private pluginImports(node: Node, text: string | undefined): void {
    this.pluginGroups ??= entryPointGroups(this.options.fs, this.options.thirdPartyDirs);
    if (this.pluginGroups.size === 0) return;
    const source = text ?? this.options.fs.readText(node.file!);
    if (source === undefined) return;
    const reads = groupReads(source, this.readMinor, new Set(this.pluginGroups.keys()));
    if (reads.length === 0) return;
    const own = node.entry !== undefined || node.zone === 'first-party' || this.appPackages().has(node.module.split('.')[0]!);
    const rank: Record<Severity, number> = { notice: 0, warning: 1, error: 2 };
    for (const read of reads) {
      const severity: Severity = !own ? 'notice' : read.loadsEvery ? 'error' : 'warning';
      // Each file that names the group is a place that imports its entry points, as each import statement is.
      const key = `${read.group} ${node.file!}`;
      const checked = this.groupsChecked.get(key);
      if (checked !== undefined && rank[checked] >= rank[severity]) continue;
      this.groupsChecked.set(key, severity);
      const location: Location = { imagePath: node.file!, line: read.line, column: read.column };
      const verdict: GuardVerdict =
        severity === 'error'
          ? { runs: 'always', caught: false }
          : { runs: 'when-called', caught: severity === 'notice', describe: severity === 'warning' ? `the app reads entry-point group ${read.group} with ${read.how}, which may load only the entry points a feature names` : `a library reads entry-point group ${read.group} with ${read.how}: it may only list the entry points, or catch what fails to load` };
      for (const target of this.pluginGroups.get(read.group)!) {
        const chain = ChainLink.extend(node.chain, { ...location, importer: node.module, module: target.module });
        const resolution = this.options.resolver.resolve(target.module);
        const declared = `${target.name} = ${target.module}${target.attr ? `:${target.attr}` : ''} in ${target.file}`;
        if (!resolution.found) {
          const context = severity === 'error' ? `${node.module} names entry-point group ${read.group}, whose every entry point the app loads at start (${declared})` : `${node.module} reads entry-point group ${read.group} (${declared})`;
          this.missing(resolution, target.module, verdict, location, chain, context, undefined, severity);
          continue;
        }
        if (severity !== 'error') continue;
        let imported = this.imports.get(node.key);
        if (!imported) this.imports.set(node.key, (imported = new Set()));
        imported.add(target.module);
        if (!this.visited.has(target.module)) this.enqueueModule(target.module, chain);
      }
    }
  }

  /**
   * The top-level packages of the app the command runs, with the other top-level modules of
   * their distributions (pytest's `_pytest`): the modules of a console script or `python -m`
   * entry point, else what an entry script imports.
   */
  private appPackages(): Set<string> {
    const tops = new Set<string>();
    const modules = this.entries.filter((entry) => entry.file === undefined && entry.code === undefined && entry.role !== 'django-settings');
    if (modules.length > 0) for (const entry of modules) tops.add(entry.module.split('.')[0]!);
    else for (const entry of this.entries) for (const module of this.imports.get(entryKey(entry)) ?? []) tops.add(module.split('.')[0]!);
    for (const top of tops) if (isStdlibModule(top, `3.${this.readMinor}`)) tops.delete(top);
    for (const distribution of installedDistributions(this.options.fs)) {
      if (distribution.topLevel.some((top) => tops.has(top))) for (const top of distribution.topLevel) tops.add(top);
    }
    return tops;
  }

  /** A module's whole scan, function bodies included, and the plain-name calls it makes. */
  private startScan(node: Node): { scan: ScanResult; calls: NamedCall[] } | undefined {
    const source = node.code ?? (node.file === undefined ? undefined : this.options.fs.readFile(node.file));
    return source === undefined ? undefined : scanWithCalls(source, this.readMinor);
  }

  /** Records a function that runs at start; one found in a module visited already is followed after this visit. */
  private registerStart(key: string, start: StartFunction): void {
    let functions = this.startFunctions.get(key);
    if (!functions) this.startFunctions.set(key, (functions = new Map<string, StartFunction>()));
    if (functions.has(start.name)) return;
    functions.set(start.name, start);
    if (this.processed.has(key) && this.nodes.has(key)) this.lateStarts.push({ key, start });
  }

  /**
   * The functions of this module that run at start: `seeds`, those their bodies call (and, with
   * `moduleLevel`, those its module-level code calls) that it defines, and so on. Calls of functions
   * other modules define are recorded for those modules.
   */
  private expandStarts(node: Node, start: { scan: ScanResult; calls: NamedCall[] }, seeds: StartFunction[], moduleLevel: boolean): StartFunction[] {
    const found = new Map(seeds.map((seed) => [seed.name, seed]));
    let own = this.startFunctions.get(node.key);
    const pending: Array<StartFunction | undefined> = moduleLevel ? [undefined, ...seeds] : [...seeds];
    const context = { minor: this.options.minor, platform: this.options.platform, moduleName: node.runName };
    while (pending.length > 0) {
      const caller = pending.shift();
      const depth = (caller?.depth ?? 0) + 1;
      if (depth > MAX_START_DEPTH) continue;
      // In the caller's own body: not in a function it defines, which runs only when called.
      const inCaller = (guards: readonly Guard[]): Guard[] | undefined => {
        const scope = scopeOf(guards);
        if (caller === undefined) return scope === 'module' ? [...guards] : undefined;
        if (typeof scope !== 'object' || scope.name !== caller.name) return undefined;
        const own = bodyGuards(guards, scope.index);
        return own.some((guard) => guard.kind === 'function' || guard.kind === 'class') ? undefined : own;
      };
      for (const call of start.calls) {
        const guards = inCaller(call.guards);
        if (!guards) continue;
        let verdict = within(caller?.call ?? RUNS_AT_START, judgeGuards(guards, context));
        if (verdict.runs !== 'always' && verdict.runs !== 'conditionally') continue;
        if (call.of !== undefined) {
          // `ranger.main()`: a function of a module the code imported whole, at module level.
          const module = this.moduleBoundTo(start.scan, call.of);
          if (module !== undefined && !this.options.resolver.resolve(`${module}.${call.name}`).found) this.registerStart(module, { name: call.name, call: verdict, depth });
          continue;
        }
        const target = this.calledFunction(node, start.scan, call.name, caller, context);
        if (!target) continue;
        // A name bound only sometimes (an import in a handler) may call something else.
        if (target.binding !== 'always') verdict = within(verdict, { runs: target.binding, caught: false });
        const started: StartFunction = { name: target.name, call: verdict, depth };
        if (target.module !== node.key) this.registerStart(target.module, started);
        else if (!found.has(target.name)) {
          // Followed with the rest of this visit, not after it.
          found.set(target.name, started);
          if (!own) this.startFunctions.set(node.key, (own = new Map<string, StartFunction>()));
          if (!own.has(target.name)) own.set(target.name, started);
          pending.push(started);
        }
      }
    }
    // A start function the module only re-exports (`from ranger.core.main import main`) runs where it is defined.
    for (const seed of seeds) {
      const source = this.calledFunction(node, start.scan, seed.name, undefined, context);
      if (source && source.module !== node.key) this.registerStart(source.module, { ...seed, name: source.name });
    }
    return [...found.values()];
  }

  /** The module a plain name stands for after a module-level `import X` or `import a.b as X`. */
  private moduleBoundTo(scan: ScanResult, name: string): string | undefined {
    for (const statement of scan.imports) {
      if (statement.kind !== 'import' || scopeOf(statement.guards) !== 'module') continue;
      if (statement.asname === name) return statement.module;
      if (statement.asname === undefined && statement.module.split('.')[0] === name) return name;
    }
    return undefined;
  }

  /**
   * What a plain-name call in a caller's body (or at module level) runs: a function bound by
   * `from m import f [as name]` in that body or at module level, else this module's own `def`.
   * Undefined for a submodule, or a name whose import is never run.
   */
  private calledFunction(node: Node, scan: ScanResult, name: string, caller: StartFunction | undefined, context: { minor: number; platform: string; moduleName: string }): { module: string; name: string; binding: 'always' | 'conditionally' } | undefined {
    let binding: { statement: ImportStatement; imported: string; guards: Guard[] } | undefined;
    for (const statement of scan.imports) {
      if (statement.kind !== 'from') continue;
      const imported = statement.names.find((each) => each.name !== '*' && (each.asname ?? each.name) === name);
      if (!imported) continue;
      const scope = scopeOf(statement.guards);
      if (caller && typeof scope === 'object' && scope.name === caller.name) {
        binding = { statement, imported: imported.name, guards: bodyGuards(statement.guards, scope.index) };
        break;
      }
      if (scope === 'module' && !binding) binding = { statement, imported: imported.name, guards: [...statement.guards] };
    }
    if (!binding) return { module: node.key, name, binding: 'always' };
    const runs = judgeGuards(binding.guards, context).runs;
    if (runs === 'never') return undefined;
    const target = absoluteName(binding.statement.module, binding.statement.level, { name: node.module, isPackage: node.isPackage });
    if (!('name' in target) || this.options.resolver.resolve(`${target.name}.${binding.imported}`).found) return undefined;
    return { module: target.name, name: binding.imported, binding: runs === 'always' ? 'always' : 'conditionally' };
  }

  /** Follows a module's imports in order, those in the bodies of functions that run at start as imports that run at start. */
  private async followAll(node: Node, imports: readonly ImportStatement[], starts: readonly StartFunction[], onlyStarts = false): Promise<void> {
    const byName = new Map(starts.map((started) => [started.name, started]));
    for (const statement of imports) {
      if (!onlyStarts && this.options.minor >= LAZY_IMPORTS_MINOR && (statement.lazy || (this.options.lazyImports?.mode === 'all' && mayBeLazy(statement)))) this.lazyImports++;
      const scope = scopeOf(statement.guards);
      const started = typeof scope === 'object' ? byName.get(scope.name) : undefined;
      if (onlyStarts && !started) continue;
      const waiting = started ? this.follow(node, statement, { name: started.name, guards: bodyGuards(statement.guards, (scope as { index: number }).index), call: started.call }) : this.follow(node, statement);
      if (waiting) await waiting;
    }
  }

  /** A function found to run at start in a module visited before: its body is followed now. */
  private async followLateStart(key: string, started: StartFunction): Promise<void> {
    const node = this.nodes.get(key)!;
    if (node.zone === 'stdlib') return;
    // A file kept only in part reads as undefined: it was reported when it was visited.
    const start = this.startScan(node);
    if (!start) return;
    const starts = this.expandStarts(node, start, [started], false);
    this.replacing = true;
    try {
      await this.followAll(node, start.scan.imports, starts, true);
    } finally {
      this.replacing = false;
    }
  }

  /** The app object a server takes from its module must exist: gunicorn and uvicorn fail at boot otherwise. */
  private checkAttribute(node: Node, entry: EntryPoint): void {
    const verdict = classifyFromImport(this.options.resolver, node.module, entry.attr!, (file) => this.scans.bindingsOf(file));
    if (verdict !== 'neither') return;
    this.report('missing-name', 'error', { module: node.module, name: entry.attr!, location: COMMAND, origin: 'first-party', message: `${entry.how} loads ${entry.attr} from ${node.module}, which defines no such name` }, undefined);
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
  private settingsImports(module: string, file: string, text: string, chain: ChainLink | undefined): void {
    if (this.settingsRead.has(module)) return;
    this.settingsRead.add(module);
    for (const dotted of djangoSettingsImports(text, this.readMinor)) {
      const location = { imagePath: file, line: dotted.line, column: dotted.column };
      const hop: ChainHop = { ...location, importer: module, module: dotted.module };
      let resolution = this.options.resolver.resolve(dotted.module);
      // An INSTALLED_APPS string that is no module may be an AppConfig class path.
      if (!resolution.found && dotted.appEntry && dotted.module.includes('.')) {
        const parent = this.options.resolver.resolve(dotted.module.slice(0, dotted.module.lastIndexOf('.')));
        if (parent.found) resolution = parent;
      }
      if (resolution.found) this.enqueueModule(resolution.name, ChainLink.extend(chain, hop));
      else this.missing(resolution, dotted.module, { runs: 'always', caught: false }, location, ChainLink.extend(chain, hop), `Django setting ${dotted.setting} names ${dotted.value}`);
    }
  }

  /** A settings module named in code (`os.environ.setdefault(...)`): its strings count once, whichever way it is reached. */
  private addDjangoSettings(module: string, from: Node, location: Location): void {
    if (this.settingsModules.has(module)) return;
    this.settingsModules.add(module);
    const hop: ChainHop = { ...location, importer: from.module, module };
    const chain = ChainLink.extend(from.chain, hop);
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

  /** Follows one import; a promise only when it must wait for a scan (most imports need none). */
  private follow(node: Node, statement: ImportStatement, start?: { name: string; guards: readonly Guard[]; call: GuardVerdict }): Promise<void> | undefined {
    const own = judgeGuards(start?.guards ?? statement.guards, { minor: this.options.minor, platform: this.options.platform, moduleName: node.runName });
    // In a function that runs at start, it runs when the call does.
    let verdict = start ? within(start.call, own) : own;
    if (start && verdict.describe === undefined) verdict = { ...verdict, describe: `inside ${start.name}(), which runs at start` };
    // Inside installed packages, only what runs on import and is not caught counts.
    if (node.zone === 'third-party' && (verdict.runs !== 'always' || verdict.caught)) return;
    const location: Location = { imagePath: node.file ?? '(python -c)', line: statement.line, column: statement.col + 1 };
    // Below an import whose ImportError a handler catches, a failure is caught there too.
    const underShelter = node.shelter !== undefined && !verdict.caught && verdict.runs !== 'never';
    const unsheltered = verdict;
    if (underShelter) verdict = { ...verdict, caught: true, describe: `imported through ${node.shelter}, whose handler catches the ImportError` };
    const target = this.targetOf(node, statement);
    if ('error' in target) {
      if (verdict.runs === 'never') return;
      // An ImportError, as for a missing module: caught, the fallback is what runs. (A TypeError is left as it is.)
      const caught = verdict.caught && target.exception === undefined;
      const severity: Severity = caught ? 'notice' : verdict.runs === 'always' && node.zone === 'first-party' ? 'error' : 'warning';
      this.report('bad-relative-import', severity, { module: `${'.'.repeat(statement.level)}${statement.module}`, location, origin: node.zone, message: `${target.exception ?? 'ImportError'}: ${target.error}`, ...(verdict.describe && { guard: verdict.describe }) }, node.chain);
      return;
    }
    // Most imports reach modules already queued: their link is only made when it is kept.
    let built: ChainLink | undefined;
    const chain = (): ChainLink => (built ??= ChainLink.extend(node.chain, { ...location, importer: node.module, module: target.name }));
    // What it imports is sheltered by this import's handler, or by the one this module is under.
    const shelter = unsheltered.caught ? { at: `${location.imagePath}:${location.line}` } : node.shelter !== undefined ? { at: node.shelter, from: node } : undefined;
    const resolution = this.options.resolver.resolve(target.name);
    if (!resolution.found) {
      const lazy = this.lazyVerdict(node, statement, target.name, boundNames(statement, resolution.missing, target.name), verdict);
      // In an installed package, a lazy import no start code reads is as a function's import: not counted.
      if (lazy?.lazy && node.zone === 'third-party') return;
      const before = this.findings.length;
      // The severity table's first-party error, guarded or not, is for code that runs at import: this fails later.
      this.missing(resolution, target.name, lazy ?? verdict, location, chain(), undefined, undefined, lazy?.lazy ? 'warning' : undefined);
      if (underShelter) this.noteLowered(node, before, unsheltered);
      // Its parent packages run first, and one may fail before the import itself does (tox.logs's
      // __init__ imports the missing tox.logs.result): they are walked.
      if (verdict.runs !== 'never' && target.name.includes('.')) this.enqueueModule(target.name, chain(), undefined, false, shelter);
      return;
    }
    if (verdict.runs === 'never') return;
    this.checkNative(resolution, target.name, verdict, location, chain);
    let imported = this.imports.get(node.key);
    if (!imported) this.imports.set(node.key, (imported = new Set()));
    imported.add(target.name);
    if (!this.visited.has(target.name)) {
      this.enqueueModule(target.name, chain(), undefined, false, shelter);
    } else if (!verdict.caught) {
      // Reached now where nothing catches its failure: what it reports counts in full.
      for (const prefix of prefixes(target.name)) this.unshelter(this.nodes.get(prefix));
    }
    if (statement.kind !== 'from') return;
    // Which names the module binds decides between attribute and submodule, which only a package
    // has, and whether a first-party module lacks the name: for any other module, nothing.
    const namesMatter = resolution.searchLocations !== undefined || this.moduleZone(resolution) === 'first-party';
    if (!namesMatter) return;
    // A function body runs once its module has finished importing: it sees the whole module.
    const atImport = !start && !statement.guards.some((guard) => guard.kind === 'function');
    const followNames = (): void => {
      for (const { name, asname } of statement.names) {
        if (name === '*') this.followStar(resolution, chain());
        else this.followFromName(node, resolution, name, this.lazyVerdict(node, statement, target.name, [{ name: asname ?? name }], verdict) ?? verdict, location, chain, atImport, shelter);
      }
    };
    // Then its scan must be done.
    const origin = resolution.origin;
    if (origin?.endsWith('.py') && !this.scans.has(origin)) {
      this.scans.needNow(origin);
      const scanned = this.scans.whenSettled(origin);
      if (scanned instanceof Promise) return scanned.then(followNames);
    }
    followNames();
  }

  /**
   * How a lazy import that fails shows: where a name it binds is first read. A read as the module
   * runs (at module level, in a class body, a decorator or a default value, or in a function
   * called then or at start) fails the start as an eager import would; any other fails on first
   * use, later. Undefined for an import that is not lazy.
   */
  private lazyVerdict(node: Node, statement: ImportStatement, target: string, reads: ReadonlyArray<{ name: string; attribute?: string }>, verdict: GuardVerdict): GuardVerdict | undefined {
    if (this.options.minor < LAZY_IMPORTS_MINOR || verdict.runs === 'never' || statement.kind === 'dynamic') return undefined;
    if (!statement.lazy && !(mayBeLazy(statement) && this.declaredLazy(node, statement, target))) return undefined;
    const how = statement.lazy ? 'imported lazily' : this.options.lazyImports?.mode === 'all' ? `imported lazily (${this.options.lazyImports.from})` : 'imported lazily (__lazy_modules__)';
    const facts = this.lazyFactsOf(node);
    const uses = (facts?.uses ?? []).filter((use) => reads.some((read) => read.name === use.name && (read.attribute === undefined || read.attribute === use.attribute)));
    const context = { minor: this.options.minor, platform: this.options.platform, moduleName: node.runName };
    // Functions that run as the module runs: those its module-level code calls, and those that run at start.
    const calledNow = new Set(this.startFunctions.get(node.key)?.keys() ?? []);
    for (const call of this.startScan(node)?.calls ?? []) if (call.of === undefined && scopeOf(call.guards) === 'module') calledNow.add(call.name);
    const now = uses.find((use) => {
      if (!use.guards.some((guard) => guard.kind === 'function')) return judgeGuards(use.guards, context).runs !== 'never';
      const scope = scopeOf(use.guards);
      return typeof scope === 'object' && calledNow.has(scope.name);
    });
    const read = (use: NameUse): string => `${use.name}${use.attribute !== undefined ? `.${use.attribute}` : ''}`;
    // The failure is raised at the read: a handler around the import statement does not see it.
    if (now) return { ...verdict, caught: judgeGuards(now.guards, context).caught, describe: `${how}, but ${read(now)} is read as the module runs (line ${now.line}), which loads it` };
    const first = uses[0];
    return { runs: 'when-called', caught: false, lazy: true, describe: `${how}: fails on first use${first ? `, ${read(first)} at line ${first.line}` : ' (no read of it found in this module)'}` };
  }

  /** Whether `__lazy_modules__`, or the `all` mode, makes this import (of absolute `target`) lazy. */
  private declaredLazy(node: Node, statement: ImportStatement, target: string): boolean {
    if (this.options.lazyImports?.mode === 'all') return true;
    // The interpreter reads the module's __lazy_modules__ as each import runs: only a value set above counts.
    const declared = this.lazyFactsOf(node)?.declared.filter((each) => each.line < statement.line).at(-1);
    return declared?.modules.includes(target) ?? false;
  }

  /** A module's lazy-import facts, read once: its `__lazy_modules__` and the reads of every name an import of it binds. */
  private lazyFactsOf(node: Node): LazyFacts | undefined {
    if (this.lazyFactsCache.has(node.key)) return this.lazyFactsCache.get(node.key);
    const source = node.code ?? (node.file === undefined ? undefined : this.options.fs.readFile(node.file));
    const scan = source === undefined ? undefined : scanSource(source, this.options.minor);
    const names = new Set<string>();
    if (scan?.ok) {
      for (const statement of scan.imports) {
        if (statement.kind === 'from') for (const each of statement.names) names.add(each.asname ?? each.name);
        else if (statement.kind === 'import') names.add(statement.asname ?? statement.module.split('.')[0]!);
      }
    }
    const facts = source === undefined ? undefined : lazyFacts(source, this.options.minor, names);
    this.lazyFactsCache.set(node.key, facts);
    return facts;
  }

  private targetOf(node: Node, statement: ImportStatement): { name: string } | { error: string; exception?: string } {
    if (statement.kind !== 'dynamic') return absoluteName(statement.module, statement.level, { name: node.module, isPackage: node.isPackage });
    // The scanner keeps the leading dots of `import_module(".x", package)` in `level`, as for `from .x import y`.
    if (statement.level === 0) return { name: statement.module };
    if (statement.package === undefined) return { exception: 'TypeError', error: `the 'package' argument is required to perform a relative import for '${'.'.repeat(statement.level)}${statement.module}'` };
    return absoluteName(statement.module, statement.level, { name: statement.package, isPackage: true });
  }

  /**
   * `from m import name`: a submodule is imported too; a first-party module without the name fails.
   * `atImport`: the statement runs while its own module is being imported, not in a function.
   */
  private followFromName(node: Node, base: FoundModule, name: string, verdict: GuardVerdict, location: Location, chain: () => ChainLink, atImport: boolean, shelter?: { at: string; from?: Node }): void {
    const full = `${base.name}.${name}`;
    // `from . import name` in the package's own __init__: the statement binds `name` only after it has
    // imported the submodule (the partly run package has no such attribute yet), so that binding does not count.
    const own = base.name === node.module && atImport;
    const kind = classifyFromImport(this.options.resolver, base.name, name, (file) => {
      const scanned = this.scans.bindingsOf(file);
      return own && scanned && file === base.origin ? { ...scanned, bindings: scanned.bindings.filter((bound) => bound !== name) } : scanned;
    });
    // The statement imports the submodule: the chain's last hop names it.
    const toSubmodule = (): ChainLink => chain().withLastHop({ ...chain().hop, module: full });
    if (kind === 'submodule') {
      const submodule = this.options.resolver.resolve(full);
      if (submodule.found) this.checkNative(submodule, full, verdict, location, toSubmodule);
      if (!this.visited.has(full)) this.enqueueModule(full, toSubmodule(), undefined, false, shelter);
      else if (!verdict.caught) this.unshelter(this.nodes.get(full));
      return;
    }
    // Its handler may bind the name instead (`except ImportError: name = None`).
    if (own && verdict.caught && !this.options.inRepository?.(full)) return;
    // The standard library is trusted: its modules bind names at run time (`from re import DOTALL`).
    const zone = this.moduleZone(base);
    if (zone === 'stdlib' || kind === 'attribute') return;
    if (kind === 'unknown' || (zone === 'third-party' && this.bindsUnseen(base, name))) {
      this.namesUnknown++;
      return;
    }
    const submodule = this.options.resolver.resolve(full);
    // A first-party submodule that is absent is the usual reason: report the module, so its cause can be found.
    if (!submodule.found && (base.searchLocations !== undefined || this.options.inRepository?.(full))) {
      this.missing(submodule, full, verdict, location, toSubmodule(), undefined, `cannot import name '${name}' from '${base.name}'`, verdict.lazy ? 'warning' : undefined);
      return;
    }
    this.report('missing-name', verdict.lazy ? 'warning' : 'error', { module: base.name, name, location, origin: 'first-party', message: `ImportError: cannot import name '${name}' from '${base.name}' (${base.origin ?? 'namespace package'})`, ...(verdict.describe && { guard: verdict.describe }) }, chain());
  }

  /**
   * Whether an installed package's `__init__.py` may bind `name` where its scan does not look:
   * a function declaring it `global` (function bodies are skipped there), code that extends
   * `__path__`, or code that sets attributes by name, replaces a module in sys.modules or adds an
   * import hook, in the `__init__.py` or in a submodule it imports at module level (tlz's `_build_tlz`).
   */
  private bindsUnseen(base: FoundModule, name: string): boolean {
    const origin = base.origin;
    if (!origin?.endsWith('.py')) return true;
    let hidden = this.hiddenBindings.get(origin);
    if (hidden === undefined) {
      const text = this.options.fs.readText(origin);
      if (text === undefined) hidden = { any: true, globals: [], extendedPath: false };
      else {
        const globals = text.split('\n').filter((line) => /^\s*global\s/.test(line)).flatMap((line) => line.trim().slice('global'.length).split(/[\s,;#]+/));
        const idiom = onlyExtendPathIdiom(text);
        hidden = { any: writesNamesUnseen(text) || writesOwnGlobals(text) || (extendsPath(text) && !idiom) || this.ownSubmoduleFiles(base).some((file) => changesPackageFrom(this.options.fs.readText(file) ?? '', base.name)), globals, extendedPath: idiom };
      }
      this.hiddenBindings.set(origin, hidden);
    }
    // pkgutil's idiom (pelican): the submodule may be in the package's folder of any sys.path entry, and nowhere else.
    if (hidden.extendedPath && !hidden.any && this.options.resolver.inExtendedPath(base.name, name)) return true;
    return hidden.any || hidden.globals.includes(name);
  }

  /** The source files of a package's own submodules that its `__init__.py` imports at module level. */
  private ownSubmoduleFiles(base: FoundModule): string[] {
    const scanned = this.scans.has(base.origin!) ? this.scans.settled(base.origin!) : undefined;
    const scan = scanned && this.scans.importsOf(scanned);
    if (!scan?.ok) return [];
    const files = new Set<string>();
    for (const statement of scan.imports) {
      if (statement.kind === 'dynamic' || statement.guards.some((guard) => guard.kind === 'function')) continue;
      const target = absoluteName(statement.module, statement.level, { name: base.name, isPackage: true });
      if (!('name' in target)) continue;
      const names = [target.name, ...statement.names.map((imported) => `${target.name}.${imported.name}`)];
      for (const module of names) {
        if (!module.startsWith(`${base.name}.`)) continue;
        const found = this.options.resolver.resolve(module);
        if (found.found && found.origin?.endsWith('.py')) files.add(found.origin);
      }
    }
    return [...files];
  }

  /** `from pkg import *` imports the submodules `__all__` lists. */
  private followStar(base: FoundModule, chain: ChainLink): void {
    if (!base.searchLocations || !base.origin?.endsWith('.py')) return;
    const scanned = this.scans.bindingsOf(base.origin);
    const all = scanned && 'all' in scanned ? (scanned as ScanResult).all : undefined;
    for (const name of all ?? []) {
      if (scanned!.bindings.includes(name)) continue;
      const full = `${base.name}.${name}`;
      if (this.options.resolver.resolve(full).found) this.enqueueModule(full, chain);
    }
  }

  /**
   * Where a missing module would have come from. `inCheckout`, for a first-party module when a
   * checkout is known: true when the checkout has its source (lost in packaging), false when the
   * checkout holds its package but not the module either (stale code).
   */
  private originOf(resolution: Resolution & { found: false }, name: string): { origin: Origin; cause?: string; inCheckout?: boolean } {
    const top = name.split('.')[0]!;
    const topResolution = this.options.resolver.resolve(top);
    const removed = removedIn(top);
    if (!topResolution.found && removed && Number(removed.split('.')[1]) <= this.options.minor) return { origin: 'stdlib', cause: `${top} was removed from the standard library in Python ${removed}; the image runs Python ${this.version}` };
    const added = addedIn(top);
    if (!topResolution.found && added && Number(added.split('.')[1]) > this.options.minor) return { origin: 'stdlib', cause: `${top} was added to the standard library in Python ${added}; the image runs Python ${this.version}` };
    if (isStdlibModule(top, `3.${this.readMinor}`) && (!topResolution.found || this.moduleZone(topResolution) === 'stdlib')) return { origin: 'stdlib', cause: `${top} is part of Python ${this.version}'s standard library but is missing from the image's installation` };
    if (this.options.inRepository?.(resolution.missing)) return { origin: 'first-party', inCheckout: true };
    if (topResolution.found) {
      if (this.moduleZone(topResolution) !== 'first-party') return { origin: 'third-party' };
      // Only a checkout that holds the package can tell that the module is gone from the source too.
      return this.options.inRepository?.(top) ? { origin: 'first-party', inCheckout: false } : { origin: 'first-party' };
    }
    return { origin: this.options.inRepository ? 'third-party' : 'unknown' };
  }

  /** `atMost`: the highest severity the finding may have, whatever the module's origin. */
  private missing(resolution: Resolution & { found: false }, name: string, verdict: GuardVerdict, location: Location, chain: ChainLink | undefined, context?: string, headline?: string, atMost?: Severity): void {
    const { origin, cause, inCheckout } = this.originOf(resolution, name);
    const unreported: Unreported | undefined = verdict.runs === 'never' ? verdict.never : this.options.ignored?.(resolution.missing) ? 'ignored' : this.underImportHook(resolution.missing, location, chain) ? 'import-hook' : undefined;
    const graded = missingSeverity(origin, inCheckout, verdict);
    const order: Severity[] = ['notice', 'warning', 'error'];
    const severity = atMost !== undefined && order.indexOf(graded.severity) > order.indexOf(atMost) ? atMost : graded.severity;
    const severityReason = graded.severityReason;
    const error = resolution.reason === 'not-a-package' ? `No module named '${name}'; '${name.slice(0, name.lastIndexOf('.'))}' is not a package` : `No module named '${resolution.missing}'`;
    const what = headline ?? (resolution.missing === name ? error : `import of ${name} fails: ${error}`);
    const finding: FindingFields = { module: resolution.missing, location, origin, message: context ? `${context}, but: ${error}` : `${headline ? 'ImportError' : 'ModuleNotFoundError'}: ${what === error ? error : what}` };
    if (verdict.describe) finding.guard = verdict.describe;
    if (cause) finding.cause = cause;
    if (inCheckout !== undefined) finding.inCheckout = inCheckout;
    if (severityReason) finding.severityReason = severityReason;
    if (unreported) finding.unreported = unreported;
    this.report('missing-module', severity, finding, chain);
  }

  /**
   * An extension module is loaded by the dynamic loader as it is imported: one that will not load
   * (a library missing, another machine, another C library) fails at the import that loads it,
   * graded as a missing module at the same place would be. Each module is judged once, at the
   * first import that reaches it.
   */
  private checkNative(module: FoundModule, name: string, verdict: GuardVerdict, location: Location, chain: () => ChainLink): void {
    const native = this.options.native;
    const file = module.origin;
    if (!native || module.kind !== 'extension' || file === undefined || this.extensionsChecked.has(file)) return;
    this.extensionsChecked.add(file);
    const judged = native.check(file);
    if ('unchecked' in judged) {
      this.extensionsUnchecked.push({ extension: file, reason: judged.unchecked });
      return;
    }
    const zone = this.moduleZone(module);
    const origin: Origin = zone === 'first-party' ? 'first-party' : zone === 'stdlib' ? 'stdlib' : 'third-party';
    const { severity } = missingSeverity(origin, undefined, verdict);
    for (const problem of judged.problems) {
      const finding: FindingFields = { module: name, location, origin, message: `ImportError: ${problem.message}`, cause: nativeCause(problem), native: nativeDetails(problem) };
      if (verdict.describe) finding.guard = verdict.describe;
      this.report(problem.kind, severity, finding, chain());
    }
  }

  /**
   * Packages like pkg_resources.extern install a meta-path finder, and pkgutil-style packages extend
   * their own __path__: names below them may load although no file is where the path finder looks.
   * A package still running its own module-level code when the import happens has run only the
   * lines above that point: a hook installed further down (SCons.Tool's loader of tools) does not
   * exist yet.
   */
  private underImportHook(missing: string, location: Location, chain: ChainLink | undefined): boolean {
    const parts = missing.split('.');
    for (let length = parts.length - 1; length > 0; length--) {
      const parent = this.options.resolver.resolve(parts.slice(0, length).join('.'));
      if (!parent.found || !parent.origin?.endsWith('.py')) continue;
      const runningAt = this.runningAt(parent.origin, location, chain);
      const key = runningAt === undefined ? parent.origin : `${parent.origin}:${runningAt}`;
      let hooked = this.hooks.get(key);
      if (hooked === undefined) {
        const whole = this.options.fs.readText(parent.origin) ?? '';
        const text = runningAt === undefined ? whole : linesBefore(whole, runningAt);
        // `sys.modules['pkg.x'] = other` (requests.packages aliases urllib3 so): names below may be aliases.
        hooked = /\bmeta_path\b|\bpath_hooks\b|\bsys\.modules\[[^\]\n]{1,200}\]\s*=[^=]/.test(text) ? 'hook' : onlyExtendPathIdiom(text) ? 'extend-path' : extendsPath(text) ? 'hook' : 'none';
        this.hooks.set(key, hooked);
      }
      // pkgutil's idiom: the next part is found in the package's folder of some sys.path entry, or nowhere.
      if (hooked === 'hook' || (hooked === 'extend-path' && this.options.resolver.inExtendedPath(parent.name, parts[length]!))) return true;
    }
    return false;
  }

  /**
   * The line of `file` whose module-level import is under way when the import at `location` (at
   * the end of `chain`) happens, if that file's module is still being executed then; undefined
   * when it has finished, or the import comes from a function it defines (called after).
   */
  private runningAt(file: string, location: Location, chain: ChainLink | undefined): number | undefined {
    const moduleLevelAt = (where: Location): boolean => {
      const scanned = this.scans.has(where.imagePath) ? this.scans.settled(where.imagePath) : undefined;
      const scan = scanned ? this.scans.importsOf(scanned) : undefined;
      return scan?.ok === true && scan.imports.some((statement) => statement.line === where.line && scopeOf(statement.guards) === 'module');
    };
    // From the import back to the package's own line: every step must run as its importer executes.
    let where: Location = location;
    for (let link = chain; ; link = link.parent) {
      if (!moduleLevelAt(where)) return undefined;
      if (where.imagePath === file) return where.line;
      if (!link) return undefined;
      where = link.hop;
    }
  }


  /** A finding, with the hops of its chain read out of the walk's links now. */
  private report(kind: Finding['kind'], severity: Severity, finding: FindingFields, chain: ChainLink | undefined): void {
    if (this.replacing) {
      const { imagePath, line, column } = finding.location;
      const earlier = this.findings.findIndex((other) => other.kind === kind && other.module === finding.module && other.location.imagePath === imagePath && other.location.line === line && other.location.column === column);
      if (earlier !== -1) this.findings.splice(earlier, 1);
    }
    this.findings.push({ kind, severity, ...finding, ...ChainLink.kept(chain) });
  }
}

/** Where the loader looked, in one sentence: the objects that need the library, the places searched. */
function nativeCause(problem: NativeProblem): string {
  const [extension, ...libraries] = problem.objects;
  const needing = libraries.length > 0 ? `${problem.library ?? 'it'} is needed by ${libraries.at(-1)}${libraries.length > 1 ? `, which ${libraries.slice(0, -1).reverse().join(', which ')} needs,` : ''} loaded by ${extension}` : `${extension ?? problem.extension} needs ${problem.library ?? 'it'}`;
  if (problem.kind !== 'missing-library' || !problem.searched) return needing;
  const shown = problem.searched.slice(0, 8);
  return `${needing}; the loader looked in ${shown.join(', ')}${problem.searched.length > shown.length ? ` and ${problem.searched.length - shown.length} more` : ''}`;
}

function nativeDetails(problem: NativeProblem): NativeDetails {
  return { extension: problem.extension, ...(problem.library !== undefined && { library: problem.library }), objects: problem.objects, ...(problem.searched && { searched: problem.searched }), ...(problem.version !== undefined && { version: problem.version }) };
}
