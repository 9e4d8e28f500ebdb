// The Jenkins recipe (examples/ci/Jenkinsfile), run as Jenkins would run it: Jenkins cannot run
// here, so its `sh` steps are read from the file and run with `sh -e` in the workspace, stage by
// stage until one fails, then the `post { always }` steps, with the installed npm package as the
// agent's `import-guard`. The JUnit report the `junit` step publishes is read by libxml2.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it, type TestContext } from 'node:test';
import { execa } from 'execa';
import { dockerReady, PYTHON_IMAGE } from '../helpers/docker.ts';
import { tempFolder } from '../helpers/layouts.ts';
import { fastapiProject, fixDockerignore, jenkinsPipeline, RECIPES, runMerged, withInstalledCli, type JenkinsStep } from '../helpers/recipes.ts';
import { elements, lxmlReady, readXml, type XmlElement } from '../helpers/report-formats.ts';

interface Build {
  /** Each stage that ran, with the exit status of its last step (Jenkins stops at a failing one). */
  stages: Array<[string, number | null]>;
  log: string;
  /** The file the `junit` step publishes, and its text. */
  report: { file: string; xml: string };
  image: string;
}

/** Runs one `sh` step as Jenkins does (`sh -e`), with the pipeline's environment. */
function sh(step: JenkinsStep, workspace: string, env: NodeJS.ProcessEnv): { status: number | null; output: string } {
  if (!('sh' in step)) throw new Error(`not a sh step: ${JSON.stringify(step)}`);
  return runMerged('sh', ['-e', '-c', step.sh], workspace, env);
}

describe('the Jenkins recipe, its sh steps run in a copy of the FastAPI fixture', () => {
  let work: { dir: string; [Symbol.asyncDispose](): Promise<void> };
  let env: NodeJS.ProcessEnv;
  const images = new Set<string>();

  before(async () => {
    work = await tempFolder('import-guard-jenkins-');
    // The agent's `npm install --global import-guard`, from the packed tarball.
    env = withInstalledCli(work.dir);
  });
  after(async () => {
    for (const image of images) await execa('docker', ['image', 'rm', '--force', image], { reject: false, stdin: 'ignore' });
    await work[Symbol.asyncDispose]();
  });

  /** One build of the pipeline in `workspace`, with a commit of its own as GIT_COMMIT. */
  async function build(workspace: string): Promise<Build> {
    const pipeline = jenkinsPipeline(await readFile(path.join(RECIPES, 'Jenkinsfile'), 'utf8'), { GIT_COMMIT: randomBytes(20).toString('hex') });
    assert.deepEqual(pipeline.jenkinsVariables, ['GIT_COMMIT'], 'the test gives the Jenkins variables the recipe uses');
    const buildEnv = { ...env, ...pipeline.environment };
    const image = pipeline.environment.IMAGE!;
    images.add(image);
    const stages: Build['stages'] = [];
    let log = '';
    let failed = false;
    for (const stage of pipeline.stages) {
      if (failed) break;
      let status: number | null = 0;
      for (const step of stage.steps) {
        const ran = sh(step, workspace, buildEnv);
        log += ran.output;
        status = ran.status;
        if (status !== 0) break;
      }
      stages.push([stage.name, status]);
      failed = status !== 0;
    }
    let report: Build['report'] | undefined;
    for (const step of pipeline.always) {
      if ('junit' in step) {
        const file = path.join(workspace, step.junit);
        report = { file: step.junit, xml: await readFile(file, 'utf8') };
      } else {
        const ran = sh(step, workspace, buildEnv);
        assert.equal(ran.status, 0, ran.output);
      }
    }
    assert.ok(report, 'the post block publishes a report');
    return { stages, log, report, image };
  }

  async function imageExists(image: string): Promise<boolean> {
    return (await execa('docker', ['image', 'inspect', image], { reject: false, stdin: 'ignore' })).exitCode === 0;
  }

  it('fails the check stage on the broken project, publishes a failed test case naming the missing module, and removes the image', async (t: TestContext) => {
    if (!(await dockerReady(t, { images: [PYTHON_IMAGE] })) || !(await lxmlReady(t))) return;
    const workspace = await fastapiProject(path.join(work.dir, 'broken'));
    const result = await build(workspace);
    assert.deepEqual(result.stages, [['Build', 0], ['Import check', 1]], result.log);
    assert.match(result.log, /wrote the junit report to .*import-guard\.xml/);
    const verdict = await readXml(result.report.xml);
    assert.ok(verdict.parsed && verdict.valid, JSON.stringify(verdict));
    const failing = elements(verdict.root, 'testcase').filter((testcase) => testcase.children.some((child) => child.tag === 'failure'));
    const failure = (testcase: XmlElement): XmlElement => testcase.children.find((child) => child.tag === 'failure')!;
    assert.deepEqual(
      failing.map((testcase) => [testcase.attributes.classname, testcase.attributes.name, failure(testcase).attributes.type]),
      [
        ['import-guard.entry-point', 'netra_backend.app.main:app', 'entry-point'],
        ['import-guard.missing-module', 'netra_backend.app.services.monitoring is missing from the image (netra_backend/app/middleware/gcp_auth_context_middleware.py:23)', 'missing-module'],
      ],
    );
    assert.match(failure(failing[1]!).text, /^ModuleNotFoundError: No module named 'netra_backend\.app\.services\.monitoring'\nCause: excluded by `\.dockerignore` line 5: `\*\*\/monitoring\/`\n/);
    assert.equal(await imageExists(result.image), false, 'post { always } removed the image');
  });

  it('passes on the fixed project: every stage succeeds and the report has no failure', async (t: TestContext) => {
    if (!(await dockerReady(t, { images: [PYTHON_IMAGE] })) || !(await lxmlReady(t))) return;
    const workspace = await fastapiProject(path.join(work.dir, 'fixed'));
    await fixDockerignore(workspace);
    const result = await build(workspace);
    assert.deepEqual(result.stages, [['Build', 0], ['Import check', 0]], result.log);
    const verdict = await readXml(result.report.xml);
    assert.ok(verdict.parsed && verdict.valid, JSON.stringify(verdict));
    assert.deepEqual([verdict.root.attributes.failures, verdict.root.attributes.errors], ['0', '0']);
    assert.deepEqual(elements(verdict.root, 'failure'), []);
    assert.ok(elements(verdict.root, 'testcase').some((testcase) => testcase.attributes.name === 'netra_backend.app.main:app'), 'the entry point is a passed test case');
    assert.equal(await imageExists(result.image), false, 'post { always } removed the image');
  });
});
