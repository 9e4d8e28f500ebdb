import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fingerprintOf } from '../../src/report/baseline.ts';
import { type BootReport, type BootRun, compareFindings, type Finding, type PythonRecord, type ScanReport, type ScanStats } from '../../src/report/findings.ts';
import { REPORT_SCHEMA_VERSION } from '../../src/report/json.ts';
import { mergePlatformScans } from '../../src/report/platforms.ts';
import { cli } from '../helpers/cli.ts';
import { jsonReport, jsonReportProblems, parseJsonReport, REPORT_SCHEMA_FILE, reportSchema } from '../helpers/json-report.ts';
import { at, everyKindReport, hop, longFindingsReport, sampleReport } from '../helpers/reports.ts';

const PYTHON_NEWER: PythonRecord = {
  executable: '/usr/local/bin/python3',
  version: '3.16',
  readAs: '3.15',
  known: ['3.8', '3.15'],
  newer: "The image's Python 3.16 is newer than every version the guard knows; the verdict may be incomplete",
};

const FULL_STATS: ScanStats = {
  entryPoints: 2,
  files: 30,
  modules: 41,
  unparsed: 1,
  namesUnknown: 2,
  lazyImports: 3,
  extensionModules: { checked: 4, unchecked: 1 },
  seconds: 0.5,
  coverage: { firstParty: { reached: 8, total: 9 }, installed: { reached: 20, total: 200 } },
};

const MAIN = at('/srv/app/main.py', 3, 'app/main.py');

/** A finding with every field a finding may have, of the kinds and values the samples lack. */
function finding(overrides: Partial<Finding>): Finding {
  return { kind: 'missing-module', severity: 'error', module: 'requests', location: MAIN, origin: 'third-party', message: 'No module named requests', chain: [hop('app.main', 'requests', MAIN)], ...overrides };
}

/** Findings of every `unreported` reason, origin, `causeAt` kind and boot proof, and native details in full. */
function everyValueFindings(): Finding[] {
  const native = finding({
    kind: 'missing-library',
    module: 'lxml.etree',
    origin: 'third-party',
    native: { extension: '/usr/lib/python3/lxml/etree.so', library: 'libxslt.so.1', objects: ['/usr/lib/python3/lxml/etree.so'], searched: ['/usr/lib', '/lib'], version: 'GLIBC_2.34', provider: 'libxslt1.1' },
    platforms: ['linux/amd64'],
  });
  const reasons = (['dead-branch', 'ignored', 'import-hook', 'inline-ignore', 'baseline'] as const).map((unreported, index) => finding({ unreported, module: `gone_${index}`, ...(unreported === 'baseline' && { fingerprint: fingerprintOf(finding({}), 'import requests') }) }));
  return [
    native,
    ...reasons,
    finding({ module: 'app.stale', origin: 'first-party', inCheckout: false, severityReason: 'stale code: the checkout lacks app/stale.py too', cause: 'no file of the checkout holds it', causeAt: { kind: 'not-copied', repoPath: 'Dockerfile', line: 5, message: 'COPY app/ /srv/app/ copies no app/stale.py' } }),
    finding({ module: 'distutils', origin: 'stdlib', severity: 'warning', guard: 'try/except ImportError', cause: 'removed in Python 3.12' }),
    finding({ module: 'mystery', origin: 'unknown', severity: 'notice' }),
    finding({ kind: 'boot-failure', module: 'app.main', chain: [], message: 'The service exited with status 3', boot: { mode: 'serve', predicted: false } }),
  ].sort(compareFindings);
}

const BOOTED_OK: BootRun = { mode: 'serve', ok: true, outcome: 'GET /health answered 200 after 1.8 s', seconds: 1.8, logs: 'up\n' };
const NOT_BOOTED: BootReport = { mode: 'none', reason: 'boot: none' };
const BOOT_ERROR: BootReport = { mode: 'import', error: 'the docker CLI is not on PATH' };

