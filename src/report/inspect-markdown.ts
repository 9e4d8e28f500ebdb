import type { InspectReport } from '../guard.ts';
import { formatPlatform } from '../image/config.ts';
import { newerVersionMessage } from '../python/stdlib.ts';
import { formatBytes } from '../units.ts';
import { markdownCode, markdownText } from './markdown.ts';

/** Text from the image, inline; none of it is read as Markdown or HTML. */
const cell = (text: string): string => markdownText(text);

function code(text: string): string {
  return text === '' ? '' : markdownCode(text);
}

/** The job-summary form of what the guard sees in an image. */
export function formatInspectMarkdown(report: InspectReport): string {
  const { config } = report;
  const rows: Array<[string, string]> = [
    ['Image', `${code(report.source.location)} (${report.source.kind})`],
    ['Platform', config.platform ? cell(formatPlatform(config.platform)) : 'not recorded'],
    ['Entrypoint', config.entrypoint ? code(JSON.stringify(config.entrypoint)) : 'none'],
    ['Cmd', config.cmd ? code(JSON.stringify(config.cmd)) : 'none'],
    ['WorkingDir', code(config.workingDir) || '/'],
    ['User', code(config.user) || 'root'],
    ['ExposedPorts', cell(config.exposedPorts.join(', ')) || 'none'],
    ['Healthcheck', config.healthcheck ? code(JSON.stringify(config.healthcheck.test)) : 'none'],
    ['Layers', cell(report.layers.map((layer) => `${layer.format} ${formatBytes(layer.storedBytes)}`).join(', ')) || 'none (root filesystem)'],
    ['Paths', String(report.paths.total)],
    ['Python', 'error' in report.python ? cell(report.python.error) : `3.${report.python.python.minor} ${code(report.python.python.executable)}, ${report.python.sysPath.entries.length} sys.path entries`],
    ['Known versions', cell(`Python ${report.versions.known.join(', ')} (grammar and standard-library data)${report.versions.reading?.newer ? `. ${newerVersionMessage(report.versions.reading)}.` : ''}`)],
  ];
  return ['## import-guard: image', '', '| | |', '|---|---|', ...rows.map(([key, value]) => `| ${key} | ${value} |`), ''].join('\n');
}
