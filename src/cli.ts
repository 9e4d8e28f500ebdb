import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readEnvFile } from './boot/env-lines.ts';
import { removeBootContainersOnSignal } from './boot/interrupt.ts';
import { loadSettings } from './config-file.ts';
import { ConfigurationError, isUserError } from './errors.ts';
import { inspectImage, scanImage } from './guard.ts';
import { isDirectory, isFile, SOURCE_FORMS } from './image/source.ts';
import type { Logger } from './logger.ts';
import { planAnnotations } from './report/annotations.ts';
import { applyBaseline, baselineEntry, formatBaseline } from './report/baseline.ts';
import type { ScanReport } from './report/findings.ts';
import { toCodeQuality } from './report/gitlab.ts';
import { formatInspectText } from './report/inspect-text.ts';
import { toJsonReport } from './report/json.ts';
import { toJunit } from './report/junit.ts';
import { neutralizeJsonCommands, terminalText } from './report/log-text.ts';
import { toSarif } from './report/sarif.ts';
import { formatScanText, formatWorkflowCommands } from './report/text.ts';
import { TOOL_HOME, TOOL_VERSION } from './version.ts';

const USAGE = `Usage:
  import-guard scan SOURCE [--repo DIR] [--entrypoint ENTRY ...] [--format text|json|sarif|github|gitlab|junit] [--output FILE] [--fail-on LEVEL]
  import-guard inspect SOURCE [--format text|json] [--output FILE]

Commands:
  scan SOURCE      Walk the image's imports from its entry points and report what will fail.
  inspect SOURCE   Show what the guard sees in an image: configuration, layers, Python, sys.path, entry points.

SOURCE is ${SOURCE_FORMS}.

With --repo, settings are also read from the checkout's .import-guard.toml, else from the
[tool.import-guard] table of its pyproject.toml; options given here win over the file.

Options of scan:
  --repo DIR             The checkout the image was built from: findings point at its files.
  --entrypoint ENTRY     A module (pkg.app, pkg.app:app) or script path to start from; repeatable.
                         Replaces the entry points derived from the image's command, unless one is "auto".
  --entrypoints-file F   Entry points, one per line.
  --python-path DIR      A folder in the image to put in front of sys.path, as PYTHONPATH would; repeatable.
  --ignore GLOB          Module glob not to report when missing (yaml, boto3.*, tests.**); repeatable.
  --path-map IMAGE=REPO  An image folder and the repository folder it holds (/srv=.); repeatable.
  --context DIR          The build context, relative to --repo (default: its root); its .dockerignore explains missing modules.
  --dockerfile FILE      The Dockerfile, relative to --repo (default: DIR/Dockerfile).
  --target STAGE         The stage docker build --target built (default: the last).
  --baseline FILE        A baseline of accepted findings, relative to --repo: they are not reported, new ones are.
  --write-baseline FILE  Write every reported finding to FILE as the baseline, and report them as accepted.
  --format F             text (default), json, sarif, github (workflow commands), gitlab (a GitLab Code
                         Quality report), or junit (JUnit XML: a test case per entry point and per finding).
  --output FILE          Write the --format report to FILE, and the text report to the terminal.
  --fail-on LEVEL        error (default), warning, notice, or never: the exit status is 1 at this level.
  --boot MODE            auto (default: import for a docker: image of this machine's architecture,
                         else none), import, serve, or none.
                         import: the image's interpreter imports each entry module in a container with no network.
                         serve: the image's own command runs until --health-path answers or its HEALTHCHECK is healthy.
  --env NAME=VALUE       A variable for the booted container (NAME alone passes this process's value); repeatable.
  --boot-env-file FILE   Variables for the booted container, one NAME=VALUE per line. Values are masked in all output.
  --port PORT            serve: the container port to publish on 127.0.0.1 (default: the image's EXPOSE).
  --health-path PATH     serve: a path that answers 2xx when the service is up, /health.
  --boot-timeout SECS    How long the boot may take (default 60).
  --boot-memory LIMIT    The booted container's memory limit (default 512m).
Common options:
  --platform P           Pick this platform from a multi-platform image (default linux/amd64);
                         scan --platform all checks every platform, each with its own verdict.
  --docker-read HOW      For docker: sources: container (default) reads what a container of the image
                         sees, from docker container export; save reads the image's own export
                         (docker image save), slower on Docker's classic image store.
  --image-config FILE    For dir: sources, the image configuration (config blob or docker inspect output).
  --registry-username U  For registry: sources, the user to pull as; the password is read from the
                         IMPORT_GUARD_REGISTRY_PASSWORD variable (default: docker login's credentials).
  --registry-ca FILE     For registry: sources, a PEM file of CA certificates to trust (or NODE_EXTRA_CA_CERTS).
  --registry-insecure    For registry: sources, allow plain HTTP to a registry that is not on localhost.
  --no-native            Do not check the shared libraries extension modules load (the native input, false).
  --json                 The same as --format json.
  --quiet                No progress on stderr.
  -h, --help             Show this help.
  -V, --version          Print the version.

Exit status: 0 passed, 1 findings at the --fail-on level, 2 a usage or input problem (or a boot that
could not run), 3 an internal error.
`;

