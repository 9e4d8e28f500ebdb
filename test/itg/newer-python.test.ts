// An image whose Python is newer than every version the guard knows, built by the engine and
// checked by the Action: the step and the summary say so, the scan reads with the newest grammar
// it knows, and a file that does not parse with it is "not checked", a warning, never an error.
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { knownVersions } from '../../src/python/stdlib.ts';
import { annotationLines, runStep } from '../helpers/action-runner.ts';
import { cli } from '../helpers/cli.ts';
import { buildFixture, dockerReady, FIXTURES, PYTHON_315_IMAGE } from '../helpers/docker.ts';
import { tempFolder } from '../helpers/layouts.ts';
import { readJsonReport } from '../helpers/json-report.ts';

const TAG = 'import-guard-test/guard-newer-python:e2e';
const WORKSPACE = path.join(FIXTURES, 'guard-newer-python');

describe('a Python newer than the guard knows', () => {
  it('is read as the newest known version; what does not parse is not checked, a warning on the step and in the summary', async (t) => {
    if (!(await dockerReady(t, { images: [PYTHON_315_IMAGE] }))) return;
    await buildFixture('guard-newer-python', TAG);
    await using tmp = await tempFolder();
    const step = await runStep('index.js', tmp.dir, { 'INPUT_IMAGE': `docker:${TAG}`, 'INPUT_BOOT': 'none', 'INPUT_SUMMARY': 'true', 'INPUT_FAIL-ON': 'error', 'GITHUB_WORKSPACE': WORKSPACE });
    const json = await readJsonReport(step.outputs['report-json']!);
    const newest = knownVersions().at(-1)!;
    const newer = `Python 3.16 is newer than the newest version import-guard knows (${newest}): its files were read with ${newest}'s grammar and standard-library data, and any file that does not parse with them is not checked, so the verdict may be incomplete`;
    assert.deepEqual(json.python, { executable: '/usr/bin/python3.16', version: '3.16', readAs: newest, known: knownVersions(), newer });

    // The missing module is still an error: the file that imports it parses with the newest grammar.
    assert.deepEqual(
      json.findings.filter((finding) => finding.reported).map((finding) => [finding.severity, finding.kind, finding.module, finding.file, finding.line]),
      [
        ['error', 'missing-module', 'not_installed', 'app/views.py', 3],
        ['warning', 'not-checked', 'app.pipeline', 'app/pipeline.py', 4],
      ],
    );
    assert.ok(!json.findings.some((finding) => finding.kind === 'syntax-error' || finding.message.includes('does not parse:')), JSON.stringify(json.findings));
    assert.match(json.findings[1]!.message, /^app\.pipeline was not checked: it does not parse with the grammar of Python 3\.15 \(invalid syntax \(line 4\)\), the newest import-guard knows, and the image runs Python 3\.16; the imports it makes are unchecked, so the verdict is incomplete$/);
    assert.equal(json.stats.unparsed, 1);
    assert.equal(step.exitCode, 1, step.stdout);

    const annotations = annotationLines(step.stdout);
    assert.ok(annotations.includes(`::warning::${newer}`), annotations.join('\n'));
    assert.ok(annotations.some((line) => line.startsWith('::warning title=app.pipeline was not checked,file=app/pipeline.py,line=4,')), annotations.join('\n'));
    const summary = step.summary.split('\n');
    assert.ok(summary.includes(`⚠️ **${newer.replace(/_/g, '&#95;')}.**`), step.summary);
    // A file not checked is no import: its place reads `at`.
    assert.ok(summary.some((line) => line.startsWith('| 🟠 warning | <code>app.pipeline</code><br>at <code>app/pipeline.py:4</code> | ')), step.summary);
  });

  it('inspect and scan say so on the command line', async (t) => {
    if (!(await dockerReady(t, { images: [PYTHON_315_IMAGE] }))) return;
    await buildFixture('guard-newer-python', TAG);
    const inspected = await cli(['inspect', `docker:${TAG}`]);
    assert.equal(inspected.code, 0, inspected.stderr);
    const lines = inspected.stdout.split('\n');
    assert.ok(lines.includes('Python       3.16 /usr/bin/python3.16 (debian layout, prefix /usr)'), inspected.stdout);
    assert.ok(lines.includes(`Known        Python ${knownVersions().join(', ')} (grammar and standard-library data)`), inspected.stdout);
    assert.ok(lines.some((line) => line.startsWith('  note       Python 3.16 is newer than the newest version import-guard knows')), inspected.stdout);
    const scanned = await cli(['scan', `docker:${TAG}`, '--boot', 'none']);
    assert.equal(scanned.code, 1, scanned.stderr);
    assert.match(scanned.stdout, /^warning: Python 3\.16 is newer than the newest version import-guard knows/m);
    assert.match(scanned.stdout, /^warning \/srv\/app\/pipeline\.py:4:1 {2}app\.pipeline was not checked$/m);
  });
});
