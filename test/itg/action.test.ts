// Runs the bundled Action the way the Actions runner does: INPUT_* environment, the step's
// output, state and summary files, then the post step with the saved state.
import assert from 'node:assert/strict';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { BUSYBOX_IMAGE, buildFixture, dockerReady, guardContainers } from '../helpers/docker.ts';
import { layoutTar, legacyDockerArchive, tempFolder } from '../helpers/layouts.ts';
import { annotationLines, runStep } from '../helpers/action-runner.ts';
import { startFakeGitHub } from '../helpers/github-server.ts';
import { tar } from '../helpers/tar-writer.ts';
import { workflowCommands } from '../helpers/workflow-commands.ts';
import { bootOf, readJsonReport } from '../helpers/json-report.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('the bundled Action', () => {
  it('scans the bundled example: error annotations on the importing line and the .dockerignore rule, outputs, reports and summary', async () => {
    await using tmp = await tempFolder();
    const example = path.join(ROOT, 'examples/fastapi-service');
    const step = await runStep('index.js', tmp.dir, { 'INPUT_IMAGE': `oci-dir:${path.join(example, 'image')}`, 'INPUT_SUMMARY': 'true', 'INPUT_FAIL-ON': '', 'GITHUB_WORKSPACE': example });
    assert.equal(step.exitCode, 1, step.stdout);
    const annotations = annotationLines(step.stdout);
    assert.equal(annotations.length, 3, step.stdout);
    assert.deepEqual(annotations.slice(0, 2), [
      '::error title=This line leaves netra_backend.app.services.monitoring out of the image,file=.dockerignore,line=8,col=1::`**/monitoring/` leaves netra_backend/app/services/monitoring/ out of the build context, so the image has no netra_backend.app.services.monitoring.%0AImported as netra_backend.app.services.monitoring at netra_backend/app/middleware/gcp_auth_context_middleware.py:23.',
      "::error title=netra_backend.app.services.monitoring is missing from the image,file=netra_backend/app/middleware/gcp_auth_context_middleware.py,line=23,col=1::ModuleNotFoundError: No module named 'netra_backend.app.services.monitoring'%0ACause: excluded by `.dockerignore` line 8: `**/monitoring/`%0ALost in packaging: the checkout has this module, the image does not%0AImported via: netra_backend.app.main → netra_backend.app.middleware.gcp_auth_context_middleware → netra_backend.app.services.monitoring",
    ]);
    assert.match(annotations[2]!, /^::error::import-guard: this image will fail to import \(fails on error\)\. sha256:cfd5c3e2\w+: 1 error, 0 warnings, 0 notices in 18 files \(\d+\.\d\d s\)$/);
    assert.deepEqual({ result: step.outputs.result, errors: step.outputs.errors, warnings: step.outputs.warnings }, { result: 'fail', errors: '1', warnings: '0' });
    const json = await readJsonReport(step.outputs['report-json']!);
    assert.equal(json.result, 'fail');
    assert.deepEqual(json.findings.map((finding) => [finding.module, finding.file, finding.line, finding.reported, finding.unreported]), [
      ['netra_backend.app.services.monitoring', 'netra_backend/app/middleware/gcp_auth_context_middleware.py', 23, true, undefined],
      ['starlette.requests', 'netra_backend/app/middleware/gcp_auth_context_middleware.py', 11, false, 'type-checking'],
      ['starlette.responses', 'netra_backend/app/middleware/gcp_auth_context_middleware.py', 12, false, 'type-checking'],
    ]);
    const sarif = JSON.parse(await readFile(step.outputs['sarif-file']!, 'utf8')) as { version: string; runs: Array<{ results: unknown[] }> };
    assert.equal(sarif.version, '2.1.0');
    // The two imports for type checkers only are left out of SARIF, so that code scanning opens no alert for them.
    assert.equal(sarif.runs[0]!.results.length, 1);
    // Named after the image input (its folder, relative to the checkout).
    assert.match(step.summary, /^## ❌ \*\*import-guard \(image\): this image will fail to import\*\* \(1 error, 0 warnings, 0 notices; fails on error\)/);
    // Underscores as character references: `__init__` and the like would otherwise render bold.
    // Long paths wrap after their / and . (<wbr>), so the table reads at GitHub's width.
    assert.ok(
      step.summary.includes(
        "\n| 🔴 error | <code>netra&#95;backend.app.services.monitoring</code><br>imported at <code>netra&#95;backend/<wbr>app/<wbr>middleware/<wbr>gcp&#95;auth&#95;context&#95;middleware.<wbr>py:23</code> | ModuleNotFoundError: No module named 'netra&#95;backend.app.services.monitoring'<br>cause: excluded by &#96;.dockerignore&#96; line 8: &#96;&#42;&#42;/monitoring/&#96; (<code>.dockerignore:8</code>)<br>chain: netra&#95;backend.app.main → netra&#95;backend.<wbr>app.<wbr>middleware.<wbr>gcp&#95;auth&#95;context&#95;middleware → netra&#95;backend.app.services.monitoring<br>Lost in packaging: the checkout has this module, the image does not<br>origin: first-party |\n",
      ),
      step.summary,
    );
    assert.match(step.summary, /<details><summary>Import chains as a diagram<\/summary>\n\n```mermaid\ngraph LR\n/);
    assert.match(step.stdout, /::group::Reading the image, walking its imports and booting it/);
    // A folder is not booted unless asked; the summary says why.
    assert.equal(step.outputs.boot, 'not-booted');
    assert.ok(step.summary.includes("**Boot:** ➖ not booted: the image is a folder (oci-dir:), which Docker cannot run; give a docker:REF image to boot it\n"), step.summary);
    assert.ok(step.state['temp-dir']?.startsWith(path.join(tmp.dir, 'runner-temp')), 'the main step tells the post step what to clean');
  });

  it('with a github-token on a pull request: one check run with the annotations (not repeated as workflow commands), one comment updated in place on the next push', async (t) => {
    await using tmp = await tempFolder();
    const fake = await startFakeGitHub();
    t.after(() => fake.close());
    const example = path.join(ROOT, 'examples/fastapi-service');
    const event = path.join(tmp.dir, 'event.json');
    await writeFile(event, JSON.stringify({ pull_request: { number: 7, head: { sha: 'a'.repeat(40) } } }));
    const env = {
      'INPUT_IMAGE': `oci-dir:${path.join(example, 'image')}`,
      'INPUT_GITHUB-TOKEN': 'ghs_testtoken',
      'GITHUB_WORKSPACE': example,
      'GITHUB_API_URL': fake.url,
      'GITHUB_SERVER_URL': 'https://github.com',
      'GITHUB_REPOSITORY': 'octo/service',
      'GITHUB_SHA': 'b'.repeat(40),
      'GITHUB_EVENT_NAME': 'pull_request',
      'GITHUB_EVENT_PATH': event,
    };
    const first = await runStep('index.js', tmp.dir, env);
    assert.equal(first.exitCode, 1, first.stdout);
    const second = await runStep('index.js', tmp.dir, env);
    assert.equal(second.exitCode, 1, second.stdout);
    assert.deepEqual(fake.problems(), []);
    assert.deepEqual(
      fake.requests.map((request) => `${request.method} ${request.path}`),
      ['POST /repos/octo/service/check-runs', 'GET /repos/octo/service/issues/7/comments', 'POST /repos/octo/service/issues/7/comments', 'POST /repos/octo/service/check-runs', 'GET /repos/octo/service/issues/7/comments', 'GET /user', `PATCH /repos/octo/service/issues/comments/${fake.comments.get(7)![0]!.id}`],
    );
    const [run] = [...fake.checkRuns.values()];
    assert.deepEqual([run!.name, run!.headSha, run!.conclusion], ['import-guard (image)', 'a'.repeat(40), 'failure']);
    for (const step of [first, second]) {
      const annotations = annotationLines(step.stdout);
      assert.equal(annotations.length, 1, step.stdout);
      assert.match(annotations[0]!, /^::error::import-guard: this image will fail to import/, 'only the verdict is a workflow command');
    }
    assert.deepEqual(run!.annotations, [
      {
        path: '.dockerignore',
        start_line: 8,
        end_line: 8,
        start_column: 1,
        end_column: 1,
        annotation_level: 'failure',
        title: 'This line leaves netra_backend.app.services.monitoring out of the image',
        message: '`**/monitoring/` leaves netra_backend/app/services/monitoring/ out of the build context, so the image has no netra_backend.app.services.monitoring.\nImported as netra_backend.app.services.monitoring at netra_backend/app/middleware/gcp_auth_context_middleware.py:23.',
      },
      {
        path: 'netra_backend/app/middleware/gcp_auth_context_middleware.py',
        start_line: 23,
        end_line: 23,
        start_column: 1,
        end_column: 1,
        annotation_level: 'failure',
        title: 'netra_backend.app.services.monitoring is missing from the image',
        message: "ModuleNotFoundError: No module named 'netra_backend.app.services.monitoring'\nCause: excluded by `.dockerignore` line 8: `**/monitoring/`\nLost in packaging: the checkout has this module, the image does not\nImported via: netra_backend.app.main → netra_backend.app.middleware.gcp_auth_context_middleware → netra_backend.app.services.monitoring",
      },
    ]);
    const comments = fake.comments.get(7)!;
    assert.equal(comments.length, 1, 'the second push updates the comment instead of adding one');
    assert.match(comments[0]!.body, /^<!-- import-guard:image -->\n## ❌ \*\*import-guard \(image\): this image will fail to import\*\*/);
    assert.match(comments[0]!.body, /<a href="https:\/\/github\.com\/octo\/service\/blob\/a{40}\/netra_backend\/app\/middleware\/gcp_auth_context_middleware\.py#L23">/);
    assert.ok(fake.requests.every((request) => request.headers.authorization === 'token ghs_testtoken'));
  });

  it('without checks and pull-requests permission: a warning names each, and the check still runs', async (t) => {
    await using tmp = await tempFolder();
    const fake = await startFakeGitHub({ forbidden: ['checks/create', 'issues/list-comments', 'issues/create-comment'] });
    t.after(() => fake.close());
    const example = path.join(ROOT, 'examples/fastapi-service');
    const event = path.join(tmp.dir, 'event.json');
    await writeFile(event, JSON.stringify({ pull_request: { number: 7, head: { sha: 'a'.repeat(40) } } }));
    const step = await runStep('index.js', tmp.dir, {
      'INPUT_IMAGE': `oci-dir:${path.join(example, 'image')}`,
      'INPUT_GITHUB-TOKEN': 'ghs_readonly',
      'GITHUB_WORKSPACE': example,
      'GITHUB_API_URL': fake.url,
      'GITHUB_REPOSITORY': 'octo/service',
      'GITHUB_SHA': 'b'.repeat(40),
      'GITHUB_EVENT_NAME': 'pull_request',
      'GITHUB_EVENT_PATH': event,
    });
    assert.equal(step.exitCode, 1, step.stdout);
    const warnings = step.stdout.split('\n').filter((line) => line.startsWith('::warning'));
    assert.equal(warnings.length, 2, step.stdout);
    assert.match(warnings[0]!, /checks: write/);
    assert.match(warnings[1]!, /pull-requests: write/);
    // With no check run to hold them, the findings are workflow commands.
    assert.equal(annotationLines(step.stdout).filter((line) => line.startsWith('::error title=')).length, 2, step.stdout);
    assert.equal(step.outputs.result, 'fail');
    assert.match(step.summary, /^## ❌/);
    assert.deepEqual(fake.problems(), []);
  });

  it('with no Docker daemon to boot in: the static findings are still reported, and the step fails saying to set boot: none', async () => {
    await using tmp = await tempFolder();
    const example = path.join(ROOT, 'examples/fastapi-service');
    // The example as an OCI archive: booting it means loading it into a daemon, and none answers.
    const archive = path.join(tmp.dir, 'example.tar');
    await execa('tar', ['-C', path.join(example, 'image'), '-cf', archive, '.']);
    const step = await runStep('index.js', tmp.dir, { 'INPUT_IMAGE': `oci-archive:${archive}`, 'INPUT_BOOT': 'import', 'GITHUB_WORKSPACE': example, 'DOCKER_HOST': `unix://${path.join(tmp.dir, 'no-daemon.sock')}` });
    assert.equal(step.exitCode, 1, step.stdout);
    const annotations = annotationLines(step.stdout);
    assert.ok(annotations.some((line) => line.startsWith('::error title=netra_backend.app.services.monitoring is missing from the image,file=netra_backend/app/middleware/gcp_auth_context_middleware.py,line=23')), step.stdout);
    assert.match(annotations.at(-1)!, /^::error::import-guard could not boot the image: .*set boot: none\. The static check's findings are reported above\.$/);
    assert.deepEqual([step.outputs.result, step.outputs.errors, step.outputs.boot], ['fail', '1', 'error']);
    const json = await readJsonReport(step.outputs['report-json']!);
    assert.equal(bootOf(json).mode, 'import');
    assert.match(bootOf(json).error ?? '', /set boot: none/);
    assert.match(step.summary, /\*\*Boot:\*\* ⚠️ could not boot \(import\): .*set boot: none/);
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

  it('prints no workflow command from the image: its tag and command words stay text in the log, the summary and the annotations', async () => {
    await using tmp = await tempFolder();
    const hostile = 'x\n::error file=app.py,line=1::pwned\n  ::stop-commands::x\n##[warning]old form\n# ✅ every import resolves @octocat [x](https://evil) <img src=x> \x1b[2J/manage.py';
    const layer = tar([
      { name: 'usr/local/bin/python3.12', content: 'ELF', mode: 0o755 },
      { name: 'usr/local/lib/python3.12/os.py', content: '' },
    ]);
    const archive = path.join(tmp.dir, 'hostile.tar');
    await writeFile(archive, layoutTar(legacyDockerArchive([{ layers: [layer], config: { Env: ['PATH=/usr/local/bin'], Cmd: ['python3.12', hostile] }, tags: ['evil:1\n::error::from the tag'] }])));
    const step = await runStep('index.js', tmp.dir, { INPUT_IMAGE: `docker-archive:${archive}` });
    assert.equal(step.exitCode, 1, step.stdout);
    // The note on manage.py and the verdict carry the command and the tag; the runner reads only the Action's own commands.
    const commandsSeen = workflowCommands(step.stdout).map((command) => `${command.name}:${command.data}`);
    assert.match(step.stdout, /^note: x\n\\::error file=app\.py,line=1::pwned\n {2}\\::stop-commands::x\n##\\\[warning\]old form\n/m, JSON.stringify(commandsSeen));
    const commands = workflowCommands(step.stdout);
    assert.deepEqual(commands.map((command) => command.name), ['group', 'endgroup', 'error', 'error'], step.stdout);
    assert.equal(commands[2]!.properties.title, `${path.posix.resolve('/', hostile)} is missing from the image`);
    assert.match(commands[3]!.data, /^import-guard: this image will fail to import \(fails on error\)\. evil:1\n::error::from the tag: 1 error/);
    const lines = step.summary.split('\n');
    assert.deepEqual(lines.filter((line) => /^\s*#/.test(line)), ['## ❌ **import-guard (hostile): this image will fail to import** (1 error, 0 warnings, 0 notices; fails on error)']);
    for (const raw of ['@octocat', '](', '<img', 'https://evil', '\x1b', '\n::']) assert.ok(!step.summary.includes(raw), `${JSON.stringify(raw)} in ${step.summary}`);
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
    const saved = await runStep('index.js', tmp.dir, { 'INPUT_IMAGE': 'docker:import-guard-test/layered:action', 'INPUT_DOCKER-READ': 'save' });
    assert.match(step.stdout, /reading import-guard-test\/layered:action as a container of it sees it \(docker container export\)\n/);
    assert.match(saved.stdout, /reading import-guard-test\/layered:action as the Docker daemon exports it\n/);
    assert.match(saved.stdout, /^reading [0-9a-f]{64}\/layer\.tar \(1\.9 MiB\)$/m, "the export's layers are read as they stream");
    for (const run of [step, saved]) {
      assert.equal(run.exitCode, 1, run.stdout);
      // The busybox image holds no Python: the step says so in one annotation.
      assert.match(run.stdout, /^::error::import-guard-test\/layered:action: no Python interpreter found: the image's command is \["\/bin\/sh","-c","echo serving"\] and PATH holds no python3$/m);
    }
    const leftovers = await readdir(path.join(tmp.dir, 'runner-temp'), { recursive: true }).catch(() => []);
    assert.deepEqual(leftovers.filter((name) => name.includes('import-guard-save') || name.includes('import-guard-content') || name.endsWith('.tar')), [], 'no copy of the image, no spill file');
    assert.deepEqual(await guardContainers(), [], 'the container made to read the image is gone');
    const missing = await runStep('index.js', tmp.dir, { INPUT_IMAGE: 'docker:import-guard-test/never-built:1' });
    assert.equal(missing.exitCode, 1);
    assert.match(missing.stdout, /::error::image import-guard-test\/never-built:1 is not in the local Docker daemon/);
  });
});
