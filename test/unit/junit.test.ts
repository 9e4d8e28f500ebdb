import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { comesFrom, COMMAND_LOCATION, type EntryPointRecord, type Finding, isReported, type ScanReport } from '../../src/report/findings.ts';
import { toJunit } from '../../src/report/junit.ts';
import { xmlAttribute, xmlChars, xmlText } from '../../src/report/xml.ts';
import { elements, lxmlReady, readXml, type XmlElement } from '../helpers/report-formats.ts';
import { at, everyKindReport, hop, longFindingsReport, sampleReport } from '../helpers/reports.ts';

/** The parsed document, which must be valid against the JUnit schema. */
async function parsed(xml: string): Promise<XmlElement> {
  const verdict = await readXml(xml);
  assert.ok(verdict.parsed, verdict.parsed ? '' : verdict.error);
  assert.deepEqual(verdict.errors, []);
  assert.ok(verdict.valid);
  return verdict.root;
}

function outcome(test: XmlElement): 'failure' | 'error' | 'passed' {
  return test.children.some((child) => child.tag === 'failure') ? 'failure' : test.children.some((child) => child.tag === 'error') ? 'error' : 'passed';
}

function child(test: XmlElement, tag: string): XmlElement | undefined {
  return test.children.find((element) => element.tag === tag);
}

/** Counts on the suite and the root agree with the test cases the suite holds. */
function assertCounts(root: XmlElement): void {
  const [suite, ...others] = elements(root, 'testsuite');
  assert.equal(others.length, 0, 'one test suite for the scan');
  const tests = elements(suite!, 'testcase');
  for (const element of [root, suite!]) {
    assert.equal(Number(element.attributes.tests), tests.length);
    assert.equal(Number(element.attributes.failures), tests.filter((test) => outcome(test) === 'failure').length);
    assert.equal(Number(element.attributes.errors), tests.filter((test) => outcome(test) === 'error').length);
    assert.equal(Number(element.attributes.skipped), 0);
  }
}

const MAIN = at('/srv/app/main.py', 3, 'app/main.py', 1);
const WORKER_SCRIPT = at('/srv/bin/worker.py', 5, 'bin/worker.py', 1);

/** Two entry points: the app module (an error comes from it) and a worker script (only a warning). */
function twoEntryReport(overrides: Partial<ScanReport> = {}): ScanReport {
  const findings: Finding[] = [
    { kind: 'missing-module', severity: 'error', module: 'redis', location: MAIN, origin: 'third-party', message: 'No module named redis', chain: [hop('app.main', 'redis', MAIN)] },
    { kind: 'missing-module', severity: 'warning', module: 'sentry_sdk', location: WORKER_SCRIPT, guard: 'inside def main()', origin: 'third-party', message: 'No module named sentry_sdk', chain: [hop('__main__', 'sentry_sdk', WORKER_SCRIPT)] },
    { kind: 'missing-module', severity: 'error', unreported: 'type-checking', module: 'stubs', location: MAIN, origin: 'third-party', message: 'Only type checkers import stubs.', chain: [hop('app.main', 'stubs', MAIN)] },
  ];
  const entryPoints: EntryPointRecord[] = [
    { module: 'app.main:app', how: 'gunicorn app argument' },
    { module: '/srv/bin/worker.py', imagePath: '/srv/bin/worker.py', how: 'the image command runs it' },
  ];
  return sampleReport(findings, { entryPoints, stats: { entryPoints: 2, files: 3, modules: 4, unparsed: 0, seconds: 0.125 }, ...overrides });
}

