/** Human output of `import-guard scan`: each finding with its cause and the chain that reaches it. */
import type { Annotation } from './annotations.ts';
import { bootText, findingTitle } from './annotations.ts';
import { displayPath, type Finding, isReported, omittedAt, type ScanReport, type Severity } from './findings.ts';
import { reportCounts } from './json.ts';
import { neutralizeWorkflowCommands, oneLine, showControls } from './log-text.ts';
import { baselineText, bootedPlatform, bootLine, coverageText, logTail, plural } from './summary.ts';

const COLORS: Record<Severity | 'bold' | 'dim' | 'green', string> = { error: '31', warning: '33', notice: '36', bold: '1', dim: '2', green: '32' };

function painter(color: boolean): (style: keyof typeof COLORS, text: string) => string {
  return (style, text) => (color ? `\x1b[${COLORS[style]}m${text}\x1b[0m` : text);
}

function findingLines(finding: Finding, paint: ReturnType<typeof painter>): string[] {
  const where = finding.location.line > 0 ? `${displayPath(finding.location)}:${finding.location.line}:${finding.location.column}` : finding.location.imagePath;
  const lines = [`${paint(finding.severity, finding.severity.padEnd(7))} ${paint('bold', where)}  ${findingTitle(finding)}`, `        ${finding.message}`];
  lines.push(`        origin: ${finding.origin}${finding.cause ? `; cause: ${finding.cause}` : ''}`);
  if (finding.guard) lines.push(`        guard: ${finding.guard}`);
  if (finding.severityReason) lines.push(`        ${finding.severityReason}`);
  if (finding.boot) lines.push(`        ${bootText(finding.boot, finding.message)}`);
  if (finding.chain.length > 0) {
    lines.push(`        chain: ${finding.chain[0]!.importer}`);
    const gap = omittedAt(finding);
    for (const [index, hop] of finding.chain.entries()) {
      if (index === gap) lines.push(paint('dim', `          ... ${plural(finding.chainOmitted!, 'more hop')}`));
      lines.push(paint('dim', `          -> ${displayPath(hop)}:${hop.line} imports ${hop.module}`));
    }
  }
  return lines;
}

/**
 * Every string of the report on one line with its control characters shown (`\x1b[2J` prints as
 * text, a newline as `\n`), but the boot log, whose tail is shown line by line.
 */
function visible<T>(value: T): T {
  if (typeof value === 'string') return oneLine(value) as T;
  if (Array.isArray(value)) return value.map(visible) as T;
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, key === 'logs' ? item : visible(item)])) as T;
  return value;
}

/** The report for a terminal; also safe in a workflow step's log (no line reads as a workflow command). */
export function formatScanText(scanned: ScanReport, color = false): string {
  const report = visible(scanned);
  const paint = painter(color);
  const counts = reportCounts(report);
  const verdict = report.result === 'fail' ? paint('error', 'FAIL') : paint('green', 'PASS');
  const lines = [
    `${paint('bold', 'import-guard')} ${verdict}: ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.notice, 'notice')} (fails on ${report.failOn})`,
    ...(report.platforms
      ? report.platforms.map((verdict) => `${verdict.platform.padEnd(16)} ${verdict.result === 'fail' ? paint('error', 'FAIL') : paint('green', 'PASS')}: ${plural(verdict.counts.error, 'error')}, ${plural(verdict.counts.warning, 'warning')}, ${plural(verdict.counts.notice, 'notice')}; Python ${verdict.python.version}, ${plural(verdict.stats.files, 'file')}${verdict.boot ? `; ${bootLine(verdict.boot)}` : ''}`)
      : [`image ${report.image.label} (${report.image.location}), Python ${report.python.version} ${report.python.executable}`]),
    ...(report.platformsNotChecked ? [paint('warning', `warning: not checked: ${report.platformsNotChecked.join(', ')} (the image holds only their index entries: a partial export)`)] : []),
    ...(report.python.newer ? [paint('warning', `warning: ${report.python.newer}`)] : []),
    `entry points: ${report.entryPoints.map((entry) => `${entry.module} (${entry.how})`).join(', ')}`,
    '',
  ];
  for (const finding of report.findings.filter(isReported)) lines.push(...findingLines(finding, paint), '');
  if (report.boot) {
    const platform = bootedPlatform(report);
    lines.push(`${platform ? `${platform}: ` : ''}${bootLine(report.boot)}`);
    // A failed boot's last words say why; a passing one's log is in the JSON report.
    if ('ok' in report.boot && !report.boot.ok) {
      const tail = logTail(report.boot.logs, 20);
      if (tail.omitted > 0) lines.push(paint('dim', `  ... ${tail.omitted} earlier log lines`));
      lines.push(...tail.lines.map((line) => paint('dim', `  | ${showControls(line)}`)));
    }
    lines.push('');
  }
  const { stats } = report;
  lines.push(`${plural(stats.files, 'file')} scanned, ${plural(stats.modules, 'module')} reached, ${stats.unparsed} unparsed, ${stats.seconds.toFixed(2)} s${counts.unreported > 0 ? `; ${plural(counts.unreported, 'import')} not reported (type-checking only, dead branches, ignored or accepted by the baseline; --format json lists them)` : ''}`);
  const accepted = baselineText(report);
  if (accepted) lines.push(accepted);
  if (stats.coverage) lines.push(`${coverageText(stats.coverage)}.`);
  return neutralizeWorkflowCommands(lines.join('\n')) + '\n';
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Annotations as workflow commands (`::error file=...::message`), for running the CLI inside a workflow step. */
export function formatWorkflowCommands(annotations: readonly Annotation[]): string {
  return annotations
    .map((annotation) => {
      const properties = [
        ...(annotation.file ? [`file=${escapeProperty(annotation.file)}`] : []),
        ...(annotation.line ? [`line=${annotation.line}`] : []),
        ...(annotation.column ? [`col=${annotation.column}`] : []),
        `title=${escapeProperty(annotation.title)}`,
      ];
      return `::${annotation.level} ${properties.join(',')}::${escapeData(annotation.message)}\n`;
    })
    .join('');
}