/** A report of three platforms, as `platform: all` gives it: every kind of boot among them, one partial export's platform not checked. */
function platformsReport(): ScanReport {
  const own = (platform: string, findings: Finding[], boot: BootReport, result: ScanReport['result']): { platform: string; report: ScanReport } => ({
    platform,
    report: sampleReport(findings, { result, image: { label: `sha256:${platform.replaceAll('/', '')}`, location: 'oci:./layout', platform }, python: PYTHON_NEWER, stats: FULL_STATS, boot }),
  });
  const shared = finding({ module: 'shared' });
  const merged = mergePlatformScans(
    [own('linux/amd64', [shared, finding({ module: 'amd64_only' })], { ...BOOTED_OK, ok: false, exitCode: 1 }, 'fail'), own('linux/arm64', [shared], NOT_BOOTED, 'fail'), own('linux/arm/v7', [], BOOT_ERROR, 'pass')],
    'oci:./layout',
  );
  return { ...merged, platformsNotChecked: ['linux/s390x'] };
}

/** Reports that between them hold every field of the schema and every value of its enums. */
function samples(): Array<[string, ScanReport]> {
  return [
    ['every kind at every severity', everyKindReport()],
    ['long findings, a failed import boot', longFindingsReport()],
    ['every other value of a finding, a baseline, a newer Python', sampleReport(everyValueFindings(), { failOn: 'warning', python: PYTHON_NEWER, stats: FULL_STATS, boot: BOOT_ERROR, baseline: { file: 'import-guard-baseline.json', accepted: 1, unmatched: 2 }, image: { label: 'app:1', location: 'docker:app:1', platform: 'linux/amd64' } })],
    ['a pass with no findings, not booted', sampleReport([], { result: 'pass', failOn: 'notice', boot: NOT_BOOTED })],
    ['never fails, booted', sampleReport([], { result: 'pass', failOn: 'never', boot: BOOTED_OK })],
    ['three platforms', platformsReport()],
  ];
}

type SchemaNode = Record<string, unknown>;

function resolve(node: SchemaNode): SchemaNode {
  const ref = node.$ref as string | undefined;
  if (ref === undefined) return node;
  const name = /^#\/\$defs\/(.+)$/.exec(ref)?.[1];
  assert.ok(name, `a $ref into $defs: ${ref}`);
  return resolve((reportSchema.$defs as Record<string, SchemaNode>)[name]!);
}

/**
 * What a set of reports must show to cover the schema: each property path (`findings[].native.searched`),
 * each enum and const value (`findings[].kind=libc-mismatch`), and each type of a value that may be
 * one of several (`findings[].causeAt:null`).
 */
function schemaFacets(node: SchemaNode, at = '', facets = new Set<string>()): Set<string> {
  node = resolve(node);
  const variants = [...((node.oneOf as SchemaNode[] | undefined) ?? []), ...((node.anyOf as SchemaNode[] | undefined) ?? [])].map(resolve);
  for (const variant of variants) schemaFacets(variant, at, facets);
  if (variants.length > 1) for (const variant of variants) facets.add(`${at}:${(variant.type as string | undefined) ?? 'object'}`);
  if (Array.isArray(node.type) && node.type.length > 1) for (const type of node.type as string[]) facets.add(`${at}:${type}`);
  for (const value of (node.enum as unknown[] | undefined) ?? []) facets.add(`${at}=${String(value)}`);
  if ('const' in node) facets.add(`${at}=${String(node.const)}`);
  for (const [key, property] of Object.entries((node.properties as Record<string, SchemaNode> | undefined) ?? {})) {
    facets.add(`${at}.${key}`);
    schemaFacets(property, `${at}.${key}`, facets);
  }
  if (node.items) schemaFacets(node.items as SchemaNode, `${at}[]`, facets);
  return facets;
}

/** The facets (see schemaFacets) a report shows. */
function reportFacets(value: unknown, at = '', facets = new Set<string>()): Set<string> {
  const type = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value === 'number' ? (Number.isInteger(value) ? 'integer' : 'number') : typeof value;
  facets.add(`${at}:${type}`);
  if (Array.isArray(value)) for (const item of value) reportFacets(item, `${at}[]`, facets);
  else if (type === 'object') {
    for (const [key, item] of Object.entries(value as object)) {
      facets.add(`${at}.${key}`);
      reportFacets(item, `${at}.${key}`, facets);
    }
  } else if (type !== 'null') facets.add(`${at}=${String(value)}`);
  return facets;
}

