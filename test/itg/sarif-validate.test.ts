// The SARIF log against Microsoft's SARIF validator (`sarif-multitool validate`, with its SARIF and
// GitHub-ingestion rules) and against the SARIF 2.1.0 JSON schema the validator ships with.
import assert from 'node:assert/strict';
import { access, chmod, constants, copyFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import multitool from '@microsoft/sarif-multitool';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { execa } from 'execa';
import type { Log, Result } from 'sarif';
import { COMMAND_LOCATION, type Finding, keptChain, type ScanReport } from '../../src/report/findings.ts';
import { toSarif } from '../../src/report/sarif.ts';
import { TOOL_HOME } from '../../src/version.ts';
import { tempFolder } from '../helpers/layouts.ts';
import { at, hop, sampleReport } from '../helpers/reports.ts';

const SCHEMA = path.join(path.dirname(multitool), 'sarif-2.1.0.json');

/**
 * The validator, runnable. npm gives it the execute bit in an install script, so an install
 * without scripts (or by another user) leaves it unrunnable; then a private copy is made.
 */
async function validatorBinary(dir: string): Promise<string> {
  try {
    await access(multitool, constants.X_OK);
    return multitool;
  } catch {
    try {
      await chmod(multitool, 0o755);
      return multitool;
    } catch {
      const copy = path.join(dir, path.basename(multitool));
      await copyFile(multitool, copy);
      await chmod(copy, 0o755);
      return copy;
    }
  }
}

interface Verdict {
  /** `file: RULE message arguments` for every error and warning the validator found. */
  problems: string[];
  transcript: string;
}

// SARIF2006 fetches every URI in the log (the $schema, informationUri): off, so the test needs no
// network. The validator then warns (WRN999) that the run is not a complete analysis.
const OFFLINE_CONFIG = `<?xml version="1.0" encoding="utf-8"?>
<Properties>
  <Properties Key="SARIF2006.UrisShouldBeReachable.Options">
    <Property Key="RuleEnabled" Value="Disabled" Type="Driver.RuleEnabledState" />
  </Properties>
</Properties>
`;

/**
 * Runs `validate` on the files. Its exit status is 0 whatever it finds (non-zero only when it
 * cannot run), so the verdict is read from the SARIF log it writes with --output.
 */
async function validate(bin: string, dir: string, files: string[]): Promise<Verdict> {
  const output = path.join(dir, `validation-${path.basename(files[0]!)}`);
  const config = path.join(dir, 'validation-config.xml');
  await writeFile(config, OFFLINE_CONFIG);
  const args = ['validate', ...files, '--output', output, '--config', config, '--rule-kind', 'Sarif;Gh', '--level', 'Error;Warning', '--log', 'ForceOverwrite'];
  const run = await execa(bin, args, {
    reject: false,
    // .NET aborts at start on a machine without libicu unless globalization is invariant.
    env: { DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
  });
  const transcript = `${run.stdout}\n${run.stderr}`;
  assert.equal(run.exitCode, 0, `the validator ran:\n${transcript}`);
  const log = JSON.parse(await readFile(output, 'utf8')) as Log;
  const sarifRun = log.runs[0]!;
  assert.equal(sarifRun.invocations?.[0]?.executionSuccessful, true, transcript);
  const notices = [...(sarifRun.invocations?.[0]?.toolExecutionNotifications ?? []), ...(sarifRun.invocations?.[0]?.toolConfigurationNotifications ?? [])];
  assert.deepEqual(
    notices.filter((notice) => notice.level === 'error').map((notice) => notice.message.text),
    [],
    transcript,
  );
  const problems = (sarifRun.results ?? [])
    .filter((result) => (result.level ?? 'warning') === 'error' || (result.level ?? 'warning') === 'warning')
    .map((result) => `${path.basename(decodeURIComponent(result.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '?'))}: ${result.ruleId} ${JSON.stringify(result.message.arguments ?? result.message.text)}`);
  return { problems, transcript };
}

const MAIN = at('/srv/app/main.py', 1, 'app/main.py', 1);
const ROUTES = at('/srv/app/routes.py', 4, 'app/routes.py', 1);
const SPACED = at('/srv/app/my services/überwachung.py', 12, 'app/my services/überwachung.py', 5);

/** Every kind, severity, suppression and kind of location, with chains. */
function everyKindReport(): ScanReport {
  const findings: Finding[] = [
    {
      kind: 'missing-module',
      severity: 'error',
      module: 'prometheus_client',
      location: SPACED,
      origin: 'third-party',
      cause: 'requirements.txt lists prometheus-client but the image never installs it',
      message: 'Starting app.main raises ModuleNotFoundError: no module named prometheus_client.',
      chain: [hop('app.main', 'app.routes', MAIN), hop('app.routes', 'app.my services.überwachung', ROUTES), hop('app.my services.überwachung', 'prometheus_client', SPACED)],
    },
    {
      kind: 'missing-module',
      severity: 'error',
      module: 'app.services.monitoring',
      location: ROUTES,
      origin: 'first-party',
      cause: 'excluded by `.dockerignore` line 3: `**/monitoring/`',
      causeAt: { kind: 'excluded', repoPath: '.dockerignore', line: 3, message: '`**/monitoring/` leaves app/services/monitoring/ out of the build context' },
      message: "ModuleNotFoundError: No module named 'app.services.monitoring'",
      chain: [hop('app.main', 'app.routes', MAIN), hop('app.routes', 'app.services.monitoring', ROUTES)],
    },
    {
      kind: 'bad-relative-import',
      severity: 'error',
      module: '...config',
      location: at('/srv/app/routes.py', 2, 'app/routes.py', 1),
      origin: 'first-party',
      message: 'Importing app.routes raises ImportError: attempted relative import beyond top-level package.',
      chain: [hop('app.main', 'app.routes', MAIN), hop('app.routes', '...config', at('/srv/app/routes.py', 2, 'app/routes.py', 1))],
    },
    {
      kind: 'missing-name',
      severity: 'warning',
      module: 'yaml',
      name: 'CSafeLoader',
      location: at('/usr/local/lib/python3.12/site-packages/vendor/loader.py', 30, undefined, 9),
      guard: 'inside def load()',
      origin: 'third-party',
      message: 'Calling vendor.loader.load() raises ImportError: cannot import name CSafeLoader from yaml.',
      chain: [hop('app.main', 'vendor.loader', MAIN), hop('vendor.loader', 'yaml', at('/usr/local/lib/python3.12/site-packages/vendor/loader.py', 30, undefined, 9))],
    },
    {
      kind: 'syntax-error',
      severity: 'notice',
      module: 'legacy.py2',
      location: at('/srv/legacy/py2.py', 7, undefined, 0),
      guard: 'try/except ImportError',
      origin: 'first-party',
      message: 'legacy.py2 does not parse for Python 3.12; its import is caught.',
      chain: [],
    },
    {
      kind: 'missing-module',
      severity: 'error',
      unreported: 'type-checking',
      module: 'mypy_boto3_s3',
      location: at('/srv/app/storage.py', 5, 'app/storage.py', 5),
      origin: 'third-party',
      message: 'Only type checkers import mypy_boto3_s3.',
      chain: [hop('app.main', 'app.storage', MAIN), hop('app.storage', 'mypy_boto3_s3', at('/srv/app/storage.py', 5, 'app/storage.py', 5))],
    },
    {
      kind: 'missing-library',
      severity: 'error',
      module: 'cv2',
      location: at('/srv/app/storage.py', 2, 'app/storage.py', 2),
      origin: 'third-party',
      message: 'ImportError: libGL.so.1: cannot open shared object file: No such file or directory',
      cause: 'libGL.so.1 is needed by /usr/lib/x86_64-linux-gnu/libQt5Gui.so.5, loaded by /usr/lib/python3/dist-packages/cv2.cpython-311-x86_64-linux-gnu.so; the loader looked in /etc/ld.so.cache',
      native: { extension: '/usr/lib/python3/dist-packages/cv2.cpython-311-x86_64-linux-gnu.so', library: 'libGL.so.1', objects: ['/usr/lib/python3/dist-packages/cv2.cpython-311-x86_64-linux-gnu.so', '/usr/lib/x86_64-linux-gnu/libQt5Gui.so.5'], searched: ['/etc/ld.so.cache'] },
      chain: [hop('app.main', 'app.storage', MAIN), hop('app.storage', 'cv2', at('/srv/app/storage.py', 2, 'app/storage.py', 2))],
    },
    {
      kind: 'missing-module',
      severity: 'error',
      unreported: 'dead-branch',
      module: 'winreg',
      location: at('/srv/app/platform.py', 9, 'app/platform.py', 5),
      origin: 'stdlib',
      message: 'winreg is imported only on Windows.',
      chain: [hop('app.main', 'app.platform', MAIN), hop('app.platform', 'winreg', at('/srv/app/platform.py', 9, 'app/platform.py', 5))],
    },
    {
      kind: 'missing-module',
      severity: 'warning',
      unreported: 'ignored',
      module: 'sentry_sdk',
      location: at('/srv/app/main.py', 3, 'app/main.py', 1),
      origin: 'unknown',
      message: 'Starting app.main raises ModuleNotFoundError: no module named sentry_sdk.',
      chain: [hop('app.main', 'sentry_sdk', at('/srv/app/main.py', 3, 'app/main.py', 1))],
    },
    {
      kind: 'missing-module',
      severity: 'warning',
      module: 'deep_dep',
      location: at('/srv/app/deep/m99.py', 1, 'app/deep/m99.py', 1),
      origin: 'third-party',
      message: "ModuleNotFoundError: No module named 'deep_dep'",
      // A chain of 100 hops: the finding keeps its first and last, and counts those between.
      ...keptChain(Array.from({ length: 100 }, (_, index) => hop(`app.deep.m${index}`, index < 99 ? `app.deep.m${index + 1}` : 'deep_dep', at(`/srv/app/deep/m${index}.py`, 1, `app/deep/m${index}.py`, 1)))),
    },
    {
      kind: 'boot-failure',
      severity: 'error',
      module: 'app.settings',
      location: at('/srv/app/settings.py', 12, 'app/settings.py', 1),
      origin: 'unknown',
      message: "KeyError: 'DATABASE_URL'",
      chain: [hop('app.main', 'app.settings', MAIN)],
      boot: { mode: 'import', predicted: false, exception: 'KeyError', exceptionMessage: "'DATABASE_URL'", target: 'app.main:app', logLine: 3 },
    },
    {
      kind: 'boot-failure',
      severity: 'error',
      module: '(image command)',
      // The final stage's CMD line, where the explain stage puts findings of the command.
      location: { ...COMMAND_LOCATION, repoPath: 'Dockerfile', line: 9, column: 1 },
      origin: 'unknown',
      message: 'The serve boot failed: the process exited with status 3 after 1.2 s',
      chain: [],
      boot: { mode: 'serve', predicted: false },
    },
  ];
  // The static error on the first line was proven by the boot.
  findings[1] = { ...findings[1]!, boot: { mode: 'import', predicted: true, exception: 'ModuleNotFoundError', exceptionMessage: "No module named 'app.services.monitoring'", target: 'app.main:app', logLine: 1 } };
  return sampleReport(findings, {
    commandAt: { repoPath: 'Dockerfile', line: 9 },
    stats: { entryPoints: 1, files: 57, modules: 212, unparsed: 1, seconds: 1.5 },
    boot: { mode: 'import', ok: false, outcome: '1 of 1 entry point failed to import with /usr/local/bin/python3: app.main:app', seconds: 1.1, exitCode: 1, logs: 'Traceback (most recent call last):\n' },
  });
}

function sampleLog(): Log {
  // With the category the Action gives a step of a matrix.
  return toSarif(everyKindReport(), { version: '0.1.0', informationUri: TOOL_HOME }, { automationId: 'import-guard/org/api:1.2 linux/arm64/' });
}

/** The same report without the checkout's Dockerfile: findings in image files are left out, and a notification says so. */
function noDockerfileLog(): Log {
  const report = everyKindReport();
  delete report.commandAt;
  return toSarif(report, { version: '0.1.0', informationUri: TOOL_HOME });
}

/** Every artifact location anywhere in the log. */
function artifactLocations(value: unknown): Array<{ uri?: string; uriBaseId?: string }> {
  if (Array.isArray(value)) return value.flatMap(artifactLocations);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => (key === 'artifactLocation' ? [inner as { uri?: string; uriBaseId?: string }] : artifactLocations(inner)));
}

/** The sample log with one result changed. */
function broken(change: (result: Result) => void): Log {
  const log = sampleLog();
  change(log.runs[0]!.results![0]!);
  return log;
}

async function write(dir: string, name: string, log: unknown): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, JSON.stringify(log, null, 2));
  return file;
}

