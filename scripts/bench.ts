// Benchmark: the guard's whole static run against pyright's import check of the same files, on
// a real image with thousands of Python files, measured in the same run.
// Goals: the guard at least 30x faster than pyright, and under 3 s wall.
// Then the boot's overhead: the serve boot of a healthy service beside the service's own start;
// and reading a `docker:` image beside the daemon's own export (scripts/bench-source.ts).
//
// The entry modules are every importable module under the image's dist-packages. The guard
// reads them from a saved docker-archive, as a user runs it; pyright checks the same files,
// copied out of the image, with the image's standard library and dist-packages as its search
// paths and every rule off but reportMissingImports. pyright gets what makes it fastest at
// that: a large heap, and no evaluation of unannotated function bodies (whose imports it
// still reports). Even so it takes tens of minutes a run on the big image: BENCH_RUNS=1 or
// BENCH_PACKAGES shorten the wait.
//
//   npm run bench
// Environment:
//   BENCH_RUNS=3            timed runs of the guard; the median is reported
//   BENCH_PYRIGHT_RUNS=1    timed runs of pyright (each takes tens of minutes and GBs on the big image)
//   BENCH_ONLY=guard        run one part only (guard, pyright, boot or source)
//   BENCH_BOOT_RUNS=5       timed boots of the healthy service; the median is reported
//   BENCH_IMAGE=REF         another image (default: the big test image of build-test-images.sh)
//   BENCH_PACKAGES=a,b      only these top-level packages and modules of dist-packages
import { existsSync, rmSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { execa } from 'execa';
import { benchBoot, bootLines } from './bench-boot.ts';
import { benchSource } from './bench-source.ts';

const IMAGE = process.env.BENCH_IMAGE ?? 'import-guard-test/debian-python3-big:bookworm-1';
/** The image's CPython: Debian bookworm's. */
const PYTHON_VERSION = '3.11';
const SITE = '/usr/lib/python3/dist-packages';
const STDLIB = `/usr/lib/python${PYTHON_VERSION}`;
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? '3') || 3);
const PYRIGHT_RUNS = Math.max(1, Number(process.env.BENCH_PYRIGHT_RUNS ?? '1') || 1);
const BOOT_RUNS = Math.max(1, Number(process.env.BENCH_BOOT_RUNS ?? '5') || 5);
const ONLY = process.env.BENCH_ONLY;
const PACKAGES = process.env.BENCH_PACKAGES ? new Set(process.env.BENCH_PACKAGES.split(',').map((name) => name.trim()).filter(Boolean)) : undefined;
const GOAL_RATIO = 30;
const GOAL_SECONDS = 3;

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
/** pyright's command-line entry, run with this Node. */
const PYRIGHT = path.join(ROOT, 'node_modules', 'pyright', 'index.js');

if (ONLY !== undefined && ONLY !== 'guard' && ONLY !== 'pyright' && ONLY !== 'boot' && ONLY !== 'source') {
  console.error(`BENCH_ONLY is ${JSON.stringify(ONLY)}; expected guard, pyright, boot or source`);
  process.exit(2);
}

// ---- entry modules --------------------------------------------------------------------------

const KEYWORDS = new Set(['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield']);
const IDENTIFIER = /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u;
/** The extension-module file names this CPython loads: `name.cpython-311-<platform>.so`, `name.abi3.so`, `name.so`. */
const EXTENSION = new RegExp(`^(.+?)\\.(?:cpython-${PYTHON_VERSION.replace('.', '')}-[^.]+\\.|abi3\\.)?so$`);

/** A name an `import` statement can spell. */
function isModuleName(name: string): boolean {
  return IDENTIFIER.test(name) && !KEYWORDS.has(name);
}

interface EntryModule {
  name: string;
  /** The source file, relative to dist-packages. */
  file: string;
}

/**
 * Every module a `.py` file under `site` can be imported as, the way CPython's path finder sees
 * the folder: a package (a folder with `__init__.py`) wins over a module file of its name, an
 * extension module over a source file, and a folder without `__init__.py` is a namespace
 * package only when no module of its name stands beside it.
 */
