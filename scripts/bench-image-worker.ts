// One measured run of the image benchmark, in its own process so its peak RSS is its own.
//   guard FILE: open the image as the guard does (contents kept for Python analysis)
//   raw FILE:   read every layer's bytes and decompress the compressed ones, discarding the output
import { readFile } from 'node:fs/promises';
import { TarFiles } from '../src/image/archive-files.ts';
import { type DecompressingSink, sniffFormat, tarSink } from '../src/image/compression.ts';
import { pythonAnalysisContent } from '../src/image/content.ts';
import { planOciLayout } from '../src/image/layouts.ts';
import { openImage } from '../src/image/open-image.ts';

const [mode, file] = process.argv.slice(2) as ['guard' | 'raw', string];
const started = performance.now();
let detail = '';

if (mode === 'guard') {
  const image = await openImage(file, { select: pythonAnalysisContent });
  detail = `${image.layers.length} layers (${image.layers.map((layer) => layer.format).join(', ')}), ${image.fs.pathCount} paths`;
  image.fs.close();
} else {
  const files = await TarFiles.open(file);
  const plan = await planOciLayout(files, undefined);
  // The same reads and the same decompression the guard does, with the tar bytes discarded.
  for (const { name } of plan.layers) {
    let sink: DecompressingSink | undefined;
    for await (const chunk of files.chunks(name)) {
      sink ??= tarSink(sniffFormat(chunk), () => {});
      await sink.write(chunk);
    }
    await sink?.finish();
  }
  await files.close();
}

const ms = performance.now() - started;
// VmHWM is this process's own peak; getrusage's maxRSS would include the parent's at fork time.
const peakKb = Number(/VmHWM:\s+(\d+)/.exec(await readFile('/proc/self/status', 'utf8'))?.[1] ?? NaN);
console.log(JSON.stringify({ ms, maxRssMb: peakKb / 1024, detail }));
