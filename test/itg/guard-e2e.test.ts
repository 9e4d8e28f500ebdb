// The product end to end: images built by the real engine from fixture projects, checked by the
// bundled Action run as the Actions runner runs it, with the fixture as the checked-out workspace.
import assert from 'node:assert/strict';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it, type TestContext } from 'node:test';
import type { JsonReport } from '../../src/report/json.ts';
import { annotationLines, runStep, type StepResult } from '../helpers/action-runner.ts';
import { buildFixture, dockerReady, FIXTURES, guardContainers, PYTHON_BIG_IMAGE, PYTHON_IMAGE, PYTHON_ORG_IMAGES } from '../helpers/docker.ts';
import { tempFolder } from '../helpers/layouts.ts';
import { bootOf, readJsonReport } from '../helpers/json-report.ts';

/** Builds the fixture, then runs the Action on the image with `workspace` as the checkout. */
async function guard(t: TestContext, fixture: string, base: string, inputs: Record<string, string> = {}, workspace = path.join(FIXTURES, fixture)): Promise<(StepResult & { json: JsonReport }) | undefined> {
  if (!(await dockerReady(t, { images: [base] }))) return undefined;
  const tag = `import-guard-test/${path.basename(workspace)}:e2e`;
  await buildFixture(workspace, tag);
  await using tmp = await tempFolder();
  const step = await runStep('index.js', tmp.dir, { 'INPUT_IMAGE': `docker:${tag}`, 'INPUT_SUMMARY': 'true', 'INPUT_FAIL-ON': 'error', 'GITHUB_WORKSPACE': workspace, ...inputs });
  assert.deepEqual(await guardContainers(), [], 'the boot left no container behind');
  const json = await readJsonReport(step.outputs['report-json']!);
  return { ...step, json };
}

function reported(json: JsonReport): Array<[string, string, string, number]> {
  return json.findings.filter((finding) => finding.reported).map((finding) => [finding.severity, finding.module, finding.file, finding.line]);
}

