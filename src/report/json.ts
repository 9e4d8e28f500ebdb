/** The JSON report: every finding, reported or not, with the chain that reaches it. */
import { type BaselineUse, type PlatformVerdict, type BootProof, type BootReport, type CauseLocation, displayPath, type Finding, type NativeDetails, type ScanReport } from './findings.ts';

/**
 * The version of the JSON report's shape, which `schema/report.schema.json` describes; every
 * report names it first. MAJOR.MINOR: the minor number goes up when the report only gains (a new
 * field, a new value of a field such as a new finding kind), so a reader that skips what it does
 * not know keeps working; the major number goes up, and the minor back to 0, when a field is
 * removed, renamed or changes its type or meaning.
 */
export const REPORT_SCHEMA_VERSION = '1.0';

export interface JsonChainHop {
  module: string;
  file: string;
  line: number;
}

export interface JsonFinding {
  kind: Finding['kind'];
  severity: Finding['severity'];
  /** false for findings kept only for the record (TYPE_CHECKING, dead branches, ignored). */
  reported: boolean;
  /** Why a finding is not reported. */
  unreported?: NonNullable<Finding['unreported']>;
  module: string;
  name?: string;
  message: string;
  /** The repository path where one is known, else the image path. */
  file: string;
  line: number;
  column: number;
  imagePath: string;
  guard: string | null;
  origin: Finding['origin'];
  /** For a missing first-party module, with a checkout: true when the checkout has it (lost in packaging), false when not (stale code); else null. */
  inCheckout: boolean | null;
  /** Which row of the severity table applies, in words; null when the plain rules do. */
  severityReason: string | null;
  cause: string | null;
  /** The repository line that causes it (a `.dockerignore` rule), when one does. */
  causeAt: { kind: CauseLocation['kind']; file: string; line: number; message: string } | null;
  chain: JsonChainHop[];
  /** Hops left out of the middle of a chain longer than CHAIN_HOPS_KEPT; absent when none are. */
  chainOmitted?: number;
  /** What booting the image showed: proof of a predicted failure, or one found only at boot. */
  boot: BootProof | null;
  /** What a baseline knows the finding by; absent for findings not reported for another reason than a baseline. */
  fingerprint?: string;
  /** With `platform: all` on an image of several platforms: those whose image has this finding. */
  platforms?: string[];
  /** For missing-library, wrong-architecture and libc-mismatch: the extension module, the library, the objects that need it, where the loader looked. */
  native?: NativeDetails;
}

export interface JsonReport {
  /** REPORT_SCHEMA_VERSION: the shape this report has. */
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  result: ScanReport['result'];
  failOn: ScanReport['failOn'];
  image: ScanReport['image'];
  python: ScanReport['python'];
  command: string[];
  entryPoints: ScanReport['entryPoints'];
  counts: { error: number; warning: number; notice: number; unreported: number };
  findings: JsonFinding[];
  stats: ScanReport['stats'];
  /** The boot's mode and verdict with its whole log (secrets masked); null when the scan ran without one. */
  boot: BootReport | null;
  /** The baseline file given, how many findings it accepted and how many of its entries matched none; absent without one. */
  baseline?: BaselineUse;
  /** With `platform: all` on an image of several platforms: each platform's verdict; `python`, `command`, `entryPoints` and `stats` above are the first's. */
  platforms?: PlatformVerdict[];
  /** With `platform: all`: the platforms the image's index lists but its layout lacks (a partial export), not checked. */
  platformsNotChecked?: string[];
}

function jsonFinding(finding: Finding): JsonFinding {
  const json: JsonFinding = {
    kind: finding.kind,
    severity: finding.severity,
    reported: finding.unreported === undefined,
    module: finding.module,
    message: finding.message,
    file: displayPath(finding.location),
    line: finding.location.line,
    column: finding.location.column,
    imagePath: finding.location.imagePath,
    guard: finding.guard ?? null,
    origin: finding.origin,
    inCheckout: finding.inCheckout ?? null,
    severityReason: finding.severityReason ?? null,
    cause: finding.cause ?? null,
    causeAt: finding.causeAt ? { kind: finding.causeAt.kind, file: finding.causeAt.repoPath, line: finding.causeAt.line, message: finding.causeAt.message } : null,
    // Each hop is the import statement that brings in `module`.
    chain: finding.chain.map((hop) => ({ module: hop.module, file: displayPath(hop), line: hop.line })),
    boot: finding.boot ?? null,
  };
  if (finding.unreported) json.unreported = finding.unreported;
  if (finding.name !== undefined) json.name = finding.name;
  if (finding.chainOmitted) json.chainOmitted = finding.chainOmitted;
  if (finding.fingerprint !== undefined) json.fingerprint = finding.fingerprint;
  if (finding.platforms) json.platforms = finding.platforms;
  if (finding.native) json.native = finding.native;
  return json;
}

export function reportCounts(report: ScanReport): JsonReport['counts'] {
  const counts = { error: 0, warning: 0, notice: 0, unreported: 0 };
  for (const finding of report.findings) {
    if (finding.unreported) counts.unreported++;
    else counts[finding.severity]++;
  }
  return counts;
}

export function toJsonReport(report: ScanReport): JsonReport {
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    result: report.result,
    failOn: report.failOn,
    image: report.image,
    python: report.python,
    command: report.command,
    entryPoints: report.entryPoints,
    counts: reportCounts(report),
    findings: report.findings.map(jsonFinding),
    stats: report.stats,
    boot: report.boot ?? null,
    ...(report.baseline && { baseline: report.baseline }),
    ...(report.platforms && { platforms: report.platforms }),
    ...(report.platformsNotChecked && { platformsNotChecked: report.platformsNotChecked }),
  };
}
