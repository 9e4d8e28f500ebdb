// `from pkg import name` in installed packages, against the image's own interpreter: over every
// module of the big Debian image, no "cannot import name" where Python imports the module; and
// with a submodule of an app's own package removed, the line the container crashes on is an error,
// which the boot of the image's own command proves at that line.
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { execa } from 'execa';
import { parseTracebacks } from '../../src/boot/tracebacks.ts';
import { cli } from '../helpers/cli.ts';
import { dockerReady, PYTHON_BIG_IMAGE } from '../helpers/docker.ts';
import { parseJsonReport } from '../helpers/json-report.ts';

const DIST = '/usr/lib/python3/dist-packages';

interface JsonFinding {
  kind: string;
  severity: string;
  module: string;
  message: string;
  imagePath: string;
  line: number;
  reported: boolean;
  boot: { predicted: boolean; exception?: string } | null;
}

/** Every module under dist-packages a dotted name reaches, as the image's interpreter would name it. */
const LIST_MODULES = `
import os, re
root = ${JSON.stringify(DIST)}
ident = re.compile(r'^[A-Za-z_][A-Za-z0-9_]*$')
found = set()
for folder, dirs, files in os.walk(root):
    rel = os.path.relpath(folder, root)
    parts = [] if rel == '.' else rel.split('/')
    if parts and (not all(ident.match(part) for part in parts) or not os.path.exists(os.path.join(folder, '__init__.py'))):
        dirs[:] = []
        continue
    for name in files:
        if name.endswith('.py') and ident.match(name[:-3]):
            found.add('.'.join(parts + ([] if name == '__init__.py' else [name[:-3]])))
print('\\n'.join(sorted(name for name in found if name)))
`;

/** Imports each module named on stdin, each in its own interpreter; prints those that import. */
const IMPORTS_OK = `
import subprocess, sys
for name in sys.stdin.read().split():
    done = subprocess.run([sys.executable, '-c', 'import importlib, sys; importlib.import_module(sys.argv[1])', name], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=60)
    if done.returncode == 0:
        print(name)
`;

async function scan(source: string, boot: 'none' | 'serve', extra: string[] = []): Promise<{ stats: { modules: number; namesUnknown?: number }; findings: JsonFinding[] }> {
  const { code, stdout, stderr } = await cli(['scan', source, '--boot', boot, '--format', 'json', '--quiet', '--fail-on', 'never', ...extra]);
  assert.equal(code, 0, stderr);
  return parseJsonReport(stdout);
}

function namesAName(finding: JsonFinding): boolean {
  return finding.kind === 'missing-name' || finding.message.includes('cannot import name');
}

function moduleOfFile(file: string): string {
  return file.slice(DIST.length + 1).replace(/\.py$/, '').replace(/\/__init__$/, '').replaceAll('/', '.');
}

describe('from pkg import name in installed packages, against the image’s interpreter', () => {
  it(`reports no missing name in a module of ${PYTHON_BIG_IMAGE} that Python imports`, async (t) => {
    if (!(await dockerReady(t, { images: [PYTHON_BIG_IMAGE] }))) return;
    const { stdout } = await execa('docker', ['run', '--rm', '--network', 'none', '--entrypoint', 'python3', PYTHON_BIG_IMAGE, '-c', LIST_MODULES]);
    const modules = stdout.split('\n').filter(Boolean);
    assert.ok(modules.length > 10000, `${modules.length} modules`);
    const folder = await mkdtemp(path.join(os.tmpdir(), 'import-guard-names-'));
    try {
      const entries = path.join(folder, 'entries.txt');
      await writeFile(entries, modules.join('\n'));
      const report = await scan(`docker:${PYTHON_BIG_IMAGE}`, 'none', ['--entrypoints-file', entries]);
      const reported = report.findings.filter((finding) => namesAName(finding) && finding.reported);
      const importers = [...new Set(reported.map((finding) => moduleOfFile(finding.imagePath)))];
      const imports = importers.length === 0 ? '' : (await execa('docker', ['run', '--rm', '-i', '--network', 'none', '--entrypoint', 'python3', PYTHON_BIG_IMAGE, '-c', IMPORTS_OK], { input: importers.join('\n') })).stdout;
      const importable = new Set(imports.split('\n').filter(Boolean));
      const falseErrors = reported.filter((finding) => importable.has(moduleOfFile(finding.imagePath))).map((finding) => `${finding.imagePath}:${finding.line} ${finding.message}`);
      console.log(`  ${report.stats.modules} modules reached, ${reported.length} missing names reported, ${falseErrors.length} in modules that import, ${report.stats.namesUnknown} names that cannot be known`);
      assert.deepEqual(falseErrors, []);
      assert.ok(report.stats.modules > 10000 && (report.stats.namesUnknown ?? 0) > 0);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  // A submodule of an app's own package, imported as `from pkg import sub` on the way to its command.
  const mutants = [
    { app: 'ansible', removed: 'ansible/context.py', command: ['ansible', '--version'] },
    { app: 'gunicorn', removed: 'gunicorn/debug.py', command: ['gunicorn', '--version'] },
    { app: 'sphinx', removed: 'sphinx/util/logging.py', command: ['sphinx-build', '--version'] },
  ];
  for (const mutant of mutants) {
    it(`reports the line ${mutant.command[0]} crashes on once ${mutant.removed} is gone`, async (t) => {
      if (!(await dockerReady(t, { images: [PYTHON_BIG_IMAGE] }))) return;
      const folder = await mkdtemp(path.join(os.tmpdir(), 'import-guard-mutant-'));
      const tag = `import-guard-test/names-mutant:${mutant.app}-${process.pid}`;
      try {
        const file = `${DIST}/${mutant.removed}`;
        await writeFile(path.join(folder, 'Dockerfile'), [`FROM ${PYTHON_BIG_IMAGE}`, `RUN rm ${file} && rm -rf ${path.dirname(file)}/__pycache__`, `CMD ${JSON.stringify(mutant.command)}`, ''].join('\n'));
        await execa('docker', ['build', '--quiet', '--tag', tag, folder], { env: { DOCKER_BUILDKIT: '0' }, stdin: 'ignore' });
        // The oracle: the app's own command, and the line its traceback ends on.
        const run = await execa('docker', ['run', '--rm', '--network', 'none', tag], { reject: false, all: true });
        assert.notEqual(run.exitCode, 0);
        const traceback = parseTracebacks(run.all).at(-1)!;
        const name = path.basename(mutant.removed, '.py');
        assert.equal(traceback.exception, 'ImportError');
        assert.match(traceback.message, new RegExp(`^cannot import name '${name}' from `));
        const crash = traceback.frames.at(-1)!;
        // The static walk predicts it at that line, and the boot (the image's command) proves it there.
        const report = await scan(`docker:${tag}`, 'serve');
        const atCrash = report.findings.filter((finding) => finding.imagePath === crash.file && finding.line === crash.line && finding.severity === 'error' && finding.reported);
        assert.deepEqual(atCrash.map((finding) => [finding.message, finding.boot?.predicted]), [[`ImportError: cannot import name '${name}' from '${moduleOfFile(path.dirname(file) + '/__init__.py')}'`, true]], `${crash.file}:${crash.line}`);
        assert.deepEqual(report.findings.filter((finding) => finding.boot && !finding.boot.predicted).map((finding) => `${finding.imagePath}:${finding.line} ${finding.message}`), [], 'nothing found only at boot');
      } finally {
        await execa('docker', ['rmi', '--force', tag], { reject: false });
        await rm(folder, { recursive: true, force: true });
      }
    });
  }
});
