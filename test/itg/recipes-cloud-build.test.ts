// The Cloud Build recipe (examples/ci/cloudbuild.yaml, shown verbatim in the README) run as Cloud
// Build runs its steps, in order, with its substitutions, against a real Docker engine and a real
// registry with Basic auth. Stand-ins: the registry is a local one (given as the `_IMAGE`
// substitution, as `gcloud builds submit --substitutions` would), the access token is its password
// (gcloud cannot run here), the tool's container joins the host's network to reach it, and the
// test's CA is trusted through NODE_EXTRA_CA_CERTS. The deploy step is checked, not run.
import assert from 'node:assert/strict';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it, type TestContext } from 'node:test';
import { execa } from 'execa';
import { parse } from 'yaml';
import { ROOT } from '../helpers/action-runner.ts';
import { dockerReady, FIXTURES, PYTHON_IMAGE } from '../helpers/docker.ts';
import { tempFolder } from '../helpers/layouts.ts';
import { makeTestCa, startRegistry } from '../helpers/registry.ts';
import { TOOL_IMAGE_NAME, toolImage } from '../helpers/tool-image.ts';

const RECIPE = path.join(ROOT, 'examples/ci/cloudbuild.yaml');
const DOCKER_BUILDER = 'gcr.io/cloud-builders/docker';
const CLOUD_SDK = 'gcr.io/google.com/cloudsdktool/cloud-sdk:slim';
/** What Artifact Registry takes as the user name of an OAuth access token. */
const TOKEN_USER = 'oauth2accesstoken';

interface Step {
  id: string;
  name: string;
  args: string[];
  entrypoint?: string;
  volumes?: Array<{ name: string; path: string }>;
}

interface BuildConfig {
  steps: Step[];
  substitutions: Record<string, string>;
  options: { dynamic_substitutions: boolean };
}

/** The recipe, read strictly: a key this runner does not know (waitFor, say) fails the test. */
async function recipe(): Promise<BuildConfig> {
  const config = parse(await readFile(RECIPE, 'utf8')) as BuildConfig;
  assert.deepEqual(Object.keys(config).sort(), ['options', 'steps', 'substitutions']);
  for (const step of config.steps) for (const key of Object.keys(step)) assert.ok(['id', 'name', 'args', 'entrypoint', 'volumes'].includes(key), `step ${step.id}: ${key}`);
  return config;
}

/** Cloud Build's substitution: `$$` is a `$`; `$NAME` and `${NAME}` must be defined. */
function substitute(value: string, values: Record<string, string>): string {
  return value.replace(/\$\$|\$\{(\w+)\}|\$(\w+)/g, (match, braced: string | undefined, bare: string | undefined) => {
    if (match === '$$') return '$';
    const name = (braced ?? bare)!;
    assert.ok(name in values, `the recipe uses $${name}, which is not a substitution`);
    return values[name]!;
  });
}

