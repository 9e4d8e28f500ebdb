// What the boot shows, merged into the static findings: proof for what the walk predicted, new
// findings for what it did not, and static findings the boot did not hit left as they were.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { BootOutcome } from '../../src/boot/boot.ts';
import { type BootFacts, mergeBootFindings, missingImport } from '../../src/boot/boot-findings.ts';
import { parseTracebacks } from '../../src/boot/tracebacks.ts';
import { COMMAND_LOCATION, type Finding } from '../../src/report/findings.ts';
import { at, hop } from '../helpers/reports.ts';

const facts: BootFacts = {
  toRepo: (imagePath) => (imagePath.startsWith('/srv/') ? imagePath.slice('/srv/'.length) : undefined),
  isApplication: (file) => file.startsWith('/srv/'),
  isStandardLibrary: (file) => file.startsWith('/usr/lib/python3.11/'),
  moduleOf: (file) => (file.startsWith('/srv/') && file.endsWith('.py') ? file.slice(5, -3).replace(/\/__init__$/, '').replace(/\//g, '.') : undefined),
  originOf: (module) => (module.startsWith('app') ? 'first-party' : 'unknown'),
};

/** A traceback as CPython 3.11 prints an import of app.main that fails in app/api.py. */
function importLog(exception: string, extraFrames = ''): string {
  return [
    'import-guard: importing app.main:app failed',
    'Traceback (most recent call last):',
    '  File "<string>", line 9, in <module>',
    '  File "/usr/lib/python3.11/importlib/__init__.py", line 126, in import_module',
    '    return _bootstrap._gcd_import(name[level:], package, level)',
    '  File "<frozen importlib._bootstrap>", line 1206, in _gcd_import',
    '  File "/srv/app/main.py", line 3, in <module>',
    '    from app import api',
    '  File "/srv/app/api.py", line 7, in <module>',
    '    import redis',
    extraFrames,
    exception,
    '',
  ].filter((line) => line !== '').join('\n');
}

function outcome(logs: string, mode: 'import' | 'serve' = 'import', ok = false): BootOutcome {
  return {
    run: { mode, ok, outcome: ok ? 'passed' : 'failed', seconds: 1, logs },
    failures: parseTracebacks(logs).map((traceback) => ({ ...(mode === 'import' && { target: 'app.main:app' }), traceback })),
  };
}

function missing(module: string, location = at('/srv/app/api.py', 7, 'app/api.py'), extra: Partial<Finding> = {}): Finding {
  return {
    kind: 'missing-module',
    severity: 'error',
    module,
    location,
    origin: 'third-party',
    message: `ModuleNotFoundError: No module named '${module}'`,
    chain: [hop('app.main', 'app.api', at('/srv/app/main.py', 3, 'app/main.py')), hop('app.api', module, location)],
    ...extra,
  };
}

describe('merging the boot into the findings', () => {
  it('reads what an import failure names', () => {
    const read = (exception: string) => missingImport(parseTracebacks(importLog(exception))[0]!);
    assert.deepEqual(read("ModuleNotFoundError: No module named 'redis'"), { module: 'redis' });
    assert.deepEqual(read("ImportError: cannot import name 'Redis' from 'redis' (/usr/lib/python3/dist-packages/redis/__init__.py)"), { module: 'redis', name: 'Redis' });
    assert.deepEqual(read("AttributeError: module 'app.main' has no attribute 'app'"), { module: 'app.main', name: 'app' });
    assert.equal(read("KeyError: 'DATABASE_URL'"), undefined);
    // CPython 3.8 to 3.14, for a name a circular import has not bound yet.
    assert.deepEqual(read("ImportError: cannot import name 'logging' from partially initialized module 'sphinx.util' (most likely due to a circular import) (/usr/lib/python3/dist-packages/sphinx/util/__init__.py)"), { module: 'sphinx.util', name: 'logging' });
  });

  /** `sphinx-build --version` with sphinx/util/logging.py removed, as Debian's python3.11 prints it. */
  const sphinxLog = [
    'Traceback (most recent call last):',
    '  File "/usr/bin/sphinx-build", line 5, in <module>',
    '    from sphinx.cmd.build import main',
    '  File "/usr/lib/python3/dist-packages/sphinx/cmd/build.py", line 20, in <module>',
    '    from sphinx.application import Sphinx',
    '  File "/usr/lib/python3/dist-packages/sphinx/application.py", line 32, in <module>',
    '    from sphinx.config import Config',
    '  File "/usr/lib/python3/dist-packages/sphinx/config.py", line 16, in <module>',
    '    from sphinx.util import logging',
    '  File "/usr/lib/python3/dist-packages/sphinx/util/__init__.py", line 23, in <module>',
    '    from sphinx.util import logging',
    "ImportError: cannot import name 'logging' from partially initialized module 'sphinx.util' (most likely due to a circular import) (/usr/lib/python3/dist-packages/sphinx/util/__init__.py)",
    '',
  ].join('\n');
  const sphinxFacts: BootFacts = { ...facts, isApplication: (file) => !file.startsWith('/usr/lib/'), moduleOf: () => undefined };

  it('a name missing at boot in an installed package, found only there: at the failing line, not the image command', () => {
    const [found] = mergeBootFindings([], outcome(sphinxLog, 'serve'), sphinxFacts);
    assert.deepEqual([found!.kind, found!.module, found!.name, found!.location], ['missing-name', 'sphinx.util', 'logging', at('/usr/lib/python3/dist-packages/sphinx/util/__init__.py', 23)]);
  });

  it('a name missing at boot proves the walk\'s missing submodule at that line', () => {
    const predicted = missing('sphinx.util.logging', at('/usr/lib/python3/dist-packages/sphinx/util/__init__.py', 23), { message: "ImportError: cannot import name 'logging' from 'sphinx.util'" });
    const elsewhere = missing('sphinx.util.logging', at('/usr/lib/python3/dist-packages/sphinx/registry.py', 36));
    const merged = mergeBootFindings([elsewhere, predicted], outcome(sphinxLog, 'serve'), sphinxFacts);
    assert.deepEqual(merged.map((finding) => finding.boot?.predicted), [undefined, true]);
  });

  it('a predicted missing module gains the proof, at the statement the traceback points at', () => {
    const elsewhere = missing('redis', at('/srv/app/cache.py', 2, 'app/cache.py'));
    const here = missing('redis');
    const merged = mergeBootFindings([elsewhere, here], outcome(importLog("ModuleNotFoundError: No module named 'redis'")), facts);
    assert.equal(merged.length, 2);
    assert.equal(merged[0]!.boot, undefined, 'the other import of redis was not the one that failed');
    assert.deepEqual(merged[1]!.boot, { mode: 'import', predicted: true, exception: 'ModuleNotFoundError', exceptionMessage: "No module named 'redis'", target: 'app.main:app', logLine: 2 });
  });

  it('a predicted module of a failing package: the parent the interpreter names matches the static finding of its child', () => {
    const merged = mergeBootFindings([missing('app.services.monitoring')], outcome(importLog("ModuleNotFoundError: No module named 'app.services'")), facts);
    assert.equal(merged[0]!.boot?.predicted, true);
  });

  it('a guarded import the boot hit anyway becomes an error; an ignored one stays ignored', () => {
    const notice = missing('redis', undefined, { severity: 'notice', guard: 'try/except ImportError' });
    assert.deepEqual(mergeBootFindings([notice], outcome(importLog("ModuleNotFoundError: No module named 'redis'")), facts).map((finding) => [finding.severity, finding.boot?.predicted]), [['error', true]]);
    const ignored = missing('redis', undefined, { unreported: 'ignored' });
    const [kept] = mergeBootFindings([ignored], outcome(importLog("ModuleNotFoundError: No module named 'redis'")), facts);
    assert.deepEqual([kept!.unreported, kept!.boot?.predicted], ['ignored', true]);
  });

  it('an unreported finding in a dead branch is not proof of anything at another place: found only at boot', () => {
    const dead = missing('redis', at('/srv/app/other.py', 9, 'app/other.py'), { unreported: 'dead-branch' });
    const merged = mergeBootFindings([dead], outcome(importLog("ModuleNotFoundError: No module named 'redis'")), facts);
    assert.equal(merged.length, 2);
    assert.equal(merged[0]!.boot, undefined);
    assert.deepEqual(merged[1]!.boot?.predicted, false);
  });

  it('a missing module the walk did not predict: a finding of its own at the failing line, with the chain the traceback walked', () => {
    const staticError = missing('yaml', at('/srv/app/config.py', 4, 'app/config.py'));
    const merged = mergeBootFindings([staticError], outcome(importLog("ModuleNotFoundError: No module named 'redis'")), facts);
    assert.equal(merged.length, 2);
    assert.deepEqual(merged[0], staticError, 'a static error the boot did not hit stays as it was');
    const { boot, ...found } = merged[1]!;
    assert.deepEqual(found, {
      kind: 'missing-module',
      severity: 'error',
      module: 'redis',
      location: at('/srv/app/api.py', 7, 'app/api.py'),
      message: "ModuleNotFoundError: No module named 'redis'",
      origin: 'unknown',
      chain: [hop('app.main', 'app.api', at('/srv/app/main.py', 3, 'app/main.py')), hop('app.api', 'redis', at('/srv/app/api.py', 7, 'app/api.py'))],
    });
    assert.deepEqual(boot, { mode: 'import', predicted: false, exception: 'ModuleNotFoundError', exceptionMessage: "No module named 'redis'", target: 'app.main:app', logLine: 2 });
  });

  it('the attribute a server takes from its module, missing: proves the static missing-name finding of the command', () => {
    const noApp: Finding = { kind: 'missing-name', severity: 'error', module: 'app.main', name: 'app', location: COMMAND_LOCATION, origin: 'first-party', message: 'gunicorn app argument loads app from app.main, which defines no such name', chain: [] };
    const log = ['import-guard: importing app.main:app failed', 'Traceback (most recent call last):', '  File "<string>", line 12, in <module>', "AttributeError: module 'app.main' has no attribute 'app'", ''].join('\n');
    const [proved] = mergeBootFindings([noApp], outcome(log), facts);
    assert.deepEqual([proved!.kind, proved!.boot?.predicted, proved!.boot?.exception], ['missing-name', true, 'AttributeError']);
  });

  it('another exception at boot: a boot failure at the innermost application frame, in the module that raised it', () => {
    const log = importLog("KeyError: 'DATABASE_URL'", ['  File "/srv/app/settings.py", line 12, in <module>', '    DATABASE = os.environ["DATABASE_URL"]', '  File "<frozen os>", line 679, in __getitem__'].join('\n')).replace('    import redis\n', '    from app import settings\n');
    const [failure] = mergeBootFindings([], outcome(log), facts);
    assert.deepEqual([failure!.kind, failure!.severity, failure!.module, failure!.location, failure!.message], ['boot-failure', 'error', 'app.settings', at('/srv/app/settings.py', 12, 'app/settings.py'), "KeyError: 'DATABASE_URL'"]);
    assert.deepEqual(failure!.chain.map((step) => `${step.importer}->${step.module}@${step.line}`), ['app.main->app.api@3', 'app.api->app.settings@7']);
  });

  it('a chained exception: the import error under a wrapper still proves the prediction', () => {
    const log = [
      'Traceback (most recent call last):',
      '  File "/srv/app/api.py", line 7, in <module>',
      '    import redis',
      "ModuleNotFoundError: No module named 'redis'",
      '',
      'The above exception was the direct cause of the following exception:',
      '',
      'Traceback (most recent call last):',
      '  File "/srv/app/main.py", line 3, in <module>',
      '    raise RuntimeError("cache backend unavailable") from error',
      'RuntimeError: cache backend unavailable',
      '',
    ].join('\n');
    const [proved] = mergeBootFindings([missing('redis')], outcome(log, 'serve'), facts);
    assert.deepEqual(proved!.boot, { mode: 'serve', predicted: true, exception: 'RuntimeError', exceptionMessage: 'cache backend unavailable', logLine: 1 });
  });

  it('an exception group: each member is a failure of its own, proving or adding findings', () => {
    const log = [
      '  + Exception Group Traceback (most recent call last):',
      '  |   File "/srv/app/main.py", line 12, in <module>',
      '  |     asyncio.run(start())',
      '  | ExceptionGroup: unhandled errors in a TaskGroup (2 sub-exceptions)',
      '  +-+---------------- 1 ----------------',
      '    | Traceback (most recent call last):',
      '    |   File "/srv/app/api.py", line 7, in connect',
      '    |     import redis',
      "    | ModuleNotFoundError: No module named 'redis'",
      '    +---------------- 2 ----------------',
      "    | KeyError: 'DATABASE_URL'",
      '    +------------------------------------',
      '',
    ].join('\n');
    const merged = mergeBootFindings([missing('redis')], outcome(log, 'serve'), facts);
    assert.deepEqual(merged.map((finding) => [finding.kind, finding.module, finding.location.line, finding.boot?.predicted, finding.boot?.exception]), [
      ['missing-module', 'redis', 7, true, 'ModuleNotFoundError'],
      // Never raised on its own: it stands where its group was raised.
      ['boot-failure', 'app.main', 12, false, 'KeyError'],
    ]);
  });

  it('the same traceback twice (two workers) is one finding', () => {
    const once = importLog("KeyError: 'DATABASE_URL'");
    assert.equal(mergeBootFindings([], outcome(`${once}\n${once}`, 'serve'), facts).length, 1);
  });

  it('a failed boot with no traceback: one finding of the image command that says what happened', () => {
    const silent: BootOutcome = { run: { mode: 'serve', ok: false, outcome: 'the process exited with status 1 after 0.4 s', seconds: 0.4, exitCode: 1, logs: 'configuration missing\n' }, failures: [] };
    assert.deepEqual(mergeBootFindings([], silent, facts), [
      { kind: 'boot-failure', severity: 'error', module: '(image command)', location: COMMAND_LOCATION, origin: 'unknown', message: 'The serve boot failed: the process exited with status 1 after 0.4 s', chain: [], boot: { mode: 'serve', predicted: false } },
    ]);
  });

  it('a boot that passed changes nothing', () => {
    const findings = [missing('redis')];
    assert.deepEqual(mergeBootFindings(findings, { run: { mode: 'serve', ok: true, outcome: 'ready', seconds: 1, logs: '' }, failures: [] }, facts), findings);
  });
});

describe('boot findings: lazy imports (3.15)', () => {
  // As python3.15 -m svc.server prints it: the name read at line 3 of settings.py loads the module its line 1 imports lazily.
  const lazyLog = [
    'Traceback (most recent call last):',
    '  File "/srv/svc/settings.py", line 1, in <module>',
    '    lazy import svc.metrics',
    "ImportError: lazy import of 'svc.metrics' raised an exception during resolution",
    '',
    'The above exception was the direct cause of the following exception:',
    '',
    'Traceback (most recent call last):',
    '  File "<frozen runpy>", line 201, in _run_module_as_main',
    '  File "<frozen runpy>", line 87, in _run_code',
    '  File "/srv/svc/server.py", line 2, in <module>',
    '    from svc import settings',
    '  File "/srv/svc/settings.py", line 3, in <module>',
    '    COLLECTOR = svc.metrics.Collector()',
    '                ^^^^^^^^^^^',
    "ModuleNotFoundError: No module named 'svc.metrics'. Did you mean: 'svc.settings'?",
    '',
  ].join('\n');

  it('places a lazy import that fails where its name is read at the import statement, which the walk predicted', () => {
    const [found] = mergeBootFindings([], outcome(lazyLog, 'serve'), facts);
    assert.deepEqual([found!.kind, found!.module, found!.location], ['missing-module', 'svc.metrics', at('/srv/svc/settings.py', 1, 'svc/settings.py')]);
    const elsewhere = missing('svc.metrics', at('/srv/svc/other.py', 4, 'svc/other.py'));
    const predicted = missing('svc.metrics', at('/srv/svc/settings.py', 1, 'svc/settings.py'));
    const merged = mergeBootFindings([elsewhere, predicted], outcome(lazyLog, 'serve'), facts);
    assert.deepEqual(merged.map((finding) => finding.boot?.predicted), [undefined, true]);
  });
});
