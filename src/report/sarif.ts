import { createHash } from 'node:crypto';
import type { ArtifactLocation, Location as SarifLocation, Log, PhysicalLocation, ReportingDescriptor, Result } from 'sarif';
import { type BootReport, type ChainHop, type Finding, type FindingKind, type Location, omittedAt, type ScanReport, type Severity } from './findings.ts';
import { messageText, withStop } from './finding-text.ts';
import { repositoryPlace } from './repository-place.ts';
import { plural } from './summary.ts';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** Base of repository-relative URIs, by the usual convention. */
export const SRCROOT = '%SRCROOT%';

/** Names the fingerprint scheme; bump the version if the key ever changes, or every alert reopens. */
export const FINGERPRINT_KEY = 'importGuardFinding/v1';

const LEVELS: Record<Severity, Result.level> = { error: 'error', warning: 'warning', notice: 'note' };

interface RuleText {
  name: string;
  short: string;
  full: string;
  help: string;
}

// In FindingKind order, so each rule's index is stable.
const RULES: Record<FindingKind, RuleText> = {
  'missing-module': {
    name: 'MissingModule',
    short: 'Import of a module the image does not have.',
    full: "An import reached from an entry point names a module that the image's Python interpreter cannot find, so it raises ModuleNotFoundError when it runs.",
    help: 'Install the distribution that provides the module in the image, copy the first-party package into the image, or, if the module is optional, guard the import with try/except ImportError.',
  },
  'missing-name': {
    name: 'MissingName',
    short: 'Import of a name its module does not define.',
    full: "A 'from module import name' reached from an entry point finds the module in the image, but the module provably binds no such name and has no such submodule, so the import raises ImportError.",
    help: 'Install the version of the distribution that provides the name (check the pinned versions against the code), or import the name from where the installed version defines it.',
  },
  'bad-relative-import': {
    name: 'BadRelativeImport',
    short: 'Relative import beyond the top-level package.',
    full: "A relative import reached from an entry point climbs above the importing module's top-level package, so it raises ImportError.",
    help: "Use an absolute import, or start the code as part of its package (for example 'python -m package.module') so the package has the levels the import climbs.",
  },
  'syntax-error': {
    name: 'SyntaxError',
    short: "Source file the image's Python cannot parse.",
    full: "A source file reached from an entry point does not parse for the image's Python version, so importing it raises SyntaxError.",
    help: "Fix the syntax, or build the image on the Python version the code is written for.",
  },
  'boot-failure': {
    name: 'BootFailure',
    short: 'The image fails when it is booted.',
    full: "Booting the image (importing its entry modules with its own interpreter, or running its own command) raised an exception other than a missing module, or the process exited, restarted or never became ready.",
    help: "Read the exception and the boot log in the job summary; fix the code or the configuration it needs (environment variables, files), or pass the environment the service expects with the env and env-file inputs.",
  },
  'blind-entry': {
    name: 'BlindEntryPoint',
    short: "Entry point from which the walk reached none of the application's code.",
    full: "From this script entry point the import walk reached no module of the application's own code or of an installed package: the script loads what it runs in a way the walk cannot follow (a module named at run time), so the scan says nothing about it.",
    help: 'Name the module the script runs with the entrypoints input (or --entrypoint on the command line), so the walk starts there.',
  },
  'partly-read': {
    name: 'PartlyRead',
    short: 'Source file too large to check.',
    full: 'A file reached from an entry point is larger than the bytes the guard reads of one file, so its imports were not checked. A part of a file is never scanned as if it were the whole file.',
    help: 'Keep generated tables and data out of Python sources the service imports (load them from a data file), or list the modules the file imports as entry points.',
  },
  'not-checked': {
    name: 'NotChecked',
    short: 'Source file written for a Python newer than the guard knows.',
    full: "The image's Python is newer than every version the guard knows, and a file reached from an entry point does not parse with the newest grammar it knows, so its imports were not checked and the verdict is incomplete.",
    help: 'Update import-guard to a release that knows the image\'s Python version, or list the modules the file imports as entry points.',
  },
  'missing-library': {
    name: 'MissingLibrary',
    short: 'Extension module that needs a shared library the image does not have.',
    full: "An extension module reached from an entry point needs a shared library (directly or through another library) that the image's dynamic loader does not find where it looks (RPATH, LD_LIBRARY_PATH, RUNPATH, /etc/ld.so.cache, the system folders), so importing it raises ImportError: cannot open shared object file.",
    help: "Install the system package that provides the library in the image (for example libgl1 for libGL.so.1 on Debian), or use a wheel or base image that carries it.",
  },
  'wrong-architecture': {
    name: 'WrongArchitecture',
    short: 'Extension module built for another machine.',
    full: "An extension module reached from an entry point, or a library it needs, is built for another CPU architecture or ELF class than the image's Python, so the loader cannot load it and the import raises ImportError.",
    help: 'Install the wheel built for the image\'s platform (pip install in the image, or --platform matching the image when downloading wheels), or build the image for the architecture its binaries are built for.',
  },
  'libc-mismatch': {
    name: 'LibcMismatch',
    short: "Extension module that needs a newer or another C library than the image's.",
    full: "An extension module reached from an entry point, or a library it needs, needs a symbol version (GLIBC_2.34, GLIBCXX_3.4.30) the image's libraries do not define, or was built against another C library (a manylinux glibc wheel on a musl image), so the import raises ImportError.",
    help: 'Use a base image whose C library is at least the version the wheel needs, or a wheel built for the image\'s C library (musllinux for Alpine, an older manylinux tag).',
  },
};

