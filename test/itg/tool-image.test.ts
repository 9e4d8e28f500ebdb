// The tool's own container image: the top-level Dockerfile built with local stand-ins for its two
// bases (Node 24 on the Debian base, the machine's static docker client) and a bundle of the working
// tree, then run as the README says: on the bundled example, and on docker: images through the
// host's daemon socket, booted from inside the tool's container.
import assert from 'node:assert/strict';
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it, type TestContext } from 'node:test';
import { execa } from 'execa';
import { RUN_LABEL } from '../../src/boot/runtime.ts';
import { ROOT } from '../helpers/action-runner.ts';
import { cli } from '../helpers/cli.ts';
import { buildFixture, dockerReady, FIXTURES, PYTHON_IMAGE, TOOL_DOCKER_CLI_IMAGE, TOOL_NODE_IMAGE } from '../helpers/docker.ts';
import type { JsonReport } from '../../src/report/json.ts';
import { bootOf, parseJsonReport } from '../helpers/json-report.ts';
import { tempFolder } from '../helpers/layouts.ts';
import { buildToolImage, type BuiltToolImage, TOOL_IMAGE } from '../helpers/tool-image.ts';

/** What the tool's layers may add to its bases: the bundled CLI is about 1.3 MB. */
const TOOL_LAYERS_BOUND = 2 * 1024 * 1024;
/** The daemon's socket, mounted into the tool's container as the README says. */
const SOCKET = process.env.DOCKER_HOST?.startsWith('unix://') ? process.env.DOCKER_HOST.slice('unix://'.length) : '/var/run/docker.sock';

async function ready(t: TestContext): Promise<BuiltToolImage | undefined> {
  if (!(await dockerReady(t, { images: [PYTHON_IMAGE, TOOL_NODE_IMAGE, TOOL_DOCKER_CLI_IMAGE] }))) return undefined;
  return buildToolImage();
}

/** `docker run --rm --init -v MOUNT ... import-guard ARGS`, as the README writes it. */
async function runTool(mounts: string[], args: string[]): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  const run = await execa('docker', ['run', '--rm', '--init', ...mounts.flatMap((mount) => ['-v', mount]), TOOL_IMAGE, ...args], { stdin: 'ignore', reject: false });
  return { exitCode: run.exitCode ?? -1, stdout: run.stdout, stderr: run.stderr };
}

/** Containers a boot started from `image` that still exist. */
async function bootContainers(image: string): Promise<string[]> {
  const { stdout } = await execa('docker', ['ps', '--all', '--quiet', '--no-trunc', '--filter', `label=${RUN_LABEL}`, '--filter', `ancestor=${image}`]);
  return stdout.split('\n').filter(Boolean);
}

/**
 * Builds a fixture's copy as an image of this file's own (a label sets it apart), so that a
 * container of it that is left behind is this file's, whatever else the daemon runs meanwhile.
 */
async function ownFixtureImage(folder: string, tag: string, edit: (dockerfile: string) => string = String): Promise<void> {
  const dockerfile = path.join(folder, 'Dockerfile');
  await writeFile(dockerfile, `${edit(await readFile(dockerfile, 'utf8'))}LABEL io.github.import-guard.test=tool-image\n`);
  await buildFixture(folder, tag);
}

function reportedErrors(report: JsonReport): unknown[] {
  return report.findings.filter((finding) => finding.reported && finding.severity === 'error').map((finding) => [finding.module, finding.file, finding.line, finding.boot?.mode, finding.boot?.predicted, finding.boot?.exception]);
}

