// Bundles the Action (dist/index.js, dist/post.js) and the command line (dist/cli.js), and writes
// dist/licenses.txt, the licenses of the packages bundled into them.
import { build, type Metafile } from 'esbuild';
import { chmod, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundledPackages, legalComments, licensesText } from './bundled-licenses.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// Bundled CommonJS dependencies call require(); ESM output needs it defined.
const requireShim = "import { createRequire as __importGuardCreateRequire } from 'node:module';\nconst require = __importGuardCreateRequire(import.meta.url);";

/** Writes the bundles to `outdir` (emptied first); returns the bundler's account of each build. */
export async function bundle(outdir: string): Promise<Metafile[]> {
  await rm(outdir, { recursive: true, force: true });
  const common = {
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'node',
    target: 'node24',
    format: 'esm',
    // The packages' license comments go to licenses.txt, with their license files.
    legalComments: 'external',
    logLevel: 'warning',
    metafile: true,
    outdir,
  } as const;
  const action = await build({ ...common, entryPoints: { index: 'src/index.ts', post: 'src/post.ts', 'scan-worker': 'src/python/scan-worker.ts', 'read-ahead-worker': 'src/read-ahead-worker.ts' }, banner: { js: requireShim } });
  // The command line's modules loaded only when needed (the docker CLI runner, the checkout lister)
  // go to chunks of their own: a scan of an image file starts without parsing them.
  const cli = await build({ ...common, entryPoints: { cli: 'src/cli-main.ts' }, splitting: true, chunkNames: 'cli-chunks/[name]-[hash]', banner: { js: `#!/usr/bin/env node\n${requireShim}` } });
  await chmod(path.join(outdir, 'cli.js'), 0o755);
  const metafiles = [action.metafile, cli.metafile];
  // In name order, so licenses.txt comes out the same on every machine.
  const legalFiles = (await readdir(outdir, { recursive: true })).filter((name) => name.endsWith('.LEGAL.txt')).sort().map((name) => path.join(outdir, name));
  const comments = await legalComments(await Promise.all(legalFiles.map((file) => readFile(file, 'utf8'))), ROOT);
  await Promise.all(legalFiles.map((file) => rm(file)));
  await writeFile(path.join(outdir, 'licenses.txt'), licensesText(await bundledPackages(metafiles, ROOT, comments)));
  return metafiles;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await bundle(path.join(ROOT, 'dist'));
