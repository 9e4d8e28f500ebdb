/**
 * The `import` boot: the image's own interpreter imports each entry module in a container with
 * no network, and every import that fails leaves its traceback in the log.
 */
import { type ContainerResult, runContainer } from './runtime.ts';
import { parseTracebacks, type Traceback } from './tracebacks.ts';

/** Imports each module named on its command line, printing a marker line and the traceback of each failure. */
const IMPORTER = `
import importlib, sys, traceback
failed = 0
for name in sys.argv[1:]:
    try:
        importlib.import_module(name)
    except BaseException:
        failed += 1
        sys.stderr.write("import-guard: importing %s failed\\n" % name)
        traceback.print_exc()
        # A blank line ends the message: what follows is not more of it.
        sys.stderr.write("\\n")
        sys.stderr.flush()
sys.exit(1 if failed else 0)
`;
const MARKER = /^import-guard: importing (\S+) failed$/;

export interface ImportFailure {
  module: string;
  /** Absent when the failure printed no traceback the parser could read. */
  traceback?: Traceback;
}

export interface ImportCheck {
  container: ContainerResult;
  failures: ImportFailure[];
}

/** Runs the image's interpreter (`python`, an image path) on the modules; one container for all of them. */
export async function importCheck(image: string, python: string, modules: readonly string[], options: { runId: string; timeoutSeconds: number; env?: Readonly<Record<string, string>>; dockerCommand?: string }): Promise<ImportCheck> {
  const container = await runContainer(image, { ...options, entrypoint: python, command: ['-c', IMPORTER, ...modules] });
  const lines = container.logs.split(/\r?\n/);
  const tracebacks = parseTracebacks(container.logs);
  const failures: ImportFailure[] = [];
  lines.forEach((line, index) => {
    const marker = MARKER.exec(line);
    if (!marker) return;
    // The traceback printed right after the marker line.
    const traceback = tracebacks.find((candidate) => candidate.logLine === index + 2);
    failures.push({ module: marker[1]!, ...(traceback && { traceback }) });
  });
  return { container, failures };
}
