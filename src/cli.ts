import { parseArgs } from 'node:util';
import { isUserError } from './errors.ts';
import { inspectImage } from './guard.ts';
import { SOURCE_FORMS } from './image/source.ts';
import type { Logger } from './logger.ts';
import { formatInspectText } from './report/inspect-text.ts';
import { makeSettings } from './settings.ts';

const USAGE = `Usage: import-guard inspect SOURCE [--json] [--platform OS/ARCH[/VARIANT]] [--image-config FILE] [--quiet]

Commands:
  inspect SOURCE   Show what the guard sees in an image: its configuration, layers and paths.

SOURCE is ${SOURCE_FORMS}.

Options:
  --json                 Print the result as JSON.
  --platform P           Pick this platform from a multi-platform image (default linux/amd64).
  --image-config FILE    For dir: sources, the image configuration (config blob or docker inspect output).
  --quiet                No progress on stderr.
  -h, --help             Show this help.
`;

/** Exit statuses: 0 done, 1 internal error, 2 a usage or input problem. */
export async function runCli(argv: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'json': { type: 'boolean', default: false },
        'platform': { type: 'string' },
        'image-config': { type: 'string' },
        'quiet': { type: 'boolean', default: false },
        'help': { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    err.write(`import-guard: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length === 0) {
    (values.help ? out : err).write(USAGE);
    return values.help ? 0 : 2;
  }
  const [command, ...rest] = positionals;
  if (command !== 'inspect') {
    err.write(`import-guard: unknown command ${JSON.stringify(command)}\n\n${USAGE}`);
    return 2;
  }
  if (rest.length !== 1) {
    err.write(`import-guard: inspect takes one SOURCE, got ${rest.length}\n\n${USAGE}`);
    return 2;
  }
  const logger: Logger = {
    info: (message) => values.quiet || err.write(`${message}\n`),
    warn: (message) => err.write(`warning: ${message}\n`),
    debug: () => {},
  };
  try {
    const settings = makeSettings({ image: rest[0]!, platform: values.platform, imageConfig: values['image-config'] });
    const report = await inspectImage(settings, logger);
    out.write(values.json ? JSON.stringify(report, null, 2) + '\n' : formatInspectText(report));
    return 0;
  } catch (error) {
    if (isUserError(error)) {
      err.write(`import-guard: ${error.message}\n`);
      return 2;
    }
    err.write(`import-guard: internal error, please report it: ${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
}
