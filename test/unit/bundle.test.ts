// The bundles as `npm run build` writes them, built into a temporary folder: the licenses of every
// package they carry ship beside them, the post step carries no package at all, and the command
// line names the Node it needs when an older one runs it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it, type TestContext } from 'node:test';
import type { Metafile } from 'esbuild';
import { bundle } from '../../scripts/bundle.ts';
import { bundledPackages, legalComments, licensesText, packageHeading } from '../../scripts/bundled-licenses.ts';
import { ROOT } from '../helpers/action-runner.ts';
import { parseJsonReport } from '../helpers/json-report.ts';
import { olderNodes } from '../helpers/node-versions.ts';
import { layoutTar, ociLayout, tempFolder } from '../helpers/layouts.ts';
import { tar } from '../helpers/tar-writer.ts';

let outdir: string;
let metafiles: Metafile[];

before(async () => {
  outdir = await mkdtemp(path.join(os.tmpdir(), 'import-guard-bundle-'));
  metafiles = await bundle(outdir);
});
after(() => rm(outdir, { recursive: true, force: true }));

/** Bundled source files, as the bundler names them, with the bytes each put into the outputs. */
function bundledInputs(only?: string): string[] {
  return metafiles.flatMap((metafile) => Object.entries(metafile.outputs).flatMap(([output, { inputs }]) => (only === undefined || path.basename(output) === only ? Object.entries(inputs).filter(([, used]) => used.bytesInOutput > 0).map(([input]) => input) : [])));
}

/** The package a source file belongs to: the nearest folder above it whose package.json has a name. */
function owningPackage(input: string): string | undefined {
  for (let folder = path.dirname(path.resolve(ROOT, input)); folder !== path.dirname(folder); folder = path.dirname(folder)) {
    if (folder === realpathSync(ROOT)) return undefined;
    const manifest = path.join(folder, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name) return folder;
  }
  return undefined;
}

/** licenses.txt's sections, by heading. */
function sections(text: string): Map<string, string> {
  const parts = text.split(/^={78}$/m);
  const found = new Map<string, string>();
  for (let index = 1; index + 1 < parts.length; index += 2) found.set(parts[index]!.trim(), parts[index + 1]!);
  return found;
}

