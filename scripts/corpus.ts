// The precision corpus and mutation recall, measured on real applications from Debian packages.
// Builds one image per app (the shared base with the app as CMD), boots each with no network as
// the ground truth, scans each with the bundled command line and prints a table; with --mutants,
// the same for images with one module removed (test/corpus/mutants.json).
//
//   node scripts/corpus.ts [--cli dist/cli.js] [--only yamllint,hg] [--mutants] [--jobs 2]
//                          [--source archive|docker] [--markdown FILE] [--json FILE]
//   node scripts/corpus.ts --pick-mutants     probe the apps marked "mutate", write mutants.json
//   node scripts/corpus.ts --write-expected   record what each app and mutant does at boot
//
// The base image comes from `scripts/build-test-images.sh debian-apps`.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CORPUS_DIR, buildApp, loadApps, loadExpectations, loadMutants, mutantId, pickMutants, probeImports, removeImages, reportedErrors, runCorpus, type AppRow, type CorpusRun, type Expectations, type Mutant, type MutantRow } from '../test/helpers/corpus.ts';

const { values } = parseArgs({
  options: {
    'cli': { type: 'string', default: path.resolve(path.dirname(new URL(import.meta.url).pathname), '../dist/cli.js') },
    'only': { type: 'string' },
    'mutants': { type: 'boolean', default: false },
    'jobs': { type: 'string', default: '2' },
    'source': { type: 'string', default: 'archive' },
    'markdown': { type: 'string' },
    'json': { type: 'string' },
    'pick-mutants': { type: 'boolean', default: false },
    'write-expected': { type: 'boolean', default: false },
  },
});

const only = values.only?.split(',').filter(Boolean);
const allApps = await loadApps();
const apps = only ? allApps.filter((app) => only.includes(app.name)) : allApps;
const log = (line: string): void => void process.stderr.write(`${line}\n`);

if (values['pick-mutants']) {
  const picked: Mutant[] = [];
  const tags: string[] = [];
  try {
    for (const app of apps.filter((candidate) => candidate.mutate)) {
      tags.push(await buildApp(app));
      const mutants = pickMutants(app, await probeImports(app));
      log(`${app.name}: ${mutants.map((mutant) => `${mutant.kind} ${mutant.module}`).join(', ')}`);
      picked.push(...mutants);
    }
  } finally {
    await removeImages(tags);
  }
  // Plugin mutants are picked by hand: keep them.
  picked.push(...(await loadMutants()).filter((mutant) => mutant.kind === 'plugin'));
  await writeFile(path.join(CORPUS_DIR, 'mutants.json'), `${JSON.stringify(picked, null, 2)}\n`);
  process.exit(0);
}

const appNames = new Set(apps.map((app) => app.name));
const mutants = values.mutants || values['write-expected'] ? (await loadMutants()).filter((mutant) => appNames.has(mutant.app)) : [];
const source = values.source === 'docker' ? 'docker' : 'archive';
const started = performance.now();
const run = await runCorpus({ cli: path.resolve(values.cli), apps, mutants, jobs: Number(values.jobs), source, log });
const seconds = (performance.now() - started) / 1000;