const FORMATS = ['text', 'json', 'sarif', 'github', 'gitlab', 'junit'];
const INSPECT_FORMATS = ['text', 'json'];

/** The edit distance of two short names, for a did-you-mean. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

/** The option a mistyped one most likely meant: the few options it begins, or a close spelling. */
export function closestOption(given: string): string | undefined {
  const name = given.replace(/^-+/, '').split('=')[0]!;
  if (name === '') return undefined;
  const names = Object.keys(CLI_OPTIONS);
  const begun = names.filter((option) => option.startsWith(name));
  if (begun.length > 0 && begun.length <= 3) return begun.map((option) => `--${option}`).join(' or ');
  const ranked = names.map((option) => ({ option, distance: editDistance(name, option) })).sort((a, b) => a.distance - b.distance);
  const best = ranked[0]!;
  return best.distance <= Math.min(2, Math.floor(name.length / 3)) && ranked[1]!.distance > best.distance ? `--${best.option}` : undefined;
}

const SEE_HELP = 'Run import-guard --help for the commands and options.\n';

/** One line for what the parser refused, in the CLI's words, and where to look. */
function parseProblem(error: Error & { code?: string }): string {
  const unknown = /^Unknown option '([^']+)'/.exec(error.message)?.[1];
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknown) {
    const meant = closestOption(unknown);
    return `import-guard: unknown option ${unknown}${meant ? ` (did you mean ${meant}?)` : ''}\n${SEE_HELP}`;
  }
  const missing = /^Option '(?:-\w, )?(--[\w-]+) <value>' argument missing/.exec(error.message)?.[1];
  if (missing) return `import-guard: ${missing} needs a value\n${SEE_HELP}`;
  const noValue = /^Option '(?:-\w, )?(--[\w-]+)' does not take an argument/.exec(error.message)?.[1];
  if (noValue) return `import-guard: ${noValue} takes no value\n${SEE_HELP}`;
  return `import-guard: ${error.message}\n${SEE_HELP}`;
}

function report(format: string, result: ScanReport, color: boolean): string {
  switch (format) {
    case 'json':
      return neutralizeJsonCommands(JSON.stringify(toJsonReport(result), null, 2)) + '\n';
    case 'sarif':
      return neutralizeJsonCommands(JSON.stringify(toSarif(result, { version: TOOL_VERSION, informationUri: TOOL_HOME }), null, 2)) + '\n';
    case 'github':
      return formatWorkflowCommands(planAnnotations(result.findings).annotations);
    case 'gitlab':
      return neutralizeJsonCommands(JSON.stringify(toCodeQuality(result), null, 2)) + '\n';
    case 'junit':
      return toJunit(result);
    default:
      return formatScanText(result, color);
  }
}

async function entryLines(values: { entrypoint?: string[] | undefined; 'entrypoints-file'?: string | undefined }): Promise<string[]> {
  const lines = [...(values.entrypoint ?? [])];
  const file = values['entrypoints-file'];
  if (file) {
    try {
      lines.push(...(await readFile(file, 'utf8')).split('\n'));
    } catch (error) {
      throw new ConfigurationError(`cannot read --entrypoints-file ${file}: ${(error as Error).message}`);
    }
  }
  return lines;
}

/** Why --output cannot be written, found before the scan: a folder, or a file in no folder. */
async function outputFileProblem(file: string): Promise<string | undefined> {
  if (await isDirectory(file)) return 'is a folder; give the path of a file to write the report to';
  const folder = path.dirname(path.resolve(file));
  if (!(await isDirectory(folder))) return `no folder ${folder} to write it in`;
  return undefined;
}

