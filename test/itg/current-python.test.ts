// Images on current Python, end to end: a 3.15 service with lazy imports and a 3.14 service
// written with 3.14's syntax, each built by the engine, checked by the bundled Action as the
// runner runs it, and booted by it (the image's own interpreter is the oracle).
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, describe, it, type TestContext } from 'node:test';
import { execa } from 'execa';
import { annotationLines, runStep, type StepResult } from '../helpers/action-runner.ts';
import { buildFixture, dockerReady, FIXTURES, guardContainers, PYTHON_315_IMAGE, PYTHON_NEXT_IMAGE } from '../helpers/docker.ts';
import { tempFolder } from '../helpers/layouts.ts';
import { readJsonReport } from '../helpers/json-report.ts';

interface JsonFinding {
  severity: string;
  reported: boolean;
  module: string;
  file: string;
  line: number;
  guard: string | null;
  cause: string | null;
  boot: { predicted: boolean } | null;
}

interface JsonReport {
  python: { version: string };
  findings: JsonFinding[];
  stats: { unparsed: number; lazyImports?: number };
  boot: { mode: string; ok?: boolean; outcome?: string } | null;
}

/** Each reported finding as `severity module file:line | guard | cause | confirmed at boot?`. */
function cells(json: JsonReport): string[] {
  return json.findings.filter((finding) => finding.reported).map((finding) => `${finding.severity} ${finding.module} ${finding.file}:${finding.line} | ${finding.guard} | ${finding.cause} | ${finding.boot?.predicted ? 'confirmed at boot' : 'not at boot'}`);
}

const built = new Map<string, Promise<void>>();

async function imageReady(t: TestContext, fixture: string, base: string): Promise<string | undefined> {
  if (!(await dockerReady(t, { images: [base] }))) return undefined;
  const tag = `import-guard-test/${fixture}:e2e-${process.pid}`;
  if (!built.has(tag)) built.set(tag, buildFixture(path.join(FIXTURES, fixture), tag));
  await built.get(tag);
  return tag;
}

async function guardStep(tag: string, fixture: string, dir: string): Promise<{ step: StepResult; json: JsonReport }> {
  const step = await runStep('index.js', dir, { 'INPUT_IMAGE': `docker:${tag}`, 'INPUT_SUMMARY': 'true', 'INPUT_FAIL-ON': 'error', 'GITHUB_WORKSPACE': path.join(FIXTURES, fixture) });
  assert.deepEqual(await guardContainers(), [], 'the boot left no container behind');
  return { step, json: await readJsonReport(step.outputs['report-json']!) };
}

describe('current Python: 3.15 lazy imports and 3.14 syntax (images from the engine, the bundled Action)', () => {
  after(async () => {
    await Promise.all([...built.keys()].map((tag) => execa('docker', ['image', 'rm', tag], { reject: false, stdin: 'ignore' })));
  });

  it('3.15: a lazily imported module read at start is an error, confirmed by the boot; one read only in a request handler is a warning', async (t) => {
    const fixture = 'guard-python315-lazy';
    const tag = await imageReady(t, fixture, PYTHON_315_IMAGE);
    if (!tag) return;
    await using tmp = await tempFolder();
    const { step, json } = await guardStep(tag, fixture, tmp.dir);
    assert.equal(step.exitCode, 1, step.stdout);
    assert.equal(json.python.version, '3.15');
    assert.equal(json.stats.unparsed, 0);
    assert.equal(json.stats.lazyImports, 3);
    assert.deepEqual(cells(json), [
      'error svc.metrics svc/settings.py:1 | imported lazily, but svc.metrics is read as the module runs (line 4), which loads it | excluded by `.dockerignore` line 2: `svc/metrics.py` | confirmed at boot',
      'warning svc.reports svc/server.py:2 | imported lazily: fails on first use, svc.reports at line 11 | excluded by `.dockerignore` line 3: `svc/reports.py` | not at boot',
    ]);
    assert.deepEqual([json.boot?.mode, json.boot?.ok], ['import', false]);
    assert.deepEqual({ result: step.outputs.result, errors: step.outputs.errors, warnings: step.outputs.warnings }, { result: 'fail', errors: '1', warnings: '1' });
    const annotations = annotationLines(step.stdout).filter((line) => line.includes('is missing from the image'));
    assert.equal(annotations.length, 2);
    assert.match(annotations[0]!, /^::error title=svc\.metrics is missing from the image,file=svc\/settings\.py,line=1,col=1::/);
    assert.match(annotations[1]!, /^::warning title=svc\.reports is missing from the image,file=svc\/server\.py,line=2,col=1::.*Guard: imported lazily: fails on first use, svc\.reports at line 11/);
  });

  it('3.14: t-strings and `except A, B:` parse; the module .dockerignore left out is an error, confirmed by the boot', async (t) => {
    const fixture = 'guard-python314-tstrings';
    const tag = await imageReady(t, fixture, PYTHON_NEXT_IMAGE);
    if (!tag) return;
    await using tmp = await tempFolder();
    const { step, json } = await guardStep(tag, fixture, tmp.dir);
    assert.equal(step.exitCode, 1, step.stdout);
    assert.equal(json.python.version, '3.14');
    assert.equal(json.stats.unparsed, 0);
    assert.deepEqual(cells(json), [
      'error app.billing app/main.py:8 | null | excluded by `.dockerignore` line 2: `app/billing.py` | confirmed at boot',
      'notice ujson app/main.py:4 | try/except ImportError, ModuleNotFoundError | not installed in the image, and the checkout declares no requirements (no requirements*.txt, pyproject.toml or setup.cfg) | not at boot',
    ]);
    assert.deepEqual([json.boot?.mode, json.boot?.ok], ['import', false]);
    assert.ok(!step.stdout.includes('does not parse'), step.stdout);
  });
});
