// Boot overhead: how long the guard's serve boot takes from container start to its verdict on a
// healthy service, beside the service's own start time (container start to the first 2xx of its
// health path, asked every 10 ms) measured in the same run on the same image. The import boot's
// time is printed too. Part of `npm run bench`; BENCH_ONLY=boot runs it alone.
import path from 'node:path';
import { execa } from 'execa';

const SERVICE = 'import-guard-test/boot-service:bench';
const LABEL = 'io.github.import-guard.bench';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The service's own start: `docker run` of the image to the first 2xx of /health. */
async function ownStart(): Promise<number> {
  const started = performance.now();
  const id = (await execa('docker', ['run', '--detach', '--label', LABEL, '--publish', '127.0.0.1::8000', SERVICE])).stdout.trim();
  try {
    const port = /:(\d+)\s*$/m.exec((await execa('docker', ['port', id, '8000/tcp'])).stdout)?.[1];
    if (!port) throw new Error('the service published no port');
    for (const deadline = started + 60_000; performance.now() < deadline; ) {
      try {
        const response = await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(500) });
        await response.body?.cancel();
        if (response.ok) return (performance.now() - started) / 1000;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error('the service did not answer /health within 60 s');
  } finally {
    await execa('docker', ['rm', '--force', id], { reject: false });
  }
}

/** The guard's boot of the image in `mode`, as a user runs it: the seconds its report gives the boot. */
async function guardBoot(cli: string, mode: 'serve' | 'import'): Promise<number> {
  const args = [cli, 'scan', `docker:${SERVICE}`, '--boot', mode, '--format', 'json', '--quiet', ...(mode === 'serve' ? ['--health-path', '/health'] : [])];
  const run = await execa(process.execPath, args, { reject: false });
  const report = JSON.parse(String(run.stdout)) as { boot: { ok?: boolean; seconds?: number; outcome?: string; error?: string } };
  if (report.boot.ok !== true || report.boot.seconds === undefined) throw new Error(`the ${mode} boot did not pass: ${report.boot.outcome ?? report.boot.error}`);
  return report.boot.seconds;
}

export interface BootBench {
  runs: number;
  own: number[];
  serve: number[];
  import: number[];
}

/** Builds the healthy service from the test fixture and times each boot `runs` times, interleaved. */
export async function benchBoot(root: string, runs: number): Promise<BootBench> {
  await execa('docker', ['build', '--quiet', '--tag', SERVICE, path.join(root, 'test', 'fixtures', 'boot-service')], { env: { DOCKER_BUILDKIT: '0' } });
  const cli = path.join(root, 'dist', 'cli.js');
  // One of each first: the image's layers and the interpreter's files into the page cache.
  await ownStart();
  await guardBoot(cli, 'serve');
  const result: BootBench = { runs, own: [], serve: [], import: [] };
  for (let run = 0; run < runs; run++) {
    result.own.push(await ownStart());
    result.serve.push(await guardBoot(cli, 'serve'));
    result.import.push(await guardBoot(cli, 'import'));
  }
  return result;
}

export function bootLines(bench: BootBench): string[] {
  const own = median(bench.own);
  const serve = median(bench.serve);
  const list = (values: number[]): string => values.map((value) => value.toFixed(2)).join(', ');
  return [
    `service start  ${own.toFixed(2)} s  the healthy service's own start: docker run to the first 2xx of /health (runs ${list(bench.own)} s)`,
    `serve boot     ${serve.toFixed(2)} s  the guard's serve boot, container start to verdict (runs ${list(bench.serve)} s)`,
    `boot overhead  ${(serve - own).toFixed(2)} s  (${(serve / own).toFixed(2)}x the service's own start); medians of ${bench.runs} runs (BENCH_BOOT_RUNS)`,
    `import boot    ${median(bench.import).toFixed(2)} s  the guard's import boot of the same image, container start to verdict (runs ${list(bench.import)} s)`,
  ];
}
