/** The job summary: the verdict first, then a table of findings, scan statistics, and chain diagrams. */
import { bootText, chainText } from './annotations.ts';
import { bootRan, type BootReport, displayPath, failsAt, type Finding, isReported, type Location, type ScanReport } from './findings.ts';
import { reportCounts } from './json.ts';

export interface SummaryOptions {
  /** A URL for a repository file and line (the pull request's commit), when known. */
  linkTo?: (path: string, line: number) => string;
  /** At most this many chain diagrams. */
  diagrams?: number;
}

const ICONS = { error: '🔴 error', warning: '🟠 warning', notice: '🔵 notice' } as const;

/** Plain text in a table cell: GitHub drops tags it does not know, so `inside <lambda>()` needs escaping too. */
function cell(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

function code(text: string): string {
  return `<code>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '&#124;')}</code>`;
}

function place(location: Location, options: SummaryOptions): string {
  if (location.line === 0) return location.imagePath;
  const text = code(`${displayPath(location)}:${location.line}`);
  return location.repoPath && options.linkTo ? `<a href="${options.linkTo(location.repoPath, location.line)}">${text}</a>` : text;
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** The verdict in words: what fails (imports, or the boot alone), or what was shown to work. */
export function headline(report: ScanReport): string {
  if (report.result === 'fail') {
    const failing = report.findings.filter((finding) => isReported(finding) && failsAt([finding], report.failOn));
    return failing.length > 0 && failing.every((finding) => finding.kind === 'boot-failure') ? 'this image fails to boot' : 'this image will fail to import';
  }
  return bootRan(report.boot) && report.boot.ok ? 'every import resolves and the image boots' : 'every import resolves';
}

export function verdictLine(report: ScanReport): string {
  const counts = reportCounts(report);
  const tally = `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.notice, 'notice')}`;
  return report.result === 'fail' ? `❌ **import-guard: ${headline(report)}** (${tally}; fails on ${report.failOn})` : `✅ **import-guard: ${headline(report)}** (${tally})`;
}

function reason(finding: Finding): string {
  const parts = [finding.message];
  if (finding.cause) parts.push(`cause: ${finding.cause}`);
  if (finding.guard) parts.push(`guard: ${finding.guard}`);
  if (finding.boot) parts.push(bootText(finding.boot, finding.message));
  parts.push(`origin: ${finding.origin}`);
  return cell(parts.join('\n'));
}

function table(findings: readonly Finding[], options: SummaryOptions): string[] {
  return [
    '| Severity | Module | Imported at | Chain from the entry point | Why |',
    '| --- | --- | --- | --- | --- |',
    ...findings.map((finding) => `| ${finding.unreported ? `not reported (${finding.unreported})` : ICONS[finding.severity]} | ${code(finding.name ? `${finding.module}.${finding.name}` : finding.module)} | ${place(finding.location, options)} | ${cell(chainText(finding) || '(the entry point itself)')} | ${reason(finding)} |`),
  ];
}

/** A Mermaid graph of the chains that reach reported findings; an extra beside the table. */
function diagram(findings: readonly Finding[], limit: number): string[] {
  const ids = new Map<string, string>();
  const id = (module: string): string => {
    let value = ids.get(module);
    if (!value) ids.set(module, (value = `m${ids.size}`));
    return value;
  };
  const label = (text: string): string => text.replace(/"/g, '#quot;');
  const edges = new Set<string>();
  const missing = new Set<string>();
  for (const finding of findings.slice(0, limit)) {
    for (const hop of finding.chain) edges.add(`  ${id(hop.importer)}["${label(hop.importer)}"] -->|"${label(`${displayPath(hop)}:${hop.line}`)}"| ${id(hop.module)}["${label(hop.module)}"]`);
    if (finding.chain.length > 0) missing.add(id(finding.chain.at(-1)!.module));
  }
  if (edges.size === 0) return [];
  return ['```mermaid', 'graph LR', ...edges, ...[...missing].map((node) => `  class ${node} missing`), '  classDef missing fill:#fdd,stroke:#c00', '```'];
}

/**
 * The last lines of a log; the summary shows these, the step's log the whole. A traceback that
 * starts a little before them is shown whole, with the record that introduces it.
 */
export function logTail(logs: string, count = LOG_TAIL_LINES): { lines: string[]; omitted: number } {
  const all = logs.replace(/\s+$/, '').split(/\r?\n/);
  if (all.length === 1 && all[0] === '') return { lines: [], omitted: 0 };
  let start = Math.max(0, all.length - count);
  const traceback = all.findLastIndex((line) => /^\s*Traceback \(most recent call last\):/.test(line));
  if (traceback !== -1 && traceback <= start && all.length - traceback <= 2 * count) start = Math.max(0, traceback - 1);
  return { lines: all.slice(start), omitted: start };
}

export const LOG_TAIL_LINES = 40;

/** One line on how the boot went. */
export function bootLine(boot: BootReport): string {
  if ('reason' in boot) return `not booted: ${boot.reason}`;
  if ('error' in boot) return `could not boot (${boot.mode}): ${boot.error}`;
  return `${boot.mode} boot ${boot.ok ? 'passed' : 'failed'}: ${boot.outcome}`;
}

function bootSection(boot: BootReport): string[] {
  const icon = 'ok' in boot ? (boot.ok ? '✅' : '❌') : 'error' in boot ? '⚠️' : '➖';
  const lines = [`**Boot:** ${icon} ${cell(bootLine(boot))}`, ''];
  if (!('ok' in boot)) return lines;
  const tail = logTail(boot.logs);
  if (tail.lines.length === 0) return [...lines, 'The container wrote nothing to its log.', ''];
  const title = tail.omitted > 0 ? `The last ${tail.lines.length} lines of the boot log (${tail.omitted} more in the step's log)` : 'The boot log';
  // A fence longer than any run of backticks in the log keeps it one code block.
  const fence = '`'.repeat(Math.max(3, ...[...boot.logs.matchAll(/`+/g)].map((run) => run[0].length + 1)));
  return [...lines, `<details${boot.ok ? '' : ' open'}><summary>${title}</summary>`, '', `${fence}text`, ...tail.lines, fence, '', '</details>', ''];
}

export function formatSummary(report: ScanReport, options: SummaryOptions = {}): string {
  const reported = report.findings.filter(isReported);
  const unreported = report.findings.filter((finding) => !isReported(finding));
  const lines = [`## ${verdictLine(report)}`, ''];
  lines.push(`Image ${code(report.image.label)} · Python ${report.python.version} (${code(report.python.executable)}) · command ${code(report.command.join(' '))}`, '');
  if (reported.length > 0) lines.push(...table(reported, options), '');
  else lines.push('No import from the entry points fails in this image.', '');
  const { stats } = report;
  lines.push(`**Scan:** ${plural(stats.entryPoints, 'entry point')} (${report.entryPoints.map((entry) => code(entry.module)).join(', ')}), ${plural(stats.files, 'file')} read, ${plural(stats.modules, 'module')} reached, ${stats.unparsed} unparsed, ${stats.seconds.toFixed(2)} s.`, '');
  if (report.boot) lines.push(...bootSection(report.boot));
  const graph = diagram(reported, options.diagrams ?? 20);
  if (graph.length > 0) lines.push('<details><summary>Import chains as a diagram</summary>', '', ...graph, '', '</details>', '');
  if (unreported.length > 0) lines.push(`<details><summary>${plural(unreported.length, 'import')} not reported (type-checking only, dead branches, import hooks, ignored)</summary>`, '', ...table(unreported, options), '', '</details>', '');
  return lines.join('\n');
}
