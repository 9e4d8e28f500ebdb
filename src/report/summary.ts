/**
 * The job summary (also the pull request comment and the check run's summary): the verdict
 * first, then a table of findings, scan statistics, the boot, and chain diagrams. Every string
 * from the image goes through `markdown.ts`; the whole stays under a size limit, saying what it
 * left out.
 */
import { bootText, chainText } from './annotations.ts';
import { bootRan, type BootReport, displayPath, failsAt, type Finding, isReported, type Location, omittedAt, type PlatformVerdict, type ScanReport, type ScanStats, type ZoneCoverage } from './findings.ts';
import { reportCounts } from './json.ts';
import { showControls } from './log-text.ts';
import { codeBlock, htmlAttribute, markdownText, mermaidLabel, withBreaks } from './markdown.ts';

export interface SummaryOptions {
  /** A URL for a repository file and line (the pull request's commit), when known. */
  linkTo?: (path: string, line: number) => string;
  /** At most this many chain diagrams. */
  diagrams?: number;
  /** The most UTF-8 bytes the summary may take (default `JOB_SUMMARY_BYTES`). */
  maxBytes?: number;
  /** Which of several checks this is (the Action's `name`), shown in the verdict. */
  name?: string;
}

/** GitHub drops a step's summary over 1 MiB (1,048,576 bytes); this leaves room for other steps' lines. */
export const JOB_SUMMARY_BYTES = 1_000_000;
/**
 * For the pull request comment (at most 65,536 characters) and the check run's summary (65,535):
 * a character takes at least one byte, and the comment's marker needs a line of its own.
 */
export const API_SUMMARY_BYTES = 64_000;

const ICONS = { error: '🔴 error', warning: '🟠 warning', notice: '🔵 notice' } as const;

/** Plain text in a table cell or a paragraph; a long path or module name in it may wrap after its `/` and `.`. */
const cell = (text: string): string => withBreaks(markdownText(text));
const code = (text: string): string => `<code>${cell(text)}</code>`;

function place(location: Pick<Location, 'imagePath' | 'repoPath' | 'line'>, options: SummaryOptions): string {
  if (location.line === 0) return cell(location.imagePath);
  const text = code(`${location.repoPath ?? location.imagePath}:${location.line}`);
  return location.repoPath && options.linkTo ? `<a href="${htmlAttribute(options.linkTo(location.repoPath, location.line))}">${text}</a>` : text;
}

/** Kinds whose place is an import statement. */
const IMPORT_KINDS: ReadonlySet<Finding['kind']> = new Set(['missing-module', 'missing-name', 'bad-relative-import']);

/** `imported at app/x.py:3` (a link when the file is known), `at` for a finding that is no import, the bare place when it has no line. */
function findingPlace(finding: Finding, options: SummaryOptions): string {
  const where = place(finding.location, options);
  if (finding.location.line === 0) return where;
  return `${IMPORT_KINDS.has(finding.kind) ? 'imported at' : 'at'} ${where}`;
}

function bytes(lines: readonly string[]): number {
  return lines.reduce((sum, line) => sum + Buffer.byteLength(line) + 1, 0);
}

