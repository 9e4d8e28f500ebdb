// The precision corpus and mutation recall (scripts/corpus.ts) as a test: real applications from
// Debian packages, each booted with no network as the ground truth and scanned by the bundled
// command line (IMPORT_GUARD_CORPUS_CLI, default dist/cli.js). No app that boots may get an
// error or be scanned blind; every mutant that crashes at boot must get an error naming the
// removed module at the importing line; no mutant that boots may get a new error.
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { DEBIAN_APPS_IMAGE, errorKey, loadApps, loadExpectations, loadMutants, mutantId, reportedErrors, runCorpus } from '../helpers/corpus.ts';
import { dockerReady } from '../helpers/docker.ts';

const CLI = process.env.IMPORT_GUARD_CORPUS_CLI ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/cli.js');
/** A scan that reaches this many modules or fewer from the app's command has checked nothing. */
const BLIND_MODULES = 2;

describe('precision corpus: real applications from Debian packages', () => {
  it('no false error, no blind scan, every crashing mutant caught on its line', { timeout: 15 * 60_000 }, async (t) => {
    if (!(await dockerReady(t, { images: [DEBIAN_APPS_IMAGE] }))) return;
    const [apps, mutants, expected] = await Promise.all([loadApps(), loadMutants(), loadExpectations()]);
    const started = performance.now();
    const run = await runCorpus({ cli: CLI, apps, mutants, jobs: 2, source: 'archive' });
    t.diagnostic(`${apps.length} apps, ${mutants.length} mutants in ${((performance.now() - started) / 1000).toFixed(0)} s: ${JSON.stringify(run.phases)}`);

    // The ground truth is as recorded: the images did not change under the test.
    assert.deepEqual(
      Object.fromEntries(run.apps.map((row) => [row.app.name, { boots: row.boot.exitCode === 0 }])),
      Object.fromEntries(apps.map((app) => [app.name, expected.apps[app.name]])),
      'which apps boot',
    );
    assert.deepEqual(
      Object.fromEntries(run.mutants.map((row) => [mutantId(row.mutant), row.boot.exitCode !== 0])),
      Object.fromEntries(mutants.map((mutant) => [mutantId(mutant), expected.mutants[mutantId(mutant)]?.crashes])),
      'which mutants crash at boot',
    );

    const problems: string[] = [];
    for (const row of run.apps.filter((candidate) => candidate.boot.exitCode === 0)) {
      if (row.scan.failure) problems.push(`${row.app.name}: scan failed (exit ${row.scan.exitCode}): ${row.scan.failure}`);
      else if (row.scan.modules <= BLIND_MODULES) problems.push(`${row.app.name}: blind scan, ${row.scan.modules} modules reached`);
      for (const finding of reportedErrors(row.scan)) problems.push(`${row.app.name} boots, but: error ${errorKey(finding)}: ${finding.message}`);
    }
    for (const row of run.mutants) {
      const name = `mutant ${mutantId(row.mutant)} (${row.mutant.kind})`;
      if (row.scan.failure) problems.push(`${name}: scan failed (exit ${row.scan.exitCode}): ${row.scan.failure}`);
      else if (row.crashed && !row.named) {
        if (!expected.mutants[mutantId(row.mutant)]?.missed) problems.push(`${name} crashes at boot (${row.boot.exception ?? `exit ${row.boot.exitCode}`}), but no error names ${row.mutant.module}`);
      } else if (expected.mutants[mutantId(row.mutant)]?.missed) problems.push(`${name} is listed as missed, but an error names ${row.mutant.module}: take "missed" out of test/corpus/expected.json`);
      else if (row.crashed && row.boot.at && !row.lineRight) problems.push(`${name}: the error is not on the importing line ${row.boot.at.file}:${row.boot.at.line}`);
      if (!row.crashed && !expected.mutants[mutantId(row.mutant)]?.errorAllowed) for (const finding of row.newErrors) problems.push(`${name} boots, but: new error ${errorKey(finding)}: ${finding.message}`);
    }
    assert.deepEqual(problems, []);
  });
});
