// The severity table end to end: a service built by the engine whose checkout has modules the
// image lacks (lost in packaging) and whose code imports modules gone from the checkout too
// (stale code), one per guard. Checked through the bundled Action and the command line's JSON;
// the import boot is the oracle for which imports break the start.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, describe, it, type TestContext } from 'node:test';
import { execa } from 'execa';
import { annotationLines, runStep } from '../helpers/action-runner.ts';
import { cli } from '../helpers/cli.ts';
import { buildFixture, dockerReady, FIXTURES, guardContainers, PYTHON_IMAGE } from '../helpers/docker.ts';
import { tempFolder } from '../helpers/layouts.ts';
import { bootOf, parseJsonReport, readJsonReport } from '../helpers/json-report.ts';

const FIXTURE = path.join(FIXTURES, 'guard-stale-imports');
const TAG = `import-guard-test/guard-stale-imports:e2e-${process.pid}`;
/** The server the image's CMD runs, and two entry points beside it whose module-level imports fail. */
const ENTRY_LINES = ['auto', 'svc.worker', 'svc.migrate'];

const LOST = 'Lost in packaging: the checkout has this module, the image does not';
const STALE = 'Stale code: not in the checkout either';

interface JsonFinding {
  severity: string;
  reported: boolean;
  module: string;
  file: string;
  line: number;
  origin: string;
  inCheckout: boolean | null;
  severityReason: string | null;
  cause: string | null;
  guard: string | null;
  boot: { predicted: boolean; target?: string } | null;
}

interface JsonReport {
  result: string;
  counts: Record<string, number>;
  findings: JsonFinding[];
  boot: { mode: string; ok?: boolean; outcome?: string } | null;
}

/** Each reported finding as `severity module file:line inCheckout reason | boot target`. */
function cells(json: JsonReport): string[] {
  return json.findings
    .filter((finding) => finding.reported)
    .map((finding) => `${finding.severity} ${finding.module} ${finding.file}:${finding.line} ${String(finding.inCheckout)} ${finding.severityReason} | ${finding.boot?.target ?? 'not at boot'}`);
}

const EXPECTED_CELLS = [
  `error svc.old_schema svc/migrate.py:2 false ${STALE}, and this import runs when its module is imported, so importing that module fails (in the checkout too) | svc.migrate`,
  `error svc.reports svc/server.py:16 true ${LOST}; the import fails when the code around it runs | not at boot`,
  `error svc.queue_backend svc/worker.py:2 true ${LOST} | svc.worker`,
  `warning svc.fastjson svc/server.py:5 true ${LOST}; the handler catches the ImportError, so production runs the fallback, which the checkout does not | not at boot`,
  `warning svc.admin_v1 svc/server.py:22 false ${STALE} (the image is as its source); the import fails only when the code around it runs | not at boot`,
  `notice svc.legacy_cache svc/server.py:10 false ${STALE} (the image is as its source); the handler catches the ImportError, as it does in the checkout | not at boot`,
];

/** The import boot imported the server (every missing import in it guarded or in a function) and failed on the two others only. */
const BOOT_OUTCOME = '2 of 3 entry points failed to import with /usr/bin/python3: svc.worker, svc.migrate';

let built: Promise<void> | undefined;

/** True once the fixture's image is built (once per process); skips or fails as dockerReady says otherwise. */
async function imageReady(t: TestContext): Promise<boolean> {
  if (!(await dockerReady(t, { images: [PYTHON_IMAGE] }))) return false;
  await (built ??= buildFixture(FIXTURE, TAG));
  return true;
}

