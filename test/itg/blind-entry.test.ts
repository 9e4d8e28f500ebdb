// Coverage end to end: a launcher script that imports the module its configuration names, in an
// image built by the engine. From the script the walk reaches none of the service's code: the
// scan says so with a warning, and the JSON report says what share of the image it reached.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, describe, it, type TestContext } from 'node:test';
import { execa } from 'execa';
import { cli } from '../helpers/cli.ts';
import { buildFixture, dockerReady, FIXTURES, PYTHON_IMAGE } from '../helpers/docker.ts';
import { parseJsonReport } from '../helpers/json-report.ts';

const TAG = `import-guard-test/guard-blind-entry:e2e-${process.pid}`;

interface JsonReport {
  result: string;
  counts: Record<string, number>;
  findings: Array<{ kind: string; severity: string; reported: boolean; module: string; file: string; line: number; message: string }>;
  stats: { modules: number; coverage?: { firstParty: { reached: number; total: number }; installed: { reached: number; total: number } } };
  boot: { mode: string; ok?: boolean } | null;
}

let built: Promise<void> | undefined;

async function imageReady(t: TestContext): Promise<boolean> {
  if (!(await dockerReady(t, { images: [PYTHON_IMAGE] }))) return false;
  await (built ??= buildFixture(path.join(FIXTURES, 'guard-blind-entry'), TAG));
  return true;
}

async function scan(...args: string[]): Promise<{ code: number; json: JsonReport }> {
  const result = await cli(['scan', `docker:${TAG}`, '--format', 'json', '--quiet', ...args]);
  assert.equal(result.stderr, '');
  return { code: result.code, json: parseJsonReport(result.stdout) };
}

describe('coverage: an entry point the walk sees nothing from (image from the engine)', () => {
  after(async () => {
    if (built) await execa('docker', ['image', 'rm', TAG], { reject: false, stdin: 'ignore' });
  });

  it('warns for the launcher that imports its service by a configured name, and reports the share of the image reached', async (t) => {
    if (!(await imageReady(t))) return;
    const { code, json } = await scan();
    assert.equal(code, 0, 'a warning does not fail at the default fail-on level');
    assert.deepEqual(json.findings.map((finding) => [finding.kind, finding.severity, finding.reported, finding.module, finding.file, finding.line]), [['blind-entry', 'warning', true, '/usr/local/bin/myapp', '/usr/local/bin/myapp', 1]]);
    assert.match(json.findings[0]!.message, /^console script \/usr\/local\/bin\/myapp: the walk reached no module of the application's code or of an installed package from \/usr\/local\/bin\/myapp, so this scan checked nothing it runs; .* Name the module it runs with the entrypoints input \(--entrypoint\)$/);
    assert.deepEqual(json.counts, { error: 0, warning: 1, notice: 0, unreported: 0 });
    // app, app.main and app.handlers under PYTHONPATH=/srv: none reached.
    assert.deepEqual(json.stats.coverage?.firstParty, { reached: 0, total: 3 });
    assert.equal(json.stats.coverage?.installed.reached, 0);
    assert.ok((json.stats.coverage?.installed.total ?? 0) > 100, `installed modules counted: ${json.stats.coverage?.installed.total}`);
    // The image's own run is the oracle: the script does run the service's code the walk did not see.
    const name = `import-guard-test-blind-${process.pid}`;
    const run = await execa('docker', ['run', '--rm', '--name', name, '--network', 'none', TAG], { reject: false, stdin: 'ignore' });
    assert.deepEqual([run.exitCode, run.stdout], [0, '{"ok": true}']);
  });

  it('naming the module the launcher runs covers it: no warning, and the whole service reached', async (t) => {
    if (!(await imageReady(t))) return;
    const { code, json } = await scan('--entrypoint', 'auto', '--entrypoint', 'app.main', '--boot', 'none');
    assert.equal(code, 0);
    assert.deepEqual(json.findings, []);
    assert.deepEqual(json.stats.coverage?.firstParty, { reached: 3, total: 3 });
  });
});