describe('the guard end to end (bundled Action, images from the engine)', () => {
  it('FastAPI under gunicorn + uvicorn: .dockerignore drops services/monitoring -> errors on the importing line and the rule, step fails', async (t) => {
    const step = await guard(t, 'guard-fastapi', PYTHON_IMAGE);
    if (!step) return;
    assert.equal(step.exitCode, 1, step.stdout);
    const annotations = annotationLines(step.stdout);
    assert.deepEqual(annotations.slice(0, 3), [
      '::error title=This line leaves netra_backend.app.services.monitoring out of the image,file=.dockerignore,line=5,col=1::`**/monitoring/` leaves netra_backend/app/services/monitoring/ out of the build context, so the image has no netra_backend.app.services.monitoring.%0AImported as netra_backend.app.services.monitoring at netra_backend/app/middleware/gcp_auth_context_middleware.py:23.',
      "::error title=netra_backend.app.services.monitoring is missing from the image,file=netra_backend/app/middleware/gcp_auth_context_middleware.py,line=23,col=1::ModuleNotFoundError: No module named 'netra_backend.app.services.monitoring'%0ACause: excluded by `.dockerignore` line 5: `**/monitoring/`%0ALost in packaging: the checkout has this module, the image does not%0AConfirmed at boot: importing netra_backend.app.main:app in the image raised this ModuleNotFoundError%0AImported via: netra_backend.app.main → netra_backend.app.middleware.gcp_auth_context_middleware → netra_backend.app.services.monitoring",
      '::notice title=orjson is missing from the image,file=netra_backend/app/main.py,line=7,col=5::ModuleNotFoundError: No module named \'orjson\'%0ACause: not installed in the image, and the checkout declares no requirements (no requirements*.txt, pyproject.toml or setup.cfg)%0AGuard: try/except ImportError%0AImported via: netra_backend.app.main → orjson',
    ]);
    assert.match(annotations[3]!, /^::error::import-guard: this image will fail to import \(fails on error\)\. import-guard-test\/guard-fastapi:e2e: 1 error, 0 warnings, 1 notice in \d+ files/);
    assert.equal(annotations.length, 4);
    assert.deepEqual({ result: step.outputs.result, errors: step.outputs.errors, warnings: step.outputs.warnings }, { result: 'fail', errors: '1', warnings: '0' });
    assert.deepEqual(reported(step.json), [
      ['error', 'netra_backend.app.services.monitoring', 'netra_backend/app/middleware/gcp_auth_context_middleware.py', 23],
      ['notice', 'orjson', 'netra_backend/app/main.py', 7],
    ]);
    const [monitoring] = step.json.findings;
    assert.deepEqual([monitoring!.origin, monitoring!.cause, monitoring!.causeAt], ['first-party', 'excluded by `.dockerignore` line 5: `**/monitoring/`', { kind: 'excluded', file: '.dockerignore', line: 5, message: '`**/monitoring/` leaves netra_backend/app/services/monitoring/ out of the build context' }]);
    assert.deepEqual(monitoring!.chain, [
      { module: 'netra_backend.app.middleware.gcp_auth_context_middleware', file: 'netra_backend/app/main.py', line: 3 },
      { module: 'netra_backend.app.services.monitoring', file: 'netra_backend/app/middleware/gcp_auth_context_middleware.py', line: 23 },
    ]);
    // The walk went through gunicorn, uvicorn's worker, FastAPI and Starlette in the image.
    assert.ok(step.json.stats.files > 100, `files scanned: ${step.json.stats.files}`);
    const summaryLines = step.summary.split('\n');
    assert.equal(summaryLines[0], '## ❌ **import-guard (import-guard-test/guard-fastapi:e2e): this image will fail to import** (1 error, 0 warnings, 1 notice; fails on error)');
    assert.ok(summaryLines.includes('| 🔴 error | <code>netra&#95;backend.app.services.monitoring</code><br>imported at <code>netra&#95;backend/<wbr>app/<wbr>middleware/<wbr>gcp&#95;auth&#95;context&#95;middleware.<wbr>py:23</code> | ModuleNotFoundError: No module named \'netra&#95;backend.app.services.monitoring\'<br>cause: excluded by &#96;.dockerignore&#96; line 5: &#96;&#42;&#42;/monitoring/&#96; (<code>.dockerignore:5</code>)<br>chain: netra&#95;backend.app.main → netra&#95;backend.<wbr>app.<wbr>middleware.<wbr>gcp&#95;auth&#95;context&#95;middleware → netra&#95;backend.app.services.monitoring<br>Lost in packaging: the checkout has this module, the image does not<br>Confirmed at boot: importing netra&#95;backend.app.main:app in the image raised this ModuleNotFoundError<br>origin: first-party |'), step.summary);
    // The import boot imported the app, gunicorn's own entry and uvicorn's worker class in the image; only the app failed.
    assert.ok(summaryLines.includes('**Boot:** ❌ import boot failed: 1 of 3 entry points failed to import with /usr/bin/python3: netra&#95;backend.app.main:app'), step.summary);
    assert.deepEqual(monitoring!.boot, { mode: 'import', predicted: true, exception: 'ModuleNotFoundError', exceptionMessage: "No module named 'netra_backend.app.services.monitoring'", target: 'netra_backend.app.main:app', logLine: 2 });
    assert.ok(summaryLines.includes('| 🔵 notice | <code>orjson</code><br>imported at <code>netra&#95;backend/app/main.py:7</code> | ModuleNotFoundError: No module named \'orjson\'<br>cause: not installed in the image, and the checkout declares no requirements (no requirements&#42;.txt, pyproject.toml or setup.cfg)<br>chain: netra&#95;backend.app.main → orjson<br>guard: try/except ImportError<br>origin: third-party |'), step.summary);
    assert.match(step.summary, /<details><summary>Import chains as a diagram<\/summary>\n\n```mermaid\ngraph LR\n/);
  });

  it('the same app with the .dockerignore rule fixed passes with zero errors; the optional dependency stays a notice', async (t) => {
    await using copy = await tempFolder();
    const workspace = path.join(copy.dir, 'guard-fastapi-fixed');
    await cp(path.join(FIXTURES, 'guard-fastapi'), workspace, { recursive: true });
    const ignore = await readFile(path.join(workspace, '.dockerignore'), 'utf8');
    await writeFile(path.join(workspace, '.dockerignore'), ignore.replace('**/monitoring/', '/monitoring/'));
    const step = await guard(t, 'guard-fastapi', PYTHON_IMAGE, {}, workspace);
    if (!step) return;
    assert.equal(step.exitCode, 0, step.stdout);
    assert.deepEqual(annotationLines(step.stdout), ['::notice title=orjson is missing from the image,file=netra_backend/app/main.py,line=7,col=5::ModuleNotFoundError: No module named \'orjson\'%0ACause: not installed in the image, and the checkout declares no requirements (no requirements*.txt, pyproject.toml or setup.cfg)%0AGuard: try/except ImportError%0AImported via: netra_backend.app.main → orjson']);
    assert.deepEqual({ result: step.outputs.result, errors: step.outputs.errors, warnings: step.outputs.warnings }, { result: 'pass', errors: '0', warnings: '0' });
    assert.deepEqual(reported(step.json), [['notice', 'orjson', 'netra_backend/app/main.py', 7]]);
    // The app imports in the image now: the verdict says so.
    assert.match(step.summary.split('\n')[0]!, /^## ✅ \*\*import-guard \(import-guard-test\/[\w.-]+:e2e\): every import resolves and the image boots\*\* \(0 errors, 0 warnings, 1 notice\)$/);
    assert.equal(step.outputs.boot, 'passed');
  });

  it('a Django project via manage.py: INSTALLED_APPS and MIDDLEWARE strings are imports of the settings module', async (t) => {
    const step = await guard(t, 'guard-django', PYTHON_BIG_IMAGE);
    if (!step) return;
    assert.equal(step.exitCode, 1, step.stdout);
    assert.deepEqual(annotationLines(step.stdout).slice(0, 3), [
      '::error title=This line leaves reports out of the image,file=.dockerignore,line=4,col=1::`reports/` leaves reports/ out of the build context, so the image has no reports.%0AImported as reports at shop/settings.py:14.',
      "::error title=reports is missing from the image,file=shop/settings.py,line=14,col=5::Django setting INSTALLED_APPS names reports, but: No module named 'reports'%0ACause: excluded by `.dockerignore` line 4: `reports/`%0ALost in packaging: the checkout has this module, the image does not%0AImported via: shop.settings → reports",
      "::error title=whitenoise is missing from the image,file=shop/settings.py,line=19,col=5::Django setting MIDDLEWARE names whitenoise.middleware.WhiteNoiseMiddleware, but: No module named 'whitenoise'%0ACause: not installed in the image, and the checkout declares no requirements (no requirements*.txt, pyproject.toml or setup.cfg)%0AImported via: shop.settings → whitenoise.middleware",
    ]);
    assert.deepEqual(reported(step.json), [
      ['error', 'reports', 'shop/settings.py', 14],
      ['error', 'whitenoise', 'shop/settings.py', 19],
    ]);
    assert.deepEqual(step.json.findings.filter((finding) => finding.reported).map((finding) => finding.origin), ['first-party', 'third-party']);
    // Django itself, its contrib apps, the URLconf and the orders app were walked without a finding.
    assert.ok(step.json.stats.modules > 300, `modules reached: ${step.json.stats.modules}`);
    assert.match(step.summary, /<code>\/srv\/manage\.py<\/code>, <code>shop\.settings<\/code>/);
    // Importing the settings module succeeds: the apps it names are imported later, on a path the import boot does not run. The static errors stay.
    assert.deepEqual([bootOf(step.json).mode, bootOf(step.json).ok], ['import', true]);
    assert.deepEqual(step.json.findings.filter((finding) => finding.reported).map((finding) => finding.boot), [null, null]);
  });

  it('a console script of an installed distribution: its entry module imports a backend .dockerignore dropped', async (t) => {
    const step = await guard(t, 'guard-console-script', PYTHON_IMAGE);
    if (!step) return;
    assert.equal(step.exitCode, 1, step.stdout);
    assert.deepEqual(annotationLines(step.stdout).slice(0, 2), [
      '::error title=This line leaves svc.backends.redis_backend out of the image,file=.dockerignore,line=2,col=1::`svc/backends/redis_backend.py` leaves svc/backends/redis_backend.py out of the build context, so the image has no svc.backends.redis_backend.%0AImported as svc.backends.redis_backend at svc/cli.py:4.',
      "::error title=svc.backends.redis_backend is missing from the image,file=svc/cli.py,line=4,col=1::ModuleNotFoundError: No module named 'svc.backends.redis_backend'%0ACause: excluded by `.dockerignore` line 2: `svc/backends/redis_backend.py`%0ALost in packaging: the checkout has this module, the image does not%0AConfirmed at boot: importing svc.cli:main in the image raised this ModuleNotFoundError%0AImported via: svc.cli → svc.backends.redis_backend",
    ]);
    assert.deepEqual(reported(step.json), [['error', 'svc.backends.redis_backend', 'svc/cli.py', 4]]);
    assert.equal(step.json.findings[0]!.origin, 'first-party');
    assert.match(step.summary, /<code>\/usr\/local\/bin\/svc-serve<\/code>, <code>svc\.cli:main<\/code>/);
  });

  it('a venv image: the isolated venv does not see the system PyYAML; requirements declared, not installed, or neither', async (t) => {
    const step = await guard(t, 'guard-venv', PYTHON_IMAGE);
    if (!step) return;
    assert.equal(step.exitCode, 1, step.stdout);
    assert.deepEqual(annotationLines(step.stdout).slice(0, 5), [
      '::error title=The requirement for yaml is not installed,file=requirements.txt,line=2,col=1::`PyYAML==6.0` is declared here, but the image has no PyYAML where Python 3.11 looks, so importing yaml fails.%0AImported as yaml at app/__main__.py:3.',
      "::error title=yaml is missing from the image,file=app/__main__.py,line=3,col=1::ModuleNotFoundError: No module named 'yaml'%0ACause: declared in requirements.txt:2 as PyYAML, but installed only in /usr/lib/python3/dist-packages, which Python 3.11 does not search%0AImported via: app.__main__ → yaml",
      '::notice title=The requirement for ujson is not installed,file=requirements.txt,line=3,col=1::`ujson>=5` is declared here, but the image has no ujson where Python 3.11 looks, so importing ujson fails.%0AImported as ujson at app/__main__.py:6.',
      "::notice title=ujson is missing from the image,file=app/__main__.py,line=6,col=5::ModuleNotFoundError: No module named 'ujson'%0ACause: declared in requirements.txt:3 as ujson, but not installed in the image%0AGuard: try/except ImportError%0AImported via: app.__main__ → ujson",
      "::notice title=orjson is missing from the image,file=app/__main__.py,line=11,col=5::ModuleNotFoundError: No module named 'orjson'%0ACause: not installed in the image, and not declared in requirements.txt; declared but not installed: PyYAML (requirements.txt:2), ujson (requirements.txt:3)%0AGuard: try/except ImportError%0AImported via: app.__main__ → orjson",
    ]);
    // tinyhttp is in the venv's own site-packages and resolves.
    assert.deepEqual(reported(step.json), [['error', 'yaml', 'app/__main__.py', 3], ['notice', 'ujson', 'app/__main__.py', 6], ['notice', 'orjson', 'app/__main__.py', 11]]);
    assert.match(step.summary, /Python 3\.11 \(<code>\/venv\/bin\/python<\/code>\)/);
  });

  it('a package the Dockerfile never copies: errors on the importing line and on the nearest COPY', async (t) => {
    const step = await guard(t, 'guard-not-copied', PYTHON_IMAGE);
    if (!step) return;
    assert.equal(step.exitCode, 1, step.stdout);
    assert.deepEqual(annotationLines(step.stdout).slice(0, 2), [
      '::error title=No COPY brings billing.jobs into the image,file=Dockerfile,line=8,col=1::`COPY billing/main.py billing/` is the nearest COPY, and it does not bring in billing/jobs/__init__.py, so the image has no billing.jobs.%0AImported as billing.jobs at billing/main.py:3.',
      "::error title=billing.jobs is missing from the image,file=billing/main.py,line=3,col=1::ModuleNotFoundError: import of billing.jobs.invoices fails: No module named 'billing.jobs'%0ACause: not copied: no COPY or ADD of `Dockerfile` brings billing/jobs/__init__.py into the image%0ALost in packaging: the checkout has this module, the image does not%0AConfirmed at boot: importing billing.main in the image raised ModuleNotFoundError: No module named 'billing.jobs'%0AImported via: billing.main → billing.jobs.invoices",
    ]);
    assert.deepEqual(reported(step.json), [['error', 'billing.jobs', 'billing/main.py', 3]]);
    assert.deepEqual(step.json.findings[0]!.causeAt, { kind: 'not-copied', file: 'Dockerfile', line: 8, message: '`COPY billing/main.py billing/` is the nearest COPY, and it does not bring in billing/jobs/__init__.py' });
  });

  it('a package copied in and then removed by a later step: the cause says which line copied it where', async (t) => {
    const step = await guard(t, 'guard-removed-after-copy', PYTHON_IMAGE);
    if (!step) return;
    assert.equal(step.exitCode, 1, step.stdout);
    assert.deepEqual(annotationLines(step.stdout).slice(0, 1), [
      "::error title=app.plugins is missing from the image,file=app/main.py,line=2,col=1::ModuleNotFoundError: No module named 'app.plugins'%0ACause: `Dockerfile` line 4 copies app/plugins/__init__.py to /srv/app/plugins/__init__.py, but the image has no such file: a later step removes it%0ALost in packaging: the checkout has this module, the image does not%0AConfirmed at boot: importing app.main in the image raised this ModuleNotFoundError%0AImported via: app.main → app.plugins",
    ]);
    assert.deepEqual(reported(step.json), [['error', 'app.plugins', 'app/main.py', 2]]);
    assert.equal(step.json.findings[0]!.causeAt, null, 'no line of the checkout to change is known');
  });

  it('a checkout without the Dockerfile: a source the image lacks, with no known cause, is said so plainly', async (t) => {
    if (!(await dockerReady(t, { images: [PYTHON_IMAGE] }))) return;
    const tag = 'import-guard-test/guard-removed-after-copy:e2e';
    await buildFixture(path.join(FIXTURES, 'guard-removed-after-copy'), tag);
    await using copy = await tempFolder();
    const workspace = path.join(copy.dir, 'checkout');
    await cp(path.join(FIXTURES, 'guard-removed-after-copy'), workspace, { recursive: true });
    await rm(path.join(workspace, 'Dockerfile'));
    const step = await runStep('index.js', copy.dir, { 'INPUT_IMAGE': `docker:${tag}`, 'INPUT_FAIL-ON': 'error', 'GITHUB_WORKSPACE': workspace });
    assert.equal(step.exitCode, 1, step.stdout);
    assert.deepEqual(annotationLines(step.stdout).slice(0, 1), [
      "::error title=app.plugins is missing from the image,file=app/main.py,line=2,col=1::ModuleNotFoundError: No module named 'app.plugins'%0ACause: the checkout has app/plugins/__init__.py but the image does not, and the build context has no .dockerignore%0ALost in packaging: the checkout has this module, the image does not%0AConfirmed at boot: importing app.main in the image raised this ModuleNotFoundError%0AImported via: app.main → app.plugins",
    ]);
  });

  it('a module the standard library gained after the image\'s Python version', async (t) => {
    const step = await guard(t, 'guard-stdlib-added', PYTHON_ORG_IMAGES[8]!);
    if (!step) return;
    assert.equal(step.exitCode, 1, step.stdout);
    assert.deepEqual(annotationLines(step.stdout).slice(0, 1), ["::error title=tomllib is missing from the image,file=config/loader.py,line=2,col=1::ModuleNotFoundError: No module named 'tomllib'%0ACause: tomllib was added to the standard library in Python 3.11; the image runs Python 3.8%0AConfirmed at boot: importing config.loader in the image raised this ModuleNotFoundError%0AImported via: config.loader → tomllib"]);
    assert.deepEqual([step.json.findings[0]!.origin, step.json.findings[0]!.cause], ['stdlib', 'tomllib was added to the standard library in Python 3.11; the image runs Python 3.8']);
  });

  it('a module removed from the standard library in the image\'s Python version', async (t) => {
    const step = await guard(t, 'guard-removed-module', PYTHON_ORG_IMAGES[13]!);
    if (!step) return;
    assert.equal(step.exitCode, 1, step.stdout);
    assert.deepEqual(annotationLines(step.stdout).slice(0, 1), ["::error title=cgi is missing from the image,file=reports/server.py,line=2,col=1::ModuleNotFoundError: No module named 'cgi'%0ACause: cgi was removed from the standard library in Python 3.13; the image runs Python 3.13%0AConfirmed at boot: importing reports.server in the image raised this ModuleNotFoundError%0AImported via: reports.server → cgi"]);
    assert.deepEqual(reported(step.json), [['error', 'cgi', 'reports/server.py', 2]]);
    assert.deepEqual([step.json.findings[0]!.origin, step.json.findings[0]!.cause], ['stdlib', 'cgi was removed from the standard library in Python 3.13; the image runs Python 3.13']);
  });
});
