// A monorepo whose three services share one layout (services/a, b and c, each `app/` copied to
// /srv/app), each image built by the engine from its own folder and checked in its own step of
// the bundled Action: findings land on that service's files, with its .dockerignore as the cause.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, describe, it, type TestContext } from 'node:test';
import { execa } from 'execa';
import { annotationLines, runStep } from '../helpers/action-runner.ts';
import { buildFixture, dockerReady, FIXTURES, PYTHON_IMAGE } from '../helpers/docker.ts';
import { tempFolder } from '../helpers/layouts.ts';
import { readJsonReport } from '../helpers/json-report.ts';

const ROOT = path.join(FIXTURES, 'monorepo');
const SERVICES = ['a', 'b', 'c'];
const tagOf = (service: string): string => `import-guard-test/monorepo-${service}:e2e-${process.pid}`;

let built: Promise<void> | undefined;

async function imagesReady(t: TestContext): Promise<boolean> {
  if (!(await dockerReady(t, { images: [PYTHON_IMAGE] }))) return false;
  await (built ??= Promise.all(SERVICES.map((service) => buildFixture(path.join(ROOT, 'services', service), tagOf(service)))).then(() => undefined));
  return true;
}

describe('a monorepo of services sharing a layout (images from the engine, the bundled Action)', () => {
  after(async () => {
    if (built) await execa('docker', ['image', 'rm', ...SERVICES.map(tagOf)], { reject: false, stdin: 'ignore' });
  });

  for (const service of SERVICES) {
    it(`service ${service}, checked with context services/${service}: its own file, line and .dockerignore rule`, async (t) => {
      if (!(await imagesReady(t))) return;
      await using tmp = await tempFolder();
      const step = await runStep('index.js', tmp.dir, { 'INPUT_IMAGE': `docker:${tagOf(service)}`, 'INPUT_CONTEXT': `services/${service}`, 'INPUT_BOOT': 'none', 'GITHUB_WORKSPACE': ROOT });
      assert.equal(step.exitCode, 1, step.stdout);
      const json = await readJsonReport(step.outputs['report-json']!);
      const reported = json.findings.filter((finding) => finding.reported).map((finding) => `${finding.severity} ${finding.module} ${finding.file}:${finding.line} | ${finding.cause}`);
      assert.deepEqual(reported, [`error app.metrics_${service} services/${service}/app/handlers.py:1 | excluded by \`services/${service}/.dockerignore\` line 2: \`app/metrics_${service}.py\``]);
      const annotations = annotationLines(step.stdout).filter((line) => line.includes('is missing from the image'));
      assert.equal(annotations.length, 1);
      assert.match(annotations[0]!, new RegExp(`^::error title=app\\.metrics_${service} is missing from the image,file=services/${service}/app/handlers\\.py,line=1,col=1::`));
      assert.ok(!step.stdout.includes('match several files of the checkout'), step.stdout);
    });
  }

  it('without a context, the step names the checkout files a path could be and says to set path-map or context', async (t) => {
    if (!(await imagesReady(t))) return;
    await using tmp = await tempFolder();
    const step = await runStep('index.js', tmp.dir, { 'INPUT_IMAGE': `docker:${tagOf('a')}`, 'INPUT_BOOT': 'none', 'GITHUB_WORKSPACE': ROOT });
    const warning = step.stdout.split('\n').find((line) => line.startsWith('::warning') && line.includes('match several files of the checkout'));
    assert.ok(warning, step.stdout);
    assert.match(warning, /"\/srv\/app\/handlers\.py" \("services\/a\/app\/handlers\.py", "services\/b\/app\/handlers\.py", "services\/c\/app\/handlers\.py"\)/);
    assert.match(warning, /Set path-map \(IMAGE_FOLDER=REPOSITORY_FOLDER, e\.g\. \/srv=services\/api\), or context to the folder the image was built from$/);
  });
});