describe('the JSON report schema', () => {
  it('is the version the reports name, first in each report', () => {
    assert.equal((reportSchema.properties as Record<string, SchemaNode>).schemaVersion!.const, REPORT_SCHEMA_VERSION);
    assert.match(REPORT_SCHEMA_VERSION, /^[1-9]\d*\.\d+$/);
    assert.equal(reportSchema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    for (const [, report] of samples()) assert.deepEqual(Object.keys(jsonReport(report))[0], 'schemaVersion');
  });

  for (const [name, report] of samples()) {
    it(`accepts the report of ${name}`, () => {
      assert.deepEqual(jsonReportProblems(JSON.parse(JSON.stringify(jsonReport(report)))), []);
    });
  }

  it('is covered whole by those reports: every field, every enum value, every alternative type', () => {
    const seen = new Set<string>();
    for (const [, report] of samples()) reportFacets(JSON.parse(JSON.stringify(jsonReport(report))), '', seen);
    const wanted = schemaFacets(reportSchema);
    assert.deepEqual([...wanted].filter((facet) => !seen.has(facet)), []);
    // The facets the schema names: the finding kinds and unreported reasons among them.
    assert.ok(wanted.has('.findings[].kind=libc-mismatch') && wanted.has('.findings[].unreported=baseline') && wanted.has('.platforms[].boot.error'));
  });

  it("accepts the bundled example's report, as the command line prints it", async () => {
    const result = await cli(['scan', 'examples/fastapi-service/image', '--repo', 'examples/fastapi-service', '--format', 'json', '--quiet']);
    assert.equal(result.code, 1);
    const report = parseJsonReport(result.stdout);
    assert.equal(report.schemaVersion, REPORT_SCHEMA_VERSION);
    assert.equal(report.result, 'fail');
  });

  it('refuses a report that drifts from it', () => {
    const good = JSON.parse(JSON.stringify(jsonReport(longFindingsReport()))) as Record<string, unknown> & { findings: Array<Record<string, unknown>>; boot: Record<string, unknown> };
    const [first] = good.findings;
    const broken: Array<[string, unknown, RegExp]> = [
      ['no schemaVersion', { ...good, schemaVersion: undefined }, /must have required property 'schemaVersion'/],
      ['another schemaVersion', { ...good, schemaVersion: '2.0' }, /\/schemaVersion must be equal to constant/],
      ['a field of its own', { ...good, generatedAt: '2026-12-07' }, /must NOT have additional properties.*generatedAt/],
      ['a finding with a field of its own', { ...good, findings: [{ ...first, statement: 'import x' }] }, /\/findings\/0 must NOT have additional properties.*statement/],
      ['a kind of its own', { ...good, findings: [{ ...first, kind: 'missing-package' }] }, /\/findings\/0\/kind must be equal to one of the allowed values/],
      ['a severity of its own', { ...good, findings: [{ ...first, severity: 'fatal' }] }, /\/findings\/0\/severity must be equal to one of the allowed values/],
      ['an unreported finding without its reason', { ...good, findings: [{ ...first, reported: false }] }, /\/findings\/0 must have required property 'unreported'/],
      ['a reported finding with a reason', { ...good, findings: [{ ...first, unreported: 'ignored' }] }, /\/findings\/0 must NOT be valid/],
      ['a line as text', { ...good, findings: [{ ...first, line: '14' }] }, /\/findings\/0\/line must be integer/],
      ['a boot that both ran and did not', { ...good, boot: { ...good.boot, reason: 'boot: none' } }, /\/boot must match exactly one schema in oneOf/],
      ['no counts', { ...good, counts: undefined }, /must have required property 'counts'/],
    ];
    for (const [what, report, problem] of broken) {
      const problems = jsonReportProblems(JSON.parse(JSON.stringify(report)));
      assert.match(problems.join('\n'), problem, what);
    }
  });
});

const ROOT = path.resolve(path.dirname(REPORT_SCHEMA_FILE), '..');
const HELPER = 'test/helpers/json-report.ts';
/** This file: it writes the ways of reading a report around the helper as text, to test the rules. */
const THIS_TEST = 'test/unit/report-schema.test.ts';
const REPORT_KEYS = new Set(Object.keys(reportSchema.properties as object));

/**
 * JSON a test parses that the rules below take for a report and is not one: each with its
 * parsed text, as written in the file, and what it is.
 */
const NOT_REPORTS: Array<{ file: string; argument: string; what: string }> = [
  { file: 'test/helpers/npm-package.ts', argument: 'pack.stdout', what: "npm pack's account of the tarball" },
  { file: 'test/itg/recipes-gitlab.test.ts', argument: "await readFile(path.join(project, report), 'utf8')", what: 'a GitLab Code Quality report' },
  { file: 'test/unit/npm-package.test.ts', argument: "await readFile(path.join(ROOT, 'package.json'), 'utf8')", what: 'package.json' },
  { file: 'test/helpers/corpus.ts', argument: "await readFile(file, 'utf8')", what: "the corpus's own lists: apps, expectations, mutants, probe outputs" },
  { file: 'test/helpers/github-server.ts', argument: 'text', what: 'a request body sent to the fake GitHub API' },
  { file: 'test/helpers/report-formats.ts', argument: "readFileSync(path.join(FIXTURES, 'gitlab-code-quality.schema.json'), 'utf8')", what: "GitLab's Code Quality schema" },
  { file: 'test/itg/platforms-all.test.ts', argument: "await readFile(blob(manifest.config.digest), 'utf8')", what: 'an image configuration blob' },
  { file: 'test/itg/sarif-validate.test.ts', argument: "await readFile(SCHEMA, 'utf8')", what: 'the SARIF schema' },
  { file: 'test/itg/stdlib-data.test.ts', argument: "await readFile(path.join(ROOT, 'src/python/stdlib-modules.json'), 'utf8')", what: 'the standard-library data' },
  { file: 'test/unit/all-platforms.test.ts', argument: "await readFile(baseline, 'utf8')", what: 'a baseline file' },
  { file: 'test/unit/checkout-paths.test.ts', argument: 'child.stdout', what: "a child process's listing of a checkout" },
  { file: 'test/unit/checkout-settings-cli.test.ts', argument: "await readFile(baselineFile, 'utf8')", what: 'a baseline file' },
  { file: 'test/unit/cli-formats.test.ts', argument: "await readFile(baselineFile, 'utf8')", what: 'a baseline file' },
  { file: 'test/unit/cli-formats.test.ts', argument: "await readFile(file, 'utf8')", what: 'a GitLab Code Quality report, and inspect --json written by --output' },
  { file: 'test/unit/cli-formats.test.ts', argument: "(await cli(['inspect', IMAGE, '--quiet', '--json'])).stdout", what: 'inspect --json' },
  { file: 'test/unit/hostile-layouts.test.ts', argument: 'text(files, `blobs/sha256/${firstManifest(files)}`)', what: 'an OCI image manifest' },
];

/**
 * The source with its comments blanked out (an apostrophe in a comment would read as a quote).
 * A quoted string ends at its line's end at the latest, so that a quote in a regular expression
 * literal misreads one line at most.
 */
function withoutComments(source: string): string {
  let code = '';
  for (let index = 0; index < source.length; index++) {
    const char = source[index]!;
    const pair = source.slice(index, index + 2);
    if (pair === '//' || pair === '/*') {
      const end = pair === '//' ? source.indexOf('\n', index) : source.indexOf('*/', index + 2) + 2;
      const stop = end <= 1 ? source.length : end;
      code += source.slice(index, stop).replace(/[^\n]/g, ' ');
      index = stop - 1;
    } else if (char === "'" || char === '"' || char === '`') {
      let end = index + 1;
      while (end < source.length && source[end] !== char && (char === '`' || source[end] !== '\n')) end += source[end] === '\\' ? 2 : 1;
      code += source.slice(index, end + 1);
      index = end;
    } else code += char;
  }
  return code;
}

/** The text from `open` (an opening bracket) to its closing bracket, in code without comments, quotes skipped. */
function balanced(text: string, open: number): string {
  const pairs: Record<string, string> = { '(': ')', '{': '}', '[': ']' };
  const stack: string[] = [];
  for (let index = open; index < text.length; index++) {
    const char = text[index]!;
    if (char === "'" || char === '"' || char === '`') {
      for (index++; index < text.length && text[index] !== char && (char === '`' || text[index] !== '\n'); index++) if (text[index] === '\\') index++;
    } else if (pairs[char]) stack.push(pairs[char]);
    else if (char === stack.at(-1)) {
      stack.pop();
      if (stack.length === 0) return text.slice(open, index + 1);
    }
  }
  throw new Error(`no closing bracket for ${text.slice(open, open + 60)}`);
}

/** The names of an object type's own members: `a` and `b` of `{ a: X; b?: { c: Y } }`. */
function memberNames(objectType: string): string[] {
  const names: string[] = [];
  let depth = 0;
  for (let index = 0; index < objectType.length; index++) {
    const char = objectType[index]!;
    if ('{([<'.includes(char)) depth++;
    else if ('})]>'.includes(char)) depth--;
    if (depth === 1 && (char === '{' || char === ';' || char === ',')) {
      const name = /^\s*(?:readonly\s+)?(\w+)\??\s*:/.exec(objectType.slice(index + 1))?.[1];
      if (name) names.push(name);
    }
  }
  return names;
}

/**
 * Whether a type a test gives parsed JSON could be the scan report: an object type most of whose
 * members are the report's own (a type that picks a few of its fields, the report's model
 * ScanReport; not a baseline file's `{ version, findings }`), followed through aliases,
 * interfaces and imports of the repository's files. A type it cannot see into (a type parameter,
 * `Record<...>`, `typeof x`) may be anything, so it counts too; arrays and types of packages do not.
 */
function mayBeReport(type: string, file: string, code: string, seen = 0): boolean {
  type = type.trim();
  if (type.endsWith('[]') || type.startsWith('Array<') || seen > 4) return false;
  if (type.startsWith('{')) {
    const names = memberNames(type);
    return names.filter((name) => REPORT_KEYS.has(name)).length * 2 > names.length;
  }
  const name = /^\w+/.exec(type)?.[0];
  if (!name || name === 'typeof') return true;
  const declared = new RegExp(`\\b(?:interface ${name}\\b[^{]*|type ${name}\\s*=\\s*)(?=[\\w{])`).exec(code);
  if (declared) {
    const start = declared.index + declared[0].length;
    return mayBeReport(code[start] === '{' ? balanced(code, start) : code.slice(start, code.indexOf(';', start)), file, code, seen + 1);
  }
  for (const imported of code.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+'([^']+)'/g)) {
    const names = imported[1]!.split(',').map((item) => item.replace(/^\s*type\s+/, '').split(/\s+as\s+/));
    const match = names.find((parts) => (parts[1] ?? parts[0])!.trim() === name);
    if (!match) continue;
    if (!imported[2]!.startsWith('.')) return false;
    const target = path.relative(ROOT, path.resolve(path.dirname(path.join(ROOT, file)), imported[2]!));
    if (!existsSync(path.join(ROOT, target))) return true;
    return mayBeReport(match[0]!.trim(), target, withoutComments(readFileSync(path.join(ROOT, target), 'utf8')), seen + 1);
  }
  return true;
}

