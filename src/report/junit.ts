/**
 * The report as JUnit XML, for CI systems that show test results (Jenkins, GitLab's test
 * reports, Buildkite, Azure Pipelines): one test suite for the scan, one test case per entry
 * point and one per reported finding.
 *
 * A test case fails when it holds a finding at the report's fail-on level (`error` unless set),
 * so the test report fails exactly when the exit status does. A finding below that level is a
 * passed test case whose system-out says its severity and message: it is shown, and it is not a
 * failure; nor is it skipped, as it was checked. Unreported findings are left out. A boot that
 * could not run is a test case with an error (the test could not run), as it ends the CLI with
 * status 2.
 */
import { annotationMessage, findingTitle } from './annotations.ts';
import { comesFrom, displayPath, type EntryPointRecord, failsAt, type Finding, isReported, type ScanReport } from './findings.ts';
import { messageText } from './finding-text.ts';
import { plural } from './summary.ts';
import { xmlAttribute, xmlText } from './xml.ts';

interface TestCase {
  classname: string;
  name: string;
  file?: string;
  line?: number;
  failure?: { type: string; message: string; text: string };
  error?: { type: string; message: string };
  out?: string;
}

function attributes(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${xmlAttribute(String(value))}"`)
    .join('');
}

function place(finding: Finding): string {
  return finding.location.line >= 1 ? `${displayPath(finding.location)}:${finding.location.line}` : displayPath(finding.location);
}

function findingCase(finding: Finding, fails: boolean): TestCase {
  const test: TestCase = { classname: `import-guard.${finding.kind}`, name: `${findingTitle(finding)} (${place(finding)})` };
  if (finding.location.repoPath !== undefined) {
    test.file = finding.location.repoPath;
    if (finding.location.line >= 1) test.line = finding.location.line;
  }
  const platforms = finding.platforms ? `\nPlatforms: ${finding.platforms.join(', ')}` : '';
  if (fails) test.failure = { type: finding.kind, message: messageText(finding), text: `${annotationMessage(finding)}${platforms}` };
  else test.out = `${finding.severity}: ${annotationMessage(finding)}${platforms}`;
  return test;
}

function entryCase(entry: EntryPointRecord, failing: Finding[]): TestCase {
  const test: TestCase = { classname: 'import-guard.entry-point', name: entry.module, out: `Found as: ${entry.how}` };
  if (failing.length > 0) {
    test.failure = {
      type: 'entry-point',
      message: `${plural(failing.length, 'finding')} at the fail-on level ${failing.length === 1 ? 'comes' : 'come'} from this entry point`,
      text: failing.map((finding) => `${findingTitle(finding)} (${place(finding)})`).join('\n'),
    };
  }
  return test;
}

function writeCase(test: TestCase): string {
  const open = `    <testcase${attributes({ classname: test.classname, name: test.name, file: test.file, line: test.line, time: '0' })}`;
  const body = [
    ...(test.failure ? [`      <failure${attributes({ type: test.failure.type, message: test.failure.message })}>${xmlText(test.failure.text)}</failure>`] : []),
    ...(test.error ? [`      <error${attributes({ type: test.error.type, message: test.error.message })}/>`] : []),
    ...(test.out !== undefined ? [`      <system-out>${xmlText(test.out)}</system-out>`] : []),
  ];
  return body.length === 0 ? `${open}/>` : [`${open}>`, ...body, '    </testcase>'].join('\n');
}

/** The JUnit XML document. Pure and deterministic: no clock, no host name. */
export function toJunit(report: ScanReport): string {
  const reported = report.findings.filter(isReported);
  const fails = (finding: Finding): boolean => failsAt([finding], report.failOn);
  const tests: TestCase[] = [
    ...report.entryPoints.map((entry) => entryCase(entry, reported.filter((finding) => fails(finding) && comesFrom(finding, entry)))),
    ...reported.map((finding) => findingCase(finding, fails(finding))),
  ];
  if (report.boot && 'error' in report.boot) tests.push({ classname: 'import-guard.boot', name: `boot (${report.boot.mode})`, error: { type: 'boot-not-run', message: report.boot.error } });
  const counts = { tests: tests.length, failures: tests.filter((test) => test.failure).length, errors: tests.filter((test) => test.error).length, skipped: 0, time: report.stats.seconds.toFixed(3) };
  const suiteName = `import-guard scan of ${report.image.label}${report.image.platform ? ` (${report.image.platform})` : ''}`;
  const properties = {
    image: report.image.location,
    platform: report.image.platform,
    python: report.python.version,
    result: report.result,
    'fail-on': report.failOn,
  };
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attributes({ name: 'import-guard', ...counts })}>`,
    `  <testsuite${attributes({ name: suiteName, ...counts })}>`,
    '    <properties>',
    ...Object.entries(properties).flatMap(([name, value]) => (value === undefined ? [] : [`      <property${attributes({ name, value })}/>`])),
    '    </properties>',
    ...tests.map(writeCase),
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
