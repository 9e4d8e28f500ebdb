// The smoke boot end to end: the bundled Action, run as the Actions runner runs it, boots images
// the real engine built from fixtures (uvicorn and gunicorn services) and turns what it sees into
// findings, a verdict and a log; and no container outlives the step, not even a killed one.
import assert from 'node:assert/strict';
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it, type TestContext } from 'node:test';
import { annotationLines, runStep, startStep, type StepResult } from '../helpers/action-runner.ts';
import { buildFixture, dockerReady, FIXTURES, guardContainers, PYTHON_IMAGE } from '../helpers/docker.ts';
import { tempFolder } from '../helpers/layouts.ts';
import { readJsonReport } from '../helpers/json-report.ts';

const SERVICE = 'import-guard-test/boot-service:e2e';

interface BootJson {
  result: string;
  findings: Array<{ kind: string; severity: string; reported: boolean; module: string; file: string; line: number; message: string; boot: { mode: string; predicted: boolean; exception?: string; target?: string } | null }>;
  boot: { mode: string; ok?: boolean; outcome?: string; reason?: string; error?: string; exitCode?: number; logs?: string } | null;
}

type BootStep = StepResult & { json: BootJson; sarif: string; dir: string };

async function ready(t: TestContext): Promise<boolean> {
  if (!(await dockerReady(t, { images: [PYTHON_IMAGE] }))) return false;
  await buildFixture(path.join(FIXTURES, 'boot-service'), SERVICE);
  return true;
}

/** Runs the Action on the boot service with the fixture as the checkout; asserts that no container is left. */
async function bootStep(dir: string, inputs: Record<string, string>, image = SERVICE, workspace = path.join(FIXTURES, 'boot-service')): Promise<BootStep> {
  const step = await runStep('index.js', dir, { 'INPUT_IMAGE': `docker:${image}`, 'INPUT_SUMMARY': 'true', 'GITHUB_WORKSPACE': workspace, ...inputs });
  assert.deepEqual(await guardContainers(), [], 'the boot left no container behind');
  const json = await readJsonReport(step.outputs['report-json']!);
  return { ...step, json, sarif: await readFile(step.outputs['sarif-file']!, 'utf8'), dir };
}

function bootSummaryLine(summary: string): string | undefined {
  return summary.split('\n').find((line) => line.startsWith('**Boot:**'));
}