/** Every `JSON.parse(...)` in a source: the text it parses and the type it is given (`as T`), if any. */
function parsesIn(code: string): Array<{ argument: string; type: string | undefined }> {
  const found: Array<{ argument: string; type: string | undefined }> = [];
  for (const call of code.matchAll(/\bJSON\.parse\(/g)) {
    const open = call.index + call[0].length - 1;
    const argument = balanced(code, open).slice(1, -1);
    const after = code.slice(open + argument.length + 2);
    const cast = /^\s*as\s+/.exec(after);
    let type: string | undefined;
    if (cast) {
      const rest = after.slice(cast[0].length);
      type = rest.startsWith('{') ? balanced(rest, 0) : /^(?:typeof\s+)?[\w.]+(?:<[^;,)]*?>)?(?:\[\])?/.exec(rest)?.[0];
    }
    found.push({ argument, type });
  }
  return found;
}

/** The test sources, relative to the repository: every .ts file under test/ but the fixtures', the helper and this test. */
function testSources(): string[] {
  return (readdirSync(path.join(ROOT, 'test'), { recursive: true }) as string[])
    .filter((file) => file.endsWith('.ts') && !file.startsWith(`fixtures${path.sep}`))
    .map((file) => path.join('test', file).split(path.sep).join('/'))
    .filter((file) => file !== HELPER && file !== THIS_TEST)
    .sort();
}