const RULE_IDS = Object.keys(RULES) as FindingKind[];

/** The README section that explains a kind of finding: its heading is the kind's id. */
export function helpUri(home: string, id: FindingKind): string {
  return `${home}#${id}`;
}

function rule(id: FindingKind, home: string | undefined): ReportingDescriptor {
  const text = RULES[id];
  return {
    id,
    name: text.name,
    shortDescription: { text: text.short },
    fullDescription: { text: text.full },
    help: { text: text.help },
    ...(home === undefined ? {} : { helpUri: helpUri(home, id) }),
    // A blind entry point or an unchecked file is never an error: the scan saw nothing there, which breaks nothing.
    defaultConfiguration: { level: id === 'blind-entry' || id === 'not-checked' ? 'warning' : 'error' },
  };
}

/** Percent-encodes each segment (RFC 3986); slashes stay separators. */
function encodePath(segments: string[]): string {
  // toWellFormed: a lone surrogate would make encodeURIComponent throw.
  return segments.map((segment) => encodeURIComponent(segment.toWellFormed())).join('/');
}

/** A repository file's URI under %SRCROOT%. */
function repoArtifact(repoPath: string): ArtifactLocation {
  // A repository path may have come through Windows path functions.
  const segments = repoPath.replaceAll('\\', '/').split('/');
  while (segments[0] === '.' || segments[0] === '') segments.shift();
  return { uri: encodePath(segments), uriBaseId: SRCROOT };
}

/** A place in a repository file; `location.repoPath` must be known. */
function physicalLocation(location: Pick<Location, 'repoPath' | 'line' | 'column'>): PhysicalLocation {
  const physical: PhysicalLocation = { artifactLocation: repoArtifact(location.repoPath!) };
  // SARIF lines and columns are 1-based, and the model's are taken to be; less means unknown.
  if (location.line >= 1) {
    physical.region = location.column >= 1 ? { startLine: location.line, startColumn: location.column } : { startLine: location.line };
  }
  return physical;
}

function hopLocation(hop: ChainHop, id?: number): SarifLocation {
  return {
    ...(id === undefined ? {} : { id }),
    physicalLocation: physicalLocation(hop),
    logicalLocations: [{ fullyQualifiedName: hop.importer, kind: 'module' }],
    message: { text: `imports ${hop.module}` },
  };
}

