// Benchmark: reading a large image archive with the guard against a plain read (plus the
// decompression a reader cannot avoid) of the same bytes, measured in the same run.
// Goal: wall time at most 1.5x the plain read, peak RSS under 300 MB.
//
//   npm run bench:image [-- --size-mb 600] [--runs 3] [--archive FILE]
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import zlib from 'node:zlib';
import { execa } from 'execa';
import { addImageManifest, type LayoutFiles } from '../test/helpers/layouts.ts';
import { entryBlocks, tar, type WriteEntry } from '../test/helpers/tar-writer.ts';

const { values } = parseArgs({
  options: {
    'size-mb': { type: 'string', default: '560' },
    'runs': { type: 'string', default: '3' },
    'archive': { type: 'string' },
  },
});
const targetBytes = Number(values['size-mb']) * 1024 * 1024;
const runs = Number(values.runs);
const WORKER = path.join(path.dirname(new URL(import.meta.url).pathname), 'bench-image-worker.ts');

/** A layer like a real one: many small files (sources, metadata), some large (shared objects). */
function layerEntries(bytes: number, seed: string): WriteEntry[] {
  const entries: WriteEntry[] = [];
  let total = 0;
  let index = 0;
  const text = Buffer.from('def handler(request):\n    return response\n'.repeat(1000));
  while (total < bytes) {
    const big = index % 200 === 0;
    const size = big ? 8 * 1024 * 1024 : 2048 + ((index * 7919) % 30000);
    // Half fresh random bytes, half text: compresses about 2:1, like binaries and sources mixed.
    const content = Buffer.alloc(size);
    randomBytes(Math.ceil(size / 2)).copy(content);
    for (let pos = Math.ceil(size / 2); pos < size; pos += text.length) text.copy(content, pos, 0, Math.min(text.length, size - pos));
    const dir = `usr/lib/${seed}/pkg${index % 97}`;
    // About one small file in five is Python source, whose content the guard keeps.
    entries.push({ name: `${dir}/${big ? 'lib' : 'mod'}${index}.${big ? 'so' : index % 5 === 0 ? 'py' : 'dat'}`, content });
    total += size + 512;
    index++;
  }
  return entries;
}

async function writeArchive(file: string): Promise<void> {
  // Half the stored bytes uncompressed, the rest gzip and zstd (which store about half their tar).
  const plain = tar(layerEntries(targetBytes * 0.5, 'plain'));
  const gz = zlib.gzipSync(tar(layerEntries(targetBytes * 0.45, 'gzip')), { level: 1 });
  const zs = zlib.zstdCompressSync(tar(layerEntries(targetBytes * 0.5, 'zstd')));
  const files: LayoutFiles = new Map();
  const ref = addImageManifest(files, { layers: [plain, gz, zs] });
  files.set('oci-layout', Buffer.from('{"imageLayoutVersion":"1.0.0"}'));
  files.set('index.json', Buffer.from(JSON.stringify({ schemaVersion: 2, manifests: [{ mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: ref.digest, size: ref.size }] })));
  const out = createWriteStream(file);
  for (const [name, data] of files) {
    if (!Buffer.isBuffer(data)) continue;
    for (const part of entryBlocks({ name, content: data })) if (!out.write(part)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  out.end(Buffer.alloc(1024));
  await new Promise<void>((resolve, reject) => out.on('finish', () => resolve()).on('error', reject));
}

interface Measure {
  ms: number;
  maxRssMb: number;
  detail: string;
}

async function measure(mode: 'guard' | 'raw', file: string): Promise<Measure> {
  const { stdout } = await execa(process.execPath, [WORKER, mode, file], { stdin: 'ignore' });
  return JSON.parse(stdout) as Measure;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const archive = values.archive ?? path.join(os.tmpdir(), `import-guard-bench-${values['size-mb']}mb.tar`);
const existing = await stat(archive).catch(() => undefined);
if (!existing) {
  console.error(`writing a ${values['size-mb']} MB benchmark archive to ${archive} ...`);
  await writeArchive(archive);
}
const size = (await stat(archive)).size;
if (size < 500 * 1024 * 1024) console.error(`warning: the archive is ${(size / 2 ** 20).toFixed(0)} MB, under the 500 MB the goal is stated for`);

await measure('raw', archive); // warm the page cache so both sides read from memory
const guard: Measure[] = [];
const raw: Measure[] = [];
for (let run = 0; run < runs; run++) {
  raw.push(await measure('raw', archive));
  guard.push(await measure('guard', archive));
}
const guardMs = median(guard.map((m) => m.ms));
const rawMs = median(raw.map((m) => m.ms));
const guardRss = Math.max(...guard.map((m) => m.maxRssMb));
const ratio = guardMs / rawMs;
console.log(`archive        ${(size / 2 ** 20).toFixed(0)} MB (${guard[0]!.detail})`);
console.log(`plain read     ${rawMs.toFixed(0)} ms (read + gunzip/zstd of the same bytes), peak RSS ${Math.max(...raw.map((m) => m.maxRssMb)).toFixed(0)} MB`);
console.log(`import-guard   ${guardMs.toFixed(0)} ms, peak RSS ${guardRss.toFixed(0)} MB`);
console.log(`ratio          ${ratio.toFixed(2)}x the plain read (goal <= 1.5x: ${ratio <= 1.5 ? 'met' : 'MISSED'}); RSS goal < 300 MB: ${guardRss < 300 ? 'met' : 'MISSED'}`);
console.log(`median of ${runs} runs each, alternating`);
