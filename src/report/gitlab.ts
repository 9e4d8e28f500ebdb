/**
 * The report as a GitLab Code Quality report artifact (`artifacts: reports: codequality:`): a JSON
 * array of issues in the subset of the Code Climate issue format GitLab reads (description,
 * check_name, fingerprint, severity, location.path and location.lines.begin), plus the Code Climate
 * fields `type`, `categories` and `content` that GitLab ignores and Code Climate tools read.
 */
import { createHash } from 'node:crypto';
import { annotationMessage } from './annotations.ts';
import { fingerprintOf } from './baseline.ts';
import type { Finding, FindingKind, ScanReport, Severity } from './findings.ts';
import { messageText, withStop } from './finding-text.ts';
import { repositoryPlace } from './repository-place.ts';

export type CodeQualitySeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

export interface CodeQualityIssue {
  type: 'issue';
  check_name: FindingKind;
  description: string;
  content: { body: string };
  categories: string[];
  severity: CodeQualitySeverity;
  fingerprint: string;
  location: { path: string; lines: { begin: number } };
}

/**
 * An error is an import that raises when the service starts, so the service does not run: more
 * than `major` (a defect in code that runs). It is `critical` rather than `blocker` because it is
 * a prediction of the static walk; GitLab sorts it first among this report's issues either way. A
 * warning breaks only code that runs later or conditionally (`minor`); a notice breaks nothing
 * (`info`).
 */
const SEVERITY: Record<Severity, CodeQualitySeverity> = { error: 'critical', warning: 'minor', notice: 'info' };

/** Code Climate's categories: a binary or grammar the image cannot use is a compatibility problem. */
const CATEGORY: Partial<Record<FindingKind, string>> = { 'wrong-architecture': 'Compatibility', 'libc-mismatch': 'Compatibility', 'not-checked': 'Compatibility' };

/** A path relative to the repository root: forward slashes, no leading `./` or `/`. */
function relativePath(path: string): string {
  const segments = path.replaceAll('\\', '/').split('/');
  while (segments[0] === '.' || segments[0] === '') segments.shift();
  return segments.join('/');
}

/**
 * The finding's baseline fingerprint (see report/baseline.ts): it leaves out the line, so editing
 * other lines keeps the issue's identity. GitLab keeps one issue per fingerprint, so a second
 * finding with the same one (the same statement twice in a file) takes a hash of it and its
 * occurrence, in the report's order.
 */
function baseFingerprint(finding: Finding): string {
  return finding.fingerprint ?? fingerprintOf(finding, finding.statement ?? '');
}

function nthFingerprint(fingerprint: string, occurrence: number): string {
  return occurrence === 1 ? fingerprint : createHash('sha256').update(`${fingerprint}:${occurrence}`).digest('hex').slice(0, 32);
}

/**
 * One issue per reported finding (unreported ones are left out, as GitLab would show them as
 * degradations), in the report's order. A finding in an image file that no repository file maps
 * to is put where the SARIF log puts it, on the Dockerfile's command line, with its image path in
 * the description; without that line it keeps its image path (made relative) so that GitLab still
 * lists it. Pure and deterministic.
 */
export function toCodeQuality(report: ScanReport): CodeQualityIssue[] {
  const seen = new Map<string, number>();
  return report.findings.flatMap((finding) => {
    if (finding.unreported !== undefined) return [];
    const place = repositoryPlace(finding, report.commandAt) ?? { repoPath: finding.location.imagePath, line: finding.location.line, inImage: `In the image at ${finding.location.imagePath}, which no repository file maps to.` };
    const text = messageText(finding);
    const base = baseFingerprint(finding);
    const occurrence = (seen.get(base) ?? 0) + 1;
    seen.set(base, occurrence);
    const issue: CodeQualityIssue = {
      type: 'issue',
      check_name: finding.kind,
      description: place.inImage ? `${withStop(text)} ${place.inImage}` : text,
      content: { body: annotationMessage(finding) },
      categories: [CATEGORY[finding.kind] ?? 'Bug Risk'],
      severity: SEVERITY[finding.severity],
      fingerprint: nthFingerprint(base, occurrence),
      location: { path: relativePath(place.repoPath), lines: { begin: Math.max(1, place.line) } },
    };
    return [wellFormed(issue)];
  });
}

/** Every string with lone surrogates replaced: a parser that reads JSON as UTF-8 would refuse the whole file. */
function wellFormed(issue: CodeQualityIssue): CodeQualityIssue {
  return JSON.parse(JSON.stringify(issue, (_key, value: unknown) => (typeof value === 'string' ? value.toWellFormed() : value))) as CodeQualityIssue;
}
