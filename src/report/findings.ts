/**
 * The one findings model every reporter reads: what will break, where, why, and the chain of
 * imports from an entry point that reaches it.
 */

export type Severity = 'error' | 'warning' | 'notice';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'notice'];

export type FindingKind =
  /** `import m` / `from m import x` where the image's interpreter finds no `m`. */
  | 'missing-module'
  /** `from m import name` where `m` is found but provably has no `name`. */
  | 'missing-name'
  /** A relative import that climbs above the top-level package. */
  | 'bad-relative-import'
  /** A reached source file the scanner could not parse. */
  | 'syntax-error'
  /** Booting the image failed otherwise: an exception other than a missing module, an exit, a restart, a timeout. */
  | 'boot-failure'
  /** A script entry point from which the walk reached none of the application's or installed packages' modules. */
  | 'blind-entry'
  /** A reached file larger than the bytes the guard keeps of one file: its imports were not checked. */
  | 'partly-read'
  /** A reached file that does not parse with the newest grammar the guard knows, in an image whose Python is newer: its imports were not checked. */
  | 'not-checked'
  /** An extension module the walk reached needs a shared library the image's loader does not find. */
  | 'missing-library'
  /** An extension module (or a library it needs) is built for another machine or ELF class than the image's. */
  | 'wrong-architecture'
  /** An extension module (or a library it needs) needs a symbol version the image's libraries lack, or another C library (glibc on musl). */
  | 'libc-mismatch';

/** Where the missing module would have come from. */
export type Origin = 'first-party' | 'third-party' | 'stdlib' | 'unknown';

/** Why a finding is in the JSON but not reported. */
export type Unreported =
  /** Only under `if TYPE_CHECKING:`; never runs. */
  | 'type-checking'
  /** In a branch the image's interpreter never takes (`sys.version_info`, `sys.platform`). */
  | 'dead-branch'
  /** Matched by an `ignore` glob. */
  | 'ignored'
  /** Under a package that installs an import hook or extends its `__path__`: files alone cannot tell. */
  | 'import-hook'
  /** Its line ends with `# import-guard: ignore[module]` (or `# import-guard: ignore`). */
  | 'inline-ignore'
  /** Listed in the baseline file of accepted findings. */
  | 'baseline';

/** A position in the image, and in the repository when the image path maps to a checkout file. */
export interface Location {
  /** Absolute path inside the image. */
  imagePath: string;
  /** Path relative to the repository root (forward slashes, no leading `./`), when known. */
  repoPath?: string;
  /** 1-based; 0 when the finding has no source position (the image's command). */
  line: number;
  /** 1-based, in UTF-16 code units. */
  column: number;
}

/** Where a finding of the image's command itself is: no file, no line. */
export const COMMAND_LOCATION: Location = { imagePath: '(image command)', line: 0, column: 0 };

/** A line of a repository file that makes a module go missing, and what it does. */
export interface CauseLocation {
  /** A `.dockerignore` rule that leaves the source out, the COPY nearest to a source none copies, a requirement not installed. */
  kind: 'excluded' | 'not-copied' | 'not-installed';
  /** Relative to the repository root, forward slashes. */
  repoPath: string;
  /** 1-based. */
  line: number;
  /** What this line does, in one sentence, for its own annotation. */
  message: string;
}

/** One hop of the import chain: `module` is imported at this place. */
export interface ChainHop extends Location {
  /** The module whose source holds this import statement. */
  importer: string;
  /** The module this statement imports. */
  module: string;
}

/**
 * How many hops of a chain a finding keeps: an image can chain imports as deep as it likes, and
 * every finding at the end of a deep chain would otherwise carry all of it into every report.
 */
export const CHAIN_HOPS_KEPT = 64;
/** A long chain keeps this many hops from its start, the rest from its end. */
const CHAIN_HEAD_HOPS = CHAIN_HOPS_KEPT / 2;

/** A finding's whole chain length, with the hops left out of a long one. */
export function chainLength(finding: Pick<Finding, 'chain' | 'chainOmitted'>): number {
  return finding.chain.length + (finding.chainOmitted ?? 0);
}

/** The index in a kept chain before which its left-out hops go; undefined when none are. */
export function omittedAt(finding: Pick<Finding, 'chain' | 'chainOmitted'>): number | undefined {
  return finding.chainOmitted ? CHAIN_HEAD_HOPS : undefined;
}

