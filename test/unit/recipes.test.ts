// The CI recipes under examples/ci: the README shows each file byte for byte (the itg tests run
// the files, so the docs show what was run), and the Jenkinsfile reader refuses what it does not
// understand.
import assert from 'node:assert/strict';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from '../helpers/action-runner.ts';
import { jenkinsPipeline, readmeBlock, RECIPES } from '../helpers/recipes.ts';

const readme = await readFile(path.join(ROOT, 'README.md'), 'utf8');
const jenkinsfile = await readFile(path.join(RECIPES, 'Jenkinsfile'), 'utf8');
const COMMIT = '0123456789abcdef0123456789abcdef01234567';

describe('the CI recipes', () => {
  it('are each shown in the README, byte for byte, after the paragraph that links the file', async () => {
    const files = await readdir(RECIPES);
    assert.ok(files.includes('Jenkinsfile') && files.includes('pre-push') && files.includes('pre-commit-config.yaml'), files.join(', '));
    for (const file of files) assert.equal(readmeBlock(readme, file), await readFile(path.join(RECIPES, file), 'utf8'), file);
  });

  it('find the block or say why not', () => {
    const text = ['Copy [the hook](examples/ci/hook):', '', '````sh', 'echo ```', '````', 'Also [it](examples/ci/twice) and [again](examples/ci/twice).', '', '```', 'x', '```', '[open](examples/ci/open)', '', '```sh', 'x', '[far](examples/ci/far)', '', 'text', '```sh'].join('\n');
    assert.equal(readmeBlock(text, 'hook'), 'echo ```\n');
    assert.throws(() => readmeBlock(text, 'missing'), /links missing 0 times/);
    assert.throws(() => readmeBlock(text, 'twice'), /links twice 2 times/);
    assert.throws(() => readmeBlock(text, 'open'), /the block showing open is not closed/);
    assert.throws(() => readmeBlock(text, 'far'), /the paragraph linking far is not followed by a fenced block \(line 17: "text"\)/);
  });

  it('include a pre-push hook that git can run: executable, POSIX sh', async () => {
    const hook = path.join(RECIPES, 'pre-push');
    assert.equal((await stat(hook)).mode & 0o111, 0o111);
    assert.match(await readFile(hook, 'utf8'), /^#!\/bin\/sh\n/);
  });

  it('include a Jenkinsfile whose commands the reader finds: build, check, then publish and clean up', () => {
    assert.deepEqual(jenkinsPipeline(jenkinsfile, { GIT_COMMIT: COMMIT }), {
      environment: { IMAGE: `my-service:${COMMIT}` },
      jenkinsVariables: ['GIT_COMMIT'],
      stages: [
        { name: 'Build', steps: [{ sh: 'docker build --tag "$IMAGE" .' }] },
        { name: 'Import check', steps: [{ sh: 'import-guard scan "docker:$IMAGE" --repo . --format junit --output import-guard.xml' }] },
      ],
      always: [{ junit: 'import-guard.xml', allowEmptyResults: true }, { sh: 'docker image rm "$IMAGE" || true' }],
    });
  });

  it('are read by a Jenkinsfile reader that refuses anything it does not understand', () => {
    const changed = (from: string, to: string): string => {
      assert.ok(jenkinsfile.includes(from), from);
      return jenkinsfile.replace(from, to);
    };
    const refusals: Array<[string, RegExp]> = [
      [changed("sh 'docker build", 'sh "docker build'), /line 13: not understood in steps: sh "docker build/],
      [changed('      steps {\n        sh \'docker build', "      steps {\n        script { sh 'true' }\n        sh 'docker build"), /line 13: not understood in steps: script \{ sh 'true' \}/],
      [changed('${GIT_COMMIT}', '${BUILD_TAG}'), /line 8: the Jenkins variable BUILD_TAG has no value here/],
      [changed('${GIT_COMMIT}', '$GIT_COMMIT'), /line 8: not understood in a string: "my-service:\$GIT_COMMIT"/],
      [changed('agent any', "agent { docker { image 'node:24' } }"), /line 5: not understood in pipeline: agent \{ docker/],
      [changed("junit testResults: 'import-guard.xml', allowEmptyResults: true", "junit 'import-guard.xml'\n      archiveArtifacts 'import-guard.xml'"), /not understood in always: archiveArtifacts/],
      [changed('  stages {', "  options { timeout(time: 10, unit: 'MINUTES') }\n  stages {"), /line 10: not understood in pipeline: options/],
      [changed("sh 'import-guard scan", "junit 'x'\n        sh 'import-guard scan"), /line 19: not understood in steps: junit 'x'/],
      [jenkinsfile.replace(/\}\n$/, ''), /leaves pipeline open/],
      [`${jenkinsfile}}\n`, /line 32: a \} closes nothing/],
      ['node {\n}\n', /line 1: not understood: node \{/],
    ];
    for (const [text, refusal] of refusals) assert.throws(() => jenkinsPipeline(text, { GIT_COMMIT: COMMIT }), refusal);
    assert.deepEqual(jenkinsPipeline(changed("junit testResults: 'import-guard.xml', allowEmptyResults: true", "junit 'import-guard.xml'"), { GIT_COMMIT: COMMIT }).always[0], { junit: 'import-guard.xml', allowEmptyResults: false });
  });
});
