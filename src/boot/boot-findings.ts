/**
 * What the boot showed, merged into the static findings: a failure the walk predicted gains its
 * proof; one it did not is added as "found only at boot"; a static finding the boot did not hit
 * stays as it is (it may sit on a path the boot never ran).
 */
import type { BootOutcome, BootFailure } from './boot.ts';
import { applicationFrame, type Traceback, type TracebackFrame } from './tracebacks.ts';
import { type BootProof, type ChainHop, COMMAND_LOCATION, type Finding, keptChain, type Location, type Origin } from '../report/findings.ts';

export interface BootFacts {
  /** The repository path of an image file, when the checkout holds it. */
  toRepo: (imagePath: string) => string | undefined;
  /** Whether a file in a traceback is the application's own code, not the interpreter's library or an installed package. */
  isApplication: (imagePath: string) => boolean;
  /** Whether a file is the interpreter's own library (importlib.import_module), where no import of the application fails. */
  isStandardLibrary?: (imagePath: string) => boolean;
  /** The dotted module an image file is imported as, when it lies under a folder Python searches. */
  moduleOf: (imagePath: string) => string | undefined;
  /** Where a module found missing only at boot would have come from. */
  originOf: (module: string) => Origin;
}

/**
 * What an import failure's message names: `No module named 'x'`, `cannot import name 'n' from
 * 'm'`, or, for the attribute a server takes from its app module, `module 'm' has no attribute 'n'`.
 */
export function missingImport(traceback: Traceback): { module: string; name?: string } | undefined {
  if (traceback.exception === 'AttributeError') {
    const noAttribute = /^module '([^']+)' has no attribute '([^']+)'/.exec(traceback.message);
    return noAttribute ? { module: noAttribute[1]!, name: noAttribute[2]! } : undefined;
  }
  if (traceback.exception !== 'ModuleNotFoundError' && traceback.exception !== 'ImportError') return undefined;
  const noModule = /^No module named '([^']+)'/.exec(traceback.message);
  if (noModule) return { module: noModule[1]! };
  // 3.8+ words a name a circular import has not bound yet `from partially initialized module 'm'`.
  const noName = /^cannot import name '([^']+)' from (?:partially initialized module )?'([^']+)'/.exec(traceback.message);
  return noName ? { module: noName[2]!, name: noName[1]! } : undefined;
}

/** The exceptions of a chain, the last raised first. */
function chainOf(traceback: Traceback): Traceback[] {
  const chain: Traceback[] = [];
  for (let current: Traceback | undefined = traceback; current; current = current.previous?.traceback) chain.push(current);
  return chain;
}

function sameModule(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);
}

function at(frame: TracebackFrame, facts: BootFacts): Location {
  const repoPath = facts.toRepo(frame.file);
  return { imagePath: frame.file, ...(repoPath && { repoPath }), line: frame.line, column: 1 };
}

const COMMAND = COMMAND_LOCATION;

/** The ImportError 3.15 raises at a lazy import whose module fails to load, as the cause of the failure where its name is read. */
const LAZY_RESOLUTION = /^lazy import of '[^'\n]{1,500}' raised an exception during resolution/;

/**
 * The frame a failure happened in: for a failed import, the innermost frame outside the
 * interpreter's own library (the import statement, wherever it is: an installed package's too);
 * for anything else, the innermost frame of the application.
 */
function failingFrame(traceback: Traceback, facts: BootFacts): TracebackFrame | undefined {
  // 3.15 raises a lazy import's failure where its name is first read, from an ImportError raised
  // at the import itself: that statement is the line to fix.
  const cause = traceback.previous?.traceback;
  if (cause?.exception === 'ImportError' && LAZY_RESOLUTION.test(cause.message)) {
    const statement = cause.frames.at(-1);
    if (statement && !statement.file.startsWith('<')) return statement;
  }
  if (missingImport(traceback) && facts.isStandardLibrary) {
    const importing = [...traceback.frames].reverse().find((frame) => !frame.file.startsWith('<') && !facts.isStandardLibrary!(frame.file));
    if (importing) return importing;
  }
  return applicationFrame(traceback, facts.isApplication);
}

/**
 * The import chain a traceback walked through the application: each `<module>` frame imports the
 * module of the next one; the innermost frame imports `last`, when there is one.
 */
function chainFrom(traceback: Traceback, facts: BootFacts, entry: string, last?: string): Pick<Finding, 'chain' | 'chainOmitted'> {
  const frames = traceback.frames.filter((frame) => facts.isApplication(frame.file));
  const hops: ChainHop[] = [];
  frames.forEach((frame, index) => {
    const next = index + 1 < frames.length ? facts.moduleOf(frames[index + 1]!.file) : last;
    if (next === undefined || (index + 1 < frames.length && frame.function !== '<module>')) return;
    hops.push({ ...at(frame, facts), importer: facts.moduleOf(frame.file) ?? entry, module: next });
  });
  return keptChain(hops);
}

function proofOf(failure: BootFailure, outcome: BootOutcome, predicted: boolean): BootProof {
  return {
    mode: outcome.run.mode,
    predicted,
    exception: failure.traceback.exception,
    exceptionMessage: failure.traceback.message,
    ...(failure.target !== undefined && { target: failure.target }),
    logLine: failure.traceback.logLine,
  };
}