/**
 * The places where a test reads a JSON report around the helper: a call of toJsonReport (in
 * process), and a JSON.parse of the Action's report file, of JSON given a type the report could
 * have, or of a command's output or a file taken whole without a type.
 */
function readsAround(file: string, source: string): string[] {
  const places: string[] = [];
  const code = withoutComments(source);
  if (/\btoJsonReport\s*\(|^import[^;]*\btoJsonReport\b/m.test(code)) places.push(`${file}: toJsonReport (use jsonReport)`);
  for (const { argument, type } of parsesIn(code)) {
    if (NOT_REPORTS.some((known) => known.file === file && known.argument === argument)) continue;
    const reportFile = /report-json|json-file/.test(argument);
    const typed = type !== undefined && mayBeReport(type, file, code);
    const whole = type === undefined && /stdout|readFile|outputs/.test(argument);
    if (reportFile || typed || whole) places.push(`${file}: JSON.parse(${argument})${type ? ` as ${type}` : ''}`);
  }
  return places;
}

describe('every JSON report the tests read is checked against the schema', () => {
  it('no test reads one without the helper', () => {
    const sources = testSources();
    assert.ok(sources.includes('test/unit/cli.test.ts') && sources.includes('test/itg/action.test.ts'), 'the test sources are found');
    assert.deepEqual(sources.flatMap((file) => readsAround(file, readFileSync(path.join(ROOT, file), 'utf8'))), []);
  });

  it('the rules it goes by catch each way of reading one', () => {
    const file = 'test/unit/report-schema.test.ts';
    const reads = [
      "const json = JSON.parse(await readFile(step.outputs['report-json']!, 'utf8')) as { boot: unknown };",
      'const json = JSON.parse(result.stdout) as { findings: unknown[]; counts: object };',
      'const json = JSON.parse(result.stdout) as ScanReport;',
      'const json = JSON.parse(result.stdout) as JsonReport;',
      'assert.deepEqual(JSON.parse(result.stdout), expected);',
      'const json = JSON.parse(text) as T;',
      'const json = toJsonReport(report);',
    ];
    for (const read of reads) assert.equal(readsAround(file, `import type { ScanReport } from '../../src/report/findings.ts';\nimport type { JsonReport } from '../../src/report/json.ts';\n${read}`).length, 1, read);
    const others = ['JSON.parse(stdout) as { version: string; runs: unknown[] }', "JSON.parse(await readFile(baselineFile, 'utf8')) as { version: number; findings: unknown[] }", '// JSON.parse(result.stdout) as JsonReport', 'JSON.parse(line) as OracleResult', 'JSON.parse(text) as CodeQualityIssue[]', "JSON.parse(files.get('index.json')!.text)"];
    for (const read of others) assert.deepEqual(readsAround(file, `import type { OracleResult } from '../helpers/python.ts';\n${read}`), [], read);
  });

  it('each JSON it lets pass as not a report is still read where it says', () => {
    for (const known of NOT_REPORTS) assert.ok(parsesIn(withoutComments(readFileSync(path.join(ROOT, known.file), 'utf8'))).some(({ argument }) => argument === known.argument), `${known.file}: JSON.parse(${known.argument}) (${known.what})`);
  });
});