/** A chain's hops as a finding keeps them: all of a short chain, the first and last of a long one. */
export function keptChain(hops: ChainHop[]): Pick<Finding, 'chain' | 'chainOmitted'> {
  if (hops.length <= CHAIN_HOPS_KEPT) return { chain: hops };
  return { chain: [...hops.slice(0, CHAIN_HEAD_HOPS), ...hops.slice(hops.length - (CHAIN_HOPS_KEPT - CHAIN_HEAD_HOPS))], chainOmitted: hops.length - CHAIN_HOPS_KEPT };
}

/**
 * A chain as the import walk holds it: the hop that reached a module, linked to the chain that
 * reached its importer. Every module keeps one link, shared by all it reaches, so a walk's chains
 * take memory in proportion to the modules reached, however deep; a finding's hops are read out
 * of it when the finding is made.
 */
export class ChainLink {
  readonly hop: ChainHop;
  readonly parent: ChainLink | undefined;
  /** Hops from the entry point to this one, this one included. */
  readonly length: number;
  /** The link of this chain's last head hop (see `keptChain`), read out of a long chain without walking all of it. */
  private readonly headEnd: ChainLink;

  private constructor(hop: ChainHop, parent: ChainLink | undefined) {
    this.hop = hop;
    this.parent = parent;
    this.length = (parent?.length ?? 0) + 1;
    this.headEnd = parent && parent.length >= CHAIN_HEAD_HOPS ? parent.headEnd : this;
  }

  /** The chain `parent` (none: from the entry point) followed by `hop`. */
  static extend(parent: ChainLink | undefined, hop: ChainHop): ChainLink {
    return new ChainLink(hop, parent);
  }

  /** The same chain with another last hop: an import's last hop names what the statement brings in. */
  withLastHop(hop: ChainHop): ChainLink {
    return new ChainLink(hop, this.parent);
  }

  /** The first `count` hops that end at `last`, in order. Iterative: a chain may be far deeper than the stack. */
  private static hopsEndingAt(last: ChainLink, count: number): ChainHop[] {
    const hops = new Array<ChainHop>(count);
    let link: ChainLink | undefined = last;
    for (let index = count - 1; index >= 0; index--, link = link!.parent) hops[index] = link!.hop;
    return hops;
  }

  /** The hops a finding keeps (see `keptChain`), read in time proportional to CHAIN_HOPS_KEPT. */
  static kept(chain: ChainLink | undefined): Pick<Finding, 'chain' | 'chainOmitted'> {
    if (!chain) return { chain: [] };
    if (chain.length <= CHAIN_HOPS_KEPT) return { chain: ChainLink.hopsEndingAt(chain, chain.length) };
    const tail = CHAIN_HOPS_KEPT - CHAIN_HEAD_HOPS;
    return { chain: [...ChainLink.hopsEndingAt(chain.headEnd, CHAIN_HEAD_HOPS), ...ChainLink.hopsEndingAt(chain, tail)], chainOmitted: chain.length - CHAIN_HOPS_KEPT };
  }
}

export interface Finding {
  kind: FindingKind;
  severity: Severity;
  /** Set when the finding is kept for the record only. */
  unreported?: Unreported;
  /** The module that cannot be imported (for `missing-name`, the module lacking the name). */
  module: string;
  /** For `missing-name`: the name. */
  name?: string;
  /** The import statement that fails. */
  location: Location;
  /** The guard that decides the severity, in words (`try/except ImportError`, `inside def load()`), if any. */
  guard?: string;
  origin: Origin;
  /** Why the module is missing, as far as is known. */
  cause?: string;
  /**
   * For a missing first-party module, when the checkout tells: whether it has the module's source
   * (true: lost in packaging) or holds its package without it (false: stale code).
   */
  inCheckout?: boolean;
  /** Which row of the severity table applies, in words: lost in packaging or stale code, and what the guard makes of it. */
  severityReason?: string;
  /** The repository line that causes it (a `.dockerignore` rule, a Dockerfile line), when one does. */
  causeAt?: CauseLocation;
  /** One sentence that says what will happen. */
  message: string;
  /**
   * From the entry point to the failing statement; the last hop is `location`. A chain longer
   * than CHAIN_HOPS_KEPT keeps its first and last CHAIN_HOPS_KEPT / 2 hops (see `keptChain`).
   */
  chain: ChainHop[];
  /** How many hops of a long chain are left out between its first and its last hops. */
  chainOmitted?: number;
  /** For the native kinds: the extension module, the library, the objects that need it, where the loader looked. */
  native?: NativeDetails;
  /** What booting the image showed: the static prediction proved, or a failure found only at boot. */
  boot?: BootProof;
  /** What a baseline knows the finding by (see report/baseline.ts), and the statement text it was made from. */
  fingerprint?: string;
  statement?: string;
  /** When several platforms were checked (`platform: all`): those whose image has this finding. */
  platforms?: string[];
}

