// Bundles the Action (dist/index.js, dist/post.js) and the command line (dist/cli.js).
import { build } from 'esbuild';
import { chmod, rm } from 'node:fs/promises';

// Bundled CommonJS dependencies call require(); ESM output needs it defined.
const requireShim = "import { createRequire as __importGuardCreateRequire } from 'node:module';\nconst require = __importGuardCreateRequire(import.meta.url);";

await rm('dist', { recursive: true, force: true });
const common = {
  bundle: true,
  platform: 'node',
  target: 'node24',
  format: 'esm',
  legalComments: 'none',
  logLevel: 'warning',
} as const;

await build({ ...common, entryPoints: { index: 'src/index.ts', post: 'src/post.ts', 'scan-worker': 'src/python/scan-worker.ts' }, outdir: 'dist', banner: { js: requireShim } });
// The command line's modules loaded only when needed (the docker CLI runner, the checkout lister)
// go to chunks of their own: a scan of an image file starts without parsing them.
await build({ ...common, entryPoints: { cli: 'src/cli-main.ts' }, outdir: 'dist', splitting: true, chunkNames: 'cli-chunks/[name]-[hash]', banner: { js: `#!/usr/bin/env node\n${requireShim}` } });
await chmod('dist/cli.js', 0o755);
