/**
 * Findings -> the annotations GitHub shows on a pull request. GitHub keeps only 10 annotations of
 * each level per step, so findings are ranked, repeats of one missing module grouped, and one
 * notice says how many more the summary and reports hold.
 */
import { type BootProof, chainLength, COMMAND_LOCATION, displayPath, type Finding, isReported, type Severity, SEVERITIES, severityRank } from './findings.ts';

export const ANNOTATIONS_PER_LEVEL = 10;

export interface Annotation {
  level: Severity;
  title: string;
  message: string;
  /** Repository path; absent when the finding is in no repository file. */
  file?: string;
  line?: number;
  column?: number;
  /** Marks a line that causes findings (a `.dockerignore` rule), not a finding. */
  cause?: true;
}

export interface AnnotationPlan {
  annotations: Annotation[];
  /** Reported findings not shown as annotations of their own, per level. */
  omitted: Record<Severity, number>;
}

const ORIGIN_RANK: Record<string, number> = { 'first-party': 0, 'stdlib': 1, 'third-party': 2, 'unknown': 3 };

function groupKey(finding: Finding): string {
  return `${finding.severity}\0${finding.kind}\0${finding.module}\0${finding.name ?? ''}`;
}

/** First the findings a user must act on: severity, first-party origin, shortest chain, place. */
function rank(a: Finding, b: Finding): number {
  return (
    severityRank(a.severity) - severityRank(b.severity) ||
    (ORIGIN_RANK[a.origin] ?? 9) - (ORIGIN_RANK[b.origin] ?? 9) ||
    Number(a.location.repoPath === undefined) - Number(b.location.repoPath === undefined) ||
    chainLength(a) - chainLength(b) ||
    displayPath(a.location).localeCompare(displayPath(b.location)) ||
    a.location.line - b.location.line
  );
}

export function findingTitle(finding: Finding): string {
  switch (finding.kind) {
    case 'missing-module':
      return `${finding.module} is missing from the image`;
    case 'missing-name':
      return `${finding.module} has no ${finding.name ?? 'such name'}`;
    case 'bad-relative-import':
      return `relative import ${finding.module} fails`;
    case 'syntax-error':
      return `${finding.module} does not parse`;
    case 'boot-failure':
      return finding.location === COMMAND_LOCATION || finding.module === COMMAND_LOCATION.imagePath ? 'The image fails to boot' : `${finding.module} fails at boot`;
    case 'blind-entry':
      return `The scan sees nothing ${finding.module} runs`;
    case 'partly-read':
      return `${finding.module} was read only in part`;
    case 'not-checked':
      return `${finding.module} was not checked`;
    case 'missing-library':
      return `${finding.module} needs ${finding.native?.library ?? 'a library'}, which the image does not have`;
    case 'wrong-architecture':
      return `${finding.module} is built for another machine`;
    case 'libc-mismatch':
      return `${finding.module} needs another C library`;
  }
}

/** What the boot showed about a finding, in one sentence; `message` is the finding's, not repeated. */
export function bootText(proof: BootProof, message?: string): string {
  const how = proof.target ? `importing ${proof.target} in the image` : proof.mode === 'serve' ? "running the image's own command" : 'importing the entry points in the image';
  if (!proof.predicted) return `Found only at boot, ${how}; the static walk did not predict it`;
  if (proof.exception === undefined) return `Confirmed at boot, ${how}`;
  const raised = proof.exceptionMessage ? `${proof.exception}: ${proof.exceptionMessage.split('\n')[0]}` : proof.exception;
  return `Confirmed at boot: ${how} raised ${raised === message ? `this ${proof.exception}` : raised}`;
}

/** The chain as one line, `app.main → app.api → pandas`, the middle elided when it is long. */
export function chainText(finding: Finding): string {
  if (finding.chain.length === 0) return '';
  const modules = [finding.chain[0]!.importer, ...finding.chain.map((hop) => hop.module)];
  // A long chain's finding keeps its first and last hops only: those left out count too.
  const total = modules.length + (finding.chainOmitted ?? 0);
  const shown = total > 6 ? [...modules.slice(0, 2), `… ${total - 5} more …`, ...modules.slice(-3)] : modules;
  return shown.join(' → ');
}

