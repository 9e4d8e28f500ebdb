import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyBaseline, baselineEntry, fingerprintOf, formatBaseline, parseBaseline, statementText } from '../../src/report/baseline.ts';
import type { Finding, ScanReport } from '../../src/report/findings.ts';
import { toSarif } from '../../src/report/sarif.ts';
import { formatSummary } from '../../src/report/summary.ts';
import { formatScanText } from '../../src/report/text.ts';
import { at, sampleReport } from '../helpers/reports.ts';
import { jsonReport } from '../helpers/json-report.ts';

function finding(module: string, line: number, extra: Partial<Finding> = {}): Finding {
  return { kind: 'missing-module', severity: 'error', module, location: at('/srv/app/main.py', line, 'app/main.py'), origin: 'third-party', message: `No module named '${module}'`, chain: [], ...extra };
}

describe('statement text and fingerprints', () => {
  it('leaves comments and extra spaces out, not a # inside a string', () => {
    assert.equal(statementText('    import   requests  # noqa: F401'), 'import requests');
    assert.equal(statementText("from a import b as c  # import-guard: ignore[x]"), 'from a import b as c');
    assert.equal(statementText("x = __import__('a#b')  # comment"), "x = __import__('a#b')");
    assert.equal(statementText('x = "\\"#" # c'), 'x = "\\"#"');
  });

  it('is the same on another line and with another indent or comment; differs by module, kind, file and statement', () => {
    const base = fingerprintOf(finding('requests', 3), 'import requests');
    assert.match(base, /^[0-9a-f]{32}$/);
    assert.equal(fingerprintOf(finding('requests', 40), statementText('    import requests  # noqa')), base);
    assert.notEqual(fingerprintOf(finding('httpx', 3), 'import requests'), base);
    assert.notEqual(fingerprintOf(finding('requests', 3, { kind: 'missing-name' }), 'import requests'), base);
    assert.notEqual(fingerprintOf(finding('requests', 3, { location: at('/srv/app/other.py', 3, 'app/other.py') }), 'import requests'), base);
    assert.notEqual(fingerprintOf(finding('requests', 3), 'import requests.adapters'), base);
  });
});

/** Findings as the guard hands them to a baseline: fingerprinted from their line's text. */
function fingerprinted(module: string, line: number, statement: string): Finding {
  const item = finding(module, line);
  return { ...item, statement, fingerprint: fingerprintOf(item, statement) };
}

function reportOf(findings: Finding[]): ScanReport {
  return sampleReport(findings, { result: 'fail', failOn: 'error' });
}

describe('the baseline', () => {
  const accepted = [fingerprinted('requests', 3, 'import requests'), fingerprinted('yaml', 7, 'import yaml')];
  const written = formatBaseline(reportOf(accepted));

  it('writes one sorted entry per reported finding, readable, and reads its fingerprints back', () => {
    const document = JSON.parse(written) as { version: number; findings: Array<Record<string, string>> };
    assert.equal(document.version, 1);
    assert.deepEqual(document.findings.map((entry) => [entry.module, entry.file, entry.statement, entry.kind]), [['requests', 'app/main.py', 'import requests', 'missing-module'], ['yaml', 'app/main.py', 'import yaml', 'missing-module']]);
    assert.deepEqual(parseBaseline(written, 'baseline.json'), document.findings.map((entry) => entry.fingerprint));
    // Not reported for another reason: not the baseline's to accept.
    assert.equal(baselineEntry({ ...accepted[0]!, unreported: 'type-checking' }), undefined);
  });

  it('accepts the same findings moved to other lines, passes, and says how many it accepted', () => {
    const shifted = [fingerprinted('requests', 5, 'import requests'), fingerprinted('yaml', 12, 'import yaml')];
    const applied = applyBaseline(reportOf(shifted), parseBaseline(written, 'baseline.json'), 'baseline.json');
    assert.equal(applied.result, 'pass');
    assert.deepEqual(applied.findings.map((item) => item.unreported), ['baseline', 'baseline']);
    assert.deepEqual(applied.baseline, { file: 'baseline.json', accepted: 2, unmatched: 0 });
    assert.match(formatScanText(applied), /^import-guard PASS: 0 errors, 0 warnings, 0 notices \(fails on error\)\n[\s\S]*\n2 findings accepted by the baseline baseline\.json\.\n/);
    assert.match(formatSummary(applied), /^## ✅ \*\*import-guard: nothing beyond the baseline's 2 accepted findings\*\*/);
    assert.match(formatSummary(applied), /\*\*Baseline:\*\* 2 findings accepted by the baseline baseline\.json\./);
    assert.ok(formatSummary(applied).includes('\nNo finding beyond those the baseline accepts (listed below, under the imports not reported).\n'));
    assert.ok(!formatSummary(applied).includes('No import from the entry points fails'));
    assert.deepEqual(jsonReport(applied).baseline, { file: 'baseline.json', accepted: 2, unmatched: 0 });
    assert.deepEqual(jsonReport(applied).findings.map((item) => [item.reported, item.unreported, item.fingerprint]), accepted.map((item) => [false, 'baseline', item.fingerprint]));
    // Accepted findings are left out of SARIF, as every unreported one is, so that code scanning opens no alert for them.
    const run = toSarif(applied, { version: '0' }).runs[0]!;
    assert.deepEqual([run.results, run.properties!.leftOut], [[], { unreported: 2 }]);
  });

  it('fails on a new finding: another module, or a second identical import, and counts entries that match nothing', () => {
    const next = [fingerprinted('requests', 3, 'import requests'), fingerprinted('requests', 9, 'import requests'), fingerprinted('boto3', 4, 'import boto3')];
    const applied = applyBaseline(reportOf(next), parseBaseline(written, 'baseline.json'), 'baseline.json');
    assert.equal(applied.result, 'fail');
    assert.deepEqual(applied.findings.map((item) => [item.module, item.location.line, item.unreported]), [['boto3', 4, undefined], ['requests', 9, undefined], ['requests', 3, 'baseline']]);
    assert.deepEqual(applied.baseline, { file: 'baseline.json', accepted: 1, unmatched: 1 });
    assert.match(formatScanText(applied), /\n1 finding accepted by the baseline baseline\.json; 1 entry of it matches no finding any more \(fixed, or changed\): write it anew with --write-baseline\.\n/);
  });

  it('looks at findings a baseline accepted afresh when applied again', () => {
    const once = applyBaseline(reportOf(accepted), parseBaseline(written, 'b.json'), 'b.json');
    const again = applyBaseline(once, [accepted[0]!.fingerprint!], 'b.json');
    assert.deepEqual(again.findings.map((item) => [item.module, item.unreported]), [['yaml', undefined], ['requests', 'baseline']]);
    assert.equal(again.result, 'fail');
  });

  it('refuses a file that is not a baseline, naming it', () => {
    for (const [text, message] of [
      ['{', /^baseline "b\.json" is not JSON: /],
      ['[]', /^baseline "b\.json" is not a baseline of this version of import-guard \(expected \{"version": 1, "findings": \[\.\.\.\]\}\); write it anew with import-guard scan --write-baseline FILE$/],
      ['{"version": 2, "findings": []}', /is not a baseline of this version/],
      ['{"version": 1, "findings": [{"fingerprint": "abc"}]}', /^baseline "b\.json": findings\[0\] has no fingerprint of 32 hex digits$/],
    ] as const) {
      assert.throws(() => parseBaseline(text, 'b.json'), { name: 'ConfigurationError', message }, text);
    }
  });
});