async function importableModules(site: string): Promise<EntryModule[]> {
  const found: EntryModule[] = [];
  async function walk(parts: string[]): Promise<void> {
    const dir = path.join(site, ...parts);
    const entries = await readdir(dir, { withFileTypes: true });
    const packages = new Set<string>();
    const extensions = new Set<string>();
    const sources = new Set<string>();
    for (const entry of entries) {
      if (entry.isDirectory() && existsSync(path.join(dir, entry.name, '__init__.py'))) packages.add(entry.name);
      if (!entry.isFile()) continue;
      const extension = EXTENSION.exec(entry.name);
      if (extension) extensions.add(extension[1]!);
      if (entry.name.endsWith('.py')) sources.add(entry.name.slice(0, -3));
    }
    const wanted = (name: string): boolean => isModuleName(name) && (parts.length > 0 || PACKAGES === undefined || PACKAGES.has(name));
    for (const entry of entries) {
      // Symbolic links are left out: the image's may point anywhere.
      if (entry.isFile() && entry.name.endsWith('.py')) {
        const stem = entry.name.slice(0, -3);
        const file = [...parts, entry.name].join('/');
        if (stem === '__init__') {
          if (parts.length > 0) found.push({ name: parts.join('.'), file });
        } else if (wanted(stem) && !packages.has(stem) && !extensions.has(stem)) {
          found.push({ name: [...parts, stem].join('.'), file });
        }
      } else if (entry.isDirectory() && entry.name !== '__pycache__' && wanted(entry.name)) {
        if (!packages.has(entry.name) && (sources.has(entry.name) || extensions.has(entry.name))) continue;
        await walk([...parts, entry.name]);
      }
    }
  }
  await walk([]);
  return found.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Copies the image's dist-packages and standard library out into `fsRoot`, at their image paths. */
async function extractPython(image: string, fsRoot: string): Promise<void> {
  const { stdout } = await execa('docker', ['create', image]);
  const container = stdout.trim();
  try {
    // `docker export` rather than `docker cp`, which refuses the links that point out of a folder.
    await mkdir(fsRoot, { recursive: true });
    const script = 'set -o pipefail; docker export "$1" | tar -x -f - --exclude=__pycache__ -C "$2" "$3" "$4"';
    await execa('bash', ['-c', script, 'extract', container, fsRoot, SITE.slice(1), STDLIB.slice(1)]);
  } finally {
    await execa('docker', ['rm', container]);
  }
}

// ---- measuring a child process --------------------------------------------------------------

interface Timed<T> {
  seconds: number;
  /** The child's peak resident set, read from /proc while it runs; undefined where there is none. */
  peakRssMb: number | undefined;
  result: T;
}

/** The high-water mark of a process's resident set, in MB. */
async function peakRss(pid: number): Promise<number | undefined> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const match = /^VmHWM:\s+(\d+) kB/m.exec(status);
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined; // exited, or no /proc
  }
}