describe('toJunit', () => {
  for (const [name, report] of [['every kind of finding', everyKindReport()], ['long findings', longFindingsReport()], ['no findings', sampleReport([], { result: 'pass' })]] as const) {
    it(`writes JUnit XML that libxml2 reads and the JUnit schema accepts: ${name}`, async (t) => {
      if (!(await lxmlReady(t))) return;
      const root = await parsed(toJunit(report));
      assert.equal(root.tag, 'testsuites');
      assertCounts(root);
      const tests = elements(root, 'testcase');
      // One test case per entry point, then one per reported finding.
      assert.equal(tests.length, report.entryPoints.length + report.findings.filter(isReported).length);
      assert.deepEqual(tests.slice(0, report.entryPoints.length).map((test) => test.attributes.name), report.entryPoints.map((entry) => entry.module));
      // Errors fail (the report fails on error); warnings and notices pass and say what they are.
      const findingTests = tests.slice(report.entryPoints.length);
      report.findings.filter(isReported).forEach((finding, index) => {
        const test = findingTests[index]!;
        assert.equal(test.attributes.classname, `import-guard.${finding.kind}`);
        assert.equal(outcome(test), finding.severity === 'error' ? 'failure' : 'passed', test.attributes.name);
        if (finding.severity === 'error') assert.equal(child(test, 'failure')!.attributes.type, finding.kind);
        else assert.ok(child(test, 'system-out')!.text.startsWith(`${finding.severity}: ${finding.message}`));
        assert.equal(test.attributes.file, finding.location.repoPath);
      });
    });
  }

  it('fails an entry point test case when a failing finding comes from it, and passes the others', async (t) => {
    if (!(await lxmlReady(t))) return;
    const root = await parsed(toJunit(twoEntryReport()));
    const [app, worker, ...findings] = elements(root, 'testcase');
    assert.equal(app!.attributes.name, 'app.main:app');
    assert.equal(outcome(app!), 'failure');
    assert.equal(child(app!, 'failure')!.attributes.message, '1 finding at the fail-on level comes from this entry point');
    assert.equal(child(app!, 'failure')!.text, 'redis is missing from the image (app/main.py:3)');
    assert.equal(worker!.attributes.name, '/srv/bin/worker.py');
    assert.equal(outcome(worker!), 'passed');
    assert.equal(child(worker!, 'system-out')!.text, 'Found as: the image command runs it');
    // The unreported finding has no test case.
    assert.deepEqual(findings.map((test) => test.attributes.name), ['redis is missing from the image (app/main.py:3)', 'sentry_sdk is missing from the image (bin/worker.py:5)']);
    assert.deepEqual(findings.map(outcome), ['failure', 'passed']);
  });

  it('fails what the exit status fails on: warnings with --fail-on warning, nothing with never', async (t) => {
    if (!(await lxmlReady(t))) return;
    const onWarning = elements(await parsed(toJunit(twoEntryReport({ failOn: 'warning' }))), 'testcase');
    assert.deepEqual(onWarning.map(outcome), ['failure', 'failure', 'failure', 'failure']);
    const never = await parsed(toJunit(twoEntryReport({ failOn: 'never', result: 'pass' })));
    assert.deepEqual(elements(never, 'testcase').map(outcome), ['passed', 'passed', 'passed', 'passed']);
    assert.equal(never.attributes.failures, '0');
  });

  it('adds a test case in error when the boot could not run', async (t) => {
    if (!(await lxmlReady(t))) return;
    const root = await parsed(toJunit(twoEntryReport({ boot: { mode: 'import', error: 'no Docker daemon answers at /var/run/docker.sock' } })));
    assertCounts(root);
    const boot = elements(root, 'testcase').at(-1)!;
    assert.equal(boot.attributes.name, 'boot (import)');
    assert.equal(outcome(boot), 'error');
    assert.equal(child(boot, 'error')!.attributes.message, 'no Docker daemon answers at /var/run/docker.sock');
    assert.equal(root.attributes.errors, '1');
  });

  it('names the scan, its time and its image in the suite', async (t) => {
    if (!(await lxmlReady(t))) return;
    const suite = elements(await parsed(toJunit(twoEntryReport())), 'testsuite')[0]!;
    assert.equal(suite.attributes.name, 'import-guard scan of registry.example/app:1');
    assert.equal(suite.attributes.time, '0.125');
    assert.deepEqual(Object.fromEntries(elements(suite, 'property').map((property) => [property.attributes.name, property.attributes.value])), { image: 'docker:registry.example/app:1', python: '3.12.4', result: 'fail', 'fail-on': 'error' });
  });

  it('reads back hostile module names, messages and paths exactly, less the characters XML 1.0 has no place for', async (t) => {
    if (!(await lxmlReady(t))) return;
    const hostile = [
      'a<b>&c"d\'e',
      ']]></failure><testcase name="x">',
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>&e;',
      'nul\u0000bell\u0007esc\u001b[31mred\u001b[0m',
      'tab\there\r\nline\rcr\nlf',
      '::error file=app.py::injected\n  ::stop-commands::x\n##[group]old',
      'lone \ud800 high, lone \udc00 low, pair \ud83d\ude00, \ufffe\uffff end',
      'bidi \u202e txt.exe \u2066',
    ];
    for (const text of hostile) {
      const location = at(`/srv/app/${text}.py`, 3, `app/${text}.py`, 1);
      const report = sampleReport(
        [{ kind: 'missing-module', severity: 'error', module: text, location, origin: 'third-party', message: text, cause: text, chain: [hop(text, text, location)] }],
        { image: { label: text, location: text }, entryPoints: [{ module: text, how: text }] },
      );
      const xml = toJunit(report);
      // Read as a log, no line of the document is a workflow command.
      assert.doesNotMatch(xml, /(^|\n)\s*::|##\[/, JSON.stringify(text));
      const root = await parsed(xml);
      const expected = xmlChars(text);
      const [entry, finding] = elements(root, 'testcase');
      assert.equal(entry!.attributes.name, expected);
      assert.equal(child(entry!, 'system-out')!.text, `Found as: ${expected}`);
      assert.equal(finding!.attributes.file, `app/${expected}.py`);
      assert.ok(finding!.attributes.name!.startsWith(`${expected} is missing from the image (app/${expected}.py:3)`));
      assert.equal(child(finding!, 'failure')!.attributes.message, `${expected}. Cause: ${expected}.`);
      assert.ok(child(finding!, 'failure')!.text.startsWith(`${expected}\nCause: ${expected}\n`));
      assert.equal(elements(root, 'testsuite')[0]!.attributes.name, `import-guard scan of ${expected}`);
    }
  });

  it('escapes any string so that libxml2 reads back the same string, less the characters XML 1.0 has no place for', async (t) => {
    if (!(await lxmlReady(t))) return;
    const strings = fc.sample(fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: fc.integer({ min: 0, max: 0x7f }).map((code) => String.fromCharCode(code)), maxLength: 40 }), fc.string({ unit: fc.constantFrom('<', '>', '&', '"', "'", ':', '#', '[', ']', '\r', '\n', '\t', '\u0000', '\ud800', '\udc00', '\uffff', 'a'), maxLength: 20 })), { numRuns: 300, seed: 22 });
    const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<testsuite name="s" tests="${strings.length}">\n${strings.map((text) => `<testcase classname="c" name="${xmlAttribute(text)}"><system-out>${xmlText(text)}</system-out></testcase>`).join('\n')}\n</testsuite>\n`;
    const tests = elements(await parsed(xml), 'testcase');
    assert.equal(tests.length, strings.length);
    strings.forEach((text, index) => {
      assert.equal(tests[index]!.attributes.name, xmlChars(text), JSON.stringify(text));
      assert.equal(child(tests[index]!, 'system-out')!.text, xmlChars(text), JSON.stringify(text));
    });
  });
});

describe('xmlChars', () => {
  it('leaves out exactly the characters outside XML 1.0 Char', () => {
    const allowed = (code: number): boolean => code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd);
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      assert.equal(xmlChars(`a${char}b`), allowed(code) ? `a${char}b` : 'ab', code.toString(16));
    }
    assert.equal(xmlChars('\ud83d\ude00'), '\ud83d\ude00', 'a surrogate pair is one allowed character');
  });
});

describe('comesFrom', () => {
  const finding = (importer: string, overrides: Partial<Finding> = {}): Finding => ({ kind: 'missing-module', severity: 'error', module: 'x', location: MAIN, origin: 'unknown', message: 'm', chain: [hop(importer, 'x', MAIN)], ...overrides });
  const module = (name: string): EntryPointRecord => ({ module: name, how: 'test' });

  it("matches a chain that starts in the entry module, its __main__, or a parent package Python imports first", () => {
    assert.ok(comesFrom(finding('app.main'), module('app.main:app')));
    assert.ok(comesFrom(finding('app.__main__'), module('app')));
    assert.ok(comesFrom(finding('app'), module('app.main:app')));
    assert.ok(!comesFrom(finding('app.main'), module('app')), 'a submodule the package does not import first');
    assert.ok(!comesFrom(finding('appx'), module('app.main')));
    assert.ok(!comesFrom(finding('other'), module('app.main')));
  });

  it('matches a script by its image path', () => {
    const script: EntryPointRecord = { module: '/srv/run.py', imagePath: '/srv/run.py', how: 'test' };
    assert.ok(comesFrom(finding('__main__', { chain: [hop('__main__', 'x', at('/srv/run.py', 2))] }), script));
    assert.ok(!comesFrom(finding('__main__', { chain: [hop('__main__', 'x', at('/srv/other.py', 2))] }), script));
    assert.ok(comesFrom(finding('', { module: '/srv/run.py', location: COMMAND_LOCATION, chain: [] }), script), 'the script the image lacks');
  });

  it('matches a finding with no chain by the module it names or the boot target that raised it', () => {
    assert.ok(comesFrom(finding('', { module: 'app.main', chain: [] }), module('app.main:app')));
    assert.ok(comesFrom(finding('', { kind: 'boot-failure', module: 'settings', chain: [], boot: { mode: 'import', predicted: false, target: 'app.main:app' } }), module('app.main:app')));
    assert.ok(!comesFrom(finding('', { module: 'other', chain: [] }), module('app.main:app')));
  });
});
