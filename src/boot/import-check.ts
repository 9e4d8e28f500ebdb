/**
 * The `import` boot: the image's own interpreter imports each entry module in a container with
 * no network, with sys.path front as the image's command would set it, and every import that
 * fails leaves its traceback in the log.
 */
import { type ContainerOptions, type ContainerResult, runContainer } from './runtime.ts';
import { parseTracebacks, type Traceback } from './tracebacks.ts';

/**
 * Puts the folders before `--` in front of sys.path (where `-c` put ''), then imports each
 * `module[:attr.path]` after it, printing a marker line and the traceback of each failure.
 * Written for every Python 3 the guard reads, 3.6 on.
 */
const IMPORTER = `
import importlib, sys, traceback
split = sys.argv.index("--")
sys.path[0:1] = sys.argv[1:split]
failed = 0
for target in sys.argv[split + 1:]:
    name, _, attrs = target.partition(":")
    try:
        value = importlib.import_module(name)
        for attr in filter(None, attrs.split(".")):
            value = getattr(value, attr)
    except BaseException:
        failed += 1
        sys.stderr.write("import-guard: importing %s failed\\n" % target)
        traceback.print_exc()
        # A blank line ends the message: what follows is not more of it.
        sys.stderr.write("\\n")
        sys.stderr.flush()
sys.exit(1 if failed else 0)
`;

const MARKER = /^import-guard: importing (\S+) failed$/;

/** A module to import, and the attribute path a server takes from it (`app`, `UvicornWorker`). */
export interface ImportTarget {
  module: string;
  attr?: string;
}

export interface ImportFailure {
  /** As given: `module` or `module:attr`. */
  target: string;
  /** Absent when the failure printed no traceback the parser could read. */
  traceback?: Traceback;
}

export interface ImportCheck {
  container: ContainerResult;
  failures: ImportFailure[];
}

export interface ImportCheckOptions extends Pick<ContainerOptions, 'runId' | 'timeoutSeconds' | 'env' | 'secretEnv' | 'workdir' | 'memory' | 'dockerCommand'> {
  /** Folders the image's command puts in front of sys.path (its script's folder, the server's `--chdir`). */
  front?: readonly string[];
  /** Applied to the log before anything reads it: hides secret values. */
  mask?: (text: string) => string;
}

export function targetText(target: ImportTarget): string {
  return target.attr ? `${target.module}:${target.attr}` : target.module;
}

/** Runs the image's interpreter (`python`, an image path) on the targets; one container for all of them. */
export async function importCheck(image: string, python: string, targets: readonly ImportTarget[], options: ImportCheckOptions): Promise<ImportCheck> {
  const { front = [], mask, ...container } = options;
  const ran = await runContainer(image, { ...container, entrypoint: python, command: ['-c', IMPORTER, ...front, '--', ...targets.map(targetText)] });
  const result = mask ? { ...ran, logs: mask(ran.logs) } : ran;
  const lines = result.logs.split(/\r?\n/);
  const tracebacks = parseTracebacks(result.logs);
  const failures: ImportFailure[] = [];
  lines.forEach((line, index) => {
    const marker = MARKER.exec(line);
    if (!marker) return;
    // The traceback printed right after the marker line.
    const traceback = tracebacks.find((candidate) => candidate.logLine === index + 2);
    failures.push({ target: marker[1]!, ...(traceback && { traceback }) });
  });
  return { container: result, failures };
}
