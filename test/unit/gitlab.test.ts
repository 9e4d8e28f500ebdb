import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fingerprintOf } from '../../src/report/baseline.ts';
import { COMMAND_LOCATION, type Finding, isReported, type ScanReport, SEVERITIES, severityRank } from '../../src/report/findings.ts';
import { type CodeQualityIssue, toCodeQuality } from '../../src/report/gitlab.ts';
import { codeQualityProblems } from '../helpers/report-formats.ts';
import { at, everyKindReport, findingKinds, hop, longFindingsReport, sampleReport } from '../helpers/reports.ts';

/** GitLab's severities, most severe first, as its reports sort them. */
const GITLAB_ORDER = ['blocker', 'critical', 'major', 'minor', 'info'];

function issueOf(finding: Finding, report: Partial<ScanReport> = {}): CodeQualityIssue {
  const issues = toCodeQuality(sampleReport([finding], report));
  assert.equal(issues.length, 1);
  return issues[0]!;
}

function missing(location = at('/srv/app/main.py', 3, 'app/main.py', 1), overrides: Partial<Finding> = {}): Finding {
  return { kind: 'missing-module', severity: 'error', module: 'requests', location, origin: 'third-party', message: 'No module named requests', chain: [hop('app.main', 'requests', location)], ...overrides };
}