if (values['write-expected']) {
  const expected: Expectations = await loadExpectations().catch(() => ({ apps: {}, mutants: {} }));
  for (const row of run.apps) expected.apps[row.app.name] = { boots: row.boot.exitCode === 0 };
  for (const row of run.mutants) expected.mutants[mutantId(row.mutant)] = { ...expected.mutants[mutantId(row.mutant)], crashes: row.boot.exitCode !== 0 };
  await writeFile(path.join(CORPUS_DIR, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`);
}

const markdown = [`CLI: \`${path.basename(path.dirname(path.resolve(values.cli)))}/${path.basename(values.cli)}\`, ${apps.length} apps, ${mutants.length} mutants, ${seconds.toFixed(0)} s in all (${Object.entries(run.phases).map(([phase, s]) => `${phase} ${s} s`).join(', ')}).`, '', ...corpusTable(run), '', ...(run.mutants.length > 0 ? mutationTable(run) : [])].join('\n');
process.stdout.write(`${markdown}\n`);
if (values.markdown) await writeFile(values.markdown, `${markdown}\n`);
if (values.json) await writeFile(values.json, `${JSON.stringify(run, null, 2)}\n`);

function bootCell(row: AppRow | MutantRow): string {
  if (row.boot.timedOut) return 'timeout';
  if (row.boot.exitCode === 0) return 'ok';
  return `exit ${row.boot.exitCode}${row.boot.exception ? `: ${row.boot.exception.slice(0, 90)}` : ''}`;
}

function errorsCell(row: AppRow): string {
  if (row.scan.failure) return `scan failed (exit ${row.scan.exitCode}): ${row.scan.failure}`;
  const errors = reportedErrors(row.scan);
  return [String(row.scan.counts.error), ...errors.slice(0, 3).map((finding) => `${finding.module} @ ${finding.imagePath ?? finding.file}:${finding.line}`)].join('<br>');
}

function corpusTable(result: CorpusRun): string[] {
  const rows = result.apps.map((row) => `| ${row.app.name} | ${row.app.style} | ${errorsCell(row)} | ${row.scan.counts.warning} | ${row.scan.counts.notice} | ${row.scan.modules}${row.scan.modules <= 2 && !row.scan.failure ? ' (blind)' : ''} | ${row.scan.files} | ${row.scan.seconds.toFixed(1)} | ${bootCell(row)} |`);
  const booting = result.apps.filter((row) => row.boot.exitCode === 0);
  const falseErrors = booting.reduce((sum, row) => sum + row.scan.counts.error, 0);
  const appsWithErrors = booting.filter((row) => row.scan.counts.error > 0).length;
  const blind = booting.filter((row) => !row.scan.failure && row.scan.modules <= 2).length;
  const failed = result.apps.filter((row) => row.scan.failure).length;
  return [
    `Corpus: ${result.apps.length} apps, ${booting.length} boot; ${falseErrors} errors on ${appsWithErrors} apps that boot (all false), ${blind} blind scans (0-2 modules), ${failed} scans failed.`,
    '',
    '| app | entry style | errors | warnings | notices | modules | files | seconds | boot |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows,
  ];
}

function mutationTable(result: CorpusRun): string[] {
  const rows = result.mutants.map((row) => `| ${row.mutant.app} | ${row.mutant.kind} | ${row.mutant.module} | ${row.crashed ? `yes: ${row.boot.exception?.slice(0, 80) ?? `exit ${row.boot.exitCode}`}` : 'no'} | ${row.scan.failure ? `scan failed: ${row.scan.failure.slice(0, 80)}` : row.named ? 'yes' : 'no'} | ${row.named ? (row.lineRight ? 'yes' : `no (boot: ${row.boot.at ? `${row.boot.at.file}:${row.boot.at.line}` : 'no frame'})`) : ''} | ${row.newErrors.length === 0 ? '0' : `${row.newErrors.length}: ${row.newErrors.slice(0, 2).map((finding) => `${finding.module} @ ${finding.imagePath ?? finding.file}:${finding.line}`).join('; ')}`} | ${row.scan.seconds.toFixed(1)} |`);
  const crashing = result.mutants.filter((row) => row.crashed);
  const caught = crashing.filter((row) => row.named);
  const onLine = crashing.filter((row) => row.named && row.lineRight);
  const booting = result.mutants.filter((row) => !row.crashed);
  const falseAlarms = booting.filter((row) => row.newErrors.length > 0);
  return [
    `Mutants: ${result.mutants.length} (${new Set(result.mutants.map((row) => row.mutant.app)).size} apps); ${crashing.length} crash at boot, the guard named the removed module in ${caught.length} (recall ${crashing.length ? Math.round((100 * caught.length) / crashing.length) : 100}%), ${onLine.length} on the importing line; ${falseAlarms.length} of the ${booting.length} that boot got a new error.`,
    '',
    '| app | kind | removed module | boot crashed? | guard error? | line right? | new errors | seconds |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
  ];
}