const collapsed = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('dist/licenses.txt', () => {
  it('holds, for every package with code in the bundles, its license files and the license comments of its sources', async () => {
    const text = await readFile(path.join(outdir, 'licenses.txt'), 'utf8');
    const bySection = sections(text);
    const folders = new Set(bundledInputs().map(owningPackage).filter((folder) => folder !== undefined));
    assert.ok(folders.size >= 10, `${folders.size} packages`);
    const headings = new Set<string>();
    for (const folder of folders) {
      const manifest = JSON.parse(await readFile(path.join(folder, 'package.json'), 'utf8')) as { name: string; version: string; license: string };
      const heading = packageHeading(manifest);
      headings.add(heading);
      const section = bySection.get(heading);
      assert.ok(section !== undefined, `no section ${heading}`);
      const files = (await readdir(folder)).filter((name) => /^(licen[cs]e|copying|notice)/i.test(name));
      assert.ok(files.some((name) => !/^notice/i.test(name)), `${manifest.name} ships a license file`);
      for (const name of files) assert.ok(section.includes((await readFile(path.join(folder, name), 'utf8')).trim()), `${heading}: ${name}`);
      if (manifest.license === 'Apache-2.0') {
        for (const name of files.filter((file) => /^notice/i.test(file))) assert.match(section, new RegExp(`^--- ${name}$`, 'm'), `${heading} carries its NOTICE`);
      }
    }
    assert.deepEqual([...bySection.keys()].sort(), [...headings].sort(), 'one section per bundled package, no other');
    assert.match(text, new RegExp(`following ${folders.size} packages`));
    // The `/*! ... */` comments of the bundled package sources that name a license or a copyright.
    let comments = 0;
    for (const input of bundledInputs().filter((file) => owningPackage(file) !== undefined)) {
      for (const [comment] of (await readFile(path.resolve(ROOT, input), 'utf8')).matchAll(/\/\*![\s\S]*?\*\//g)) {
        if (!/licen[cs]e|copyright/i.test(comment)) continue;
        comments++;
        assert.ok(collapsed(text).includes(collapsed(comment)), `${input}: ${comment}`);
      }
    }
    assert.ok(comments > 0, 'the bundled sources hold license comments (undici, smol-toml)');
  });

  it('puts an Apache-2.0 NOTICE after its license, keeps BSD texts verbatim, and refuses a package with no license file', async () => {
    await using tmp = await tempFolder();
    const write = async (folder: string, files: Record<string, string>) => {
      await mkdir(path.join(tmp.dir, folder), { recursive: true });
      for (const [name, content] of Object.entries(files)) await writeFile(path.join(tmp.dir, folder, name), content);
    };
    await write('node_modules/apache-thing', { 'package.json': '{"name":"apache-thing","version":"1.2.3","license":"Apache-2.0"}', 'NOTICE': 'Apache Thing\nCopyright 2020 The Thing Authors\n', 'LICENSE': 'Apache License\nVersion 2.0, January 2004\n' });
    await write('node_modules/@scope/bsd-thing', { 'package.json': '{"name":"@scope/bsd-thing","version":"0.1.0","license":"BSD-3-Clause"}', 'LICENSE.md': 'Copyright (c) 2021, Someone\nRedistribution and use in source and binary forms...\n' });
    await write('node_modules/@scope/bsd-thing/node_modules/nested', { 'package.json': '{"name":"nested","version":"2.0.0","licenses":[{"type":"MIT"}]}', 'license': 'MIT License\nCopyright (c) Nested\n' });
    const used = { bytesInOutput: 1 };
    const metafile: Metafile = {
      inputs: {},
      outputs: {
        'out/a.js': { bytes: 1, imports: [], exports: [], inputs: { 'node_modules/apache-thing/index.js': used, 'node_modules/@scope/bsd-thing/lib/index.js': used, 'node_modules/@scope/bsd-thing/node_modules/nested/index.js': used, 'src/own.ts': used } },
      },
    };
    const comments = await legalComments(['Bundled license information:\n\napache-thing/index.js:\n  /*! Part of it: MIT License, Other Author */\n  /* v8 ignore next -- @preserve */\n'], tmp.dir);
    const text = licensesText(await bundledPackages([metafile], tmp.dir, comments));
    const bySection = sections(text);
    assert.deepEqual([...bySection.keys()], ['@scope/bsd-thing 0.1.0 (license: BSD-3-Clause)', 'apache-thing 1.2.3 (license: Apache-2.0)', 'nested 2.0.0 (license: MIT)']);
    assert.equal(bySection.get('apache-thing 1.2.3 (license: Apache-2.0)'), '\n\n--- LICENSE\n\nApache License\nVersion 2.0, January 2004\n\n\n--- NOTICE\n\nApache Thing\nCopyright 2020 The Thing Authors\n\n\n--- license comments in its sources\n\n/*! Part of it: MIT License, Other Author */\n\n');
    assert.equal(bySection.get('@scope/bsd-thing 0.1.0 (license: BSD-3-Clause)'), '\n\n--- LICENSE.md\n\nCopyright (c) 2021, Someone\nRedistribution and use in source and binary forms...\n\n');
    await rm(path.join(tmp.dir, 'node_modules/@scope/bsd-thing/LICENSE.md'));
    await assert.rejects(bundledPackages([metafile], tmp.dir), /^Error: @scope\/bsd-thing 0\.1\.0 \(BSD-3-Clause\) is bundled but ships no license file$/);
  });
});

describe('dist/post.js', () => {
  it('carries the project’s own code only: no process library, no Actions toolkit', () => {
    const inputs = bundledInputs('post.js');
    assert.ok(inputs.includes('src/post.ts'), inputs.join(', '));
    assert.deepEqual(inputs.filter((input) => !input.startsWith('src/')), []);
  });
});

describe('dist/cli.js and the Node running it', () => {
  it('prints the version on this Node', () => {
    const run = spawnSync(process.execPath, [path.join(outdir, 'cli.js'), '--version'], { encoding: 'utf8' });
    assert.deepEqual([run.status, run.stdout, run.stderr], [0, `import-guard ${(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version}\n`, '']);
  });

  it('on an older Node says which Node it needs, and nothing else', (t: TestContext) => {
    const nodes = olderNodes();
    if (nodes.length === 0) return t.skip('no Node older than 24 on PATH, in /usr/bin or /usr/local/bin');
    for (const { node, version } of nodes) {
      for (const args of [['--version'], ['scan', 'image.tar'], ['--help']]) {
        const run = spawnSync(node, [path.join(outdir, 'cli.js'), ...args], { encoding: 'utf8' });
        assert.deepEqual([run.status, run.stdout, run.stderr], [2, '', `import-guard: this is Node ${version} (${node}); import-guard needs Node 24 or newer\n`], `${node} ${args.join(' ')}`);
      }
    }
  });
});

describe('dist/cli.js worker threads', () => {
  /** An image whose entry point imports enough installed sources that the scan starts its scanner threads. */
  function manySourcesImage(): Buffer {
    const site = 'usr/local/lib/python3.12/site-packages/many';
    const modules = Array.from({ length: 600 }, (_, index) => `m${index}`);
    const layer = tar([
      { name: 'usr/local/bin/python3.12', content: 'ELF', mode: 0o755 },
      { name: 'usr/local/lib/python3.12/os.py', content: '' },
      { name: `${site}/__init__.py`, content: modules.map((name) => `from . import ${name}\n`).join('') },
      ...modules.map((name) => ({ name: `${site}/${name}.py`, content: `import os\nVALUE = ${JSON.stringify(name)}\n` })),
      { name: 'srv/main.py', content: 'import many\n' },
    ]);
    return layoutTar(ociLayout([{ layers: [layer], config: { Env: ['PATH=/usr/local/bin'], WorkingDir: '/srv', Cmd: ['python3.12', 'main.py'] } }]));
  }

  it('start from the bundle: the scan of many installed sources runs on them, and says so when they cannot start', async () => {
    await using tmp = await tempFolder();
    const image = path.join(tmp.dir, 'image.tar');
    await writeFile(image, manySourcesImage());
    const scan = (bundle: string) => spawnSync(process.execPath, [path.join(bundle, 'cli.js'), 'scan', `oci-archive:${image}`, '--boot', 'none', '--format', 'json'], { encoding: 'utf8' });
    const warning = /the scanner threads stopped \(.*scan-worker\.js.*\); the rest of the files were scanned on one thread/;

    const run = scan(outdir);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(parseJsonReport(run.stdout).stats.files, 602);
    assert.doesNotMatch(run.stderr, /scanner threads stopped/);

    // The same scan from a copy of the bundle without the worker's file: the threads were started,
    // and their failure is told (the scan itself still passes, on this thread).
    const broken = path.join(tmp.dir, 'broken-dist');
    await cp(outdir, broken, { recursive: true });
    await rm(path.join(broken, 'scan-worker.js'));
    const fallback = scan(broken);
    assert.equal(fallback.status, 0, fallback.stderr);
    assert.equal(parseJsonReport(fallback.stdout).stats.files, 602);
    assert.match(fallback.stderr, warning);
  });
});