/** Why an extension module will not load (see python/native-imports.ts). */
export interface NativeDetails {
  /** The extension module's path in the image. */
  extension: string;
  /** The library that is missing, of another machine, or lacks a version. */
  library?: string;
  /** From the extension module to the object that needs the library. */
  objects: string[];
  /** Where the loader looked for a missing library, in its order. */
  searched?: string[];
  /** For a symbol version the image's libraries lack: the version (GLIBC_2.34). */
  version?: string;
  /** The installed package that holds (or held) the library, when the image's package database says. */
  provider?: string;
}

/** A failure seen when the image was booted. */
export interface BootProof {
  mode: BootMode;
  /** False when the static walk did not predict it ("found only at boot"). */
  predicted: boolean;
  /** The exception raised last, `ModuleNotFoundError`, and its message; absent when the boot failed without a traceback. */
  exception?: string;
  exceptionMessage?: string;
  /** In `import` mode: the entry (`module` or `module:attr`) whose import raised it. */
  target?: string;
  /** 1-based line of the boot log where its traceback starts. */
  logLine?: number;
}

export type BootMode = 'import' | 'serve';

/** How the boot went, for the reporters: its verdict in words and its log. */
export type BootReport =
  | { mode: 'none'; reason: string }
  /** The boot could not run (no daemon, no docker CLI): the step fails with this message. */
  | { mode: BootMode; error: string }
  | BootRun;

export interface BootRun {
  mode: BootMode;
  ok: boolean;
  /** What happened, in one sentence: "GET /health answered 200 after 1.8 s". */
  outcome: string;
  /** From container start to verdict. */
  seconds: number;
  /** The container process's exit status, when it exited. */
  exitCode?: number;
  /** stdout and stderr, interleaved, with secret values masked. */
  logs: string;
}

export function bootRan(boot: BootReport | undefined): boot is BootRun {
  return boot !== undefined && 'ok' in boot;
}

/** Modules of one zone of the image: how many it holds, and how many the walk reached. */
export interface ZoneCoverage {
  reached: number;
  total: number;
}

export interface ScanStats {
  entryPoints: number;
  /** Source files read and scanned. */
  files: number;
  /** Distinct modules reached. */
  modules: number;
  /** Files the scanner could not parse. */
  unparsed: number;
  /** `from pkg import name` checks skipped because the package's names cannot be listed. */
  namesUnknown?: number;
  /** Lazy import statements (3.15 on) in the modules walked; absent when there are none. */
  lazyImports?: number;
  /** Extension modules reached whose shared libraries were checked, and those that could not be; absent when none were reached. */
  extensionModules?: { checked: number; unchecked: number };
  seconds: number;
  /** The share of the image's own (first-party) and installed modules the walk reached; absent when not counted. */
  coverage?: { firstParty: ZoneCoverage; installed: ZoneCoverage };
}

export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

export function isReported(finding: Finding): boolean {
  return finding.unreported === undefined;
}

/** Deterministic order: severity, then repository (or image) file, line, column, module. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    severityRank(a.severity) - severityRank(b.severity) ||
    Number(a.unreported !== undefined) - Number(b.unreported !== undefined) ||
    displayPath(a.location).localeCompare(displayPath(b.location)) ||
    a.location.line - b.location.line ||
    a.location.column - b.location.column ||
    a.module.localeCompare(b.module)
  );
}

/** The path to show for a location: the repository file when known, else the image path. */
export function displayPath(location: Location): string {
  return location.repoPath ?? location.imagePath;
}