/**
 * Text-free and independent of the chain, so an alert keeps its identity while messages and entry
 * points change. A finding in an image file no repository file maps to is keyed by its image path
 * (as `IMAGEROOT`, the base such paths had), whatever line of the repository it is shown on.
 */
function fingerprintKey(finding: Finding): string {
  const { location } = finding;
  const [uriBaseId, uri] = location.repoPath !== undefined ? [SRCROOT, repoArtifact(location.repoPath).uri] : ['IMAGEROOT', encodePath(location.imagePath.replace(/^\/+/, '').split('/'))];
  return JSON.stringify([finding.kind, finding.module, finding.name ?? null, uriBaseId, uri, location.line]);
}

/**
 * The result of a reported finding. Its place is the repository file and line; a finding in an
 * image file that no repository file maps to is shown on `commandAt`, the Dockerfile's CMD or
 * ENTRYPOINT line, with its image path in the message. Code scanning takes every location as a
 * repository path, so hops of the chain in such files are left out of the code flow and the
 * related locations (the others keep their place in the whole chain).
 */
function toResult(finding: Finding, occurrence: number, commandAt: NonNullable<ScanReport['commandAt']> | undefined): Result {
  const { location } = finding;
  const onCommand = location.repoPath === undefined;
  const where = repositoryPlace(finding, commandAt)!;
  const result: Result = {
    ruleId: finding.kind,
    ruleIndex: RULE_IDS.indexOf(finding.kind),
    level: LEVELS[finding.severity],
    message: { text: where.inImage ? `${withStop(messageText(finding))} ${where.inImage}` : messageText(finding) },
    locations: [{ physicalLocation: physicalLocation(where) }],
    partialFingerprints: { [FINGERPRINT_KEY]: `${createHash('sha256').update(fingerprintKey(finding)).digest('hex')}:${occurrence}` },
  };
  // A long chain's finding keeps its first and last hops: those after the gap keep their place in the whole chain.
  const gap = omittedAt(finding) ?? finding.chain.length;
  const hops = finding.chain.flatMap((hop, index) => (hop.repoPath === undefined ? [] : [{ hop, order: index + 1 + (index < gap ? 0 : finding.chainOmitted!) }]));
  if (hops.length > 0) {
    const notes = [
      ...(finding.chainOmitted ? [`${plural(finding.chainOmitted, 'hop')} in the middle left out`] : []),
      ...(hops.length < finding.chain.length ? [`${plural(finding.chain.length - hops.length, 'hop')} in image files outside the repository left out`] : []),
    ];
    result.codeFlows = [
      {
        message: { text: `Import chain from ${finding.chain[0]!.importer}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}.` },
        threadFlows: [{ locations: hops.map(({ hop, order }) => ({ location: hopLocation(hop), module: hop.importer, executionOrder: order })) }],
      },
    ];
    result.relatedLocations = hops.map(({ hop }, index) => hopLocation(hop, index + 1));
  }
  if (finding.causeAt) {
    const { repoPath, line, message } = finding.causeAt;
    const cause: SarifLocation = { id: hops.length + 1, physicalLocation: physicalLocation({ repoPath, line, column: 1 }), message: { text: message } };
    result.relatedLocations = [...(result.relatedLocations ?? []), cause];
  }
  result.properties = {
    severity: finding.severity,
    origin: finding.origin,
    module: finding.module,
    ...(finding.name === undefined ? {} : { name: finding.name }),
    ...(finding.guard === undefined ? {} : { guard: finding.guard }),
    ...(finding.inCheckout === undefined ? {} : { inCheckout: finding.inCheckout }),
    ...(finding.severityReason === undefined ? {} : { severityReason: finding.severityReason }),
    ...(onCommand ? { imagePath: location.imagePath, ...(location.line >= 1 && { imageLine: location.line }) } : {}),
    ...(finding.boot === undefined ? {} : { boot: finding.boot }),
    ...(finding.platforms === undefined ? {} : { platforms: finding.platforms }),
  };
  return result;
}

