/**
 * A baseline: the findings a service has accepted, so that it can adopt the guard and fail only on
 * new ones. A finding is known by a fingerprint of its kind, module (and name), file and the text
 * of the statement it is on: not its line, so that editing other lines of the file keeps the match,
 * while a new import of the same module, or the same import in another file, is a new finding.
 * Each entry accepts one finding: a second identical statement in the same file is new.
 */
import { createHash } from 'node:crypto';
import { ConfigurationError } from '../errors.ts';
import { quoted } from '../explain/repository-files.ts';
import { refreshVerdicts } from './platforms.ts';
import { compareFindings, displayPath, failsAt, type Finding, type ScanReport } from './findings.ts';

export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  fingerprint: string;
  kind: Finding['kind'];
  module: string;
  name?: string;
  /** The repository path where one is known, else the image path. */
  file: string;
  /** The statement's first line as the fingerprint reads it. */
  statement: string;
}

/**
 * A source line as the fingerprint reads it: its comment left out (so `# noqa` added later keeps
 * the match) and runs of spaces made one (so re-indenting it under a `try:` does too).
 */
export function statementText(line: string): string {
  let quote: string | undefined;
  let end = line.length;
  for (let index = 0; index < line.length; index++) {
    const char = line[index]!;
    if (quote !== undefined) {
      if (char === '\\') index++;
      else if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '#') {
      end = index;
      break;
    }
  }
  return line.slice(0, end).replace(/\s+/g, ' ').trim();
}

export function fingerprintOf(finding: Pick<Finding, 'kind' | 'module' | 'name' | 'location'>, statement: string): string {
  const key = JSON.stringify([finding.kind, finding.module, finding.name ?? null, displayPath(finding.location), statement]);
  return createHash('sha256').update(key).digest('hex').slice(0, 32);
}

/** Whether a finding is one a baseline may accept: reported, or accepted by one already. */
function acceptable(finding: Finding): boolean {
  return finding.unreported === undefined || finding.unreported === 'baseline';
}

/** The entry a finding would have in a baseline; undefined for one that is not reported for another reason. */
export function baselineEntry(finding: Finding): BaselineEntry | undefined {
  if (!acceptable(finding) || finding.fingerprint === undefined) return undefined;
  return {
    fingerprint: finding.fingerprint,
    kind: finding.kind,
    module: finding.module,
    ...(finding.name !== undefined && { name: finding.name }),
    file: displayPath(finding.location),
    statement: finding.statement ?? '',
  };
}

/** The baseline file's text for a report's findings: sorted, so that rewriting it shows only what changed. */
export function formatBaseline(report: Pick<ScanReport, 'findings'>): string {
  const entries = report.findings.flatMap((finding) => baselineEntry(finding) ?? []);
  const order = (entry: BaselineEntry): string => JSON.stringify([entry.file, entry.module, entry.name ?? '', entry.kind, entry.statement]);
  entries.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
  return `${JSON.stringify({ version: BASELINE_VERSION, findings: entries }, null, 2)}\n`;
}

/** The fingerprints a baseline file lists, one per accepted finding; a malformed file is a ConfigurationError naming it. */
export function parseBaseline(text: string, file: string): string[] {
  const name = JSON.stringify(quoted(file));
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(`baseline ${name} is not JSON: ${(error as Error).message}`);
  }
  const { version, findings } = (typeof document === 'object' && document !== null ? document : {}) as { version?: unknown; findings?: unknown };
  if (version !== BASELINE_VERSION || !Array.isArray(findings)) {
    throw new ConfigurationError(`baseline ${name} is not a baseline of this version of import-guard (expected {"version": ${BASELINE_VERSION}, "findings": [...]}); write it anew with import-guard scan --write-baseline FILE`);
  }
  return findings.map((entry: unknown, index) => {
    const fingerprint = (entry as { fingerprint?: unknown } | null)?.fingerprint;
    if (typeof fingerprint !== 'string' || !/^[0-9a-f]{32}$/.test(fingerprint)) throw new ConfigurationError(`baseline ${name}: findings[${index}] has no fingerprint of 32 hex digits`);
    return fingerprint;
  });
}

/**
 * The report with the findings the baseline lists marked `baseline` (those a baseline accepted
 * before are looked at afresh) and its result made again from the rest.
 */
export function applyBaseline(report: ScanReport, fingerprints: readonly string[], file: string): ScanReport {
  const remaining = new Map<string, number>();
  for (const fingerprint of fingerprints) remaining.set(fingerprint, (remaining.get(fingerprint) ?? 0) + 1);
  let accepted = 0;
  const findings = report.findings.map((finding): Finding => {
    if (!acceptable(finding)) return finding;
    const open: Finding = { ...finding };
    delete open.unreported;
    const left = finding.fingerprint === undefined ? 0 : (remaining.get(finding.fingerprint) ?? 0);
    if (left === 0) return open;
    remaining.set(finding.fingerprint!, left - 1);
    accepted++;
    return { ...open, unreported: 'baseline' };
  }).sort(compareFindings);
  const unmatched = [...remaining.values()].reduce((sum, count) => sum + count, 0);
  return { ...report, findings, result: failsAt(findings, report.failOn) ? 'fail' : 'pass', baseline: { file, accepted, unmatched }, ...(report.platforms && { platforms: refreshVerdicts(report.platforms, findings, report.failOn) }) };
}
