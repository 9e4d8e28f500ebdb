// The pre-push hook recipe (examples/ci/pre-push), installed as it is into a git repository made
// from the FastAPI fixture, with a bare repository as the remote and the installed npm package as
// `import-guard`: git push runs it, and it decides whether the push happens.
import assert from 'node:assert/strict';
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it, type TestContext } from 'node:test';
import { execa } from 'execa';
import { dockerReady, PYTHON_IMAGE } from '../helpers/docker.ts';
import { tempFolder } from '../helpers/layouts.ts';
import { fastapiProject, FINDING_LINES, fixDockerignore, gitInit, RECIPES, runMerged, withInstalledCli } from '../helpers/recipes.ts';

/** The hook tags the image with the repository folder's name; this one is the test process's own. */
const REPOSITORY = `Shop_API.${process.pid}`;
const IMAGE = `import-guard-pre-push/shop-api-${process.pid}:latest`;

describe('the pre-push hook recipe in a git repository of the FastAPI fixture', () => {
  let work: { dir: string; [Symbol.asyncDispose](): Promise<void> };
  let env: NodeJS.ProcessEnv;
  let project: string;
  let remote: string;

  before(async () => {
    work = await tempFolder('import-guard-pre-push-');
    env = withInstalledCli(work.dir);
  });
  after(async () => {
    await execa('docker', ['image', 'rm', '--force', IMAGE], { reject: false, stdin: 'ignore' });
    await work[Symbol.asyncDispose]();
  });

  const git = (args: string[], extra: NodeJS.ProcessEnv = {}): { status: number | null; output: string } => runMerged('git', args, project, { ...env, ...extra });
  const remoteMain = (): string | undefined => {
    const ref = runMerged('git', ['rev-parse', '--verify', '--quiet', 'refs/heads/main'], remote, env);
    return ref.status === 0 ? ref.output.trim() : undefined;
  };

  it('refuses the push of the broken project with the finding, keeps the remote as it was, and lets the fixed project through', async (t: TestContext) => {
    if (!(await dockerReady(t, { images: [PYTHON_IMAGE], tools: ['git'] }))) return;
    assert.equal((await execa('docker', ['image', 'inspect', IMAGE], { reject: false })).exitCode, 1, `${IMAGE} is this test's own image`);
    project = await fastapiProject(path.join(work.dir, REPOSITORY));
    remote = path.join(work.dir, 'remote.git');
    assert.equal(runMerged('git', ['init', '--quiet', '--bare', remote], work.dir, env).status, 0);
    gitInit(project, env);
    assert.equal(git(['remote', 'add', 'origin', remote]).status, 0);
    await copyFile(path.join(RECIPES, 'pre-push'), path.join(project, '.git/hooks/pre-push'));

    // No Docker daemon: the hook refuses the push and says why.
    const noDaemon = git(['push', 'origin', 'main'], { DOCKER_HOST: `unix://${path.join(work.dir, 'no-daemon.sock')}` });
    assert.equal(noDaemon.status, 1, noDaemon.output);
    assert.match(noDaemon.output, /^pre-push: the Docker daemon does not answer \(docker info\), so the image cannot be built and checked\npre-push: the push is refused; push without this check with: git push --no-verify$/m);
    assert.equal(remoteMain(), undefined);

    const broken = git(['push', 'origin', 'main']);
    assert.equal(broken.status, 1, broken.output);
    assert.match(broken.output, new RegExp(`^pre-push: building ${IMAGE.replaceAll('.', '\\.')} from the working tree$`, 'm'));
    for (const line of FINDING_LINES) assert.match(broken.output, line);
    assert.match(broken.output, /^ +Confirmed at boot: importing netra_backend\.app\.main:app in the image raised this ModuleNotFoundError$/m);
    assert.match(broken.output, new RegExp(`^pre-push: import-guard found imports that will fail in ${IMAGE.replaceAll('.', '\\.')} \\(above\\)\\npre-push: the push is refused; push without this check with: git push --no-verify$`, 'm'));
    assert.match(broken.output, /error: failed to push some refs/);
    assert.equal(remoteMain(), undefined, 'nothing reached the remote');

    await fixDockerignore(project);
    // An uncommitted fix is built (the hook warns) but not pushed: commit it first.
    const uncommitted = git(['push', '--dry-run', 'origin', 'main']);
    assert.match(uncommitted.output, /^pre-push: the working tree has uncommitted changes; the image is built from it as it is$/m);
    assert.equal(git(['commit', '--quiet', '--all', '--message', 'Keep the monitoring package in the image']).status, 0);
    const fixed = git(['push', 'origin', 'main']);
    assert.equal(fixed.status, 0, fixed.output);
    assert.doesNotMatch(fixed.output, /uncommitted|refused/);
    assert.match(fixed.output, /^import-guard PASS/m);
    assert.equal(remoteMain(), git(['rev-parse', 'HEAD']).output.trim(), 'the remote has the fixed commit');

    // A push that only deletes a branch has nothing to check: the hook lets it through at once.
    assert.equal(git(['push', '--quiet', '--no-verify', 'origin', 'main:refs/heads/old']).status, 0);
    await writeFile(path.join(project, '.dockerignore'), `${await readFile(path.join(project, '.dockerignore'), 'utf8')}\n**/monitoring/\n`);
    const deletion = git(['push', 'origin', '--delete', 'old']);
    assert.equal(deletion.status, 0, deletion.output);
    assert.doesNotMatch(deletion.output, /pre-push:/);
  });
});