/** The boot's verdict without its log, which the job summary and the JSON report carry. */
function bootSummary(boot: BootReport): Record<string, unknown> {
  return Object.fromEntries(Object.entries(boot).filter(([key]) => key !== 'logs'));
}

export interface SarifRunOptions {
  /**
   * `runAutomationDetails.id`, `category/` with the trailing slash: code scanning keeps the
   * alerts of each category (and tool) apart, so uploads for several images do not replace each
   * other's. github/codeql-action/upload-sarif fills it from its `category` input only when absent.
   */
  automationId?: string;
}

/** Why a finding is not in the log, for the run's notification and properties. */
type LeftOut = 'unreported' | 'unmapped';

const LEFT_OUT_TEXT: Record<LeftOut, (count: number) => string> = {
  unreported: (count) => `${plural(count, 'finding')} not reported (imported only for type checkers, in dead branches, below an import hook, ignored, or accepted by an inline ignore or the baseline) ${count === 1 ? 'is' : 'are'} left out, so that code scanning shows none of them as an alert; the JSON report holds them.`,
  unmapped: (count) => `${plural(count, 'finding')} in image files that no repository file maps to ${count === 1 ? 'is' : 'are'} left out, as the checkout has no Dockerfile with a CMD or ENTRYPOINT line to show ${count === 1 ? 'it' : 'them'} on (give the checkout, or the dockerfile input); the JSON report holds them.`,
};

/**
 * The report as a SARIF 2.1.0 log with one run, for code scanning: the reported findings, in the
 * report's order, each on a repository line (see `toResult`). Left out, and counted in a
 * notification and the run's `leftOut` property: unreported findings (so that none becomes an
 * alert), and findings in image files no repository file maps to when the report has no
 * Dockerfile command line to put them on. Pure and deterministic: no clock, no environment.
 */
export function toSarif(report: ScanReport, tool: { version: string; informationUri?: string }, options: SarifRunOptions = {}): Log {
  const seen = new Map<string, number>();
  const leftOut: Record<LeftOut, number> = { unreported: 0, unmapped: 0 };
  const results: Result[] = [];
  for (const finding of report.findings) {
    if (finding.unreported !== undefined) leftOut.unreported++;
    else if (finding.location.repoPath === undefined && !report.commandAt) leftOut.unmapped++;
    else {
      const key = fingerprintKey(finding);
      const occurrence = (seen.get(key) ?? 0) + 1;
      seen.set(key, occurrence);
      results.push(toResult(finding, occurrence, report.commandAt));
    }
  }
  const notes = (Object.keys(leftOut) as LeftOut[]).filter((why) => leftOut[why] > 0);
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'import-guard',
            version: tool.version,
            ...(tool.informationUri === undefined ? {} : { informationUri: tool.informationUri }),
            rules: RULE_IDS.map((id) => rule(id, tool.informationUri)),
          },
        },
        ...(notes.length > 0 && {
          invocations: [{ executionSuccessful: true, toolExecutionNotifications: notes.map((why) => ({ descriptor: { id: `left-out-${why}` }, level: 'note' as const, message: { text: LEFT_OUT_TEXT[why](leftOut[why]) } })) }],
        }),
        originalUriBaseIds: {
          // The checkout's place is not known here; consumers supply it.
          [SRCROOT]: { description: { text: 'The root of the repository.' } },
        },
        ...(options.automationId === undefined ? {} : { automationDetails: { id: options.automationId } }),
        // The scanner counts columns in UTF-16 code units (JavaScript string offsets).
        columnKind: 'utf16CodeUnits',
        results,
        properties: {
          result: report.result,
          failOn: report.failOn,
          image: report.image,
          python: report.python,
          stats: report.stats,
          ...(report.boot && { boot: bootSummary(report.boot) }),
          ...(report.platforms && { platforms: report.platforms.map(({ platform, label, result, counts }) => ({ platform, label, result, counts })) }),
          ...(notes.length > 0 && { leftOut: Object.fromEntries(notes.map((why) => [why, leftOut[why]])) }),
        },
      },
    ],
  };
}