/** `fail-on` threshold: does any reported finding reach it? */
export type FailOn = Severity | 'never';

export function failsAt(findings: readonly Finding[], failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  const limit = severityRank(failOn);
  return findings.some((finding) => isReported(finding) && severityRank(finding.severity) <= limit);
}

/** An entry module the walk starts from, and how it was found. */
export interface EntryPointRecord {
  /** As a user would write it: `pkg.mod`, `pkg.mod:app`, or the path of a script. */
  module: string;
  /** The image path of the module's file, when it has one. */
  imagePath?: string;
  /** Where it came from, in words (`gunicorn app argument`, `entrypoints input`). */
  how: string;
}

/** The module an entry point imports first: `pkg.app` of `pkg.app:app`. */
function entryModule(entry: EntryPointRecord): string {
  return entry.module.split(':')[0]!;
}

/**
 * Whether a finding comes from this entry point: its chain starts in the entry point's module
 * (or script), in `pkg.__main__` of `python -m pkg`, or in a parent package of the module (which
 * Python imports first); or, with no chain, the finding is the entry point itself (a module or
 * script the image lacks, an import that failed at boot). The walk keeps one chain per finding,
 * the first it found, so a module that several entry points import counts for the first of them.
 */
export function comesFrom(finding: Finding, entry: EntryPointRecord): boolean {
  const module = entryModule(entry);
  const first = finding.chain[0];
  if (first === undefined) return finding.module === module || finding.module === entry.imagePath || finding.boot?.target?.split(':')[0] === module;
  if (entry.imagePath !== undefined) return first.imagePath === entry.imagePath;
  return first.importer === module || first.importer === `${module}.__main__` || module.startsWith(`${first.importer}.`);
}

/** Everything one run of the guard found: what every reporter renders. */
/** The image's Python and how the guard read it. */
export interface PythonRecord {
  executable: string;
  /** The image's version ("3.12"). */
  version: string;
  /** The version whose grammar and standard-library data the scan used: `version`, or the newest the guard knows when the image's is newer. */
  readAs: string;
  /** The Python versions the guard knows (grammar and standard-library data), oldest first. */
  known: string[];
  /** Set when the image's Python is newer than every version the guard knows: what that means for the verdict. */
  newer?: string;
}

export interface ScanReport {
  result: 'pass' | 'fail';
  failOn: FailOn;
  /** `platform`: the checked image's os/arch[/variant], as its configuration gives it. */
  image: { label: string; location: string; platform?: string };
  python: PythonRecord;
  /** The image's command, as the runtime starts it. */
  command: string[];
  entryPoints: EntryPointRecord[];
  /** Every finding, reported or not, in compareFindings order. */
  findings: Finding[];
  stats: ScanStats;
  /** The smoke boot, when one was asked for or chosen. */
  boot?: BootReport;
  /** What the baseline file did, when one was given. */
  baseline?: BaselineUse;
  /** The checkout's Dockerfile line that says how the image starts (its final stage's CMD or ENTRYPOINT), when the checkout has one. */
  commandAt?: { repoPath: string; line: number };
  /**
   * When several platforms were checked (`platform: all`): each one's verdict, in the image
   * index's order. The findings are then those of every platform, each once, naming its
   * platforms; `python`, `command` and `entryPoints` are the first platform's.
   */
  platforms?: PlatformVerdict[];
  /**
   * With `platform: all`: the platforms the image's index lists whose images the layout lacks (a
   * partial export), which were not checked.
   */
  platformsNotChecked?: string[];
}

/** One platform's verdict of a multi-platform check: made from the findings that name it. */
export interface PlatformVerdict {
  /** os/arch[/variant]. */
  platform: string;
  /** The platform's image: its manifest digest. */
  label: string;
  result: 'pass' | 'fail';
  counts: { error: number; warning: number; notice: number; unreported: number };
  python: PythonRecord;
  command: string[];
  entryPoints: EntryPointRecord[];
  stats: ScanStats;
  boot?: BootReport;
}

/** What a baseline did in a run. */
export interface BaselineUse {
  /** Repository-relative. */
  file: string;
  /** Findings it accepted. */
  accepted: number;
  /** Its entries that matched no finding: fixed since, or changed. */
  unmatched: number;
}