/** Writes the report to the --output file, and says where. */
async function writeOutput(file: string, format: string, text: string, logger: Logger): Promise<void> {
  try {
    await writeFile(file, text);
  } catch (error) {
    throw new ConfigurationError(`cannot write --output ${file}: ${(error as Error).message}`);
  }
  logger.info(`wrote the ${format} report to ${path.resolve(file)}`);
}

/** The command line's options: none of them is a name Node reads (see NODE_OWN_OPTIONS). */
export const CLI_OPTIONS = {
  'json': { type: 'boolean', default: false },
  'platform': { type: 'string' },
  'docker-read': { type: 'string' },
  'image-config': { type: 'string' },
  'repo': { type: 'string' },
  'entrypoint': { type: 'string', multiple: true },
  'entrypoints-file': { type: 'string' },
  'python-path': { type: 'string', multiple: true },
  'ignore': { type: 'string', multiple: true },
  'path-map': { type: 'string', multiple: true },
  'context': { type: 'string' },
  'dockerfile': { type: 'string' },
  'target': { type: 'string' },
  'baseline': { type: 'string' },
  'write-baseline': { type: 'string' },
  'format': { type: 'string' },
  'output': { type: 'string' },
  'fail-on': { type: 'string' },
  'boot': { type: 'string' },
  'env': { type: 'string', multiple: true },
  'boot-env-file': { type: 'string' },
  'port': { type: 'string' },
  'health-path': { type: 'string' },
  'boot-timeout': { type: 'string' },
  'boot-memory': { type: 'string' },
  'registry-username': { type: 'string' },
  'registry-ca': { type: 'string' },
  'registry-insecure': { type: 'boolean', default: false },
  'no-native': { type: 'boolean', default: false },
  'quiet': { type: 'boolean', default: false },
  'help': { type: 'boolean', short: 'h', default: false },
  'version': { type: 'boolean', short: 'V', default: false },
} as const;

/**
 * Options Node itself reads anywhere on its command line, also after the script's name. Node has
 * acted on them before this code runs (an env file's NODE_OPTIONS runs code in this process), so
 * the CLI has none of that name and refuses them outright.
 */
const NODE_OWN_OPTIONS = /^--env-file(-if-exists)?(=|$)/;