describe('the Cloud Build recipe', () => {
  it('builds and pushes, then fails the build before the deploy step on the missing module read from the registry; passes once fixed', async (t: TestContext) => {
    if (!(await dockerReady(t, { tools: ['skopeo'], images: [PYTHON_IMAGE] }))) return;
    const config = await recipe();
    assert.deepEqual(config.steps.map((step) => step.id), ['build', 'push', 'registry-token', 'import-guard', 'deploy'], 'the check runs after the push and before the deploy');
    assert.equal(config.options.dynamic_substitutions, true);
    const [build, push, token, guard, deploy] = config.steps as [Step, Step, Step, Step, Step];
    assert.deepEqual([build.name, push.name, token.name, guard.name, deploy.name], [DOCKER_BUILDER, DOCKER_BUILDER, CLOUD_SDK, `${TOOL_IMAGE_NAME}:v0`, CLOUD_SDK]);

    const image = await toolImage();
    await using tmp = await tempFolder();
    const ca = await makeTestCa(tmp.dir);
    const accessToken = 'ya29.not-a-real-token';
    const registry = await startRegistry(tmp.dir, ca, 'basic', undefined, { user: TOKEN_USER, password: accessToken });
    t.after(() => registry.stop());
    const workspace = path.join(tmp.dir, 'workspace');
    await cp(path.join(FIXTURES, 'guard-fastapi'), workspace, { recursive: true });
    const builtIn = { PROJECT_ID: 'acme-prod', SHORT_SHA: 'c0ffee1' };
    // Dynamic substitutions: each user value may name the built-in ones and those before it.
    const values: Record<string, string> = { ...builtIn };
    for (const [name, value] of Object.entries(config.substitutions)) values[name] = substitute(value, values);
    assert.equal(values._IMAGE, `europe-west1-docker.pkg.dev/acme-prod/services/my-service:c0ffee1`);
    values._IMAGE = `${registry.host}/acme-prod/services/my-service:c0ffee1`;
    t.after(() => execa('docker', ['image', 'rm', '--force', values._IMAGE!], { reject: false }));
    const volumes = new Map<string, string>();
    const mountsOf = async (step: Step) => {
      const mounts: string[] = [];
      for (const volume of step.volumes ?? []) {
        if (!volumes.has(volume.name)) {
          volumes.set(volume.name, path.join(tmp.dir, `volume-${volume.name}`));
          await mkdir(volumes.get(volume.name)!);
        }
        mounts.push('--volume', `${volumes.get(volume.name)}:${volume.path}`);
      }
      return mounts;
    };

    // Cloud Build's docker builder is logged in to the project's registries: here, with the token.
    const dockerConfig = path.join(tmp.dir, 'docker-config');
    const login = await execa('docker', ['login', '--username', TOKEN_USER, '--password-stdin', registry.host], { input: accessToken, env: { DOCKER_CONFIG: dockerConfig }, reject: false });
    assert.equal(login.exitCode, 0, login.stderr);

    /** Runs the steps up to the deploy; the tool's step's run, whose exit status stops the build or not. */
    const runBuild = async () => {
      for (const step of [build, push]) {
        // The docker builder's entry point is the docker client, run in /workspace.
        const run = await execa('docker', step.args.map((arg) => substitute(arg, values)), { cwd: workspace, env: { DOCKER_BUILDKIT: '0', DOCKER_CONFIG: dockerConfig }, reject: false, stdin: 'ignore' });
        assert.equal(run.exitCode, 0, `${step.id}: ${run.stderr}`);
      }
      // The token step, emulated: gcloud's access token written where the step writes it.
      assert.deepEqual([token.entrypoint, token.args], ['sh', ['-c', 'gcloud auth print-access-token > /token/registry']]);
      const tokenMounts = await mountsOf(token);
      await writeFile(path.join(volumes.get('token')!, 'registry'), `${accessToken}\n`);
      assert.deepEqual(tokenMounts.slice(1), [`${volumes.get('token')}:/token`]);
      const caMount = ['--volume', `${ca.caFile}:/etc/test-ca.crt:ro`, '--env', 'NODE_EXTRA_CA_CERTS=/etc/test-ca.crt'];
      return execa('docker', ['run', '--rm', '--network', 'host', '--volume', `${workspace}:/workspace`, '--workdir', '/workspace', ...(await mountsOf(guard)), ...caMount, '--entrypoint', guard.entrypoint!, image, ...guard.args.map((arg) => substitute(arg, values))], { reject: false, stdin: 'ignore' });
    };

    const broken = await runBuild();
    assert.equal(broken.exitCode, 1, broken.stderr);
    assert.match(broken.stdout, /^error +netra_backend\/app\/middleware\/gcp_auth_context_middleware\.py:23:1 +netra_backend\.app\.services\.monitoring is missing from the image$/m);
    assert.match(broken.stdout, /cause: excluded by `\.dockerignore` line 5: `\*\*\/monitoring\/`/);
    assert.doesNotMatch(broken.stdout + broken.stderr, new RegExp(accessToken.replaceAll('.', '\\.')), 'the token is not printed');

    const ignore = await readFile(path.join(workspace, '.dockerignore'), 'utf8');
    await writeFile(path.join(workspace, '.dockerignore'), ignore.replace('**/monitoring/', '/monitoring/'));
    const fixed = await runBuild();
    assert.equal(fixed.exitCode, 0, fixed.stderr + fixed.stdout);
    // Then Cloud Build runs the deploy step, of the image just checked.
    assert.deepEqual([deploy.entrypoint, deploy.args.map((arg) => substitute(arg, values))], ['gcloud', ['run', 'deploy', 'my-service', '--image', values._IMAGE, '--region', 'europe-west1']]);
  });
});
