/**
 * `platform: all`: one report from the reports of each platform's image. A finding that several
 * platforms share is listed once, naming them; each platform keeps a verdict of its own, made
 * from the findings that name it, and the run fails when any platform fails.
 */
import { compareFindings, failsAt, type FailOn, type Finding, type PlatformVerdict, type ScanReport } from './findings.ts';

export interface PlatformScan {
  /** os/arch[/variant]. */
  platform: string;
  report: ScanReport;
}

/** What a finding's message says of its platforms, when several were checked. */
export function platformNote(platforms: readonly string[], checked: readonly string[]): string {
  return platforms.length === checked.length ? `on every platform checked: ${platforms.join(', ')}` : `on ${platforms.join(', ')} only`;
}

/** The same finding on two platforms: the same failure at the same place, graded alike. */
function findingKey(finding: Finding): string {
  const { location } = finding;
  return JSON.stringify([finding.kind, finding.severity, finding.unreported ?? null, finding.module, finding.name ?? null, location.imagePath, location.line, location.column, finding.message, finding.guard ?? null, finding.origin]);
}

function countsOf(findings: readonly Finding[]): PlatformVerdict['counts'] {
  const counts = { error: 0, warning: 0, notice: 0, unreported: 0 };
  for (const finding of findings) {
    if (finding.unreported) counts.unreported++;
    else counts[finding.severity]++;
  }
  return counts;
}

/** Each platform's result and counts made again from the findings that name it (after a baseline changed which are reported). */
export function refreshVerdicts(verdicts: readonly PlatformVerdict[], findings: readonly Finding[], failOn: FailOn): PlatformVerdict[] {
  return verdicts.map((verdict) => {
    const own = findings.filter((finding) => finding.platforms?.includes(verdict.platform) ?? true);
    return { ...verdict, result: failsAt(own, failOn) ? 'fail' : 'pass', counts: countsOf(own) };
  });
}

/**
 * The reports of several platforms as one. A single platform's report is returned as it is. The
 * findings are matched by what and where they are; a second identical finding on one platform
 * stays a second finding.
 */
export function mergePlatformScans(scans: readonly PlatformScan[], location: string): ScanReport {
  if (scans.length === 1) return scans[0]!.report;
  if (scans.length === 0) throw new Error('no platform was checked');
  const checked = scans.map((scan) => scan.platform);
  const merged = new Map<string, { finding: Finding; platforms: string[] }>();
  for (const { platform, report } of scans) {
    const seen = new Map<string, number>();
    for (const finding of report.findings) {
      const base = findingKey(finding);
      const occurrence = seen.get(base) ?? 0;
      seen.set(base, occurrence + 1);
      const key = `${base}#${occurrence}`;
      const known = merged.get(key);
      if (!known) {
        merged.set(key, { finding, platforms: [platform] });
        continue;
      }
      known.platforms.push(platform);
      // Only the machine's own platform boots: its proof is kept, whichever platform came first.
      if (!known.finding.boot && finding.boot) known.finding = { ...known.finding, boot: finding.boot };
    }
  }
  const findings = [...merged.values()].map(({ finding, platforms }) => ({ ...finding, message: `${finding.message} (${platformNote(platforms, checked)})`, platforms })).sort(compareFindings);
  const first = scans[0]!.report;
  const failOn = first.failOn;
  const verdicts = scans.map(({ platform, report }): PlatformVerdict => ({
    platform,
    label: report.image.label,
    result: report.result,
    counts: countsOf(report.findings),
    python: report.python,
    command: report.command,
    entryPoints: report.entryPoints,
    stats: report.stats,
    ...(report.boot && { boot: report.boot }),
  }));
  const booted = scans.find(({ report }) => report.boot && report.boot.mode !== 'none')?.report.boot ?? first.boot;
  const report: ScanReport = {
    result: failsAt(findings, failOn) ? 'fail' : 'pass',
    failOn,
    image: { label: location, location: first.image.location },
    python: first.python,
    command: first.command,
    entryPoints: first.entryPoints,
    findings,
    stats: first.stats,
    ...(booted && { boot: booted }),
    ...(first.commandAt && { commandAt: first.commandAt }),
    platforms: refreshVerdicts(verdicts, findings, failOn),
  };
  return report;
}
