import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parsePathMap, RepositoryMap } from '../../src/explain/pathmap.ts';
import { type Annotation, annotationMessage, chainText, planAnnotations } from '../../src/report/annotations.ts';
import type { CauseLocation, ChainHop, Finding, Origin, ScanReport, Severity } from '../../src/report/findings.ts';
import { REPORT_SCHEMA_VERSION } from '../../src/report/json.ts';
import { formatSummary, headline, logTail, verdictLine } from '../../src/report/summary.ts';
import { formatScanText, formatWorkflowCommands } from '../../src/report/text.ts';
import { knownVersions } from '../../src/python/stdlib.ts';
import { moduleMatcher } from '../../src/settings.ts';
import { at, hop, sampleReport } from '../helpers/reports.ts';
import { jsonReport, parseJsonReport } from '../helpers/json-report.ts';

const MONITORING: Finding = {
  kind: 'missing-module',
  severity: 'error',
  module: 'app.services.monitoring',
  location: at('/srv/app/middleware/auth.py', 23, 'app/middleware/auth.py', 1),
  origin: 'first-party',
  cause: 'excluded by .dockerignore line 4: **/monitoring/',
  message: "ModuleNotFoundError: No module named 'app.services.monitoring'",
  chain: [hop('app.main', 'app.middleware.auth', at('/srv/app/main.py', 5, 'app/main.py', 1)), hop('app.middleware.auth', 'app.services.monitoring', at('/srv/app/middleware/auth.py', 23, 'app/middleware/auth.py', 1))],
};

const UJSON: Finding = {
  kind: 'missing-module',
  severity: 'notice',
  module: 'ujson',
  guard: 'try/except ImportError',
  location: at('/srv/app/fast.py', 2, 'app/fast.py', 5),
  origin: 'third-party',
  message: "ModuleNotFoundError: No module named 'ujson'",
  chain: [hop('app.main', 'app.fast', at('/srv/app/main.py', 6, 'app/main.py', 1)), hop('app.fast', 'ujson', at('/srv/app/fast.py', 2, 'app/fast.py', 5))],
};

const STUBS: Finding = {
  kind: 'missing-module',
  severity: 'warning',
  unreported: 'type-checking',
  module: 'mypy_boto3_s3',
  guard: 'if TYPE_CHECKING',
  location: at('/srv/app/types.py', 4, undefined, 5),
  origin: 'third-party',
  message: "ModuleNotFoundError: No module named 'mypy_boto3_s3'",
  chain: [hop('app.main', 'mypy_boto3_s3', at('/srv/app/types.py', 4, undefined, 5))],
};

function report(findings: Finding[], result: ScanReport['result'] = 'fail'): ScanReport {
  return sampleReport(findings, {
    result,
    python: { executable: '/usr/local/bin/python3', version: '3.12', readAs: '3.12', known: knownVersions() },
    entryPoints: [{ module: 'app.main:app', imagePath: '/srv/app/main.py', how: 'gunicorn app argument' }],
    stats: { entryPoints: 1, files: 12, modules: 40, unparsed: 1, seconds: 0.25 },
  });
}

/** A missing module `name` imported once at app/<file>.py:<line>, reached through `depth` hops. */
function missing(name: string, severity: Severity, origin: Origin, options: { file?: string; line?: number; depth?: number; repo?: boolean } = {}): Finding {
  const file = options.file ?? name.replace(/\./g, '_');
  const location = at(`/srv/app/${file}.py`, options.line ?? 1, options.repo === false ? undefined : `app/${file}.py`);
  const chain: ChainHop[] = [];
  for (let index = 1; index < (options.depth ?? 1); index++) chain.push(hop(index === 1 ? 'app.main' : `app.m${index - 1}`, `app.m${index}`, at('/srv/app/main.py', index, 'app/main.py')));
  chain.push(hop(chain.at(-1)?.module ?? 'app.main', name, location));
  return { kind: 'missing-module', severity, module: name, location, origin, message: `ModuleNotFoundError: No module named '${name}'`, chain };
}

function many(count: number, severity: Severity, origin: Origin, prefix: string): Finding[] {
  return Array.from({ length: count }, (_, index) => missing(`${prefix}${String(index).padStart(2, '0')}`, severity, origin));
}