describe('the smoke boot (bundled Action, services built by the engine)', () => {
  it('gunicorn + uvicorn worker, served: the worker’s boot failure proves the static error on the importing line', async (t) => {
    if (!(await dockerReady(t, { images: [PYTHON_IMAGE] }))) return;
    const tag = 'import-guard-test/guard-fastapi:e2e';
    await buildFixture(path.join(FIXTURES, 'guard-fastapi'), tag);
    await using tmp = await tempFolder();
    const step = await bootStep(tmp.dir, { 'INPUT_BOOT': 'serve', 'INPUT_HEALTH-PATH': '/health', 'INPUT_BOOT-TIMEOUT': '60' }, tag, path.join(FIXTURES, 'guard-fastapi'));
    assert.equal(step.exitCode, 1, step.stdout);
    assert.equal(
      annotationLines(step.stdout)[1],
      "::error title=netra_backend.app.services.monitoring is missing from the image,file=netra_backend/app/middleware/gcp_auth_context_middleware.py,line=23,col=1::ModuleNotFoundError: No module named 'netra_backend.app.services.monitoring'%0ACause: excluded by `.dockerignore` line 5: `**/monitoring/`%0ALost in packaging: the checkout has this module, the image does not%0AConfirmed at boot: running the image's own command raised this ModuleNotFoundError%0AImported via: netra_backend.app.main → netra_backend.app.middleware.gcp_auth_context_middleware → netra_backend.app.services.monitoring",
    );
    const errors = step.json.findings.filter((finding) => finding.reported && finding.severity === 'error');
    assert.deepEqual(errors.map((finding) => [finding.module, finding.file, finding.line, finding.boot?.mode, finding.boot?.predicted, finding.boot?.exception]), [
      ['netra_backend.app.services.monitoring', 'netra_backend/app/middleware/gcp_auth_context_middleware.py', 23, 'serve', true, 'ModuleNotFoundError'],
    ]);
    // gunicorn's master exits with status 3 when a worker fails to boot.
    assert.deepEqual([step.json.boot?.mode, step.json.boot?.ok, step.json.boot?.exitCode], ['serve', false, 3]);
    assert.match(step.json.boot!.logs!, /\[ERROR\] Exception in worker process\nTraceback \(most recent call last\):/);
    assert.match(bootSummaryLine(step.summary)!, /^\*\*Boot:\*\* ❌ serve boot failed: the process exited with status 3 after \d+\.\d s$/);
    // The tail holds the whole traceback and the record that introduces it.
    assert.match(step.summary, /<details open><summary>The last \d+ lines of the boot log \(4 more in the step's log\)<\/summary>\n\n```text\n\[[^\n]*\[ERROR\] Exception in worker process\nTraceback \(most recent call last\):\n[^]*Reason: Worker failed to boot\.\n```/);
    // The whole log, in a collapsed group, with workflow commands switched off inside it.
    assert.match(step.stdout, /::group::Boot log\n::stop-commands::([\w-]+)\n[^]*Worker failed to boot\.\n::\1::\n::endgroup::/);
  });

  it('uvicorn told to serve an app the module lacks: its one-line error proves the static finding on the CMD line', async (t) => {
    if (!(await dockerReady(t, { images: [PYTHON_IMAGE] }))) return;
    await using tmp = await tempFolder();
    const workspace = path.join(tmp.dir, 'boot-service-typo');
    await cp(path.join(FIXTURES, 'boot-service'), workspace, { recursive: true });
    const dockerfile = path.join(workspace, 'Dockerfile');
    await writeFile(dockerfile, (await readFile(dockerfile, 'utf8')).replace('"service:app"', '"service:application"'));
    const tag = 'import-guard-test/boot-service-typo:e2e';
    await buildFixture(workspace, tag);
    const step = await bootStep(tmp.dir, { 'INPUT_BOOT': 'serve', 'INPUT_HEALTH-PATH': '/health' }, tag, workspace);
    assert.equal(step.exitCode, 1, step.stdout);
    assert.match(step.json.boot!.logs!, /Error loading ASGI app\. Attribute "application" not found in module "service"\./);
    assert.deepEqual(annotationLines(step.stdout)[0], "::error title=service has no application,file=Dockerfile,line=7,col=1::uvicorn app argument loads application from service, which defines no such name%0AConfirmed at boot: running the image's own command raised AttributeError: module 'service' has no attribute 'application'");
    assert.deepEqual(step.json.findings.filter((finding) => finding.reported).map((finding) => [finding.kind, finding.file, finding.line, finding.boot?.predicted]), [['missing-name', 'Dockerfile', 7, true]]);
  });

  it('a healthy service, served: ready when its health path answers 2xx; the step passes', async (t) => {
    if (!(await ready(t))) return;
    await using tmp = await tempFolder();
    const step = await bootStep(tmp.dir, { 'INPUT_BOOT': 'serve', 'INPUT_HEALTH-PATH': '/health', 'INPUT_PORT': '8000' });
    assert.equal(step.exitCode, 0, step.stdout);
    assert.deepEqual([step.json.boot?.mode, step.json.boot?.ok, step.outputs.result, step.outputs.boot], ['serve', true, 'pass', 'passed']);
    assert.match(step.summary.split('\n')[0]!, /^## ✅ \*\*import-guard \(import-guard-test\/boot-service:e2e\): every import resolves and the image boots\*\* \(0 errors, 0 warnings, \d+ notices?\)$/);
    assert.match(step.json.boot!.outcome!, /^GET \/health answered 200 after \d+\.\d s$/);
    assert.match(bootSummaryLine(step.summary)!, /^\*\*Boot:\*\* ✅ serve boot passed: GET \/health answered 200 after/);
    assert.match(step.json.boot!.logs!, /Uvicorn running on http:\/\/0\.0\.0\.0:8000/);
    assert.deepEqual(annotationLines(step.stdout), []);
  });

  it('a healthy service with no health path: ready when the image’s own HEALTHCHECK says healthy', async (t) => {
    if (!(await ready(t))) return;
    await using tmp = await tempFolder();
    const step = await bootStep(tmp.dir, { INPUT_BOOT: 'serve' });
    assert.equal(step.exitCode, 0, step.stdout);
    assert.match(step.json.boot!.outcome!, /^the image's HEALTHCHECK reported healthy after \d+\.\d s$/);
  });

  it('a service that exits at once: the step fails with the exit status and the last words of its log', async (t) => {
    if (!(await ready(t))) return;
    await using tmp = await tempFolder();
    const step = await bootStep(tmp.dir, { 'INPUT_BOOT': 'serve', 'INPUT_HEALTH-PATH': '/health', 'INPUT_ENV': 'MODE=exit' });
    assert.equal(step.exitCode, 1, step.stdout);
    assert.deepEqual([step.json.boot?.ok, step.json.boot?.exitCode, step.outputs.result, step.outputs.errors, step.outputs.boot], [false, 1, 'fail', '1', 'failed']);
    // Nothing fails to import: the verdict says the image fails to boot.
    assert.match(step.summary.split('\n')[0]!, /^## ❌ \*\*import-guard \(import-guard-test\/boot-service:e2e\): this image fails to boot\*\* \(1 error, /);
    assert.match(annotationLines(step.stdout).at(-1)!, /^::error::import-guard: this image fails to boot \(fails on error\)\. /);
    const [failure] = step.json.findings.filter((finding) => finding.reported);
    // Shown on the line that says how the image starts: the Dockerfile's CMD.
    assert.deepEqual([failure!.kind, failure!.module, failure!.file, failure!.line, failure!.boot?.predicted], ['boot-failure', '(image command)', 'Dockerfile', 7, false]);
    assert.match(failure!.message, /^The serve boot failed: the process exited with status 1 after \d+\.\d s$/);
    assert.match(annotationLines(step.stdout)[0]!, /^::error title=The image fails to boot,file=Dockerfile,line=7,col=1::The serve boot failed: the process exited with status 1 after \d+\.\d s%0AFound only at boot, running the image's own command; the static walk did not predict it$/);
    assert.match(step.summary, /```text\nconfiguration missing: DATABASE_URL is not set\n```/);
  });

  it('a FastAPI startup handler that fails: uvicorn’s traceback, after its log prefix, becomes an error at the raising line', async (t) => {
    if (!(await ready(t))) return;
    await using tmp = await tempFolder();
    const step = await bootStep(tmp.dir, { 'INPUT_BOOT': 'serve', 'INPUT_HEALTH-PATH': '/health', 'INPUT_ENV': 'MODE=startup' });
    assert.equal(step.exitCode, 1, step.stdout);
    assert.match(step.json.boot!.logs!, /^ERROR: +Traceback \(most recent call last\):$/m);
    const found = step.json.findings.filter((finding) => finding.reported);
    assert.deepEqual(found.map((finding) => [finding.kind, finding.module, finding.file, finding.message, finding.boot?.predicted]), [['boot-failure', 'service', 'service.py', 'ConnectionError: database at db:5432 refused the connection', false]]);
    const source = (await readFile(path.join(FIXTURES, 'boot-service', 'service.py'), 'utf8')).split('\n');
    assert.match(source[found[0]!.line - 1]!, /raise ConnectionError/);
    assert.match(annotationLines(step.stdout)[0]!, /^::error title=service fails at boot,file=service\.py,line=\d+,col=1::ConnectionError: database at db:5432 refused the connection%0AFound only at boot, running the image's own command; the static walk did not predict it/);
  });

  it('a service that logs its failure as a JSON line: the traceback in exc_info becomes an error at the failing line', async (t) => {
    if (!(await ready(t))) return;
    await using tmp = await tempFolder();
    const step = await bootStep(tmp.dir, { 'INPUT_BOOT': 'serve', 'INPUT_HEALTH-PATH': '/health', 'INPUT_ENV': 'MODE=json-log' });
    assert.equal(step.exitCode, 1, step.stdout);
    assert.match(step.json.boot!.logs!, /^\{"level": "ERROR", "message": "cannot read SETTINGS", "exc_info": "Traceback/m);
    const found = step.json.findings.filter((finding) => finding.reported);
    assert.deepEqual(found.map((finding) => [finding.kind, finding.module, finding.file]), [['boot-failure', 'service', 'service.py']]);
    assert.match(found[0]!.message, /^json\.decoder\.JSONDecodeError: Expecting property name enclosed in double quotes/);
    const source = (await readFile(path.join(FIXTURES, 'boot-service', 'service.py'), 'utf8')).split('\n');
    assert.match(source[found[0]!.line - 1]!, /json\.loads\(/);
  });

  it('an import that needs more memory than boot-memory: the step says the kernel killed it for that', async (t) => {
    if (!(await ready(t))) return;
    await using tmp = await tempFolder();
    const roomy = await bootStep(tmp.dir, { 'INPUT_BOOT': 'import', 'INPUT_ENV': 'MODE=hog' });
    assert.deepEqual([roomy.exitCode, roomy.json.boot?.ok], [0, true], 'the default limit holds the 300 MB model');
    const step = await bootStep(tmp.dir, { 'INPUT_BOOT': 'import', 'INPUT_ENV': 'MODE=hog', 'INPUT_BOOT-MEMORY': '64m' });
    assert.equal(step.exitCode, 1, step.stdout);
    assert.deepEqual([step.json.boot?.ok, step.json.boot?.exitCode], [false, 137]);
    assert.match(step.json.boot!.outcome!, /^\/usr\/bin\/python3 exited with status 137, killed for going over its 64m memory limit \(boot-memory\) before importing 2 entry points$/);
  });

  it('a service that never answers: a timeout after boot-timeout, and the container is removed', async (t) => {
    if (!(await ready(t))) return;
    await using tmp = await tempFolder();
    const started = performance.now();
    const step = await bootStep(tmp.dir, { 'INPUT_BOOT': 'serve', 'INPUT_HEALTH-PATH': '/health', 'INPUT_ENV': 'MODE=silent', 'INPUT_BOOT-TIMEOUT': '4' });
    assert.equal(step.exitCode, 1, step.stdout);
    assert.equal(step.json.boot?.ok, false);
    assert.match(step.json.boot?.outcome ?? '', /^not ready after [4-9]\.\d s \(boot-timeout\): GET \/health never answered 2xx$/);
    assert.ok(performance.now() - started < 60_000, 'the step ends soon after the timeout');
  });

  it('a secret environment value never appears in any output, though the service logs it and raises it', async (t) => {
    if (!(await ready(t))) return;
    await using tmp = await tempFolder();
    const secret = 'tok-4f9a77c2e1-never-shown';
    const envFile = path.join(tmp.dir, 'boot.env');
    await writeFile(envFile, `# read as docker --env-file reads it\nAPI_TOKEN=${secret}\n`);
    const step = await bootStep(tmp.dir, { 'INPUT_BOOT': 'serve', 'INPUT_HEALTH-PATH': '/health', 'INPUT_ENV': 'MODE=leak\nPADDING=  kept  ', 'INPUT_ENV-FILE': envFile });
    assert.equal(step.exitCode, 1, step.stdout);
    // The runner is told to mask it in its own log too.
    assert.ok(step.stdout.includes(`::add-mask::${secret}`), 'the value is registered as a secret');
    const shown = [step.stdout.replace(`::add-mask::${secret}`, ''), step.summary, JSON.stringify(step.json), step.sarif, JSON.stringify(step.outputs)];
    for (const text of shown) assert.ok(!text.includes(secret), `the secret is in: ${text.slice(0, 2000)}`);
    // What the service said is still there, with the value masked.
    assert.match(step.json.boot!.logs!, /^connecting with token \*\*\*$/m);
    // A value keeps its spaces, as docker --env-file keeps them (and, being a value, is masked).
    assert.match(step.json.boot!.logs!, /^padding '\*\*\*'$/m);
    assert.ok(step.stdout.includes('::add-mask::  kept  \n'), 'the padded value is registered whole');
    const failure = step.json.findings.find((finding) => finding.kind === 'boot-failure');
    assert.deepEqual([failure?.module, failure?.file, failure?.message, failure?.boot?.predicted], ['service', 'service.py', 'RuntimeError: the billing API rejected token ***', false]);
    const source = (await readFile(path.join(FIXTURES, 'boot-service', 'service.py'), 'utf8')).split('\n');
    assert.match(source[failure!.line - 1]!, /raise RuntimeError/, 'the finding is at the raising line of the repository file');
  });

  it('the Action killed mid-boot (SIGKILL, as the runner ends a step that outlives its cancel timeout) leaves its container to the post step, which removes it', async (t) => {
    if (!(await ready(t))) return;
    await using tmp = await tempFolder();
    const main = await startStep('index.js', tmp.dir, { 'INPUT_IMAGE': `docker:${SERVICE}`, 'INPUT_BOOT': 'serve', 'INPUT_HEALTH-PATH': '/health', 'INPUT_ENV': 'MODE=silent', 'INPUT_BOOT-TIMEOUT': '300', 'GITHUB_WORKSPACE': path.join(FIXTURES, 'boot-service') });
    let running: string[] = [];
    for (const deadline = Date.now() + 120_000; running.length === 0 && Date.now() < deadline; ) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      running = await guardContainers();
    }
    assert.equal(running.length, 1, 'the boot started its container');
    main.process.kill('SIGKILL');
    const killed = await main.finished();
    assert.notEqual(killed.exitCode, 0);
    assert.deepEqual(await guardContainers(), running, 'the killed step left its container');
    const runId = killed.state['boot-run'];
    assert.ok(runId, 'the run id was saved before the boot started');
    assert.deepEqual(await guardContainers(runId), running, 'the container carries the run id');
    const post = await runStep('post.js', tmp.dir, { 'STATE_boot-run': runId, 'STATE_temp-dir': killed.state['temp-dir'] ?? '' });
    assert.equal(post.exitCode, 0, post.stdout);
    assert.match(post.stdout, /removed 1 container the boot left behind/);
    assert.deepEqual(await guardContainers(), []);
  });
});