describe('severity: lost in packaging or stale code (images from the engine)', () => {
  after(async () => {
    if (built) await execa('docker', ['image', 'rm', TAG], { reject: false, stdin: 'ignore' });
  });

  it('the bundled Action: one finding per cell of the table, its severity and its words in the annotations, summary and JSON', async (t) => {
    if (!(await imageReady(t))) return;
    await using tmp = await tempFolder();
    const step = await runStep('index.js', tmp.dir, { 'INPUT_IMAGE': `docker:${TAG}`, 'INPUT_ENTRYPOINTS': ENTRY_LINES.join('\n'), 'INPUT_SUMMARY': 'true', 'INPUT_FAIL-ON': 'error', 'GITHUB_WORKSPACE': FIXTURE });
    assert.deepEqual(await guardContainers(), [], 'the boot left no container behind');
    assert.equal(step.exitCode, 1, step.stdout);
    assert.deepEqual({ result: step.outputs.result, errors: step.outputs.errors, warnings: step.outputs.warnings, boot: step.outputs.boot }, { result: 'fail', errors: '3', warnings: '2', boot: 'failed' });
    const json = await readJsonReport(step.outputs['report-json']!);
    assert.deepEqual(cells(json), EXPECTED_CELLS);
    assert.deepEqual(json.counts, { error: 3, warning: 2, notice: 1, unreported: 0 });
    assert.deepEqual([bootOf(json).mode, bootOf(json).ok, bootOf(json).outcome], ['import', false, BOOT_OUTCOME]);
    const findingAnnotations = annotationLines(step.stdout).filter((line) => line.includes('is missing from the image'));
    assert.deepEqual(findingAnnotations, [
      "::error title=svc.old_schema is missing from the image,file=svc/migrate.py,line=2,col=1::ModuleNotFoundError: No module named 'svc.old_schema'%0AStale code: not in the checkout either, and this import runs when its module is imported, so importing that module fails (in the checkout too)%0AConfirmed at boot: importing svc.migrate in the image raised this ModuleNotFoundError%0AImported via: svc.migrate → svc.old_schema",
      "::error title=svc.reports is missing from the image,file=svc/server.py,line=16,col=5::ModuleNotFoundError: No module named 'svc.reports'%0ACause: excluded by `.dockerignore` line 4: `svc/reports.py`%0AGuard: inside export_report()%0ALost in packaging: the checkout has this module, the image does not; the import fails when the code around it runs%0AImported via: svc.server → svc.reports",
      "::error title=svc.queue_backend is missing from the image,file=svc/worker.py,line=2,col=1::ModuleNotFoundError: No module named 'svc.queue_backend'%0ACause: excluded by `.dockerignore` line 5: `svc/queue_backend.py`%0ALost in packaging: the checkout has this module, the image does not%0AConfirmed at boot: importing svc.worker in the image raised this ModuleNotFoundError%0AImported via: svc.worker → svc.queue_backend",
      "::warning title=svc.fastjson is missing from the image,file=svc/server.py,line=5,col=5::ModuleNotFoundError: No module named 'svc.fastjson'%0ACause: excluded by `.dockerignore` line 3: `svc/fastjson.py`%0AGuard: try/except ImportError%0ALost in packaging: the checkout has this module, the image does not; the handler catches the ImportError, so production runs the fallback, which the checkout does not%0AImported via: svc.server → svc.fastjson",
      "::warning title=svc.admin_v1 is missing from the image,file=svc/server.py,line=22,col=5::ModuleNotFoundError: No module named 'svc.admin_v1'%0AGuard: inside admin_v1()%0AStale code: not in the checkout either (the image is as its source); the import fails only when the code around it runs%0AImported via: svc.server → svc.admin_v1",
      "::notice title=svc.legacy_cache is missing from the image,file=svc/server.py,line=10,col=5::ModuleNotFoundError: No module named 'svc.legacy_cache'%0AGuard: try/except ImportError%0AStale code: not in the checkout either (the image is as its source); the handler catches the ImportError, as it does in the checkout%0AImported via: svc.server → svc.legacy_cache",
    ]);
    const summaryLines = step.summary.split('\n');
    assert.equal(summaryLines[0], `## ❌ **import-guard (${TAG}): this image will fail to import** (3 errors, 2 warnings, 1 notice; fails on error)`);
    const row = (module: string): string | undefined => summaryLines.find((line) => line.startsWith('| ') && line.includes(`<code>${module.replaceAll('_', '&#95;')}</code>`));
    assert.match(row('svc.legacy_cache') ?? '', /^\| 🔵 notice \|.*<br>Stale code: not in the checkout either \(the image is as its source\); the handler catches the ImportError, as it does in the checkout<br>origin: first-party \|$/);
    assert.match(row('svc.fastjson') ?? '', /^\| 🟠 warning \|.*<br>Lost in packaging: the checkout has this module, the image does not; the handler catches the ImportError, so production runs the fallback, which the checkout does not<br>origin: first-party \|$/);
    assert.match(row('svc.old_schema') ?? '', /^\| 🔴 error \|.*<br>Stale code: not in the checkout either, and this import runs when its module is imported, so importing that module fails \(in the checkout too\)<br>Confirmed at boot/);
    assert.ok(summaryLines.includes(`**Boot:** ❌ import boot failed: ${BOOT_OUTCOME}`), step.summary);
  });

  it('the command line: the same cells in its JSON report; the server alone passes, with only warnings and a notice', async (t) => {
    if (!(await imageReady(t))) return;
    const entryArgs = ENTRY_LINES.flatMap((line) => ['--entrypoint', line]);
    const all = await cli(['scan', `docker:${TAG}`, '--repo', FIXTURE, ...entryArgs, '--format', 'json', '--quiet']);
    assert.equal(all.code, 1, all.stderr);
    const json = parseJsonReport(all.stdout);
    assert.deepEqual(cells(json), EXPECTED_CELLS);
    assert.deepEqual([bootOf(json).ok, bootOf(json).outcome], [false, BOOT_OUTCOME]);
    // The image's own command: its stale imports are guarded or in functions, and it imports.
    const server = await cli(['scan', `docker:${TAG}`, '--repo', FIXTURE, '--format', 'json', '--fail-on', 'warning', '--quiet']);
    const serverJson = parseJsonReport(server.stdout);
    assert.equal(bootOf(serverJson).ok, true);
    assert.match(bootOf(serverJson).outcome ?? '', /^\/usr\/bin\/python3 imported 1 entry point in \d+(\.\d+)? s$/);
    assert.deepEqual(cells(serverJson), EXPECTED_CELLS.filter((cell) => cell.includes('svc/server.py')));
    assert.equal(server.code, 1, 'a packaging loss inside a function is an error');
    const withoutCheckout = await cli(['scan', `docker:${TAG}`, '--format', 'json', '--boot', 'none', '--quiet']);
    const plain = parseJsonReport(withoutCheckout.stdout);
    // Without a checkout nothing tells the two apart: every first-party module missing is an error, as before.
    assert.deepEqual(plain.findings.filter((finding) => finding.reported).map((finding) => `${finding.severity} ${finding.module} ${String(finding.inCheckout)}`), ['error svc.fastjson null', 'error svc.legacy_cache null', 'error svc.reports null', 'error svc.admin_v1 null']);
  });
});