/** Runs a command to its end, timing its wall clock and polling its peak RSS. */
async function timed(file: string, args: string[], cwd: string): Promise<Timed<{ stdout: string; stderr: string; exitCode: number | undefined }>> {
  const start = performance.now();
  const child = execa(file, args, { cwd, reject: false, stdin: 'ignore', maxBuffer: 1024 * 1024 * 1024 });
  let peak: number | undefined;
  let running = true;
  const poll = (async () => {
    while (running && child.pid !== undefined) {
      const rss = await peakRss(child.pid);
      if (rss !== undefined) peak = Math.max(peak ?? 0, rss);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  const done = await child;
  const seconds = (performance.now() - start) / 1000;
  running = false;
  await poll;
  return { seconds, peakRssMb: peak, result: { stdout: String(done.stdout), stderr: String(done.stderr), exitCode: done.exitCode } };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

interface Side {
  seconds: number;
  files: number;
  peakRssMb?: number | undefined;
  detail: string;
}

/** One side's line from its runs: the median time and the highest peak RSS. */
function sideOf(runs: ReadonlyArray<{ seconds: number; peakRssMb: number | undefined }>, files: number, detail: string): Side {
  const peaks = runs.map((run) => run.peakRssMb).filter((mb) => mb !== undefined);
  return { seconds: median(runs.map((run) => run.seconds)), files, peakRssMb: peaks.length > 0 ? Math.max(...peaks) : undefined, detail };
}

// ---- the guard ------------------------------------------------------------------------------

interface GuardRun {
  seconds: number;
  files: number;
  modules: number;
  peakRssMb: number | undefined;
}

/** One run of the guard's CLI, as a user starts it; the wall time is the whole process's. */
async function runGuard(archive: string, entriesFile: string): Promise<GuardRun> {
  const run = await timed(process.execPath, [CLI, 'scan', `docker-archive:${archive}`, '--entrypoints-file', entriesFile, '--boot', 'none', '--format', 'json', '--quiet'], ROOT);
  const { stdout, stderr, exitCode } = run.result;
  // 1 is a scan with findings: a result, not a failure of the run.
  if (exitCode !== 0 && exitCode !== 1) throw new Error(`the guard exited with ${exitCode}:\n${stderr.slice(-2000)}`);
  const report = JSON.parse(stdout) as { stats: { files: number; modules: number; seconds: number } };
  return { seconds: run.seconds, files: report.stats.files, modules: report.stats.modules, peakRssMb: run.peakRssMb };
}

async function benchGuard(archive: string, entriesFile: string): Promise<Side> {
  await runGuard(archive, entriesFile); // warm the page cache with the archive
  const runs: GuardRun[] = [];
  for (let run = 0; run < RUNS; run++) runs.push(await runGuard(archive, entriesFile));
  const last = runs[runs.length - 1]!;
  // Every run, not only the median: a shared machine's runs can differ by a second.
  return sideOf(runs, last.files, `${last.modules} modules reached; runs ${runs.map((run) => run.seconds.toFixed(2)).join(', ')} s`);
}

// ---- pyright --------------------------------------------------------------------------------

/**
 * A pyright project that checks exactly the entry files, resolving imports as the image's
 * interpreter does: its standard library, then its dist-packages.
 */
async function writePyrightProject(work: string, fsRoot: string, entries: EntryModule[]): Promise<string> {
  const relative = (dir: string): string => path.relative(work, path.join(fsRoot, dir));
  // An empty environment: without one, pyright asks this machine's interpreter for its sys.path.
  await mkdir(path.join(work, 'empty-env', 'lib', `python${PYTHON_VERSION}`, 'site-packages'), { recursive: true });
  const config = {
    include: entries.map((entry) => `${relative(SITE)}/${entry.file}`),
    exclude: [],
    // sys.path's order. pyright still takes its bundled stubs of the standard library first.
    extraPaths: [relative(STDLIB), relative(SITE)],
    venvPath: '.',
    venv: 'empty-env',
    pythonVersion: PYTHON_VERSION,
    pythonPlatform: 'Linux',
    typeCheckingMode: 'off',
    useLibraryCodeForTypes: true,
    // Unannotated function bodies are left unevaluated, but their imports are still resolved and
    // reported: the same missing imports, in a fraction of the time.
    analyzeUnannotatedFunctions: false,
    reportMissingImports: 'error',
    reportMissingModuleSource: 'none',
    // The rules "off" still leaves on.
    reportInvalidTypeForm: 'none',
    reportUndefinedVariable: 'none',
  };
  const file = path.join(work, 'pyrightconfig.json');
  await writeFile(file, JSON.stringify(config, null, 2));
  return file;
}

interface PyrightRun {
  seconds: number;
  filesAnalyzed: number;
  missingImports: number;
  peakRssMb: number | undefined;
}

async function runPyright(work: string, config: string): Promise<PyrightRun> {
  // pyright needs more than Node's default heap for thousands of library files: near its limit,
  // it keeps emptying its caches and slows to a crawl. Three quarters of the machine's memory.
  const heapMb = Math.floor((os.totalmem() / 2 ** 20) * 0.75);
  const args = [`--max-old-space-size=${heapMb}`, PYRIGHT, '--outputjson', '--level', 'error', '--project', config];
  const run = await timed(process.execPath, args, work);
  const { stdout, stderr, exitCode } = run.result;
  // 1 is a run with diagnostics; anything else is pyright failing.
  if (exitCode !== 0 && exitCode !== 1) throw new Error(`pyright exited with ${exitCode}:\n${(stderr || stdout).slice(-2000)}`);
  const output = JSON.parse(stdout) as { generalDiagnostics: { rule?: string }[]; summary: { filesAnalyzed: number } };
  return {
    seconds: run.seconds,
    filesAnalyzed: output.summary.filesAnalyzed,
    missingImports: output.generalDiagnostics.filter((diagnostic) => diagnostic.rule === 'reportMissingImports').length,
    peakRssMb: run.peakRssMb,
  };
}

async function benchPyright(work: string, config: string): Promise<Side> {
  const runs: PyrightRun[] = [];
  for (let run = 0; run < PYRIGHT_RUNS; run++) {
    runs.push(await runPyright(work, config));
    console.error(`  pyright run ${run + 1}/${PYRIGHT_RUNS}: ${runs[run]!.seconds.toFixed(1)} s`);
  }
  const last = runs[runs.length - 1]!;
  return sideOf(runs, last.filesAnalyzed, `${last.missingImports} missing imports reported`);
}

// ---- the run --------------------------------------------------------------------------------

function line(label: string, side: Side): string {
  const rss = side.peakRssMb === undefined ? '' : `, peak RSS ${side.peakRssMb.toFixed(0)} MB`;
  return `${label.padEnd(14)} ${String(side.files).padStart(6)} files  ${side.seconds.toFixed(2).padStart(8)} s  ${(side.files / side.seconds).toFixed(0).padStart(7)} files/s  (${side.detail}${rss})`;
}

async function main(): Promise<void> {
  if (ONLY === 'boot') {
    await printBootOverhead();
    return;
  }
  if (ONLY === 'source') {
    await printSourceReading();
    return;
  }
  const inspected = await execa('docker', ['image', 'inspect', IMAGE], { reject: false });
  if (inspected.exitCode !== 0) {
    console.error(`no image ${IMAGE}: build it with scripts/build-test-images.sh`);
    process.exitCode = 2;
    return;
  }
  if (ONLY !== 'pyright' && !existsSync(CLI)) {
    console.error(`no ${path.relative(ROOT, CLI)}: run npm run build first`);
    process.exitCode = 2;
    return;
  }
  const work = await mkdtemp(path.join(os.tmpdir(), 'import-guard-bench-'));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      rmSync(work, { recursive: true, force: true });
      process.exit(128 + os.constants.signals[signal]);
    });
  }
  try {
    // Not a Python name: pyright looks up imports in its project's folder first.
    const fsRoot = path.join(work, 'image-root');
    console.error(`copying ${SITE} and ${STDLIB} out of ${IMAGE} ...`);
    await extractPython(IMAGE, fsRoot);
    const entries = await importableModules(path.join(fsRoot, SITE));
    const entriesFile = path.join(work, 'entrypoints.txt');
    await writeFile(entriesFile, entries.map((entry) => entry.name).join('\n') + '\n');
    console.log(`image          ${IMAGE}`);
    console.log(`entry modules  ${entries.length} importable modules under ${SITE}${PACKAGES ? ` (${[...PACKAGES].join(', ')})` : ''}`);

    let guard: Side | undefined;
    let pyright: Side | undefined;
    if (ONLY !== 'pyright') {
      const archive = path.join(work, 'image.tar');
      console.error(`saving ${IMAGE} to a docker-archive ...`);
      await execa('docker', ['save', '--output', archive, IMAGE]);
      console.error(`timing the guard, ${RUNS} runs ...`);
      guard = await benchGuard(archive, entriesFile);
      console.log(line('import-guard', guard));
    }
    if (ONLY !== 'guard') {
      const config = await writePyrightProject(work, fsRoot, entries);
      console.error(`timing pyright, ${PYRIGHT_RUNS} run${PYRIGHT_RUNS === 1 ? '' : 's'} ...`);
      pyright = await benchPyright(work, config);
      console.log(line('pyright', pyright));
    }
    if (guard && pyright) {
      const ratio = pyright.seconds / guard.seconds;
      console.log(`ratio          pyright takes ${ratio.toFixed(1)}x the guard's wall time`);
      console.log(`goals          >= ${GOAL_RATIO}x faster: ${ratio >= GOAL_RATIO ? 'met' : 'MISSED'}; under ${GOAL_SECONDS} s wall: ${guard.seconds < GOAL_SECONDS ? 'met' : 'MISSED'}`);
    } else if (guard) {
      console.log(`goal           under ${GOAL_SECONDS} s wall: ${guard.seconds < GOAL_SECONDS ? 'met' : 'MISSED'} (no ratio: pyright was skipped)`);
    }
    console.log(`guard: median of ${RUNS} runs (BENCH_RUNS); pyright: median of ${PYRIGHT_RUNS} (BENCH_PYRIGHT_RUNS)`);
    if (PACKAGES) console.log('note           the goals are for the whole image; BENCH_PACKAGES measured a part of it');
    if (ONLY === undefined) {
      await printBootOverhead();
      await printSourceReading();
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

async function printSourceReading(): Promise<void> {
  for (const text of await benchSource(ROOT, Math.max(1, Number(process.env.BENCH_SOURCE_RUNS ?? '3') || 3))) console.log(text);
}

async function printBootOverhead(): Promise<void> {
  console.error(`timing the boot of a healthy service, ${BOOT_RUNS} runs ...`);
  for (const text of bootLines(await benchBoot(ROOT, BOOT_RUNS))) console.log(text);
}

await main();
