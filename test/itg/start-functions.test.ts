// The function a console script runs: its imports run at start. An installed package whose
// console script (the setuptools template, which finds its target in entry_points.txt) runs
// `starttool.__main__:main`, and main() imports the package's core; the image's own command, with
// one module removed, is the oracle for the line the start fails on.
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { execa } from 'execa';
import { parseTracebacks } from '../../src/boot/tracebacks.ts';
import { cli } from '../helpers/cli.ts';
import { dockerReady, PYTHON_IMAGE } from '../helpers/docker.ts';
import { parseJsonReport } from '../helpers/json-report.ts';

const DIST = '/usr/lib/python3/dist-packages';
const PACKAGE = `${DIST}/starttool`;

const FILES: Record<string, string> = {
  'usr/bin/starttool': [
    '#!/usr/bin/python3',
    "# EASY-INSTALL-ENTRY-SCRIPT: 'starttool==1.0','console_scripts','starttool'",
    'import re',
    'import sys',
    'from importlib.metadata import distribution',
    '',
    'def load_entry_point(spec, group, name):',
    "    dist_name, _, _ = spec.partition('==')",
    '    return next(ep for ep in distribution(dist_name).entry_points if ep.group == group and ep.name == name).load()',
    '',
    "if __name__ == '__main__':",
    "    sys.exit(load_entry_point('starttool==1.0', 'console_scripts', 'starttool')())",
    '',
  ].join('\n'),
  'usr/lib/python3/dist-packages/starttool-1.0.egg-info/PKG-INFO': 'Metadata-Version: 2.1\nName: starttool\nVersion: 1.0\n',
  'usr/lib/python3/dist-packages/starttool-1.0.egg-info/entry_points.txt': '[console_scripts]\nstarttool = starttool.__main__:main\n',
  'usr/lib/python3/dist-packages/starttool/__init__.py': '',
  'usr/lib/python3/dist-packages/starttool/__main__.py': [
    'def main():',
    '    try:',
    '        from starttool.core import run',
    '        status = run()',
    '    except KeyboardInterrupt:',
    '        status = 130',
    '    try:',
    '        import starttool_speedups',
    '    except ImportError:',
    '        pass',
    '    return status',
    '',
    'def unused():',
    '    import starttool_unused',
    '',
  ].join('\n'),
  'usr/lib/python3/dist-packages/starttool/core.py': 'from starttool import render\n\ndef run():\n    print(render.banner())\n    return 0\n',
  'usr/lib/python3/dist-packages/starttool/render.py': "def banner():\n    return 'starttool 1.0'\n",
};

interface JsonFinding {
  severity: string;
  module: string;
  imagePath: string;
  line: number;
  reported: boolean;
  guard: string | null;
  boot: { predicted: boolean } | null;
}

const tags: string[] = [];
after(async () => {
  if (tags.length > 0) await execa('docker', ['rmi', '--force', ...tags], { reject: false });
});

/** The tool's image, with `removed` (a file of its package) left out. */
async function build(name: string, removed?: string): Promise<string> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'import-guard-start-'));
  const tag = `import-guard-test/start-functions:${name}-${process.pid}`;
  try {
    for (const [file, text] of Object.entries(FILES)) {
      if (removed && `/${file}` === removed) continue;
      await mkdir(path.join(folder, 'root', path.dirname(file)), { recursive: true });
      await writeFile(path.join(folder, 'root', file), text, { mode: file.startsWith('usr/bin/') ? 0o755 : 0o644 });
    }
    await writeFile(path.join(folder, 'Dockerfile'), [`FROM ${PYTHON_IMAGE}`, 'COPY root/ /', 'CMD ["starttool"]', ''].join('\n'));
    await execa('docker', ['build', '--quiet', '--tag', tag, folder], { env: { DOCKER_BUILDKIT: '0' }, stdin: 'ignore' });
    tags.push(tag);
    return tag;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** `serve` boots the image's command too, which a one-shot tool ends at once: only the mutants, which fail, are booted. */
async function scan(tag: string, boot: 'none' | 'serve'): Promise<{ stats: { modules: number; coverage?: { installed: { reached: number } } }; findings: JsonFinding[] }> {
  const { code, stdout, stderr } = await cli(['scan', `docker:${tag}`, '--boot', boot, '--format', 'json', '--quiet', '--fail-on', 'never']);
  assert.equal(code, 0, stderr);
  return parseJsonReport(stdout);
}

describe("a console script's target function, against the image's own start", () => {
  it('walks what main() imports, with no finding on the image that starts', async (t) => {
    if (!(await dockerReady(t, { images: [PYTHON_IMAGE] }))) return;
    const tag = await build('whole');
    const run = await execa('docker', ['run', '--rm', '--network', 'none', tag], { reject: false, all: true });
    assert.deepEqual([run.exitCode, run.all], [0, 'starttool 1.0']);
    const report = await scan(tag, 'none');
    assert.deepEqual(report.findings.filter((finding) => finding.reported && finding.severity !== 'notice').map((finding) => `${finding.severity} ${finding.module}`), []);
    // The walk goes through main() to the package's core and what core imports.
    assert.equal(report.stats.coverage?.installed.reached, 4, 'starttool, its __main__, core and render');
  });

  const mutants = [
    { removed: `${PACKAGE}/core.py`, module: 'starttool.core', at: { file: `${PACKAGE}/__main__.py`, line: 3 }, guard: 'inside main(), which runs at start' },
    { removed: `${PACKAGE}/render.py`, module: 'starttool.render', at: { file: `${PACKAGE}/core.py`, line: 1 }, guard: null },
  ];
  for (const mutant of mutants) {
    it(`reports the line the start fails on once ${path.basename(mutant.removed)} is gone`, async (t) => {
      if (!(await dockerReady(t, { images: [PYTHON_IMAGE] }))) return;
      const tag = await build(path.basename(mutant.removed, '.py'), mutant.removed);
      // The oracle: the image's command, and the line its traceback ends on.
      const run = await execa('docker', ['run', '--rm', '--network', 'none', tag], { reject: false, all: true });
      assert.notEqual(run.exitCode, 0);
      const crash = parseTracebacks(run.all).at(-1)!.frames.at(-1)!;
      assert.deepEqual({ file: crash.file, line: crash.line }, mutant.at);
      const report = await scan(tag, 'serve');
      const errors = report.findings.filter((finding) => finding.severity === 'error' && finding.reported);
      assert.deepEqual(errors.map((finding) => [finding.module, finding.imagePath, finding.line, finding.guard, finding.boot?.predicted]), [[mutant.module, mutant.at.file, mutant.at.line, mutant.guard, true]]);
      assert.ok(!report.findings.some((finding) => finding.module === 'starttool_speedups' && finding.reported), 'the guarded import stays quiet');
    });
  }
});