/** Exit statuses: 0 passed, 1 failed at --fail-on, 2 a usage or input problem, 3 an internal error. */
export async function runCli(argv: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const nodeOption = argv.find((arg) => NODE_OWN_OPTIONS.test(arg));
  if (nodeOption !== undefined) {
    err.write(`import-guard: ${nodeOption.split('=')[0]} is an option of Node itself, which read it before import-guard started (never give it a file you do not trust); variables for the booted container are given with --boot-env-file FILE\n`);
    return 2;
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: CLI_OPTIONS,
    });
  } catch (error) {
    err.write(parseProblem(error as Error));
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.version) {
    out.write(`import-guard ${TOOL_VERSION}\n`);
    return 0;
  }
  if (values.help || positionals.length === 0) {
    (values.help ? out : err).write(USAGE);
    return values.help ? 0 : 2;
  }
  const [command, ...rest] = positionals;
  if (command !== 'inspect' && command !== 'scan') {
    err.write(`import-guard: unknown command ${JSON.stringify(command)}\n\n${USAGE}`);
    return 2;
  }
  if (rest.length !== 1) {
    err.write(`import-guard: ${command} takes one SOURCE, got ${rest.length}\n\n${USAGE}`);
    return 2;
  }
  // --json is --format json, for both commands.
  if (values.json && values.format !== undefined && values.format !== 'json') {
    err.write(`import-guard: --json and --format ${values.format} ask for two formats; give one\n`);
    return 2;
  }
  const format = values.json ? 'json' : (values.format ?? 'text');
  const formats = command === 'inspect' ? INSPECT_FORMATS : FORMATS;
  if (!formats.includes(format)) {
    const why = FORMATS.includes(format) ? `inspect prints ${INSPECT_FORMATS.join(' or ')}` : `expected one of ${formats.join(', ')}`;
    err.write(`import-guard: --format is ${JSON.stringify(format)}; ${why}\n`);
    return 2;
  }
  const output = values.output;
  const outputProblem = output === undefined ? undefined : await outputFileProblem(output);
  if (outputProblem !== undefined) {
    err.write(`import-guard: --output ${terminalText(output!)}: ${outputProblem}\n`);
    return 2;
  }
  const repository = values.repo;
  if (repository !== undefined && !(await isDirectory(repository))) {
    err.write(`import-guard: --repo ${repository}: ${(await isFile(repository)) ? 'is a file, not a folder' : 'no such folder'}; give the folder of the checkout the image was built from\n`);
    return 2;
  }
  // Progress and problems carry text from the image: a terminal, or a workflow step's log, shows it
  // without running its escape sequences or workflow commands.
  const logger: Logger = {
    info: (message) => values.quiet || err.write(`${terminalText(message)}\n`),
    warn: (message) => err.write(`warning: ${terminalText(message)}\n`),
    debug: () => {},
  };
  try {
    const { settings } = loadSettings({
      image: rest[0]!,
      platform: values.platform,
      dockerRead: values['docker-read'],
      imageConfig: values['image-config'],
      entrypoints: await entryLines(values),
      pythonPath: values['python-path'],
      ignore: values.ignore,
      pathMap: values['path-map'],
      failOn: values['fail-on'],
      repository: values.repo,
      context: values.context,
      dockerfile: values.dockerfile,
      target: values.target,
      baseline: values.baseline,
      boot: values.boot ?? (command === 'inspect' ? 'none' : undefined),
      env: values.env,
      envFile: values['boot-env-file'] ? { name: values['boot-env-file'], lines: await readEnvFile(values['boot-env-file']) } : undefined,
      port: values.port,
      healthPath: values['health-path'],
      bootTimeout: values['boot-timeout'],
      bootMemory: values['boot-memory'],
      registryUsername: values['registry-username'],
      // From the environment, not a flag: a flag's value is visible to every user of the machine.
      registryPassword: values['registry-username'] !== undefined ? process.env.IMPORT_GUARD_REGISTRY_PASSWORD : undefined,
      registryCa: values['registry-ca'],
      registryInsecure: values['registry-insecure'],
      ...(values['no-native'] && { native: false }),
    }, logger);
    if (command === 'inspect') {
      const inspected = await inspectImage(settings, logger);
      const inspectReport = (as: string): string => (as === 'json' ? neutralizeJsonCommands(JSON.stringify(inspected, null, 2)) + '\n' : formatInspectText(inspected));
      if (output !== undefined) await writeOutput(output, format, inspectReport(format), logger);
      out.write(inspectReport(output === undefined ? format : 'text'));
      return 0;
    }
    // Ctrl-C mid-boot (or a CI runner's SIGTERM) removes the boot's container before the process ends.
    removeBootContainersOnSignal(logger);
    const baselineFile = values['write-baseline'];
    if (baselineFile !== undefined && !settings.repository) throw new ConfigurationError('--write-baseline writes a baseline of the checkout\'s files, so it needs the checkout too (--repo DIR)');
    // The new baseline holds every finding now reported, whatever the old one accepted: the old one need not exist.
    if (baselineFile !== undefined) delete settings.baseline;
    let result = await scanImage(settings, logger);
    if (baselineFile !== undefined) {
      try {
        await writeFile(baselineFile, formatBaseline(result));
      } catch (error) {
        throw new ConfigurationError(`cannot write --write-baseline ${baselineFile}: ${(error as Error).message}`);
      }
      result = applyBaseline(result, result.findings.flatMap((finding) => baselineEntry(finding)?.fingerprint ?? []), baselineFile);
      logger.info(`wrote ${result.baseline!.accepted} finding${result.baseline!.accepted === 1 ? '' : 's'} to the baseline ${baselineFile}`);
    }
    const color = (out as { isTTY?: boolean }).isTTY === true && !process.env.NO_COLOR;
    if (output !== undefined) await writeOutput(output, format, report(format, result, false), logger);
    out.write(report(output === undefined ? format : 'text', result, color));
    if (result.boot && 'error' in result.boot) {
      err.write(`import-guard: could not boot the image: ${terminalText(result.boot.error)}\n`);
      return 2;
    }
    return result.result === 'fail' ? 1 : 0;
  } catch (error) {
    if (isUserError(error)) {
      err.write(`import-guard: ${terminalText(error.message)}\n`);
      return 2;
    }
    err.write(`import-guard: internal error, please report it: ${terminalText((error as Error).stack ?? String(error))}\n`);
    return 3;
  }
}