describe('the tool’s container image (top-level Dockerfile)', () => {
  it('holds the command line and nothing else of the checkout, from a small build context, on its bases plus under 2 MB', async (t) => {
    const image = await ready(t);
    if (!image) return;
    const version = (JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    const run = await runTool([], ['--version']);
    assert.deepEqual([run.exitCode, run.stdout], [0, `import-guard ${version}`], run.stderr);
    const { stdout: files } = await execa('docker', ['run', '--rm', '--entrypoint', 'find', TOOL_IMAGE, '/opt/import-guard', '-type', 'f']);
    const expected = ['LICENSE', 'package.json', ...image.bundled.filter((file) => file.startsWith('dist/cli-chunks/') || ['dist/cli.js', 'dist/scan-worker.js', 'dist/read-ahead-worker.js', 'dist/licenses.txt'].includes(file))];
    assert.deepEqual(files.split('\n').map((file) => path.relative('/opt/import-guard', file)).sort(), expected.sort());
    assert.ok(image.bundled.includes('dist/index.js'), 'the context held the Action’s bundle too');
    // .dockerignore keeps the Action's bundle (over 2 MB) out of what is sent to the daemon.
    assert.ok(image.contextBytes < 2 * 1000 ** 2, `build context: ${image.contextBytes} bytes`);
    const { stdout: docker } = await execa('docker', ['run', '--rm', '--entrypoint', 'docker', TOOL_IMAGE, '--version']);
    assert.match(docker, /^Docker version \d+\.\d+/);
    const sizes = await Promise.all([TOOL_IMAGE, TOOL_NODE_IMAGE, TOOL_DOCKER_CLI_IMAGE].map(async (name) => Number((await execa('docker', ['image', 'inspect', '--format', '{{.Size}}', name])).stdout)));
    const [tool, node, dockerCli] = sizes as [number, number, number];
    const added = tool - node - dockerCli;
    t.diagnostic(`image ${(tool / 1e6).toFixed(1)} MB: Node base ${(node / 1e6).toFixed(1)} MB, docker CLI ${(dockerCli / 1e6).toFixed(1)} MB, the tool ${(added / 1e6).toFixed(2)} MB; build context ${(image.contextBytes / 1e6).toFixed(2)} MB`);
    assert.ok(added > 0 && added < TOOL_LAYERS_BOUND, `the tool's layers: ${added} bytes`);
  });

  it('on the bundled example: the report the CLI gives on the host, and exit status 1', async (t) => {
    if (!(await ready(t))) return;
    const example = path.join(ROOT, 'examples/fastapi-service');
    const inContainer = await runTool([`${example}:/src:ro`], ['scan', '/src/image', '--repo', '/src']);
    const onHost = await cli(['scan', path.join(example, 'image'), '--repo', example, '--quiet']);
    assert.equal(inContainer.exitCode, 1, inContainer.stderr);
    assert.equal(onHost.code, 1, onHost.stderr);
    // The same report but for the image's path and the time taken.
    const same = (text: string, imagePath: string) => text.replace(`(${imagePath})`, '(IMAGE)').replace(/, \d+\.\d+ s;/, ', N s;');
    assert.equal(same(inContainer.stdout, '/src/image'), same(onHost.stdout, path.join(example, 'image')).trimEnd());
    assert.match(inContainer.stdout, /^error {3}netra_backend\/app\/middleware\/gcp_auth_context_middleware\.py:23:1 {2}netra_backend\.app\.services\.monitoring is missing from the image$/m);
    assert.match(inContainer.stdout, /cause: excluded by `\.dockerignore` line 8: `\*\*\/monitoring\/`/);
    assert.match(inContainer.stderr, /Walking imports from 3 entry points/, 'progress goes to stderr');
  });

  it('on a docker: image through the socket: reads it, boots it, proves the missing module, exits 1 and leaves no container', async (t) => {
    if (!(await ready(t))) return;
    await using tmp = await tempFolder();
    const fixture = path.join(tmp.dir, 'guard-fastapi');
    await cp(path.join(FIXTURES, 'guard-fastapi'), fixture, { recursive: true });
    const tag = 'import-guard-test/tool-image-fastapi:itg';
    await ownFixtureImage(fixture, tag);
    const run = await runTool([`${SOCKET}:/var/run/docker.sock`, `${fixture}:/src:ro`], ['scan', `docker:${tag}`, '--repo', '/src', '--format', 'json']);
    assert.equal(run.exitCode, 1, run.stderr);
    const report = parseJsonReport(run.stdout);
    assert.deepEqual(reportedErrors(report), [['netra_backend.app.services.monitoring', 'netra_backend/app/middleware/gcp_auth_context_middleware.py', 23, 'import', true, 'ModuleNotFoundError']]);
    assert.deepEqual([report.result, bootOf(report).mode, bootOf(report).ok], ['fail', 'import', false]);
    assert.match(bootOf(report).outcome!, /^1 of 3 entry points failed to import with \/usr\/bin\/python3: netra_backend\.app\.main:app$/);
    assert.deepEqual(await bootContainers(tag), [], 'the boot left no container behind');
    // Both ways of reading a docker: image work through the socket: the export stream and `docker image save`.
    const saved = await runTool([`${SOCKET}:/var/run/docker.sock`, `${fixture}:/src:ro`], ['scan', `docker:${tag}`, '--repo', '/src', '--format', 'json', '--docker-read', 'save', '--boot', 'none']);
    assert.equal(saved.exitCode, 1, saved.stderr);
    assert.deepEqual(reportedErrors(parseJsonReport(saved.stdout)), [['netra_backend.app.services.monitoring', 'netra_backend/app/middleware/gcp_auth_context_middleware.py', 23, undefined, undefined, undefined]]);
  });

  it('serves a docker: image, asks its health path from inside the tool’s container on the default network, and passes the user’s variables', async (t) => {
    if (!(await ready(t))) return;
    // The boot service without its HEALTHCHECK: only the health path can say it is ready.
    await using tmp = await tempFolder();
    await cp(path.join(FIXTURES, 'boot-service'), tmp.dir, { recursive: true });
    const tag = 'import-guard-test/tool-image-serve:itg';
    await ownFixtureImage(tmp.dir, tag, (dockerfile) => dockerfile.replace(/^HEALTHCHECK .*\n/m, ''));
    const run = await runTool([`${SOCKET}:/var/run/docker.sock`], ['scan', `docker:${tag}`, '--boot', 'serve', '--health-path', '/health', '--port', '8000', '--boot-timeout', '30', '--format', 'json']);
    assert.equal(run.exitCode, 0, run.stderr);
    const report = parseJsonReport(run.stdout);
    assert.deepEqual([bootOf(report).mode, bootOf(report).ok], ['serve', true], bootOf(report).outcome);
    assert.match(bootOf(report).outcome!, /^GET \/health answered 200 after \d+\.\d s$/);
    // The user's variables reach the container through an env file the docker client reads in the tool's container.
    const exiting = await runTool([`${SOCKET}:/var/run/docker.sock`], ['scan', `docker:${tag}`, '--boot', 'serve', '--health-path', '/health', '--port', '8000', '--boot-timeout', '30', '--env', 'MODE=exit', '--format', 'json']);
    assert.equal(exiting.exitCode, 1, exiting.stderr);
    const exited = parseJsonReport(exiting.stdout);
    assert.match(bootOf(exited).outcome!, /^the process exited with status 1 after/);
    assert.match((exited.boot as { logs?: string }).logs!, /configuration missing: DATABASE_URL is not set/);
    assert.deepEqual(await bootContainers(tag), [], 'the boots left no container behind');
  });
});