export function annotationMessage(finding: Finding, others: Finding[] = []): string {
  const lines = [finding.message];
  if (finding.cause) lines.push(`Cause: ${finding.cause}`);
  if (finding.guard) lines.push(`Guard: ${finding.guard}`);
  if (finding.severityReason) lines.push(finding.severityReason);
  if (finding.boot) lines.push(bootText(finding.boot, finding.message));
  const chain = chainText(finding);
  if (chain) lines.push(`Imported via: ${chain}`);
  if (others.length > 0) {
    const places = others.slice(0, 3).map((other) => `${displayPath(other.location)}:${other.location.line}`);
    lines.push(`Also imported at ${places.join(', ')}${others.length > 3 ? ` and ${others.length - 3} more place${others.length === 4 ? '' : 's'}` : ''}`);
  }
  return lines.join('\n');
}

function toAnnotation(finding: Finding, others: Finding[]): Annotation {
  const annotation: Annotation = { level: finding.severity, title: findingTitle(finding), message: annotationMessage(finding, others) };
  if (finding.location.repoPath) {
    annotation.file = finding.location.repoPath;
    annotation.line = finding.location.line;
    annotation.column = finding.location.column;
  }
  return annotation;
}

/**
 * One annotation per line that causes missing modules (a `.dockerignore` rule): that line is
 * what to change. Its level is that of the most severe finding it causes.
 */
export function causeAnnotations(findings: readonly Finding[]): Annotation[] {
  const byLine = new Map<string, Finding[]>();
  for (const finding of findings) {
    if (!finding.causeAt) continue;
    const key = `${finding.causeAt.repoPath}:${finding.causeAt.line}`;
    byLine.set(key, [...(byLine.get(key) ?? []), finding]);
  }
  return [...byLine.values()].map((caused) => {
    const cause = caused[0]!.causeAt!;
    const modules = [...new Set(caused.map((finding) => finding.module))];
    const what = modules.length === 1 ? modules[0]! : `${modules.length} modules`;
    const level = SEVERITIES[Math.min(...caused.map((finding) => severityRank(finding.severity)))]!;
    const imports = caused.slice(0, 3).map((finding) => `${finding.module} at ${displayPath(finding.location)}:${finding.location.line}`);
    const more = caused.length > 3 ? ` and ${caused.length - 3} more` : '';
    const title = cause.kind === 'excluded' ? `This line leaves ${what} out of the image` : cause.kind === 'not-copied' ? `No COPY brings ${what} into the image` : `The requirement for ${what} is not installed`;
    const consequence = cause.kind === 'not-installed' ? `so importing ${modules.join(', ')} fails` : `so the image has no ${modules.join(', ')}`;
    return {
      level,
      title,
      message: `${cause.message}, ${consequence}.\nImported as ${imports.join(', ')}${more}.`,
      file: cause.repoPath,
      line: cause.line,
      column: 1,
      cause: true,
    };
  });
}

export function planAnnotations(findings: readonly Finding[], perLevel = ANNOTATIONS_PER_LEVEL): AnnotationPlan {
  const reported = [...findings].filter(isReported).sort(rank);
  const groups = new Map<string, Finding[]>();
  for (const finding of reported) {
    const group = groups.get(groupKey(finding));
    if (group) group.push(finding);
    else groups.set(groupKey(finding), [finding]);
  }
  const omitted: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  const byLevel: Record<Severity, Annotation[]> = { error: [], warning: [], notice: [] };
  const causes = causeAnnotations(reported);
  const groupList = [...groups.values()];
  const total = (level: Severity): number => groupList.filter(([first]) => first!.severity === level).length + causes.filter((cause) => cause.level === level).length;
  // The closing notice takes a notice slot when anything is left out.
  const overflows = SEVERITIES.some((level) => total(level) > perLevel);
  const limit = (level: Severity): number => (level === 'notice' && overflows ? perLevel - 1 : perLevel);
  // The lines to change come first; an import they break is shown too, when there is room.
  for (const cause of causes) if (byLevel[cause.level].length < limit(cause.level)) byLevel[cause.level].push(cause);
  for (const [first, ...others] of groupList) {
    const level = first!.severity;
    if (byLevel[level].length < limit(level)) byLevel[level].push(toAnnotation(first!, others));
    else omitted[level] += 1 + others.length;
  }
  const annotations = SEVERITIES.flatMap((level) => byLevel[level]);
  const left = SEVERITIES.reduce((sum, level) => sum + omitted[level], 0);
  if (left > 0) {
    const parts = SEVERITIES.filter((level) => omitted[level] > 0).map((level) => `${omitted[level]} ${level}${omitted[level] === 1 ? '' : 's'}`);
    annotations.push({ level: 'notice', title: `${left} more finding${left === 1 ? '' : 's'} not annotated`, message: `GitHub shows ${perLevel} annotations of each level per step; ${parts.join(', ')} more are listed in the job summary, the SARIF and the JSON report.` });
  }
  return { annotations, omitted };
}
