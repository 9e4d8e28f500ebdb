// Reading a `docker:` image: the guard's whole scan of a daemon image beside the floor measured
// in the same run, the daemon's own export written to /dev/null (`docker image save`), and the
// other export the daemon offers, a created container's `docker export` (the peer). The guard
// is timed both ways it reads a daemon image: as a container sees it (the default, from the
// container export) and from the image's own export (`--docker-read save`), and without the native check
// (`--no-native`), whose cost is at most 10% of the scan. Also the peak of
// the guard's temporary folder (files in it, and files it holds open there after unlinking
// them) and its peak RSS. On the big test image and on a synthetic image of over 5 GB, mostly
// large non-Python layers, to show disk and memory stay flat as the image grows.
// Goals: wall time at most 1.2x the floor; temporary folder under 50 MB; peak RSS under 300 MB.
// Part of `npm run bench`; BENCH_ONLY=source runs it alone.
//
// Environment:
//   BENCH_SOURCE_RUNS=3    timed runs of each command on the big image; the median is reported
//   BENCH_SOURCE_LARGE=0   skip the 5 GB image (building it takes a few minutes, once)
import { lstat, mkdtemp, readdir, readFile, readlink, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { execa } from 'execa';

const BIG_IMAGE = 'import-guard-test/debian-python3-big:bookworm-1';
const LARGE_IMAGE = 'import-guard-test/bench-large:5g-1';
const LARGE_BASE = 'import-guard-test/debian-python3:bookworm-2';
/** Entry points of a service on the big image: several large frameworks. */
const ENTRIES = ['django.core.management', 'celery.__main__', 'scrapy.cmdline', 'ansible.cli.playbook', 'IPython'];
const GOAL_RATIO = 1.2;
const GOAL_TEMP_MB = 50;
const GOAL_RSS_MB = 300;

interface Measured {
  seconds: number;
  peakRssMb?: number;
  peakTempMb?: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Bytes of the regular files under a folder. */
async function folderBytes(folder: string): Promise<number> {
  let total = 0;
  for (const name of await readdir(folder, { recursive: true }).catch(() => [] as string[])) {
    const info = await lstat(path.join(folder, name)).catch(() => undefined);
    if (info?.isFile()) total += info.size;
  }
  return total;
}

/** Bytes of the files under `folder` a process holds open, unlinked ones included (a spill file is). */
async function openFileBytes(pid: number, folder: string): Promise<number> {
  let total = 0;
  const fds = await readdir(`/proc/${pid}/fd`).catch(() => [] as string[]);
  for (const fd of fds) {
    const target = await readlink(`/proc/${pid}/fd/${fd}`).catch(() => '');
    if (!target.startsWith(folder + '/') || !target.endsWith(' (deleted)')) continue;
    total += (await stat(`/proc/${pid}/fd/${fd}`).catch(() => undefined))?.size ?? 0;
  }
  return total;
}

async function peakRss(pid: number): Promise<number | undefined> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const match = /^VmHWM:\s+(\d+) kB/m.exec(status);
  return match ? Number(match[1]) / 1024 : undefined;
}

/** Runs a command, polling its peak RSS and the size of its temporary folder. */
async function measure(file: string, args: string[], tempDir?: string): Promise<Measured> {
  const start = performance.now();
  const child = execa(file, args, { reject: false, stdin: 'ignore', stdout: 'ignore', stderr: 'pipe', env: tempDir ? { TMPDIR: tempDir } : {} });
  let rss: number | undefined;
  let temp = 0;
  let running = true;
  const poll = (async () => {
    while (running && child.pid !== undefined) {
      const now = await peakRss(child.pid);
      if (now !== undefined) rss = Math.max(rss ?? 0, now);
      if (tempDir) temp = Math.max(temp, (await folderBytes(tempDir)) + (await openFileBytes(child.pid, tempDir)));
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  })();
  const done = await child;
  const seconds = (performance.now() - start) / 1000;
  running = false;
  await poll;
  if (done.exitCode !== 0 && done.exitCode !== 1) throw new Error(`${file} ${args.join(' ')} failed (${done.exitCode}): ${String(done.stderr).slice(0, 2000)}`);
  return { seconds, ...(rss !== undefined && { peakRssMb: rss }), ...(tempDir && { peakTempMb: temp / 1024 / 1024 }) };
}

async function runs(count: number, once: () => Promise<Measured>): Promise<Measured> {
  const all: Measured[] = [];
  for (let index = 0; index < count; index++) all.push(await once());
  const pick = (key: keyof Measured): number | undefined => (all.every((run) => run[key] !== undefined) ? median(all.map((run) => run[key]!)) : undefined);
  const rss = pick('peakRssMb');
  const temp = pick('peakTempMb');
  return { seconds: pick('seconds')!, ...(rss !== undefined && { peakRssMb: rss }), ...(temp !== undefined && { peakTempMb: temp }) };
}

/** The synthetic large image: the small Python image plus five 1 GiB layers of random bytes. */
async function ensureLargeImage(): Promise<void> {
  if ((await execa('docker', ['image', 'inspect', LARGE_IMAGE], { reject: false })).exitCode === 0) return;
  console.error(`building ${LARGE_IMAGE} (over 5 GB; once) ...`);
  const steps = [1, 2, 3, 4, 5].map((index) => `RUN head -c 1073741824 /dev/urandom > /srv/blob-${index}.bin`);
  const dockerfile = [`FROM ${LARGE_BASE}`, 'RUN mkdir -p /srv/app && printf "import json\\nimport sqlite3\\n" > /srv/app/main.py', ...steps, 'CMD ["python3", "/srv/app/main.py"]', ''].join('\n');
  await execa('docker', ['build', '--quiet', '--tag', LARGE_IMAGE, '-'], { input: dockerfile });
}

async function imageBytes(image: string): Promise<number> {
  return Number((await execa('docker', ['image', 'inspect', '--format', '{{.Size}}', image])).stdout.trim());
}

export async function benchSource(root: string, runCount: number): Promise<string[]> {
  const cli = path.join(root, 'dist', 'cli.js');
  const lines: string[] = [];
  const images: Array<{ image: string; entries: string[]; runs: number }> = [{ image: BIG_IMAGE, entries: ENTRIES, runs: runCount }];
  if (process.env.BENCH_SOURCE_LARGE !== '0') {
    await ensureLargeImage();
    images.push({ image: LARGE_IMAGE, entries: [], runs: 1 });
  }
  for (const { image, entries, runs: count } of images) {
    console.error(`timing ${image}: the floor, the peer and the guard, ${count} run${count === 1 ? '' : 's'} each ...`);
    const floor = await runs(count, () => measure('sh', ['-c', 'docker image save -- "$1" > /dev/null', 'sh', image]));
    const peer = await runs(count, async () => {
      const id = (await execa('docker', ['create', '--', image, 'true'])).stdout.trim();
      try {
        return await measure('sh', ['-c', 'docker export -- "$1" > /dev/null', 'sh', id]);
      } finally {
        await execa('docker', ['rm', '--', id], { reject: false });
      }
    });
    const scan = (read: 'container' | 'save', ...more: string[]) => runs(count, async () => {
      const temp = await mkdtemp(path.join(os.tmpdir(), 'import-guard-bench-temp-'));
      try {
        return await measure(process.execPath, [cli, 'scan', `docker:${image}`, '--boot', 'none', '--format', 'json', '--quiet', '--docker-read', read, ...more, ...entries.flatMap((entry) => ['--entrypoint', entry])], temp);
      } finally {
        await rm(temp, { recursive: true, force: true });
      }
    });
    const guard = await scan('container');
    const saved = await scan('save');
    const withoutNative = await scan('container', '--no-native');
    const ratio = guard.seconds / floor.seconds;
    const line = (name: string, what: string, run: Measured): string => `  ${name.padEnd(13)}${what.padEnd(37)}${run.seconds.toFixed(2).padStart(6)} s  (${(run.seconds / floor.seconds).toFixed(2)}x the floor), temporary folder peak ${run.peakTempMb!.toFixed(1)} MB, peak RSS ${run.peakRssMb?.toFixed(0) ?? '?'} MB`;
    lines.push(`source         docker:${image} (${(await imageBytes(image) / 1e9).toFixed(2)} GB), median of ${count}`);
    lines.push(`  floor        docker image save > /dev/null      ${floor.seconds.toFixed(2).padStart(7)} s`);
    lines.push(`  peer         docker export (container) > /dev/null ${peer.seconds.toFixed(2).padStart(4)} s  (${(peer.seconds / floor.seconds).toFixed(2)}x the floor)`);
    lines.push(line('guard', 'scan docker: (as a container sees it)', guard));
    lines.push(line('guard, save', 'scan docker: --docker-read save', saved));
    lines.push(line('no native', 'scan docker: --no-native', withoutNative));
    const nativeCost = guard.seconds / withoutNative.seconds - 1;
    lines.push(`  native       the extension modules' libraries checked: ${(nativeCost * 100).toFixed(1)}% of the scan without them (goal at most 10%: ${nativeCost <= 0.1 ? 'met' : 'MISSED'})`);
    lines.push(`  goals        (default read) <= ${GOAL_RATIO}x the floor: ${ratio <= GOAL_RATIO ? 'met' : 'MISSED'}; temporary folder < ${GOAL_TEMP_MB} MB: ${guard.peakTempMb! < GOAL_TEMP_MB ? 'met' : 'MISSED'}; RSS < ${GOAL_RSS_MB} MB: ${(guard.peakRssMb ?? Infinity) < GOAL_RSS_MB ? 'met' : 'MISSED'}; faster read: ${guard.seconds <= saved.seconds ? 'container (the default)' : 'save'}`);
  }
  return lines;
}
