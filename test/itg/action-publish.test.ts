// The Action's check runs, pull request comments and annotations when several images are checked
// on one pull request (a matrix), run as the runner runs it against a local stand-in for the API.
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { annotationLines, runStep, type StepResult } from '../helpers/action-runner.ts';
import { restChecker, startFakeGitHub, type FakeGitHub, type FakeGitHubOptions } from '../helpers/github-server.ts';
import { layoutTar, legacyDockerArchive, tempFolder } from '../helpers/layouts.ts';
import { tar } from '../helpers/tar-writer.ts';
import { workflowCommands } from '../helpers/workflow-commands.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const EXAMPLE = path.join(ROOT, 'examples/fastapi-service');
const HEAD = 'a'.repeat(40);
const BOT = 'github-actions[bot]';
/** The bundle, run as the runner runs it. */
const FROM = 'dist';

before(() => {
  restChecker();
});

/**
 * A small image in worker.tar, a docker-archive tagged `worker:1`: its command runs /app/worker.py, which
 * imports /app/tasks.py, which imports `imports` (os is there; anything else is missing).
 */
async function workerArchive(dir: string, imports: string[]): Promise<string> {
  const layer = tar([
    { name: 'usr/local/bin/python3.12', content: 'ELF', mode: 0o755 },
    { name: 'usr/local/lib/python3.12/os.py', content: '' },
    { name: 'app/worker.py', content: WORKER_PY },
    { name: 'app/tasks.py', content: tasksPy(imports) },
  ]);
  const archive = path.join(dir, 'worker.tar');
  await writeFile(archive, layoutTar(legacyDockerArchive([{ layers: [layer], config: { Env: ['PATH=/usr/local/bin'], Cmd: ['python3.12', '/app/worker.py'] }, tags: ['worker:1'] }])));
  return archive;
}

const WORKER_PY = 'import tasks\n';
const tasksPy = (imports: string[]): string => imports.map((module) => `import ${module}\n`).join('');

interface PullRequest {
  fake: FakeGitHub;
  /** Runs one import-guard step of the pull request's workflow with these inputs. */
  step(inputs: Record<string, string>): Promise<StepResult>;
}

async function pullRequest(dir: string, options: FakeGitHubOptions = {}, workspace = EXAMPLE): Promise<PullRequest & AsyncDisposable> {
  const fake = await startFakeGitHub(options);
  const event = path.join(dir, 'event.json');
  await writeFile(event, JSON.stringify({ pull_request: { number: 7, head: { sha: HEAD } } }));
  const env = {
    'INPUT_GITHUB-TOKEN': 'ghs_testtoken',
    'GITHUB_WORKSPACE': workspace,
    'GITHUB_API_URL': fake.url,
    'GITHUB_SERVER_URL': 'https://github.com',
    'GITHUB_REPOSITORY': 'octo/service',
    'GITHUB_SHA': 'b'.repeat(40),
    'GITHUB_EVENT_NAME': 'pull_request',
    'GITHUB_EVENT_PATH': event,
  };
  return {
    fake,
    step: (inputs) => runStep('index.js', dir, { ...env, ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])) }, FROM),
    [Symbol.asyncDispose]: () => fake.close(),
  };
}

const EXAMPLE_IMAGE = `oci-dir:${path.join(EXAMPLE, 'image')}`;

function commentRequests(fake: FakeGitHub): string[] {
  return fake.requests.filter((request) => request.path.includes('/comments')).map((request) => `${request.method} ${request.path}`);
}

