import type { InspectReport } from '../guard.ts';
import { formatPlatform } from '../image/config.ts';
import { entryLabel } from '../python/entrypoints.ts';
import { newerVersionMessage } from '../python/stdlib.ts';
import { formatBytes } from '../units.ts';
import { terminalText } from './log-text.ts';

function list(values: string[] | null): string {
  return values === null ? '(none)' : JSON.stringify(values);
}

/** The human form of `import-guard inspect`, its image text with control characters shown. */
export function formatInspectText(report: InspectReport): string {
  const { config } = report;
  const lines = [
    `Image        ${report.source.location} (${report.source.kind}${report.source.label !== report.source.location ? `, ${report.source.label}` : ''})`,
    `Platform     ${config.platform ? formatPlatform(config.platform) : '(not recorded)'}`,
    `Entrypoint   ${list(config.entrypoint)}`,
    `Cmd          ${list(config.cmd)}`,
    `WorkingDir   ${config.workingDir || '(none: /)'}`,
    `User         ${config.user || '(none: root)'}`,
    `ExposedPorts ${config.exposedPorts.length > 0 ? config.exposedPorts.join(', ') : '(none)'}`,
    `Healthcheck  ${config.healthcheck ? JSON.stringify(config.healthcheck.test) : '(none)'}`,
    'Env',
    ...(config.env.length > 0 ? config.env.map((item) => `  ${item}`) : ['  (none)']),
    `Layers       ${report.layers.length}`,
    ...report.layers.map((layer, index) => `  ${String(index + 1).padStart(2)}. ${layer.format.padEnd(4)} ${formatBytes(layer.storedBytes).padStart(10)}  ${String(layer.entries).padStart(6)} entries  ${layer.name}`),
    `Paths        ${report.paths.total} (${Object.entries(report.paths.byType)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([type, count]) => `${count} ${type}`)
      .join(', ')})`,
  ];
  lines.push(...pythonLines(report), ...versionLines(report));
  return terminalText(lines.join('\n')) + '\n';
}

function pythonLines(report: InspectReport): string[] {
  const view = report.python;
  if ('error' in view) return [`Python       ${view.error}`];
  const { python, launcher, sysPath } = view;
  const launch = launcher.kind === 'script' ? `script ${launcher.script}` : launcher.kind === 'module' ? `-m (from ${launcher.cwd})` : launcher.kind === 'server' ? `server ${launcher.script}` : '-c / interactive';
  return [
    `Python       3.${python.minor} ${python.executable}${python.realExecutable !== python.executable ? ` -> ${python.realExecutable}` : ''} (${python.flavor} layout, prefix ${python.basePrefix}${python.venv ? `, venv ${python.venv.dir}` : ''})`,
    `  chosen     ${view.how}; launched as ${launch}`,
    `  extensions ${python.extensionSuffixes.join(' ')}`,
    '  sys.path',
    ...sysPath.entries.map((entry) => `    ${(entry.path || "''").padEnd(50)} ${entry.origin}${entry.via ? ` (${entry.via.file}:${entry.via.line})` : ''}`),
    ...sysPath.pthImports.map((line) => `  .pth code  ${line.file}:${line.line}: ${line.text}`),
    ...sysPath.startEntryPoints.map((line) => `  .start     ${line.file}:${line.line}: ${line.text} (called at start)`),
    ...Object.entries(view.redirects).map(([name, target]) => `  redirect   import ${name} loads ${target} (an import hook from a .pth file)`),
    ...view.editable.flatMap((mapping) => Object.entries(mapping).map(([name, target]) => `  editable   ${name} -> ${target}`)),
    ...sysPath.notes.map((note) => `  note       ${note}`),
    ...('error' in view.entries ? [`Entry points ${view.entries.error}`] : ['Entry points', ...view.entries.map((entry) => `  ${entryLabel(entry).padEnd(50)} ${entry.how}`)]),
    ...view.entryNotes.map((note) => `  note       ${note}`),
    ...view.entryStops.map((stop) => `  stopped    ${stop}`),
  ];
}

/** The versions the guard knows, and what it makes of an image's Python newer than all of them. */
function versionLines(report: InspectReport): string[] {
  const { known, reading } = report.versions;
  const lines = [`Known        Python ${known.join(', ')} (grammar and standard-library data)`];
  if (reading?.newer) lines.push(`  note       ${newerVersionMessage(reading)}`);
  return lines;
}
