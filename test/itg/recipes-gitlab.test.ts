// The GitLab CI recipe (examples/ci/gitlab-ci.yml, shown verbatim in the README) run as a GitLab
// runner runs its job: the job's script, in the tool's image, against a real Docker engine and a
// real registry. The one stand-in: the engine's socket is mounted where the job has a `docker:dind`
// service, so DOCKER_HOST points at the socket instead of tcp://docker:2375.
import assert from 'node:assert/strict';
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it, type TestContext } from 'node:test';
import { execa } from 'execa';
import { parse } from 'yaml';
import { dockerReady, FIXTURES, PYTHON_IMAGE } from '../helpers/docker.ts';
import { tempFolder } from '../helpers/layouts.ts';
import { makeTestCa, PASSWORD, startRegistry, USER } from '../helpers/registry.ts';
import { codeQualityProblems } from '../helpers/report-formats.ts';
import { ROOT } from '../helpers/action-runner.ts';
import { toolImage, TOOL_IMAGE_NAME } from '../helpers/tool-image.ts';

const RECIPE = path.join(ROOT, 'examples/ci/gitlab-ci.yml');
const SOCKET = '/var/run/docker.sock';

interface GitlabJob {
  stage: string;
  image: { name: string; entrypoint: string[] };
  services: string[];
  variables: Record<string, string>;
  script: string[];
  artifacts: { when: string; reports: { codequality: string } };
}

/** The recipe's one job, read strictly: a key this reader does not know fails the test. */
async function recipeJob(): Promise<{ name: string; job: GitlabJob }> {
  const document = parse(await readFile(RECIPE, 'utf8')) as Record<string, GitlabJob>;
  const names = Object.keys(document);
  assert.equal(names.length, 1, `one job: ${names.join(', ')}`);
  const job = document[names[0]!]!;
  assert.deepEqual(Object.keys(job).sort(), ['artifacts', 'image', 'script', 'services', 'stage', 'variables']);
  return { name: names[0]!, job };
}

/** GitLab's expansion of `$NAME` and `${NAME}` in a job variable; an unknown name is an error here. */
function expand(value: string, variables: Record<string, string>): string {
  return value.replace(/\$(?:\{(\w+)\}|(\w+))/g, (_, braced: string | undefined, bare: string | undefined) => {
    const name = (braced ?? bare)!;
    assert.ok(name in variables, `the recipe uses $${name}, which the emulated job does not define`);
    return variables[name]!;
  });
}

describe('the GitLab CI recipe', () => {
  it('builds the image, fails the job on the missing module with a Code Quality report, and pushes only once fixed', async (t: TestContext) => {
    if (!(await dockerReady(t, { tools: ['skopeo'], images: [PYTHON_IMAGE] }))) return;
    const { job } = await recipeJob();
    // What the recipe promises: the tool's image, a dind service, the report as the artifact the merge request reads.
    assert.deepEqual([job.image.name, job.image.entrypoint], [`${TOOL_IMAGE_NAME}:v0`, ['']]);
    assert.match(job.services[0]!, /^docker:\d+-dind$/);
    assert.equal(job.variables.DOCKER_HOST, 'tcp://docker:2375');
    assert.equal(job.artifacts.when, 'always', 'the report is kept when the check fails the job');
    const report = job.artifacts.reports.codequality;

    const image = await toolImage();
    await using tmp = await tempFolder();
    const ca = await makeTestCa(tmp.dir);
    const registry = await startRegistry(tmp.dir, ca, 'basic');
    t.after(() => registry.stop());
    const project = path.join(tmp.dir, 'service');
    await cp(path.join(FIXTURES, 'guard-fastapi'), project, { recursive: true });
    const predefined = {
      CI_PROJECT_DIR: '/builds/acme/service',
      CI_REGISTRY: registry.host,
      CI_REGISTRY_IMAGE: `${registry.host}/acme/service`,
      CI_REGISTRY_USER: USER,
      CI_REGISTRY_PASSWORD: PASSWORD,
      CI_COMMIT_SHA: 'c0ffee'.padEnd(40, '0'),
    };
    const variables: Record<string, string> = { ...predefined };
    for (const [name, value] of Object.entries(job.variables)) variables[name] = expand(value, variables);
    variables.DOCKER_HOST = `unix://${SOCKET}`;
    const pushed = `${registry.host}/acme/service:${predefined.CI_COMMIT_SHA}`;
    t.after(() => execa('docker', ['image', 'rm', '--force', pushed], { reject: false }));

    const runJob = () =>
      execa('docker', ['run', '--rm', '--volume', `${SOCKET}:${SOCKET}`, '--volume', `${project}:${predefined.CI_PROJECT_DIR}`, '--workdir', predefined.CI_PROJECT_DIR, ...Object.entries(variables).flatMap(([name, value]) => ['--env', `${name}=${value}`]), '--entrypoint', job.image.entrypoint[0]!, image, 'sh', '-e', '-c', job.script.join('\n')], { reject: false, stdin: 'ignore' });
    const inRegistry = async () => (await execa('skopeo', ['inspect', '--tls-verify=false', '--creds', `${predefined.CI_REGISTRY_USER}:${predefined.CI_REGISTRY_PASSWORD}`, `docker://${pushed}`], { reject: false })).exitCode === 0;

    const broken = await runJob();
    assert.equal(broken.exitCode, 1, broken.stderr);
    assert.match(broken.stdout, /netra_backend\.app\.services\.monitoring is missing from the image/);
    const issues = JSON.parse(await readFile(path.join(project, report), 'utf8')) as Array<{ check_name: string; severity: string; location: { path: string; lines: { begin: number } } }>;
    assert.deepEqual(codeQualityProblems(issues), []);
    assert.deepEqual(
      issues.filter((issue) => issue.severity === 'critical').map((issue) => [issue.check_name, issue.location.path, issue.location.lines.begin]),
      [['missing-module', 'netra_backend/app/middleware/gcp_auth_context_middleware.py', 23]],
    );
    assert.equal(await inRegistry(), false, 'a failed check pushes nothing');

    const ignore = await readFile(path.join(project, '.dockerignore'), 'utf8');
    await writeFile(path.join(project, '.dockerignore'), ignore.replace('**/monitoring/', '/monitoring/'));
    const fixed = await runJob();
    assert.equal(fixed.exitCode, 0, fixed.stderr + fixed.stdout);
    const fixedIssues = JSON.parse(await readFile(path.join(project, report), 'utf8')) as Array<{ severity: string }>;
    assert.deepEqual(codeQualityProblems(fixedIssues), []);
    assert.deepEqual(fixedIssues.filter((issue) => issue.severity === 'critical'), []);
    assert.equal(await inRegistry(), true, 'the checked image is pushed');
  });
});