describe('SARIF validation', () => {
  it('sarif-multitool finds no error or warning in the log of a report with every kind of finding', async () => {
    await using tmp = await tempFolder();
    const bin = await validatorBinary(tmp.dir);
    const { problems, transcript } = await validate(bin, tmp.dir, [await write(tmp.dir, 'import-guard.sarif', sampleLog()), await write(tmp.dir, 'no-dockerfile.sarif', noDockerfileLog())]);
    assert.deepEqual(problems, [], transcript);
  });

  it('the log is as code scanning needs it: every location a repository file, no unreported finding, a help link per rule', () => {
    for (const log of [sampleLog(), noDockerfileLog()]) {
      const run = log.runs[0]!;
      const locations = artifactLocations(log);
      assert.ok(locations.length > 20, `${locations.length} locations`);
      assert.deepEqual(locations.filter((location) => location.uriBaseId !== '%SRCROOT%' || /^[a-z]+:|^\//i.test(location.uri ?? '')), []);
      assert.ok(run.results!.every((result) => !('suppressions' in result) && result.properties!.unreported === undefined));
      assert.equal(run.tool.driver.informationUri, 'https://github.com/import-guard/import-guard');
      for (const rule of run.tool.driver.rules!) assert.equal(rule.helpUri, `https://github.com/import-guard/import-guard#${rule.id}`);
    }
    // The report has 12 findings: 3 unreported; 2 in image files only, on the Dockerfile's CMD line or left out.
    const mapped = sampleLog().runs[0]!;
    assert.equal(mapped.results!.length, 9);
    assert.deepEqual(
      mapped.results!.filter((result) => result.properties!.imagePath !== undefined).map((result): unknown[] => [result.properties!.imagePath, result.locations![0]!.physicalLocation!.artifactLocation!.uri, result.locations![0]!.physicalLocation!.region!.startLine]),
      [
        ['/usr/local/lib/python3.12/site-packages/vendor/loader.py', 'Dockerfile', 9],
        ['/srv/legacy/py2.py', 'Dockerfile', 9],
      ],
    );
    assert.deepEqual(mapped.properties!.leftOut, { unreported: 3 });
    const unmapped = noDockerfileLog().runs[0]!;
    assert.equal(unmapped.results!.length, 7);
    assert.deepEqual(unmapped.properties!.leftOut, { unreported: 3, unmapped: 2 });
    assert.deepEqual(
      unmapped.invocations![0]!.toolExecutionNotifications!.map((notification) => notification.descriptor!.id),
      ['left-out-unreported', 'left-out-unmapped'],
    );
  });

  it('sarif-multitool rejects broken logs, so the check above can fail', async () => {
    await using tmp = await tempFolder();
    const bin = await validatorBinary(tmp.dir);
    const files = [
      await write(
        tmp.dir,
        'line-zero.sarif',
        broken((result) => (result.locations![0]!.physicalLocation!.region!.startLine = 0)),
      ),
      await write(
        tmp.dir,
        'absolute-uri-with-base.sarif',
        broken((result) => (result.locations![0]!.physicalLocation!.artifactLocation!.uri = 'file:///srv/app/main.py')),
      ),
      await write(
        tmp.dir,
        'rule-index.sarif',
        broken((result) => (result.ruleIndex = 99)),
      ),
      await write(
        tmp.dir,
        'no-locations.sarif',
        broken((result) => delete result.locations),
      ),
    ];
    const { problems, transcript } = await validate(bin, tmp.dir, files);
    const rules = (file: string): string[] => [...new Set(problems.filter((problem) => problem.startsWith(`${file}: `)).map((problem) => problem.split(' ')[1]!))].sort();
    const expected: Array<[string, string]> = [
      ['line-zero.sarif', 'JSON1008'],
      ['absolute-uri-with-base.sarif', 'SARIF1004'],
      ['rule-index.sarif', 'SARIF1009'],
      // A GitHub ingestion rule: proves --rule-kind Gh is in effect.
      ['no-locations.sarif', 'GH1015'],
    ];
    for (const [file, rule] of expected) assert.ok(rules(file).includes(rule), `${file}: ${rule} expected, got ${rules(file).join(', ')}\n${transcript}`);
  });

  // The multitool does not check enum values (a result level of "fatal" passes it), so the log
  // is also checked against the schema.
  it('the log matches the SARIF 2.1.0 schema, which rejects an unknown level', async () => {
    const ajv = new Ajv2020({
      strict: false,
      allErrors: true,
      formats: {
        uri: (value: string) => URL.canParse(value),
        'uri-reference': true,
        'date-time': /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/i,
        uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
      },
    });
    const check = ajv.compile(JSON.parse(await readFile(SCHEMA, 'utf8')) as object);
    assert.ok(check(sampleLog()), ajv.errorsText(check.errors));
    assert.ok(check(noDockerfileLog()), ajv.errorsText(check.errors));
    const bad = broken((result) => ((result as { level: string }).level = 'fatal'));
    assert.equal(check(bad), false);
    assert.ok(
      check.errors!.some((error) => error.instancePath === '/runs/0/results/0/level' && error.keyword === 'enum'),
      ajv.errorsText(check.errors),
    );
  });
});
