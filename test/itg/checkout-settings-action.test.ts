// The Action's step, run from its sources as the runner runs it, with the settings file and the
// baseline in the workspace.
import assert from 'node:assert/strict';
import { cp, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { annotationLines, ROOT, runStep } from '../helpers/action-runner.ts';
import { cli } from '../helpers/cli.ts';
import { tempFolder } from '../helpers/layouts.ts';
import { readJsonReport } from '../helpers/json-report.ts';

describe('the Action with a settings file and a baseline in the workspace', () => {
  it('passes on the findings the baseline accepts and says so in the summary; an input still wins over the file', async () => {
    await using tmp = await tempFolder();
    const workspace = path.join(tmp.dir, 'workspace');
    await cp(path.join(ROOT, 'examples/fastapi-service'), workspace, { recursive: true });
    const image = `oci-dir:${path.join(workspace, 'image')}`;
    const written = await cli(['scan', image, '--repo', workspace, '--write-baseline', path.join(workspace, 'import-guard-baseline.json'), '--quiet']);
    assert.equal(written.code, 0, written.stderr);
    await writeFile(path.join(workspace, '.import-guard.toml'), '# accepted while the monitoring package is restored\nbaseline = "import-guard-baseline.json"\nfail-on = "notice"\n');

    const step = await runStep('index.js', tmp.dir, { INPUT_IMAGE: image, INPUT_SUMMARY: 'true', GITHUB_WORKSPACE: workspace });
    assert.equal(step.exitCode, 0, step.stdout);
    assert.deepEqual(annotationLines(step.stdout), []);
    assert.match(step.stdout, /^Settings from \.import-guard\.toml: baseline, fail-on$/m);
    assert.equal(step.outputs.result, 'pass');
    assert.match(step.stdout, /^import-guard passed\. sha256:\w+: 0 errors, 0 warnings, 0 notices \(1 more accepted by the baseline\) in 18 files/m);
    assert.match(step.summary, /^## ✅ \*\*import-guard \(image\): nothing beyond the baseline's 1 accepted finding\*\*/);
    assert.ok(step.summary.includes('**Baseline:** 1 finding accepted by the baseline import-guard-baseline.json.\n'), step.summary);
    const json = await readJsonReport(step.outputs['report-json']!);
    assert.equal(json.failOn, 'notice');
    assert.deepEqual(json.baseline, { file: 'import-guard-baseline.json', accepted: 1, unmatched: 0 });
    assert.deepEqual(json.findings.map((finding) => [finding.module, finding.unreported]), [['netra_backend.app.services.monitoring', 'baseline'], ['starlette.requests', 'type-checking'], ['starlette.responses', 'type-checking']]);

    // The input names another baseline: the file's is not read, and the finding fails the step again.
    await writeFile(path.join(workspace, 'empty-baseline.json'), '{"version": 1, "findings": []}\n');
    const input = await runStep('index.js', tmp.dir, { 'INPUT_IMAGE': image, 'INPUT_BASELINE': 'empty-baseline.json', 'INPUT_FAIL-ON': 'error', 'GITHUB_WORKSPACE': workspace });
    assert.equal(input.exitCode, 1, input.stdout);
    assert.deepEqual([input.outputs.result, input.outputs.errors], ['fail', '1']);
    // Both of the file's keys are given as inputs: nothing is taken from it.
    assert.doesNotMatch(input.stdout, /Settings from/);
  });

  it('fails the step with the file, line and key of a bad setting', async () => {
    await using tmp = await tempFolder();
    const workspace = path.join(tmp.dir, 'workspace');
    await cp(path.join(ROOT, 'examples/fastapi-service'), workspace, { recursive: true });
    await writeFile(path.join(workspace, 'pyproject.toml'), '[project]\nname = "netra"\n\n[tool.import-guard]\ngithub-token = "ghp_x"\n');
    const step = await runStep('index.js', tmp.dir, { INPUT_IMAGE: `oci-dir:${path.join(workspace, 'image')}`, GITHUB_WORKSPACE: workspace });
    assert.equal(step.exitCode, 1);
    assert.match(step.stdout, /^::error::pyproject\.toml line 5: "github-token" can be given only as an input of the step \(or a command-line option\), not in a settings file: a token never belongs in the checkout$/m);
  });
});