/** `40 of 52 first-party modules (77%) and 310 of 8,120 installed (3.8%) reached`: how much of the image the walk saw. */
export function coverageText(coverage: NonNullable<ScanStats['coverage']>): string {
  const share = ({ reached, total }: ZoneCoverage): string => {
    if (total === 0) return '0';
    const percent = (100 * reached) / total;
    return `${reached.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} (${percent >= 10 || percent === 0 ? Math.round(percent) : percent.toFixed(1)}%)`;
  };
  return `Reached ${share(coverage.firstParty)} first-party modules of the image and ${share(coverage.installed)} installed ones`;
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** The verdict in words: what fails (imports, or the boot alone), or what was shown to work. */
export function headline(report: ScanReport): string {
  if (report.result === 'fail') {
    const failing = report.findings.filter((finding) => isReported(finding) && failsAt([finding], report.failOn));
    // Of several platforms, those that fail are named.
    const on = report.platforms && report.platforms.length > 1 ? ` on ${report.platforms.filter((verdict) => verdict.result === 'fail').map((verdict) => verdict.platform).join(', ')}` : '';
    return `${failing.length > 0 && failing.every((finding) => finding.kind === 'boot-failure') ? 'this image fails to boot' : 'this image will fail to import'}${on}`;
  }
  // Findings a baseline accepted are still there: the pass says only that nothing was added.
  if (report.baseline && report.baseline.accepted > 0) return `nothing beyond the baseline's ${plural(report.baseline.accepted, 'accepted finding')}`;
  // A scan that saw nothing an entry point runs proves nothing about it.
  if (report.findings.some((finding) => (finding.kind === 'blind-entry' || finding.kind === 'not-checked') && isReported(finding))) return 'every import it could follow resolves';
  return bootRan(report.boot) && report.boot.ok ? 'every import resolves and the image boots' : 'every import resolves';
}

/** What the baseline did, in one sentence; undefined without one. */
export function baselineText(report: ScanReport): string | undefined {
  if (!report.baseline) return undefined;
  const { file, accepted, unmatched } = report.baseline;
  const stale = unmatched > 0 ? `; ${unmatched} ${unmatched === 1 ? 'entry' : 'entries'} of it ${unmatched === 1 ? 'matches' : 'match'} no finding any more (fixed, or changed): write it anew with --write-baseline` : '';
  return `${plural(accepted, 'finding')} accepted by the baseline ${file}${stale}.`;
}

/** `name`: which of several checks this is, as `import-guard (NAME)`; it may come from the image, so it is escaped. */
export function verdictLine(report: ScanReport, name?: string): string {
  const counts = reportCounts(report);
  const tally = `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.notice, 'notice')}`;
  // A heading wraps on its own: the name is escaped only, not broken for a table cell.
  const tool = name === undefined ? 'import-guard' : `import-guard (${markdownText(name)})`;
  return report.result === 'fail' ? `❌ **${tool}: ${headline(report)}** (${tally}; fails on ${report.failOn})` : `✅ **${tool}: ${headline(report)}** (${tally})`;
}

/** What fails and why, one fact a line: the message, the cause with the line to change, the chain, the guard, the grading, the boot, the origin. */
function reason(finding: Finding, options: SummaryOptions): string {
  const parts = [cell(finding.message)];
  if (finding.cause) parts.push(`cause: ${cell(finding.cause)}${finding.causeAt ? ` (${place({ imagePath: '', repoPath: finding.causeAt.repoPath, line: finding.causeAt.line }, options)})` : ''}`);
  parts.push(`chain: ${cell(chainText(finding) || '(the entry point itself)')}`);
  if (finding.guard) parts.push(`guard: ${cell(finding.guard)}`);
  if (finding.severityReason) parts.push(cell(finding.severityReason));
  if (finding.boot) parts.push(cell(bootText(finding.boot, finding.message)));
  parts.push(`origin: ${cell(finding.origin)}`);
  return parts.join('<br>');
}

/**
 * Three columns, so that the table reads at GitHub's width (about 1,000 px) with long module
 * paths: the severity, the module with the place it is imported at, and the rest one fact a line.
 */
const TABLE_HEAD = ['| Severity | Module | What fails, and why |', '| --- | --- | --- |'];

function row(finding: Finding, options: SummaryOptions): string {
  const severity = finding.unreported ? `not reported (${cell(finding.unreported)})` : ICONS[finding.severity];
  return `| ${severity} | ${code(finding.name ? `${finding.module}.${finding.name}` : finding.module)}<br>${findingPlace(finding, options)} | ${reason(finding, options)} |`;
}

/**
 * A table of as many findings as fit in `room` bytes, and a line that counts the rest and says
 * where they are; `room` is what is left of it after.
 */
function table(findings: readonly Finding[], options: SummaryOptions, room: { bytes: number }): string[] {
  const lines = [...TABLE_HEAD];
  let used = bytes(lines) + OMITTED_NOTE_BYTES;
  let shown = 0;
  for (const finding of findings) {
    const line = row(finding, options);
    const size = Buffer.byteLength(line) + 1;
    if (used + size > room.bytes) break;
    lines.push(line);
    used += size;
    shown++;
  }
  if (shown === 0) lines.length = 0;
  if (shown < findings.length) {
    if (shown > 0) lines.push('');
    lines.push(`_${plural(findings.length - shown, shown === 0 ? 'finding' : 'more finding')} not shown here, to keep this summary under GitHub's size limit. The JSON report (output \`report-json\`) holds every finding._`);
  }
  room.bytes -= bytes(lines);
  return lines;
}

/** Room kept for the line that counts the findings left out. */
const OMITTED_NOTE_BYTES = 300;

/** A diagram draws at most this many import steps. */
const DIAGRAM_EDGES = 200;

/** A Mermaid graph of the chains that reach reported findings; an extra beside the table. */
function diagram(findings: readonly Finding[], limit: number): string[] {
  const ids = new Map<string, string>();
  const id = (module: string): string => {
    let value = ids.get(module);
    if (!value) ids.set(module, (value = `m${ids.size}`));
    return value;
  };
  const label = (text: string): string => mermaidLabel(text, 200);
  const edges = new Set<string>();
  const missing = new Set<string>();
  for (const finding of findings.slice(0, limit)) {
    for (const hop of finding.chain) {
      if (edges.size >= DIAGRAM_EDGES) break;
      edges.add(`  ${id(hop.importer)}["${label(hop.importer)}"] -->|"${label(`${displayPath(hop)}:${hop.line}`)}"| ${id(hop.module)}["${label(hop.module)}"]`);
    }
    // The hops a long chain's finding leaves out, as one dotted edge.
    const gap = omittedAt(finding);
    if (gap !== undefined && edges.size < DIAGRAM_EDGES) edges.add(`  ${id(finding.chain[gap - 1]!.module)} -.->|"${label(plural(finding.chainOmitted!, 'more hop'))}"| ${id(finding.chain[gap]!.importer)}`);
    if (finding.chain.length > 0) missing.add(id(finding.chain.at(-1)!.module));
  }
  if (edges.size === 0) return [];
  return ['```mermaid', 'graph LR', ...edges, ...[...missing].map((node) => `  class ${node} missing`), '  classDef missing fill:#fdd,stroke:#c00', '```'];
}

const TRACEBACK = /^\s*Traceback \(most recent call last\):/;

/**
 * The last lines of a log, each cut to `lineChars`; the summary shows these, the step's log the
 * whole. A traceback that starts a little before them is shown whole, with the record that
 * introduces it. Only the end of the log is read, so a log of any size costs the same.
 */
export function logTail(logs: string, count = LOG_TAIL_LINES, lineChars = LOG_LINE_CHARS): { lines: string[]; omitted: number } {
  let end = logs.length;
  while (end > 0 && /\s/.test(logs[end - 1]!)) end--;
  if (end === 0) return { lines: [], omitted: 0 };
  // One line more than a traceback's reach: the record before it.
  const reach = 2 * count + 1;
  const window: string[] = [];
  let lineEnd = end;
  let first = 0;
  while (window.length < reach) {
    const newline = lineEnd > 0 ? logs.lastIndexOf('\n', lineEnd - 1) : -1;
    const start = newline + 1;
    const stop = lineEnd > start && logs[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
    window.push(stop - start > lineChars ? `${logs.slice(start, start + lineChars)}… (${stop - start - lineChars} more characters)` : logs.slice(start, stop));
    first = start;
    if (newline < 0) break;
    lineEnd = newline;
  }
  window.reverse();
  let before = 0;
  for (let at = logs.indexOf('\n'); at !== -1 && at < first; at = logs.indexOf('\n', at + 1)) before++;
  let start = Math.max(0, window.length - count);
  const traceback = window.findLastIndex((line) => TRACEBACK.test(line));
  if (traceback !== -1 && traceback <= start && window.length - traceback <= 2 * count) start = Math.max(0, traceback - 1);
  return { lines: window.slice(start), omitted: before + start };
}

export const LOG_TAIL_LINES = 40;
/** A log line longer than this is cut in reports; the step's log has it whole. */
export const LOG_LINE_CHARS = 1000;

/** Of several platforms checked, the one whose boot the report's boot is (the machine's own). */
export function bootedPlatform(report: ScanReport): string | undefined {
  return report.platforms?.find((verdict) => verdict.boot !== undefined && verdict.boot.mode !== 'none')?.platform;
}

/** One line on how the boot went. */
export function bootLine(boot: BootReport): string {
  if ('reason' in boot) return `not booted: ${boot.reason}`;
  if ('error' in boot) return `could not boot (${boot.mode}): ${boot.error}`;
  return `${boot.mode} boot ${boot.ok ? 'passed' : 'failed'}: ${boot.outcome}`;
}

/** The boot verdict and the tail of its log, in at most `maxBytes` bytes (the log's lines from its end). */
function bootSection(boot: BootReport, maxBytes: number, platform?: string): string[] {
  const icon = 'ok' in boot ? (boot.ok ? '✅' : '❌') : 'error' in boot ? '⚠️' : '➖';
  const lines = [`**Boot${platform ? ` (${code(platform)})` : ''}:** ${icon} ${cell(bootLine(boot))}`, ''];
  if (!('ok' in boot)) return lines;
  const tail = logTail(boot.logs, LOG_TAIL_LINES, SUMMARY_LOG_LINE_CHARS);
  if (tail.lines.length === 0) return [...lines, 'The container wrote nothing to its log.', ''];
  const shown: string[] = [];
  let room = maxBytes - bytes(lines) - 400;
  for (const line of tail.lines.map(showControls).reverse()) {
    room -= Buffer.byteLength(line) + 1;
    if (room < 0) break;
    shown.unshift(line);
  }
  const omitted = tail.omitted + tail.lines.length - shown.length;
  if (shown.length === 0) return [...lines, `<details${boot.ok ? '' : ' open'}><summary>The boot log did not fit here: the step's log has its ${plural(omitted, 'line')}.</summary>`, '', '</details>', ''];
  const title = omitted > 0 ? `The last ${plural(shown.length, 'line')} of the boot log (${omitted} more in the step's log)` : 'The boot log';
  return [...lines, `<details${boot.ok ? '' : ' open'}><summary>${title}</summary>`, '', ...codeBlock(shown, 'text'), '', '</details>', ''];
}

/** One row per platform of a multi-platform check: its verdict, what it ran, what was read, and its boot. */
function platformTable(verdicts: readonly PlatformVerdict[]): string[] {
  const rows = verdicts.map((verdict) => {
    const icon = verdict.result === 'fail' ? '❌ fails' : '✅ passes';
    const { counts, stats } = verdict;
    const boot = verdict.boot ? cell(bootLine(verdict.boot)) : 'not booted';
    return `| ${code(verdict.platform)} | ${icon} | ${counts.error} | ${counts.warning} | ${counts.notice} | ${cell(verdict.python.version)} | ${plural(stats.files, 'file')}, ${stats.seconds.toFixed(2)} s | ${boot} |`;
  });
  return ['| Platform | Verdict | Errors | Warnings | Notices | Python | Scan | Boot |', '| --- | --- | --- | --- | --- | --- | --- | --- |', ...rows];
}

/** A boot log line in the summary is cut to this many characters. */
const SUMMARY_LOG_LINE_CHARS = 500;
/** The entry points the scan line names; the JSON report has them all. */
const ENTRY_POINTS_NAMED = 20;

/**
 * The summary in Markdown, at most `options.maxBytes` bytes: the verdict, the image, the scan
 * and the boot always; the findings as many as fit, then the diagram and the imports not
 * reported when there is room left.
 */
export function formatSummary(report: ScanReport, options: SummaryOptions = {}): string {
  const maxBytes = options.maxBytes ?? JOB_SUMMARY_BYTES;
  const reported = report.findings.filter(isReported);
  const unreported = report.findings.filter((finding) => !isReported(finding));
  const head = [`## ${verdictLine(report, options.name)}`, ''];
  const platform = report.image.platform ? ` (${code(report.image.platform)})` : '';
  if (report.platforms) head.push(`Image ${code(report.image.label)}: ${plural(report.platforms.length, 'platform')} checked, each with its own verdict.`, '', ...platformTable(report.platforms), '');
  else head.push(`Image ${code(report.image.label)}${platform} · Python ${cell(report.python.version)} (${code(report.python.executable)}) · command ${code(report.command.join(' '))}`, '');
  if (report.platformsNotChecked) head.push(`⚠️ **Not checked:** ${report.platformsNotChecked.map(code).join(', ')}: the image's index lists them, but the image holds only their index entries (a partial export); export them with their content to check them.`, '');
  if (report.python.newer) head.push(`⚠️ **${cell(report.python.newer)}.**`, '');
  const { stats } = report;
  const named = report.entryPoints.slice(0, ENTRY_POINTS_NAMED).map((entry) => code(entry.module));
  if (report.entryPoints.length > named.length) named.push(`and ${report.entryPoints.length - named.length} more`);
  const reach = stats.coverage ? ` ${coverageText(stats.coverage)}.` : '';
  const scanOf = report.platforms ? ` (${code(report.platforms[0]!.platform)}; the table above has each platform's)` : '';
  const scan = [`**Scan${scanOf}:** ${plural(stats.entryPoints, 'entry point')} (${named.join(', ')}), ${plural(stats.files, 'file')} read, ${plural(stats.modules, 'module')} reached, ${stats.unparsed} unparsed, ${stats.seconds.toFixed(2)} s.${reach}`, ''];
  const accepted = baselineText(report);
  if (accepted) scan.push(`**Baseline:** ${cell(accepted)}`, '');
  // The boot's log may take an eighth of the room; the findings come first.
  const boot = report.boot ? bootSection(report.boot, Math.min(32_768, Math.floor(maxBytes / 8)), bootedPlatform(report)) : [];
  const room = { bytes: maxBytes - bytes(head) - bytes(scan) - bytes(boot) - 2 };
  // The findings a baseline accepted still fail at run time: the summary does not say nothing fails.
  const none = report.baseline && report.baseline.accepted > 0 ? 'No finding beyond those the baseline accepts (listed below, under the imports not reported).' : 'No import from the entry points fails in this image.';
  const findings = reported.length > 0 ? [...table(reported, options, room), ''] : [none, ''];
  if (reported.length === 0) room.bytes -= bytes(findings);
  const extras: string[] = [];
  const graph = diagram(reported, options.diagrams ?? 20);
  const graphLines = graph.length > 0 ? ['<details><summary>Import chains as a diagram</summary>', '', ...graph, '', '</details>', ''] : [];
  if (graphLines.length > 0 && bytes(graphLines) <= room.bytes) {
    extras.push(...graphLines);
    room.bytes -= bytes(graphLines);
  }
  if (unreported.length > 0) {
    const open = [`<details><summary>${plural(unreported.length, 'import')} not reported (type-checking only, dead branches, import hooks, ignored, accepted by the baseline)</summary>`, ''];
    const close = ['', '</details>', ''];
    room.bytes -= bytes(open) + bytes(close);
    if (room.bytes > OMITTED_NOTE_BYTES) extras.push(...open, ...table(unreported, options, room), ...close);
  }
  return [...head, ...findings, ...scan, ...boot, ...extras].join('\n');
}