const NATIVE_KINDS: ReadonlySet<Finding['kind']> = new Set(['missing-library', 'wrong-architecture', 'libc-mismatch']);

/**
 * Whether an ImportError is the loader's failure a native finding predicts: its message (the
 * loader's own, `libGL.so.1: cannot open shared object file`, `version `GLIBC_2.38' not found
 * (required by ...)`) names the finding's library, or its extension module's file.
 */
function nativeFailure(raised: Traceback, finding: Finding): boolean {
  if (!NATIVE_KINDS.has(finding.kind) || !finding.native || raised.exception !== 'ImportError') return false;
  const { library, extension } = finding.native;
  const file = extension.slice(extension.lastIndexOf('/') + 1);
  return (library !== undefined && raised.message.includes(library)) || raised.message.includes(file);
}

/** The static finding this failure proves, if the walk predicted it. */
function predictedBy(findings: readonly Finding[], failure: BootFailure, facts: BootFacts): number {
  for (const raised of chainOf(failure.traceback)) {
    const native = findings.findIndex((finding) => nativeFailure(raised, finding));
    if (native !== -1) return native;
    const missing = missingImport(raised);
    if (!missing) continue;
    const frame = failingFrame(raised, facts);
    // A name missing from a package is, for the walk, the submodule that is not there.
    const matches = (finding: Finding): boolean =>
      missing.name === undefined
        ? finding.kind === 'missing-module' && sameModule(finding.module, missing.module)
        : (finding.kind === 'missing-name' && finding.module === missing.module && finding.name === missing.name) || (finding.kind === 'missing-module' && finding.module === `${missing.module}.${missing.name}`);
    const here = (finding: Finding): boolean => frame !== undefined && finding.location.imagePath === frame.file && finding.location.line === frame.line;
    // The import statement the traceback points at first; then any report of the same module.
    const exact = findings.findIndex((finding) => matches(finding) && here(finding));
    if (exact !== -1) return exact;
    const named = findings.findIndex((finding) => matches(finding) && (finding.unreported === undefined || finding.unreported === 'ignored'));
    if (named !== -1) return named;
  }
  return -1;
}

/** A failure the static walk did not predict, as a finding of its own. */
function foundOnlyAtBoot(failure: BootFailure, outcome: BootOutcome, facts: BootFacts): Finding {
  const { traceback } = failure;
  const entry = failure.target?.split(':')[0] ?? '(image command)';
  const frame = failingFrame(traceback, facts);
  const location = frame ? at(frame, facts) : COMMAND;
  const missing = missingImport(traceback);
  const firstLine = traceback.message.split('\n')[0] ?? '';
  const message = firstLine === '' ? traceback.exception : `${traceback.exception}: ${firstLine}`;
  const base = { severity: 'error' as const, location, message, boot: proofOf(failure, outcome, false) };
  if (missing) {
    return {
      ...base,
      kind: missing.name === undefined ? 'missing-module' : 'missing-name',
      module: missing.module,
      ...(missing.name !== undefined && { name: missing.name }),
      origin: facts.originOf(missing.module),
      ...chainFrom(traceback, facts, entry, missing.module),
    };
  }
  const application = applicationFrame(traceback, facts.isApplication);
  const module = (application && facts.moduleOf(application.file)) ?? entry;
  return { ...base, kind: 'boot-failure', module, origin: 'unknown', ...chainFrom(traceback, facts, entry) };
}

function failureKey(failure: BootFailure): string {
  const innermost = failure.traceback.frames.at(-1);
  return JSON.stringify([failure.traceback.exception, failure.traceback.message.split('\n')[0], innermost?.file, innermost?.line]);
}

/**
 * An exception group's failure is its members' (an asyncio TaskGroup's, anyio's): each leaf is a
 * failure of its own; one never raised stands where its group was raised.
 */
function leaves(failure: BootFailure): BootFailure[] {
  const { group, ...raised } = failure.traceback;
  if (!group || group.length === 0) return [failure];
  return group.flatMap((member) => leaves({ ...failure, traceback: member.frames.length > 0 ? member : { ...member, frames: raised.frames } }));
}

export function mergeBootFindings(findings: readonly Finding[], outcome: BootOutcome, facts: BootFacts): Finding[] {
  const merged = [...findings];
  const seen = new Set<string>();
  for (const failure of outcome.failures.flatMap(leaves)) {
    const key = failureKey(failure);
    if (seen.has(key)) continue;
    seen.add(key);
    const index = predictedBy(merged, failure, facts);
    if (index === -1) {
      merged.push(foundOnlyAtBoot(failure, outcome, facts));
      continue;
    }
    const { unreported, ...finding } = merged[index]!;
    // A boot that hit it proves it breaks: whatever guard the walk saw did not hold. An ignored module stays ignored.
    merged[index] = { ...finding, ...(unreported === 'ignored' ? { unreported } : { severity: 'error' as const }), boot: proofOf(failure, outcome, true) };
  }
  if (!outcome.run.ok && seen.size === 0) {
    // Failed without a traceback to read: the boot itself is the finding.
    merged.push({
      kind: 'boot-failure',
      severity: 'error',
      module: '(image command)',
      location: COMMAND,
      origin: 'unknown',
      message: `The ${outcome.run.mode} boot failed: ${outcome.run.outcome}`,
      chain: [],
      boot: { mode: outcome.run.mode, predicted: false },
    });
  }
  return merged;
}
