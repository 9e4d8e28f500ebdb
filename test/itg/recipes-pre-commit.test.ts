// The pre-commit recipe (examples/ci/pre-commit-config.yaml) as a repository's
// .pre-commit-config.yaml, run by the real pre-commit, in a git repository made from the FastAPI
// fixture with the image built by the command the recipe names. There is no registry here, so the
// one change made to the recipe is its `additional_dependencies`: the packed tarball of this
// checkout instead of `import-guard@VERSION`. pre-commit's environments go to a folder of the test
// (PRE_COMMIT_HOME), and npm has no registry it could reach.
import assert from 'node:assert/strict';
import { appendFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it, type TestContext } from 'node:test';
import { execa } from 'execa';
import { ROOT } from '../helpers/action-runner.ts';
import { dockerReady, PYTHON_IMAGE } from '../helpers/docker.ts';
import { tempFolder } from '../helpers/layouts.ts';
import { packPackage } from '../helpers/npm-package.ts';
import { assertFoundIn, fastapiProject, FINDING_LINES, fixDockerignore, gitInit, nodeFolder, RECIPES, recipeEnvironment, runMerged } from '../helpers/recipes.ts';

describe('the pre-commit recipe in a git repository of the FastAPI fixture', () => {
  let work: { dir: string; [Symbol.asyncDispose](): Promise<void> };
  let recipe: string;
  let image: string | undefined;

  before(async () => {
    work = await tempFolder('import-guard-pre-commit-');
    recipe = await readFile(path.join(RECIPES, 'pre-commit-config.yaml'), 'utf8');
  });
  after(async () => {
    if (image) await execa('docker', ['image', 'rm', '--force', image], { reject: false, stdin: 'ignore' });
    await work[Symbol.asyncDispose]();
  });

  it('fails a commit of the broken project with the finding, skips unrelated files, and passes once the image is fixed', async (t: TestContext) => {
    if (!(await dockerReady(t, { images: [PYTHON_IMAGE], tools: ['git', 'pre-commit'] }))) return;
    // The image the recipe checks, and the command it says builds it.
    const build = /^# from this checkout with: (docker build --tag (\S+) \.)$/m.exec(recipe);
    assert.ok(build, 'the recipe names the command that builds its image');
    const [, , tag] = build;
    assert.match(recipe, new RegExp(`^ {8}entry: import-guard scan docker:${tag!.replaceAll('.', '\\.')} --repo \\. --boot none$`, 'm'));
    assert.equal((await execa('docker', ['image', 'inspect', tag!], { reject: false })).exitCode, 1, `an image ${tag} exists already; the test builds and removes its own (docker image rm ${tag} if it is left from an earlier run)`);

    const { version } = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const pin = `'import-guard@${version}'`;
    assert.equal(recipe.split(pin).length, 2, `the recipe pins ${pin}, this checkout's version`);
    const { tarball } = packPackage(work.dir);
    const nodes = await nodeFolder(path.join(work.dir, 'node'));
    const env = { ...recipeEnvironment(path.join(work.dir, 'home'), [nodes]), PRE_COMMIT_HOME: path.join(work.dir, 'pre-commit-home') };
    assertFoundIn('node', nodes, env);
    assertFoundIn('nodejs', nodes, env);

    const project = await fastapiProject(path.join(work.dir, 'service'));
    await writeFile(path.join(project, '.pre-commit-config.yaml'), recipe.replace(pin, `'${tarball}'`));
    gitInit(project, env);
    const run = (command: string, args: string[]): { status: number | null; output: string } => runMerged(command, args, project, env);
    const head = (): string => run('git', ['rev-parse', 'HEAD']).output.trim();
    const dockerBuild = (): void => {
      image = tag;
      const built = run('sh', ['-e', '-c', build[1]!]);
      assert.equal(built.status, 0, built.output);
    };
    assert.equal(run('pre-commit', ['install']).status, 0);
    dockerBuild();

    const all = run('pre-commit', ['run', '--all-files']);
    assert.equal(all.status, 1, all.output);
    assert.match(all.output, /^import-guard \(my-service:dev\)\.+Failed\n- hook id: import-guard\n- exit code: 1$/m);
    for (const line of FINDING_LINES) assert.match(all.output, line);
    assert.match(all.output, /^not booted: boot is none$/m);

    const unchanged = head();
    await appendFile(path.join(project, 'netra_backend/app/main.py'), '# a change to a Python file\n');
    assert.equal(run('git', ['add', 'netra_backend/app/main.py']).status, 0);
    const broken = run('git', ['commit', '--message', 'Touch the app']);
    assert.equal(broken.status, 1, broken.output);
    for (const line of FINDING_LINES) assert.match(broken.output, line);
    assert.equal(head(), unchanged, 'the commit did not happen');

    // A commit of files the hook does not look at does not run the check.
    await writeFile(path.join(project, 'NOTES.txt'), 'notes\n');
    assert.equal(run('git', ['add', 'NOTES.txt']).status, 0);
    const unrelated = run('git', ['commit', '--message', 'Notes', '--', 'NOTES.txt']);
    assert.equal(unrelated.status, 0, unrelated.output);
    assert.match(unrelated.output, /^import-guard \(my-service:dev\)\.+\(no files to check\)Skipped$/m);

    await fixDockerignore(project);
    dockerBuild();
    assert.equal(run('git', ['add', '.dockerignore', 'netra_backend/app/main.py']).status, 0);
    const fixedBefore = head();
    const fixed = run('git', ['commit', '--message', 'Keep the monitoring package in the image']);
    assert.equal(fixed.status, 0, fixed.output);
    assert.match(fixed.output, /^import-guard \(my-service:dev\)\.+Passed$/m);
    assert.notEqual(head(), fixedBefore, 'the commit happened');
    assert.equal(run('git', ['status', '--porcelain']).output, '', 'everything was committed');
  });
});
