// Runs the bundled Action the way the Actions runner does: INPUT_* environment, the step's
// output, state and summary files, then the post step with the saved state.
import assert from 'node:assert/strict';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { BUSYBOX_IMAGE, buildFixture, dockerReady } from '../helpers/docker.ts';
import { tempFolder } from '../helpers/layouts.ts';
import { annotationLines, runStep } from '../helpers/action-runner.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('the bundled Action', () => {
  it('scans the bundled example: one error annotation on the importing line, outputs, reports and summary', async () => {
    await using tmp = await tempFolder();
    const example = path.join(ROOT, 'examples/fastapi-service');
    const step = await runStep('index.js', tmp.dir, { 'INPUT_IMAGE': `oci-dir:${path.join(example, 'image')}`, 'INPUT_SUMMARY': 'true', 'INPUT_FAIL-ON': '', 'GITHUB_WORKSPACE': example });
    assert.equal(step.exitCode, 1, step.stdout);
    const annotations = annotationLines(step.stdout);
    assert.equal(annotations.length, 2, step.stdout);
    assert.equal(
      annotations[0],
      "::error title=netra_backend.app.services.monitoring is missing from the image,file=netra_backend/app/middleware/gcp_auth_context_middleware.py,line=23,col=1::ModuleNotFoundError: No module named 'netra_backend.app.services.monitoring'%0AImported via: netra_backend.app.main → netra_backend.app.middleware.gcp_auth_context_middleware → netra_backend.app.services.monitoring",
    );
    assert.match(annotations[1]!, /^::error::import-guard: this image will fail to import \(fails on error\)\. sha256:0c288bc6\w+: 1 error, 0 warnings, 0 notices in 19 files \(\d+\.\d\d s\)$/);
    assert.deepEqual({ result: step.outputs.result, errors: step.outputs.errors, warnings: step.outputs.warnings }, { result: 'fail', errors: '1', warnings: '0' });
    const json = JSON.parse(await readFile(step.outputs['report-json']!, 'utf8')) as { result: string; findings: Array<{ module: string; file: string; line: number; reported: boolean; unreported?: string }> };
    assert.equal(json.result, 'fail');
    assert.deepEqual(json.findings.map((finding) => [finding.module, finding.file, finding.line, finding.reported, finding.unreported]), [
      ['netra_backend.app.services.monitoring', 'netra_backend/app/middleware/gcp_auth_context_middleware.py', 23, true, undefined],
      ['starlette.requests', 'netra_backend/app/middleware/gcp_auth_context_middleware.py', 11, false, 'type-checking'],
      ['starlette.responses', 'netra_backend/app/middleware/gcp_auth_context_middleware.py', 12, false, 'type-checking'],
    ]);
    const sarif = JSON.parse(await readFile(step.outputs['sarif-file']!, 'utf8')) as { version: string; runs: Array<{ results: unknown[] }> };
    assert.equal(sarif.version, '2.1.0');
    assert.equal(sarif.runs[0]!.results.length, 3);
    assert.match(step.summary, /^## ❌ \*\*import-guard: this image will fail to import\*\* \(1 error, 0 warnings, 0 notices; fails on error\)/);
    assert.match(step.summary, /\| 🔴 error \| <code>netra_backend\.app\.services\.monitoring<\/code> \| <code>netra_backend\/app\/middleware\/gcp_auth_context_middleware\.py:23<\/code> \| netra_backend\.app\.main → netra_backend\.app\.middleware\.gcp_auth_context_middleware → netra_backend\.app\.services\.monitoring \|/);
    assert.match(step.summary, /<details><summary>Import chains as a diagram<\/summary>\n\n```mermaid\ngraph LR\n/);
    assert.match(step.stdout, /::group::Reading the image and walking its imports/);
    assert.ok(step.state['temp-dir']?.startsWith(path.join(tmp.dir, 'runner-temp')), 'the main step tells the post step what to clean');
  });

  it('fails the step with the input problem in one annotation, no stack trace', async () => {
    await using tmp = await tempFolder();
    const missing = await runStep('index.js', tmp.dir, { INPUT_IMAGE: 'docker-archive:nowhere.tar' });
    assert.equal(missing.exitCode, 1);
    assert.match(missing.stdout, /^::error::nowhere\.tar: no such file or directory \(expected a docker-archive \(docker save\)\)$/m);
    assert.doesNotMatch(missing.stdout, /\n\s+at /);
    const badPlatform = await runStep('index.js', tmp.dir, { INPUT_IMAGE: 'x.tar', INPUT_PLATFORM: 'amd64' });
    assert.match(badPlatform.stdout, /::error::platform "amd64" is not of the form os\/arch\[\/variant\]/);
    const badSummary = await runStep('index.js', tmp.dir, { INPUT_IMAGE: 'x.tar', INPUT_SUMMARY: 'yes' });
    assert.match(badSummary.stdout, /::error::input summary is "yes"; expected true or false/);
  });

  it('post step removes what a cancelled main step left in its temporary folder', async () => {
    await using tmp = await tempFolder();
    const left = path.join(tmp.dir, 'runner-temp', 'import-guard-4242-1', 'import-guard-save-x');
    await mkdir(left, { recursive: true });
    await writeFile(path.join(left, 'image.tar'), 'partial');
    const post = await runStep('post.js', tmp.dir, { 'STATE_temp-dir': path.dirname(left) });
    assert.equal(post.exitCode, 0, post.stdout);
    assert.deepEqual(await readdir(path.join(tmp.dir, 'runner-temp')), []);
  });

  it('reads a daemon image and leaves no temporary files behind', async (t) => {
    if (!(await dockerReady(t, { images: [BUSYBOX_IMAGE] }))) return;
    await buildFixture('layered', 'import-guard-test/layered:action');
    await using tmp = await tempFolder();
    const step = await runStep('index.js', tmp.dir, { INPUT_IMAGE: 'docker:import-guard-test/layered:action' });
    assert.equal(step.exitCode, 1, step.stdout);
    assert.match(step.stdout, /saving import-guard-test\/layered:action from the Docker daemon/);
    // The busybox image holds no Python: the step says so in one annotation.
    assert.match(step.stdout, /^::error::import-guard-test\/layered:action: no Python interpreter found: the image's command is \["\/bin\/sh","-c","echo serving"\] and PATH holds no python3$/m);
    const leftovers = await readdir(path.join(tmp.dir, 'runner-temp'), { recursive: true }).catch(() => []);
    assert.deepEqual(leftovers.filter((name) => name.includes('import-guard-save')), []);
    const missing = await runStep('index.js', tmp.dir, { INPUT_IMAGE: 'docker:import-guard-test/never-built:1' });
    assert.equal(missing.exitCode, 1);
    assert.match(missing.stdout, /::error::image import-guard-test\/never-built:1 is not in the local Docker daemon/);
  });
});