describe('toCodeQuality', () => {
  const samples: Array<[string, ScanReport]> = [
    ['every kind, with a Dockerfile command line', everyKindReport()],
    ['every kind, without one', everyKindReport({})],
    ['long findings', longFindingsReport()],
    ['no findings', sampleReport([], { result: 'pass' })],
  ];

  for (const [name, report] of samples) {
    it(`writes a report GitLab reads whole: ${name}`, () => {
      const issues = toCodeQuality(report);
      assert.deepEqual(codeQualityProblems(JSON.parse(JSON.stringify(issues))), []);
      // One issue per reported finding, in the report's order; none for the unreported ones.
      const reported = report.findings.filter(isReported);
      assert.deepEqual(issues.map((issue) => issue.check_name), reported.map((finding) => finding.kind));
    });
  }

  it('the schema it is checked against refuses what GitLab would not read', () => {
    const [good] = toCodeQuality(everyKindReport());
    assert.deepEqual(codeQualityProblems([good]), []);
    const broken: Array<[string, unknown]> = [
      ['a severity of its own', { ...good, severity: 'error' }],
      ['an absolute path', { ...good, location: { ...good!.location, path: '/srv/app/main.py' } }],
      ['no line', { ...good, location: { path: 'app/main.py' } }],
      ['line 0', { ...good, location: { path: 'app/main.py', lines: { begin: 0 } } }],
      ['no check name', { ...good, check_name: undefined }],
    ];
    for (const [what, issue] of broken) assert.notDeepEqual(codeQualityProblems(JSON.parse(JSON.stringify([issue]))), [], what);
    assert.match(codeQualityProblems([good, good]).join(), /fingerprints repeat/);
  });

  it('covers every kind of finding at every severity', () => {
    const pairs = new Set(toCodeQuality(everyKindReport()).map((issue) => `${issue.check_name} ${issue.severity}`));
    const wanted = findingKinds().flatMap((kind) => ['critical', 'minor', 'info'].map((severity) => `${kind} ${severity}`));
    assert.deepEqual(wanted.filter((pair) => !pairs.has(pair)), []);
    assert.equal(wanted.length, findingKinds().length * SEVERITIES.length);
  });

  it('maps error, warning and notice to critical, minor and info, keeping their order', () => {
    const mapped = SEVERITIES.map((severity) => issueOf(missing(undefined, { severity })).severity);
    assert.deepEqual(mapped, ['critical', 'minor', 'info']);
    const ranks = mapped.map((severity) => GITLAB_ORDER.indexOf(severity));
    assert.deepEqual([...ranks].sort((a, b) => a - b), ranks);
    assert.ok(SEVERITIES.every((severity, index) => severityRank(severity) === index));
  });

  it("keeps each finding's baseline fingerprint, and makes repeats of one distinct and stable", () => {
    const report = everyKindReport();
    const issues = toCodeQuality(report);
    const reported = report.findings.filter(isReported);
    const twice = reported.flatMap((finding, index) => (finding.module === 'twice' ? [index] : []));
    assert.equal(twice.length, 2);
    assert.equal(reported[twice[0]!]!.fingerprint, reported[twice[1]!]!.fingerprint, 'the same statement twice has one baseline fingerprint');
    assert.equal(issues[twice[0]!]!.fingerprint, reported[twice[0]!]!.fingerprint);
    assert.notEqual(issues[twice[1]!]!.fingerprint, issues[twice[0]!]!.fingerprint);
    assert.match(issues[twice[1]!]!.fingerprint, /^[0-9a-f]{32}$/);
    for (const [index, issue] of issues.entries()) if (!twice.includes(index)) assert.equal(issue.fingerprint, reported[index]!.fingerprint);
    // Another run, and the same findings on other lines (code added above them), give the same fingerprints.
    assert.deepEqual(toCodeQuality(everyKindReport()).map((issue) => issue.fingerprint), issues.map((issue) => issue.fingerprint));
    const moved = { ...report, findings: report.findings.map((finding) => ({ ...finding, location: { ...finding.location, line: finding.location.line + 10 } })) };
    assert.deepEqual(toCodeQuality(moved).map((issue) => issue.fingerprint), issues.map((issue) => issue.fingerprint));
  });

  it('fingerprints a finding that has none yet as a baseline would', () => {
    const finding = missing();
    assert.equal(issueOf(finding).fingerprint, fingerprintOf(finding, ''));
  });

  it("puts a finding in the repository on its file and line, relative to the repository's root", () => {
    const issue = issueOf(missing(at('/srv/app/main.py', 12, './app\\main.py', 4)));
    assert.deepEqual(issue.location, { path: 'app/main.py', lines: { begin: 12 } });
    assert.equal(issue.description, 'No module named requests');
  });

  it('puts a finding in an image file on the Dockerfile command line, as the SARIF log does, with its image path in the description', () => {
    const commandAt = { repoPath: 'deploy/Dockerfile', line: 14 };
    const inImage = issueOf(missing(at('/opt/venv/lib/python3.12/site-packages/lib/__init__.py', 7)), { commandAt });
    assert.deepEqual(inImage.location, { path: 'deploy/Dockerfile', lines: { begin: 14 } });
    assert.equal(inImage.description, 'No module named requests. In the image at /opt/venv/lib/python3.12/site-packages/lib/__init__.py:7, which no repository file maps to; the image runs it through deploy/Dockerfile:14.');
    const command = issueOf(missing(COMMAND_LOCATION, { chain: [] }), { commandAt });
    assert.deepEqual(command.location, { path: 'deploy/Dockerfile', lines: { begin: 14 } });
    assert.equal(command.description, 'No module named requests');
  });

  it('keeps the image path, made relative, when the report has no Dockerfile line: GitLab still lists the finding', () => {
    const inImage = issueOf(missing(at('/opt/venv/lib/python3.12/site-packages/lib/__init__.py', 7)));
    assert.deepEqual(inImage.location, { path: 'opt/venv/lib/python3.12/site-packages/lib/__init__.py', lines: { begin: 7 } });
    assert.match(inImage.description, /In the image at \/opt\/venv\/lib\/python3\.12\/site-packages\/lib\/__init__\.py, which no repository file maps to\.$/);
    // The image's command has no line: GitLab needs one, the first.
    assert.deepEqual(issueOf(missing(COMMAND_LOCATION, { chain: [] })).location, { path: '(image command)', lines: { begin: 1 } });
  });

  it('writes well-formed strings from an image whose names hold lone surrogates', () => {
    const issue = issueOf(missing(at('/srv/app/\ud800.py', 3, 'app/\ud800.py'), { message: 'No module named \udfff' }));
    assert.equal(issue.location.path, 'app/\ufffd.py');
    assert.equal(issue.description, 'No module named \ufffd');
    assert.ok(JSON.stringify(issue).isWellFormed());
  });
});