describe('the Action on a pull request with several images', () => {
  it('gives each image its own check run, comment and SARIF category; the next push edits each in place', async () => {
    await using tmp = await tempFolder();
    await using pr = await pullRequest(tmp.dir);
    const worker = await workerArchive(tmp.dir, ['os', 'requests']);
    const first = { example: await pr.step({ image: EXAMPLE_IMAGE }), worker: await pr.step({ image: `docker-archive:${worker}:worker:1` }) };
    for (const step of Object.values(first)) assert.equal(step.exitCode, 1, step.stdout);

    const runs = [...pr.fake.checkRuns.values()];
    assert.deepEqual(runs.map((run) => [run.name, run.headSha, run.conclusion]), [
      ['import-guard (image)', HEAD, 'failure'],
      ['import-guard (worker:1)', HEAD, 'failure'],
    ]);
    const comments = pr.fake.comments.get(7)!;
    assert.deepEqual(comments.map((comment) => comment.body.split('\n')[0]), ['<!-- import-guard:image -->', '<!-- import-guard:worker:1 -->']);
    assert.match(comments[0]!.body, /^## ❌ \*\*import-guard \(image\): this image will fail to import\*\*/m);
    assert.match(comments[1]!.body, /^## ❌ \*\*import-guard \(worker:1\): this image will fail to import\*\*/m);
    assert.match(comments[1]!.body, /<code>requests<\/code>/);
    // The summary names the image and the platform its configuration gives.
    assert.match(first.worker.summary, /^Image <code>worker:1<\/code> \(<code>linux\/amd64<\/code>\) · Python 3\.12/m);
    assert.match(first.example.summary, /^Image <code>sha256:cfd5c3e2\w+<\/code> \(<code>linux\/amd64<\/code>\)/m);

    const categories = await Promise.all(Object.values(first).map(async (step) => (JSON.parse(await readFile(step.outputs['sarif-file']!, 'utf8')) as { runs: Array<{ automationDetails?: { id: string } }> }).runs.map((run) => run.automationDetails?.id)));
    assert.deepEqual(categories, [['import-guard/image/'], ['import-guard/worker:1/']]);
    assert.deepEqual(Object.values(first).map((step) => step.outputs.name), ['image', 'worker:1']);

    // The next push: the example's step runs again and edits its own comment only.
    const [exampleComment, workerComment] = comments.map((comment) => ({ id: comment.id, body: comment.body }));
    const requestsBefore = pr.fake.requests.length;
    const again = await pr.step({ image: EXAMPLE_IMAGE });
    assert.equal(again.exitCode, 1, again.stdout);
    assert.deepEqual(pr.fake.requests.slice(requestsBefore).map((request) => `${request.method} ${request.path}`), [
      'POST /repos/octo/service/check-runs',
      'GET /repos/octo/service/issues/7/comments',
      'GET /user',
      `PATCH /repos/octo/service/issues/comments/${exampleComment!.id}`,
    ]);
    assert.equal(pr.fake.comments.get(7)!.length, 2);
    assert.deepEqual(pr.fake.comments.get(7)![1], { id: workerComment!.id, body: workerComment!.body, user: BOT });
    assert.deepEqual(pr.fake.problems(), []);
  });

  it('keeps the platform in the default name, and a given name over the default', async () => {
    await using tmp = await tempFolder();
    await using pr = await pullRequest(tmp.dir);
    const platform = await pr.step({ image: EXAMPLE_IMAGE, platform: 'linux/amd64' });
    const named = await pr.step({ image: EXAMPLE_IMAGE, name: 'api (amd64)' });
    for (const step of [platform, named]) assert.equal(step.exitCode, 1, step.stdout);
    assert.deepEqual([...pr.fake.checkRuns.values()].map((run) => run.name), ['import-guard (image linux/amd64)', 'import-guard (api (amd64))']);
    assert.deepEqual(pr.fake.comments.get(7)!.map((comment) => comment.body.split('\n')[0]), ['<!-- import-guard:image linux/amd64 -->', '<!-- import-guard:api (amd64) -->']);
    const bad = await pr.step({ image: EXAMPLE_IMAGE, name: 'api <b>' });
    assert.equal(bad.exitCode, 1);
    assert.match(bad.stdout, /^::error::name "api <b>" is not a short label/m);
    assert.deepEqual(pr.fake.problems(), []);
  });

  it('edits the comment an earlier version marked without a name when the name is the default, and only then', async () => {
    await using tmp = await tempFolder();
    const earlier = [{ body: '<!-- import-guard -->\n## ❌ old report', user: BOT }];
    await using pr = await pullRequest(tmp.dir, { comments: { 7: earlier } });
    const [old] = pr.fake.comments.get(7)!;
    const step = await pr.step({ image: EXAMPLE_IMAGE });
    assert.equal(step.exitCode, 1, step.stdout);
    assert.deepEqual(commentRequests(pr.fake), ['GET /repos/octo/service/issues/7/comments', `PATCH /repos/octo/service/issues/comments/${old!.id}`]);
    assert.equal(pr.fake.comments.get(7)!.length, 1);
    assert.match(old!.body, /^<!-- import-guard:image -->\n## ❌ \*\*import-guard \(image\)/);

    await using tmp2 = await tempFolder();
    await using named = await pullRequest(tmp2.dir, { comments: { 7: earlier } });
    const namedStep = await named.step({ image: EXAMPLE_IMAGE, name: 'api' });
    assert.equal(namedStep.exitCode, 1, namedStep.stdout);
    assert.deepEqual(named.fake.comments.get(7)!.map((comment) => comment.body.split('\n')[0]), ['<!-- import-guard -->', '<!-- import-guard:api -->']);
  });
});

describe('the comment input', () => {
  it('always: a passing image comments too', async () => {
    await using tmp = await tempFolder();
    await using pr = await pullRequest(tmp.dir);
    const step = await pr.step({ image: `docker-archive:${await workerArchive(tmp.dir, ['os'])}`, comment: 'always' });
    assert.equal(step.exitCode, 0, step.stdout);
    assert.equal(step.outputs.result, 'pass');
    const comments = pr.fake.comments.get(7)!;
    assert.equal(comments.length, 1);
    assert.match(comments[0]!.body, /^<!-- import-guard:worker -->\n## ✅ \*\*import-guard \(worker\): every import resolves\*\*/);
  });

  it('on-failure (the default): a passing image with no earlier comment leaves none, and still has its check run', async () => {
    await using tmp = await tempFolder();
    await using pr = await pullRequest(tmp.dir, { comments: { 7: [{ body: '<!-- import-guard:other -->\nanother image', user: BOT }] } });
    const step = await pr.step({ image: `docker-archive:${await workerArchive(tmp.dir, ['os'])}` });
    assert.equal(step.exitCode, 0, step.stdout);
    assert.deepEqual(commentRequests(pr.fake), ['GET /repos/octo/service/issues/7/comments']);
    assert.equal(pr.fake.comments.get(7)!.length, 1);
    assert.match(step.stdout, /No pull request comment: import-guard \(worker\) passes and has no earlier comment to update/);
    assert.deepEqual([...pr.fake.checkRuns.values()].map((run) => [run.name, run.conclusion]), [['import-guard (worker)', 'success']]);
  });

  it('on-failure: the failing push comments, the push that fixes it edits that comment to say so', async () => {
    await using tmp = await tempFolder();
    await using pr = await pullRequest(tmp.dir);
    const failing = await pr.step({ image: `docker-archive:${await workerArchive(tmp.dir, ['os', 'requests'])}`, comment: 'on-failure' });
    assert.equal(failing.exitCode, 1, failing.stdout);
    const [comment] = pr.fake.comments.get(7)!;
    assert.match(comment!.body, /^<!-- import-guard:worker -->\n## ❌/);

    const fixed = await pr.step({ image: `docker-archive:${await workerArchive(tmp.dir, ['os'])}`, comment: 'on-failure' });
    assert.equal(fixed.exitCode, 0, fixed.stdout);
    assert.equal(pr.fake.comments.get(7)!.length, 1, 'no second comment');
    assert.match(comment!.body, /^<!-- import-guard:worker -->\n\*\*Fixed\*\* as of commit `aaaaaaa`: the failure this comment reported before is gone\.\n\n## ✅ \*\*import-guard \(worker\): every import resolves\*\*/);
    assert.doesNotMatch(comment!.body, /❌|requests/);
    assert.equal(commentRequests(pr.fake).filter((request) => request.startsWith('POST')).length, 1);
    assert.deepEqual(pr.fake.problems(), []);
  });

  it('never: no comment is read or written, the check run is still published', async () => {
    await using tmp = await tempFolder();
    await using pr = await pullRequest(tmp.dir);
    const step = await pr.step({ image: EXAMPLE_IMAGE, comment: 'never' });
    assert.equal(step.exitCode, 1, step.stdout);
    assert.deepEqual(pr.fake.requests.map((request) => request.operationId), ['checks/create']);
    const bad = await pr.step({ image: EXAMPLE_IMAGE, comment: 'sometimes' });
    assert.match(bad.stdout, /^::error::input comment is "sometimes"; expected one of always, on-failure, never$/m);
  });
});

describe('one annotation channel per finding', () => {
  const located = ['.dockerignore:8', 'netra_backend/app/middleware/gcp_auth_context_middleware.py:23'];

  it('with a token the check run carries the findings in repository files, and no workflow command repeats them', async () => {
    await using tmp = await tempFolder();
    await using pr = await pullRequest(tmp.dir);
    const step = await pr.step({ image: EXAMPLE_IMAGE });
    assert.equal(step.exitCode, 1, step.stdout);
    const [run] = pr.fake.checkRuns.values();
    assert.deepEqual(run!.annotations.map((annotation) => { const a = annotation as { path: string; start_line: number }; return `${a.path}:${a.start_line}`; }), located);
    // Only the step's verdict is left as a workflow command.
    const annotations = annotationLines(step.stdout);
    assert.equal(annotations.length, 1, step.stdout);
    assert.match(annotations[0]!, /^::error::import-guard: this image will fail to import/);
  });

  it('a finding in no repository file stays a workflow command beside the check run', async () => {
    await using tmp = await tempFolder();
    await using pr = await pullRequest(tmp.dir);
    const step = await pr.step({ image: `docker-archive:${await workerArchive(tmp.dir, ['os', 'requests'])}` });
    assert.equal(step.exitCode, 1, step.stdout);
    const [run] = pr.fake.checkRuns.values();
    assert.deepEqual(run!.annotations, []);
    const commands = workflowCommands(step.stdout).filter((command) => command.name === 'error');
    assert.deepEqual(commands.map((command) => [command.properties.title, command.properties.file]), [
      ['requests is missing from the image', undefined],
      [undefined, undefined],
    ]);
  });

  it('when GitHub takes only the first 50 annotations, the findings left out become workflow commands', async () => {
    await using tmp = await tempFolder();
    const missing = Array.from({ length: 52 }, (_, i) => `missing_${String(i).padStart(2, '0')}`);
    // The checkout the worker image was built from: its findings map to app/tasks.py.
    const checkout = path.join(tmp.dir, 'checkout');
    await mkdir(path.join(checkout, 'app'), { recursive: true });
    await writeFile(path.join(checkout, 'app/worker.py'), WORKER_PY);
    await writeFile(path.join(checkout, 'app/tasks.py'), tasksPy(missing));
    const refuseUpdates: FakeGitHubOptions['respond'] = (request) => (request.operationId === 'checks/update' ? { status: 422, body: { message: 'Validation Failed', documentation_url: 'https://docs.github.com/rest' } } : undefined);
    await using pr = await pullRequest(tmp.dir, { respond: refuseUpdates }, checkout);
    const step = await pr.step({ image: `docker-archive:${await workerArchive(tmp.dir, missing)}`, comment: 'never' });
    assert.equal(step.exitCode, 1, step.stdout);
    const [run] = pr.fake.checkRuns.values();
    const inRun = run!.annotations.map((annotation) => (annotation as { title: string }).title);
    assert.equal(inRun.length, 50);
    const commands = workflowCommands(step.stdout);
    assert.match(commands.find((command) => command.name === 'warning')!.data, /has only the first 50 of 52 annotations/);
    const asCommands = commands.filter((command) => command.name === 'error' && command.properties.file !== undefined).map((command) => command.properties.title);
    assert.equal(asCommands.length, 2, step.stdout);
    assert.deepEqual([...inRun, ...asCommands].sort(), missing.map((module) => `${module} is missing from the image`), 'every finding once, in one channel or the other');
  });

  it('when the check run cannot be created, the findings go to workflow commands instead', async () => {
    await using tmp = await tempFolder();
    await using pr = await pullRequest(tmp.dir, { forbidden: ['checks/create'] });
    const step = await pr.step({ image: EXAMPLE_IMAGE, comment: 'never' });
    assert.equal(step.exitCode, 1, step.stdout);
    const commands = workflowCommands(step.stdout);
    assert.match(commands.find((command) => command.name === 'warning')!.data, /checks: write/);
    const errors = commands.filter((command) => command.name === 'error');
    assert.deepEqual(errors.slice(0, 2).map((command) => `${command.properties.file}:${command.properties.line}`), located);
    assert.equal(errors.length, 3, step.stdout);
  });

  it('without a token, workflow commands carry every finding as before', async () => {
    await using tmp = await tempFolder();
    const step = await runStep('index.js', tmp.dir, { INPUT_IMAGE: EXAMPLE_IMAGE, GITHUB_WORKSPACE: EXAMPLE }, FROM);
    assert.equal(step.exitCode, 1, step.stdout);
    const errors = workflowCommands(step.stdout).filter((command) => command.name === 'error');
    assert.deepEqual(errors.slice(0, 2).map((command) => `${command.properties.file}:${command.properties.line}`), located);
    assert.equal(errors.length, 3);
  });
});