function levels(annotations: readonly Annotation[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  for (const annotation of annotations) counts[annotation.level]++;
  return counts;
}

describe('planAnnotations', () => {
  it('turns a reported finding into one annotation on its repository file, and skips unreported ones', () => {
    const plan = planAnnotations([MONITORING, STUBS]);
    assert.deepEqual(plan, {
      annotations: [
        {
          level: 'error',
          title: 'app.services.monitoring is missing from the image',
          message: "ModuleNotFoundError: No module named 'app.services.monitoring'\nCause: excluded by .dockerignore line 4: **/monitoring/\nImported via: app.main → app.middleware.auth → app.services.monitoring",
          file: 'app/middleware/auth.py',
          line: 23,
          column: 1,
        },
      ],
      omitted: { error: 0, warning: 0, notice: 0 },
    });
  });

  it('leaves out file, line and column when the finding is in no repository file', () => {
    const plan = planAnnotations([missing('yaml', 'warning', 'third-party', { repo: false })]);
    assert.deepEqual(plan.annotations, [{ level: 'warning', title: 'yaml is missing from the image', message: "ModuleNotFoundError: No module named 'yaml'\nImported via: app.main → yaml" }]);
  });

  it('keeps to 10 annotations per level and closes with a notice that counts what was left out', () => {
    const plan = planAnnotations([...many(12, 'error', 'third-party', 'err'), ...many(3, 'warning', 'third-party', 'warn')]);
    assert.deepEqual(levels(plan.annotations), { error: 10, warning: 3, notice: 1 });
    assert.deepEqual(plan.omitted, { error: 2, warning: 0, notice: 0 });
    assert.deepEqual(
      plan.annotations.filter((annotation) => annotation.level === 'error').map((annotation) => annotation.file),
      ['app/err00.py', 'app/err01.py', 'app/err02.py', 'app/err03.py', 'app/err04.py', 'app/err05.py', 'app/err06.py', 'app/err07.py', 'app/err08.py', 'app/err09.py'],
    );
    assert.deepEqual(plan.annotations.at(-1), {
      level: 'notice',
      title: '2 more findings not annotated',
      message: 'GitHub shows 10 annotations of each level per step; 2 errors more are listed in the job summary, the SARIF and the JSON report.',
    });
  });

  it('gives the closing notice one of the 10 notice slots', () => {
    const plan = planAnnotations(many(11, 'notice', 'third-party', 'opt'));
    assert.deepEqual(levels(plan.annotations), { error: 0, warning: 0, notice: 10 });
    assert.deepEqual(plan.omitted, { error: 0, warning: 0, notice: 2 });
    assert.deepEqual(plan.annotations.at(-1), {
      level: 'notice',
      title: '2 more findings not annotated',
      message: 'GitHub shows 10 annotations of each level per step; 2 notices more are listed in the job summary, the SARIF and the JSON report.',
    });
  });

  it('takes the notice slot also when another level overflows', () => {
    const plan = planAnnotations([...many(11, 'error', 'third-party', 'err'), ...many(10, 'notice', 'third-party', 'opt')]);
    assert.deepEqual(levels(plan.annotations), { error: 10, warning: 0, notice: 10 });
    assert.deepEqual(plan.omitted, { error: 1, warning: 0, notice: 1 });
    assert.equal(plan.annotations.at(-1)!.message, 'GitHub shows 10 annotations of each level per step; 1 error, 1 notice more are listed in the job summary, the SARIF and the JSON report.');
    assert.equal(plan.annotations.at(-1)!.title, '2 more findings not annotated');
  });

  it('adds no closing notice when nothing is left out, even at exactly 10 per level', () => {
    const plan = planAnnotations([...many(10, 'error', 'third-party', 'err'), ...many(10, 'warning', 'third-party', 'warn'), ...many(10, 'notice', 'third-party', 'opt')]);
    assert.deepEqual(levels(plan.annotations), { error: 10, warning: 10, notice: 10 });
    assert.deepEqual(plan.omitted, { error: 0, warning: 0, notice: 0 });
    assert.ok(plan.annotations.every((annotation) => !annotation.title.includes('not annotated')));
  });

  it('groups the places that import one missing module into one annotation that names the others', () => {
    const places = ['a', 'b', 'c', 'd', 'e'].map((file, index) => missing('pandas', 'error', 'third-party', { file, line: index + 1 }));
    const plan = planAnnotations([...places].reverse());
    assert.deepEqual(plan.annotations, [
      {
        level: 'error',
        title: 'pandas is missing from the image',
        message: "ModuleNotFoundError: No module named 'pandas'\nImported via: app.main → pandas\nAlso imported at app/b.py:2, app/c.py:3, app/d.py:4 and 1 more place",
        file: 'app/a.py',
        line: 1,
        column: 1,
      },
    ]);
    const six = planAnnotations([...places, missing('pandas', 'error', 'third-party', { file: 'f', line: 6 })]);
    assert.equal(six.annotations[0]!.message.split('\n').at(-1), 'Also imported at app/b.py:2, app/c.py:3, app/d.py:4 and 2 more places');
    const two = planAnnotations(places.slice(0, 2));
    assert.equal(two.annotations[0]!.message.split('\n').at(-1), 'Also imported at app/b.py:2');
  });

  it('keeps a module at different levels in separate groups, and counts a left-out group by its findings', () => {
    const plan = planAnnotations([missing('pandas', 'error', 'third-party', { file: 'a' }), missing('pandas', 'notice', 'third-party', { file: 'b' })]);
    assert.deepEqual(
      plan.annotations.map((annotation) => `${annotation.level} ${annotation.file}`),
      ['error app/a.py', 'notice app/b.py'],
    );
    const crowded = planAnnotations([...many(10, 'error', 'first-party', 'app'), missing('pandas', 'error', 'third-party', { file: 'x' }), missing('pandas', 'error', 'third-party', { file: 'y' })]);
    assert.deepEqual(crowded.omitted, { error: 2, warning: 0, notice: 0 });
    assert.equal(crowded.annotations.at(-1)!.title, '2 more findings not annotated');
  });

  it('ranks first-party before the standard library before third-party, then files in the repository, then shorter chains', () => {
    const plan = planAnnotations([
      missing('unknown_mod', 'error', 'unknown'),
      missing('third_deep', 'error', 'third-party', { depth: 3 }),
      missing('third_shallow', 'error', 'third-party', { depth: 1 }),
      missing('third_outside', 'error', 'third-party', { repo: false }),
      missing('stdlib_mod', 'error', 'stdlib'),
      missing('first_party', 'error', 'first-party', { depth: 4, repo: false }),
      missing('a_notice', 'notice', 'first-party'),
    ]);
    assert.deepEqual(
      plan.annotations.map((annotation) => annotation.title),
      [
        'first_party is missing from the image',
        'stdlib_mod is missing from the image',
        'third_shallow is missing from the image',
        'third_deep is missing from the image',
        'third_outside is missing from the image',
        'unknown_mod is missing from the image',
        'a_notice is missing from the image',
      ],
    );
  });

  it('keeps the first-party finding when third-party ones crowd the budget', () => {
    const plan = planAnnotations([...many(10, 'error', 'third-party', 'dep'), missing('app.services.monitoring', 'error', 'first-party', { repo: false })]);
    assert.equal(plan.annotations[0]!.title, 'app.services.monitoring is missing from the image');
    assert.deepEqual(
      plan.annotations.slice(1, 10).map((annotation) => annotation.file),
      ['app/dep00.py', 'app/dep01.py', 'app/dep02.py', 'app/dep03.py', 'app/dep04.py', 'app/dep05.py', 'app/dep06.py', 'app/dep07.py', 'app/dep08.py'],
    );
    assert.deepEqual(plan.omitted, { error: 1, warning: 0, notice: 0 });
  });

  it('puts one annotation on each line that causes missing modules, first, at the level of the worst finding it causes', () => {
    const causeAt: CauseLocation = { kind: 'excluded', repoPath: '.dockerignore', line: 4, message: '`**/monitoring/` leaves app/services/monitoring/ out of the build context' };
    const excluded: Finding = { ...MONITORING, causeAt };
    const alsoExcluded: Finding = { ...MONITORING, severity: 'notice', module: 'app.services.monitoring.metrics', location: at('/srv/app/jobs.py', 7, 'app/jobs.py'), causeAt };
    const plan = planAnnotations([UJSON, alsoExcluded, excluded]);
    assert.deepEqual(plan.annotations[0], {
      level: 'error',
      title: 'This line leaves 2 modules out of the image',
      message: '`**/monitoring/` leaves app/services/monitoring/ out of the build context, so the image has no app.services.monitoring, app.services.monitoring.metrics.\nImported as app.services.monitoring at app/middleware/auth.py:23, app.services.monitoring.metrics at app/jobs.py:7.',
      file: '.dockerignore',
      line: 4,
      column: 1,
      cause: true,
    });
    assert.deepEqual(plan.annotations.map((annotation) => annotation.cause === true), [true, false, false, false], 'only the rule is marked as a cause');
    assert.deepEqual(plan.annotations.map((annotation) => `${annotation.level} ${annotation.file}:${annotation.line}`), ['error .dockerignore:4', 'error app/middleware/auth.py:23', 'notice app/jobs.py:7', 'notice app/fast.py:2']);
    // Eleven rules for ten error slots: the lines to change fill them, and the imports they break are counted as left out.
    const many = Array.from({ length: 11 }, (_, index): Finding => ({ ...excluded, module: `app.m${index}`, causeAt: { ...causeAt, line: index + 1 } }));
    const crowded = planAnnotations(many);
    assert.equal(crowded.annotations.filter((annotation) => annotation.file === '.dockerignore').length, 10);
    assert.equal(crowded.omitted.error, 11);
  });

  it('titles each kind of finding', () => {
    const base = missing('m', 'error', 'first-party');
    const titles = planAnnotations([
      { ...base, kind: 'missing-name', module: 'config', name: 'SECRET_KEY', location: at('/srv/app/a.py', 1, 'app/a.py') },
      { ...base, kind: 'bad-relative-import', module: '...outside', location: at('/srv/app/b.py', 1, 'app/b.py') },
      { ...base, kind: 'syntax-error', module: 'broken', location: at('/srv/app/c.py', 1, 'app/c.py') },
    ]).annotations.map((annotation) => annotation.title);
    assert.deepEqual(titles, ['config has no SECRET_KEY', 'relative import ...outside fails', 'broken does not parse']);
  });
});

describe('annotationMessage and chainText', () => {
  it('writes the message, cause, guard and chain on their own lines', () => {
    assert.equal(annotationMessage(UJSON), "ModuleNotFoundError: No module named 'ujson'\nGuard: try/except ImportError\nImported via: app.main → app.fast → ujson");
  });

  it('elides the middle of a long chain', () => {
    const long = missing('deep_dep', 'error', 'third-party', { depth: 7 });
    assert.equal(chainText(long), 'app.main → app.m1 → … 3 more … → app.m5 → app.m6 → deep_dep');
    assert.equal(chainText(missing('short', 'error', 'third-party', { depth: 5 })), 'app.main → app.m1 → app.m2 → app.m3 → app.m4 → short');
    assert.equal(chainText({ ...long, chain: [] }), '');
  });
});

describe('formatSummary', () => {
  const linkTo = (path: string, line: number): string => `https://github.com/o/r/blob/abc/${path}#L${line}`;

  it('puts the verdict first, then the table, the scan line, the diagram in <details>, and the unreported imports', () => {
    const summary = formatSummary(report([MONITORING, UJSON, STUBS]), { linkTo });
    const lines = summary.split('\n');
    assert.equal(lines[0], '## ❌ **import-guard: this image will fail to import** (1 error, 0 warnings, 1 notice; fails on error)');
    assert.equal(lines[2], 'Image <code>registry.example/app:1</code> · Python 3.12 (<code>/usr/local/bin/python3</code>) · command <code>gunicorn app.main:app</code>');
    assert.deepEqual(lines.slice(4, 8), [
      '| Severity | Module | What fails, and why |',
      '| --- | --- | --- |',
      "| 🔴 error | <code>app.services.monitoring</code><br>imported at <a href=\"https://github.com/o/r/blob/abc/app/middleware/auth.py#L23\"><code>app/middleware/auth.py:23</code></a> | ModuleNotFoundError: No module named 'app.services.monitoring'<br>cause: excluded by .dockerignore line 4: &#42;&#42;/monitoring/<br>chain: app.main → app.middleware.auth → app.services.monitoring<br>origin: first-party |",
      "| 🔵 notice | <code>ujson</code><br>imported at <a href=\"https://github.com/o/r/blob/abc/app/fast.py#L2\"><code>app/fast.py:2</code></a> | ModuleNotFoundError: No module named 'ujson'<br>chain: app.main → app.fast → ujson<br>guard: try/except ImportError<br>origin: third-party |",
    ]);
    assert.equal(lines[9], '**Scan:** 1 entry point (<code>app.main:app</code>), 12 files read, 40 modules reached, 1 unparsed, 0.25 s.');
    const diagramStart = lines.indexOf('<details><summary>Import chains as a diagram</summary>');
    assert.equal(diagramStart, 11);
    assert.deepEqual(lines.slice(diagramStart + 1, diagramStart + 14), [
      '',
      '```mermaid',
      'graph LR',
      '  m0["app.main"] -->|"app/main.py:5"| m1["app.middleware.auth"]',
      '  m1["app.middleware.auth"] -->|"app/middleware/auth.py:23"| m2["app.services.monitoring"]',
      '  m0["app.main"] -->|"app/main.py:6"| m3["app.fast"]',
      '  m3["app.fast"] -->|"app/fast.py:2"| m4["ujson"]',
      '  class m2 missing',
      '  class m4 missing',
      '  classDef missing fill:#fdd,stroke:#c00',
      '```',
      '',
      '</details>',
    ]);
    const unreported = lines.findIndex((line) => line.startsWith('<details><summary>1 import not reported ('));
    assert.ok(unreported > diagramStart, 'the unreported imports come after the diagram');
    assert.deepEqual(lines.slice(unreported + 2, unreported + 7), [
      '| Severity | Module | What fails, and why |',
      '| --- | --- | --- |',
      "| not reported (type-checking) | <code>mypy&#95;boto3&#95;s3</code><br>imported at <code>/srv/app/types.py:4</code> | ModuleNotFoundError: No module named 'mypy&#95;boto3&#95;s3'<br>chain: app.main → mypy&#95;boto3&#95;s3<br>guard: if TYPE&#95;CHECKING<br>origin: third-party |",
      '',
      '</details>',
    ]);
  });

  it('links nothing without linkTo and draws at most `diagrams` chains', () => {
    const summary = formatSummary(report([MONITORING, UJSON]), { diagrams: 1 });
    assert.ok(summary.includes('<br>imported at <code>app/middleware/auth.py:23</code> |'));
    assert.ok(!summary.includes('<a href'));
    assert.ok(!summary.includes('m3["app.fast"]'));
    assert.ok(summary.includes('  class m2 missing\n  classDef missing fill:#fdd,stroke:#c00\n```'));
    assert.ok(!summary.includes('not reported ('));
  });

  it('escapes pipes, backslashes, newlines and HTML in table cells as character references', () => {
    const odd: Finding = {
      kind: 'missing-module',
      severity: 'warning',
      module: 'a|b',
      location: at('/srv/x.py', 1),
      origin: 'unknown',
      message: 'first | line\nsecond C:\\path & <b>',
      guard: 'inside <lambda>()',
      chain: [],
    };
    const row = formatSummary(report([odd])).split('\n')[6];
    assert.equal(row, '| 🟠 warning | <code>a&#124;b</code><br>imported at <code>/srv/x.py:1</code> | first &#124; line<br>second C:&#92;path &amp; &lt;b&gt;<br>chain: (the entry point itself)<br>guard: inside &lt;lambda&gt;()<br>origin: unknown |');
  });

  it('shows a finding of the image command without a file position', () => {
    const command: Finding = { kind: 'missing-module', severity: 'error', module: 'web', location: { imagePath: '(image command)', line: 0, column: 0 }, origin: 'unknown', message: "gunicorn app argument loads web.app, but: No module named 'web'", chain: [] };
    assert.equal(formatSummary(report([command])).split('\n')[6], "| 🔴 error | <code>web</code><br>(image command) | gunicorn app argument loads web.app, but: No module named 'web'<br>chain: (the entry point itself)<br>origin: unknown |");
  });

  it("links the cause's file and line as it links the import's, and says `at` for a finding that is no import", () => {
    const causeAt: CauseLocation = { kind: 'excluded', repoPath: '.dockerignore', line: 4, message: '**/monitoring/ leaves app/services/monitoring/ out of the build context' };
    const [withLink] = formatSummary(report([{ ...MONITORING, causeAt }]), { linkTo }).split('\n').slice(6);
    assert.equal(
      withLink,
      '| 🔴 error | <code>app.services.monitoring</code><br>imported at <a href="https://github.com/o/r/blob/abc/app/middleware/auth.py#L23"><code>app/middleware/auth.py:23</code></a> | ModuleNotFoundError: No module named \'app.services.monitoring\'<br>cause: excluded by .dockerignore line 4: &#42;&#42;/monitoring/ (<a href="https://github.com/o/r/blob/abc/.dockerignore#L4"><code>.dockerignore:4</code></a>)<br>chain: app.main → app.middleware.auth → app.services.monitoring<br>origin: first-party |',
    );
    assert.ok(formatSummary(report([{ ...MONITORING, causeAt }])).includes('<br>cause: excluded by .dockerignore line 4: &#42;&#42;/monitoring/ (<code>.dockerignore:4</code>)<br>'));
    const syntax: Finding = { kind: 'syntax-error', severity: 'error', module: 'app.old', location: at('/srv/app/old.py', 7, 'app/old.py', 1), origin: 'first-party', message: 'app.old does not parse for Python 3.12', chain: [] };
    assert.ok(formatSummary(report([syntax])).split('\n')[6]!.startsWith('| 🔴 error | <code>app.old</code><br>at <code>app/old.py:7</code> | '));
  });

  it('lets long module and file paths wrap after their dots and slashes, so the table fits GitHub\'s width', () => {
    const deep = missing('acme_platform.services.payment_reconciliation.monitoring', 'error', 'first-party', { file: 'acme_platform/services/payment_reconciliation/__init__' });
    const row = formatSummary(report([deep])).split('\n')[6]!;
    assert.ok(row.startsWith('| 🔴 error | <code>acme&#95;platform.<wbr>services.<wbr>payment&#95;reconciliation.<wbr>monitoring</code><br>imported at <code>app/<wbr>acme&#95;platform/<wbr>services/<wbr>payment&#95;reconciliation/<wbr>&#95;&#95;init&#95;&#95;.<wbr>py:1</code> | '), row);
  });

  it('says every import resolves when nothing is reported, with no table and no diagram', () => {
    const summary = formatSummary(report([], 'pass'));
    assert.equal(
      summary,
      [
        '## ✅ **import-guard: every import resolves** (0 errors, 0 warnings, 0 notices)',
        '',
        'Image <code>registry.example/app:1</code> · Python 3.12 (<code>/usr/local/bin/python3</code>) · command <code>gunicorn app.main:app</code>',
        '',
        'No import from the entry points fails in this image.',
        '',
        '**Scan:** 1 entry point (<code>app.main:app</code>), 12 files read, 40 modules reached, 1 unparsed, 0.25 s.',
        '',
      ].join('\n'),
    );
  });
});

describe('toJsonReport', () => {
  it('holds every finding with the repository path where known, the image path otherwise', () => {
    assert.deepEqual(jsonReport(report([MONITORING, UJSON, STUBS])), {
      schemaVersion: REPORT_SCHEMA_VERSION,
      result: 'fail',
      failOn: 'error',
      image: { label: 'registry.example/app:1', location: 'docker:registry.example/app:1' },
      python: { executable: '/usr/local/bin/python3', version: '3.12', readAs: '3.12', known: knownVersions() },
      command: ['gunicorn', 'app.main:app'],
      entryPoints: [{ module: 'app.main:app', imagePath: '/srv/app/main.py', how: 'gunicorn app argument' }],
      counts: { error: 1, warning: 0, notice: 1, unreported: 1 },
      findings: [
        {
          kind: 'missing-module',
          severity: 'error',
          reported: true,
          module: 'app.services.monitoring',
          message: "ModuleNotFoundError: No module named 'app.services.monitoring'",
          file: 'app/middleware/auth.py',
          line: 23,
          column: 1,
          imagePath: '/srv/app/middleware/auth.py',
          guard: null,
          origin: 'first-party',
          inCheckout: null,
          severityReason: null,
          cause: 'excluded by .dockerignore line 4: **/monitoring/',
          causeAt: null,
          chain: [
            { module: 'app.middleware.auth', file: 'app/main.py', line: 5 },
            { module: 'app.services.monitoring', file: 'app/middleware/auth.py', line: 23 },
          ],
          boot: null,
        },
        {
          kind: 'missing-module',
          severity: 'notice',
          reported: true,
          module: 'ujson',
          message: "ModuleNotFoundError: No module named 'ujson'",
          file: 'app/fast.py',
          line: 2,
          column: 5,
          imagePath: '/srv/app/fast.py',
          guard: 'try/except ImportError',
          origin: 'third-party',
          inCheckout: null,
          severityReason: null,
          cause: null,
          causeAt: null,
          chain: [
            { module: 'app.fast', file: 'app/main.py', line: 6 },
            { module: 'ujson', file: 'app/fast.py', line: 2 },
          ],
          boot: null,
        },
        {
          kind: 'missing-module',
          severity: 'warning',
          reported: false,
          unreported: 'type-checking',
          module: 'mypy_boto3_s3',
          message: "ModuleNotFoundError: No module named 'mypy_boto3_s3'",
          file: '/srv/app/types.py',
          line: 4,
          column: 5,
          imagePath: '/srv/app/types.py',
          guard: 'if TYPE_CHECKING',
          origin: 'third-party',
          inCheckout: null,
          severityReason: null,
          cause: null,
          causeAt: null,
          chain: [{ module: 'mypy_boto3_s3', file: '/srv/app/types.py', line: 4 }],
          boot: null,
        },
      ],
      stats: { entryPoints: 1, files: 12, modules: 40, unparsed: 1, seconds: 0.25 },
      boot: null,
    });
  });

  it('adds the name of a missing-name finding', () => {
    const json = jsonReport(report([{ ...MONITORING, kind: 'missing-name', module: 'config', name: 'SECRET_KEY' }]));
    assert.equal(json.findings[0]!.name, 'SECRET_KEY');
    assert.equal(json.findings[0]!.kind, 'missing-name');
    assert.equal((parseJsonReport(JSON.stringify(json))).findings[0]!.name, 'SECRET_KEY');
  });
});

describe('formatScanText', () => {
  const PLAIN = [
    'import-guard FAIL: 1 error, 0 warnings, 1 notice (fails on error)',
    'image registry.example/app:1 (docker:registry.example/app:1), Python 3.12 /usr/local/bin/python3',
    'entry points: app.main:app (gunicorn app argument)',
    '',
    'error   app/middleware/auth.py:23:1  app.services.monitoring is missing from the image',
    "        ModuleNotFoundError: No module named 'app.services.monitoring'",
    '        origin: first-party; cause: excluded by .dockerignore line 4: **/monitoring/',
    '        chain: app.main',
    '          -> app/main.py:5 imports app.middleware.auth',
    '          -> app/middleware/auth.py:23 imports app.services.monitoring',
    '',
    'notice  app/fast.py:2:5  ujson is missing from the image',
    "        ModuleNotFoundError: No module named 'ujson'",
    '        origin: third-party',
    '        guard: try/except ImportError',
    '        chain: app.main',
    '          -> app/main.py:6 imports app.fast',
    '          -> app/fast.py:2 imports ujson',
    '',
  ];

  it('writes plain text without colour codes when color is false', () => {
    const text = formatScanText(report([MONITORING, UJSON, STUBS]));
    assert.equal(text, [...PLAIN, '12 files scanned, 40 modules reached, 1 unparsed, 0.25 s; 1 import not reported (type-checking only, dead branches, ignored or accepted by the baseline; --format json lists them)', ''].join('\n'));
    assert.ok(!text.includes('\x1b'));
    assert.equal(formatScanText(report([MONITORING, UJSON, STUBS]), false), text);
  });

  it('counts in the singular and plural and leaves out the unreported note when there is none', () => {
    const one = { ...report([MONITORING]), stats: { entryPoints: 1, files: 1, modules: 1, unparsed: 0, seconds: 1 } };
    assert.equal(formatScanText(one).split('\n').at(-2), '1 file scanned, 1 module reached, 0 unparsed, 1.00 s');
    const two = report([STUBS, { ...STUBS, module: 'other' }], 'pass');
    assert.equal(formatScanText(two).split('\n').at(-2), '12 files scanned, 40 modules reached, 1 unparsed, 0.25 s; 2 imports not reported (type-checking only, dead branches, ignored or accepted by the baseline; --format json lists them)');
    assert.equal(formatScanText(two).split('\n')[0], 'import-guard PASS: 0 errors, 0 warnings, 0 notices (fails on error)');
  });

  it('paints severity, place, verdict and chain with ANSI codes when color is true', () => {
    const lines = formatScanText(report([MONITORING, UJSON]), true).split('\n');
    assert.equal(lines[0], '\x1b[1mimport-guard\x1b[0m \x1b[31mFAIL\x1b[0m: 1 error, 0 warnings, 1 notice (fails on error)');
    assert.equal(lines[4], '\x1b[31merror  \x1b[0m \x1b[1mapp/middleware/auth.py:23:1\x1b[0m  app.services.monitoring is missing from the image');
    assert.equal(lines[8], '\x1b[2m          -> app/main.py:5 imports app.middleware.auth\x1b[0m');
    assert.equal(lines[11], '\x1b[36mnotice \x1b[0m \x1b[1mapp/fast.py:2:5\x1b[0m  ujson is missing from the image');
    const pass = formatScanText(report([], 'pass'), true).split('\n')[0];
    assert.equal(pass, '\x1b[1mimport-guard\x1b[0m \x1b[32mPASS\x1b[0m: 0 errors, 0 warnings, 0 notices (fails on error)');
  });
});

describe('formatWorkflowCommands', () => {
  it('escapes %, CR and LF in messages, and also : and , in properties', () => {
    const text = formatWorkflowCommands([
      { level: 'error', title: 'odd: a, b 100%', message: '100% sure\nsecond line\r', file: 'src/odd,name:x.py', line: 3, column: 5 },
      { level: 'notice', title: '2 more findings not annotated', message: 'see the summary' },
    ]);
    assert.equal(text, '::error file=src/odd%2Cname%3Ax.py,line=3,col=5,title=odd%3A a%2C b 100%25::100%25 sure%0Asecond line%0D\n::notice title=2 more findings not annotated::see the summary\n');
  });

  it('writes nothing for no annotations', () => {
    assert.equal(formatWorkflowCommands([]), '');
  });
});

describe('RepositoryMap', () => {
  const files = ['src/app/main.py', 'app/main.py', 'app/services/__init__.py', 'app/services/auth.py', 'backend/app/jobs.py', 'app/plugins/extra/hook.py', 'README.md', 'main.py'];

  it('maps an image path to the longest repository path it ends with', () => {
    const map = new RepositoryMap(files);
    assert.equal(map.size, 8);
    assert.equal(map.toRepo('/srv/src/app/main.py'), 'src/app/main.py');
    assert.equal(map.toRepo('/srv/app/main.py'), 'app/main.py');
    assert.equal(map.toRepo('/main.py'), 'main.py');
    assert.equal(map.toRepo('/opt/main.py'), 'main.py');
    assert.equal(map.toRepo('/srv/app/other.py'), undefined);
    assert.equal(map.toRepo('/srv/xapp/main.py'), 'main.py');
  });

  it('matches a checkout folder copied to another place by the longest common tail, and gives up on a tie', () => {
    const map = new RepositoryMap(['services/api/netra/app/main.py', 'services/api/netra/app/__init__.py', 'tools/netra/app/main.py', 'lib/other/__init__.py']);
    assert.equal(map.toRepo('/srv/api/netra/app/main.py'), 'services/api/netra/app/main.py');
    assert.equal(map.toRepo('/srv/netra/app/main.py'), undefined, 'two checkout files share netra/app/main.py');
    assert.equal(map.toRepo('/srv/netra/app/__init__.py'), 'services/api/netra/app/__init__.py');
    assert.equal(map.toRepo('/usr/lib/python3/dist-packages/yaml/__init__.py'), undefined, 'a file name alone is no match');
  });

  it('finds the folders the image imports from, and counts only sources under them', () => {
    const map = new RepositoryMap(['src/app/__init__.py', 'src/app/main.py', 'src/app/services/billing.py', 'tests/fixtures/requests.py', 'tests/fixtures/app/services/audit.py', 'scripts/manage.py']);
    const roots = map.importRoots([
      { module: 'app.main', imagePath: '/srv/app/main.py' },
      { module: '__main__', imagePath: '/srv/scripts/manage.py' },
      { module: 'yaml', imagePath: '/usr/lib/python3/dist-packages/yaml/__init__.py' },
    ]);
    assert.deepEqual([...roots].sort(), ['scripts', 'src']);
    assert.equal(map.hasModule('requests'), true, 'by file name alone, any requests.py');
    assert.equal(map.hasModule('requests', roots), false, 'not under a folder the image imports from');
    assert.deepEqual(map.moduleSources('app.services.billing', roots), ['src/app/services/billing.py']);
    assert.deepEqual(map.moduleSources('app.services.audit', roots), []);
    assert.deepEqual(map.moduleSources('app.services', roots), ['src/app/services/billing.py'], 'a namespace folder under a root');
  });

  it('uses an explicit map first, the longest image folder winning, and nothing else when it names no file', () => {
    const map = new RepositoryMap(files, [
      { image: '/srv', repo: 'backend' },
      { image: '/srv/special/', repo: './app/' },
      { image: '/root', repo: '' },
    ]);
    assert.equal(map.toRepo('/srv/app/jobs.py'), 'backend/app/jobs.py');
    assert.equal(map.toRepo('/srv/special/services/auth.py'), 'app/services/auth.py');
    assert.equal(map.toRepo('/srv/app/main.py'), undefined);
    assert.equal(map.toRepo('/root/README.md'), 'README.md');
    assert.equal(map.toRepo('/srvx/app/main.py'), 'app/main.py');
  });

  const MONOREPO = ['services/a/app/__init__.py', 'services/a/app/main.py', 'services/a/run.py', 'services/b/app/__init__.py', 'services/b/app/main.py', 'services/c/app/main.py', 'test/fixtures/c/app/main.py'];

  it("maps by what the build copied (the context and the Dockerfile's COPY steps) before the file names, the latest copy first", () => {
    const map = new RepositoryMap(MONOREPO, [], {
      context: 'services/b',
      copies: [
        { source: 'run.py', destination: '/srv/' },
        { source: 'app', destination: '/srv/app/' },
        { source: '.', destination: '/opt/all/' },
      ],
    });
    assert.equal(map.toRepo('/srv/app/main.py'), 'services/b/app/main.py');
    assert.equal(map.toRepo('/opt/all/app/__init__.py'), 'services/b/app/__init__.py');
    // services/b has no run.py: the copy names nothing of the checkout, and a file name alone is no match.
    assert.equal(map.toRepo('/srv/run.py'), undefined);
    assert.deepEqual(map.ambiguities(), []);
  });

  it('prefers the build context among equal matches, and names the candidates when the checkout still cannot tell', () => {
    const inC = new RepositoryMap(MONOREPO, [], { context: 'services/c', copies: [] });
    assert.equal(inC.toRepo('/srv/app/main.py'), 'services/c/app/main.py');
    const root = new RepositoryMap(MONOREPO, [], { context: '', copies: [] });
    assert.equal(root.toRepo('/srv/app/main.py'), undefined);
    assert.deepEqual(root.ambiguities(), [{ imagePath: '/srv/app/main.py', candidates: ['services/a/app/main.py', 'services/b/app/main.py', 'services/c/app/main.py', 'test/fixtures/c/app/main.py'] }]);
    assert.match(root.ambiguityWarning() ?? '', /^1 image path matches several files of the checkout, so its findings do not point at the repository: "\/srv\/app\/main\.py" \("services\/a\/app\/main\.py", .*\)\. Set path-map/);
    assert.equal(root.ambiguityWarning((imagePath) => !imagePath.startsWith('/srv/')), undefined);
  });

  it('tells whether the repository holds a module as a file, a package or a namespace folder', () => {
    const map = new RepositoryMap(files);
    assert.equal(map.hasModule('app.main'), true);
    assert.equal(map.hasModule('app.services'), true);
    assert.equal(map.hasModule('app.services.auth'), true);
    assert.equal(map.hasModule('app.jobs'), true);
    assert.equal(map.hasModule('app.plugins'), true);
    assert.equal(map.hasModule('app.plugins.extra'), true);
    assert.equal(map.hasModule('app.services.monitoring'), false);
    assert.equal(map.hasModule('app.servic'), false);
    assert.equal(map.hasModule('README'), false);
    assert.equal(map.hasModule('requests'), false);
  });
});

describe('parsePathMap', () => {
  it('reads image=repo lines, skipping blanks and comments; `.` is the repository root', () => {
    assert.deepEqual(parsePathMap(['/srv=.', '  /app = src  ', '# a comment', '', '/opt/x=lib/']), [
      { image: '/srv', repo: '' },
      { image: '/app', repo: 'src' },
      { image: '/opt/x', repo: 'lib/' },
    ]);
    assert.deepEqual(parsePathMap([]), []);
  });

  it('refuses a line that is not /image/folder=repository/folder', () => {
    const expected = (line: string) => ({ error: `path-map line ${JSON.stringify(line)} is not of the form /image/folder=repository/folder, for example /srv=. or /app=src` });
    assert.deepEqual(parsePathMap(['srv=.']), expected('srv=.'));
    assert.deepEqual(parsePathMap(['/srv']), expected('/srv'));
    assert.deepEqual(parsePathMap(['/srv=.', '=src']), expected('=src'));
  });
});

describe('moduleMatcher', () => {
  it('lets a plain name cover the module and its submodules', () => {
    const matches = moduleMatcher(['yaml']);
    assert.deepEqual(['yaml', 'yaml.constructor', 'yaml.a.b', 'yamlx', 'pyyaml', 'ruamel.yaml'].map(matches), [true, true, true, false, false, false]);
  });

  it('lets `*` stand for one name: boto3.* covers what is below boto3, not boto3 itself', () => {
    const matches = moduleMatcher(['boto3.*']);
    assert.deepEqual(['boto3', 'boto3.session', 'boto3.s3.transfer', 'botocore', 'boto3x.session'].map(matches), [false, true, true, false, false]);
    const middle = moduleMatcher(['app.*.models']);
    assert.deepEqual(['app.blog.models', 'app.blog.models.user', 'app.a.b.models', 'app.models'].map(middle), [true, true, false, false]);
  });

  it('lets `**` cross dots', () => {
    const matches = moduleMatcher(['tests.**']);
    assert.deepEqual(['tests', 'tests.unit', 'tests.unit.test_api', 'testsuite.x'].map(matches), [false, true, true, false]);
    const middle = moduleMatcher(['app.**.models']);
    assert.deepEqual(['app.blog.models', 'app.a.b.models', 'app.models'].map(middle), [true, true, false]);
  });

  it('matches any of several patterns, and nothing for none', () => {
    const matches = moduleMatcher(['yaml', '*.tests']);
    assert.deepEqual(['yaml.x', 'app.tests', 'app.tests.unit', 'a.b.tests', 'tests'].map(matches), [true, true, true, false, false]);
    assert.equal(moduleMatcher([])('anything'), false);
  });
});

describe('the boot in reports', () => {
  const PROVEN: Finding = { ...MONITORING, boot: { mode: 'import', predicted: true, exception: 'ModuleNotFoundError', exceptionMessage: "No module named 'app.services.monitoring'", target: 'app.main:app', logLine: 2 } };
  const FAILED_LOG = ['import-guard: importing app.main:app failed', 'Traceback (most recent call last):', '  File "/srv/app/main.py", line 5, in <module>', "ModuleNotFoundError: No module named 'app.services.monitoring'", ''].join('\n');
  const failedBoot = { mode: 'import' as const, ok: false, outcome: '1 of 1 entry point failed to import with /usr/local/bin/python3: app.main:app', seconds: 0.8, exitCode: 1, logs: FAILED_LOG };

  it('says what the boot proved, without repeating the message, in annotations and the summary', () => {
    assert.equal(annotationMessage(PROVEN).split('\n')[2], 'Confirmed at boot: importing app.main:app in the image raised this ModuleNotFoundError');
    const other: Finding = { ...PROVEN, boot: { mode: 'serve', predicted: true, exception: 'RuntimeError', exceptionMessage: 'cache backend unavailable\nmore detail' } };
    assert.equal(annotationMessage(other).split('\n')[2], "Confirmed at boot: running the image's own command raised RuntimeError: cache backend unavailable");
    const onlyAtBoot: Finding = { ...MONITORING, boot: { mode: 'import', predicted: false, exception: 'KeyError', exceptionMessage: "'X'", target: 'app.main:app' } };
    assert.equal(annotationMessage(onlyAtBoot).split('\n')[2], 'Found only at boot, importing app.main:app in the image; the static walk did not predict it');
    assert.match(formatSummary(report([PROVEN])), /<br>Confirmed at boot: importing app\.main:app in the image raised this ModuleNotFoundError<br>origin: first-party \|/);
  });

  it('puts the boot verdict after the scan line, with the log in <details>, open when the boot failed', () => {
    const failed = formatSummary({ ...report([PROVEN]), boot: failedBoot });
    assert.ok(failed.includes(`**Boot:** ❌ import boot failed: 1 of 1 entry point failed to import with /usr/local/bin/python3: app.main:app\n\n<details open><summary>The boot log</summary>\n\n\`\`\`text\n${FAILED_LOG.trimEnd()}\n\`\`\`\n\n</details>\n`), failed);
    const passed = formatSummary({ ...report([]), result: 'pass', boot: { mode: 'serve', ok: true, outcome: 'GET /health answered 200 after 1.2 s', seconds: 1.2, logs: '' } });
    assert.ok(passed.includes('**Boot:** ✅ serve boot passed: GET /health answered 200 after 1.2 s\n\nThe container wrote nothing to its log.\n'), passed);
    assert.ok(formatSummary({ ...report([]), boot: { mode: 'none', reason: 'boot is none' } }).includes('**Boot:** ➖ not booted: boot is none\n'));
    assert.ok(formatSummary({ ...report([]), boot: { mode: 'import', error: 'the Docker daemon does not answer' } }).includes('**Boot:** ⚠️ could not boot (import): the Docker daemon does not answer\n'));
  });

  it('says in the verdict whether imports fail, the boot alone fails, or the image was shown to boot', () => {
    assert.equal(headline({ ...report([PROVEN]), boot: failedBoot }), 'this image will fail to import');
    const bootOnly: Finding = { kind: 'boot-failure', severity: 'error', module: '(image command)', location: at('(image command)', 7, 'Dockerfile'), origin: 'unknown', message: 'The serve boot failed: the process exited with status 1 after 0.4 s', chain: [], boot: { mode: 'serve', predicted: false } };
    assert.equal(headline(report([bootOnly, UJSON])), 'this image fails to boot');
    const passed = { ...report([UJSON], 'pass'), boot: { mode: 'import' as const, ok: true, outcome: 'imported', seconds: 0.5, logs: '' } };
    assert.equal(verdictLine(passed), '✅ **import-guard: every import resolves and the image boots** (0 errors, 0 warnings, 1 notice)');
    assert.equal(headline({ ...passed, boot: { mode: 'none', reason: 'boot is none' } }), 'every import resolves');
  });

  it('keeps a log with backticks in one code block', () => {
    const summary = formatSummary({ ...report([]), boot: { ...failedBoot, logs: 'a ``` fence\nand ```` a longer one\n' } });
    assert.ok(summary.includes('`````text\na ``` fence\nand ```` a longer one\n`````'), summary);
  });

  it('shows the tail of a long log, the last traceback whole with the record that introduces it', () => {
    const records = Array.from({ length: 100 }, (_, index) => `[INFO] record ${index}`);
    const traceback = ['[ERROR] Exception in worker process', 'Traceback (most recent call last):', ...Array.from({ length: 30 }, (_, index) => `  File "/srv/app/m${index}.py", line 1, in <module>`), 'KeyError: x'];
    const tail = logTail([...records, ...traceback, ...records.slice(0, 20)].join('\n'), 40);
    assert.equal(tail.lines[0], '[ERROR] Exception in worker process');
    assert.equal(tail.lines.length, 53);
    assert.equal(tail.omitted, 100);
    const plain = logTail(records.join('\n'), 40);
    assert.deepEqual([plain.lines[0], plain.lines.length, plain.omitted], ['[INFO] record 60', 40, 60]);
    assert.deepEqual(logTail('\n\n'), { lines: [], omitted: 0 });
  });

  it('prints the boot verdict in text, with the last words of a failed boot', () => {
    const lines = formatScanText({ ...report([PROVEN]), boot: failedBoot }).split('\n');
    assert.ok(lines.includes('        Confirmed at boot: importing app.main:app in the image raised this ModuleNotFoundError'));
    const verdict = lines.indexOf('import boot failed: 1 of 1 entry point failed to import with /usr/local/bin/python3: app.main:app');
    assert.ok(verdict > 0, lines.join('\n'));
    assert.deepEqual(lines.slice(verdict + 1, verdict + 3), ['  | import-guard: importing app.main:app failed', '  | Traceback (most recent call last):']);
  });

  it('holds the boot and each finding’s proof in the JSON report', () => {
    const json = jsonReport({ ...report([PROVEN, UJSON]), boot: failedBoot });
    assert.deepEqual(json.boot, failedBoot);
    assert.deepEqual(json.findings.map((finding) => finding.boot?.predicted ?? null), [true, null]);
    assert.equal(jsonReport(report([])).boot, null);
  });
});
