// Text from a hostile image in every report: no workflow command, no Markdown, no mention, no
// live link, no terminal escape sequence, and a job summary that stays under GitHub's limit.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as core from '@actions/core';
import { API_SUMMARY_BYTES, formatSummary, JOB_SUMMARY_BYTES, logTail } from '../../src/report/summary.ts';
import { COMMENT_LIMIT, SUMMARY_LIMIT } from '../../src/github/publish.ts';
import { formatInspectMarkdown } from '../../src/report/inspect-markdown.ts';
import { markdownText, mermaidLabel, withBreaks } from '../../src/report/markdown.ts';
import { neutralizeJsonCommands, neutralizeWorkflowCommands, showControls } from '../../src/report/log-text.ts';
import { planAnnotations } from '../../src/report/annotations.ts';
import type { BootReport, Finding, ScanReport } from '../../src/report/findings.ts';
import { formatScanText, formatWorkflowCommands } from '../../src/report/text.ts';
import type { InspectReport } from '../../src/guard.ts';
import { knownVersions } from '../../src/python/stdlib.ts';
import { at, hop, sampleReport } from '../helpers/reports.ts';
import { workflowCommands } from '../helpers/workflow-commands.ts';

/** Everything an image has put in a name, a command word or a message to take over a report. */
const HOSTILE = [
  '__init__.py',
  '\n::error file=x::pwned',
  '\r::stop-commands::x',
  '\n  ::warning::indented',
  '\u00a0::notice::nbsp',
  'tail ##[error]old form',
  '\n# ✅ every import resolves',
  '\n```',
  '@octocat',
  '[x](https://evil)',
  '![t](https://evil/t.png)',
  '<img src=x>',
  '~~gone~~ *b* $x$ #12 www.evil.com a|b &amp;',
  '\x1b[2J\x9b31m\u202e',
].join(' ');

const FINDING: Finding = {
  kind: 'missing-module',
  severity: 'error',
  module: `app.${HOSTILE}`,
  location: at('/srv/app/main.py', 3, 'app/main.py', 1),
  origin: 'first-party',
  message: `ModuleNotFoundError: ${HOSTILE}`,
  cause: `excluded by ${HOSTILE}`,
  chain: [hop(`__main__ ${HOSTILE}`, `app.${HOSTILE}`, at('/srv/app/main.py', 3, 'app/main.py', 1))],
};

const BOOT_LOG = ['booting', '::error file=app.py::from the log', '```', '</details>', '\x1b[2J cleared', 'Traceback (most recent call last):', `  File "/srv/app/main.py", line 3, in <module>`, `ModuleNotFoundError: ${HOSTILE}`].join('\n');

function hostileReport(overrides: Partial<ScanReport> = {}): ScanReport {
  const boot: BootReport = { mode: 'import', ok: false, outcome: `1 of 1 entry point failed: ${HOSTILE}`, seconds: 1, exitCode: 1, logs: BOOT_LOG };
  return sampleReport([FINDING], {
    image: { label: `evil:1 ${HOSTILE}`, location: `docker:evil:1 ${HOSTILE}` },
    command: ['python', HOSTILE],
    entryPoints: [{ module: HOSTILE, how: `python ${HOSTILE}` }],
    boot,
    ...overrides,
  });
}

/** What the step prints when @actions/core writes: every byte it sends to stdout. */
function printed(write: () => void): string {
  const chunks: string[] = [];
  const original = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  });
  try {
    write();
  } finally {
    process.stdout.write = original;
  }
  return chunks.join('');
}

describe('log lines with image text', () => {
  it('neutralizes every line that would start a workflow command, in both forms the runner reads', () => {
    assert.equal(
      neutralizeWorkflowCommands(HOSTILE),
      '__init__.py \n\\::error file=x::pwned \r\\::stop-commands::x \n  \\::warning::indented \u00a0::notice::nbsp tail ##\\[error]old form \n# ✅ every import resolves \n``` @octocat [x](https://evil) ![t](https://evil/t.png) <img src=x> ~~gone~~ *b* $x$ #12 www.evil.com a|b &amp; \x1b[2J\x9b31m\u202e',
    );
    assert.equal(neutralizeWorkflowCommands('::error::at the start\r\n\t\v\f\u2003\u3000\ufeff::warning::blanks\u2028::debug::x'), '\\::error::at the start\r\n\t\v\f\u2003\u3000\ufeff\\::warning::blanks\u2028\\::debug::x');
    assert.deepEqual(workflowCommands(neutralizeWorkflowCommands(`note: ${HOSTILE}`)), []);
    assert.deepEqual(workflowCommands(`note: ${HOSTILE}`).map((command) => command.name), ['error', 'stop-commands'], 'without it, the runner makes an annotation and stops reading commands');
  });

  it('takes time linear in the text, whatever its blanks and line breaks', () => {
    const started = performance.now();
    for (const text of ['\n'.repeat(2_000_000), `\n${' '.repeat(2_000_000)}x`, `\r${'\t'.repeat(2_000_000)}:`, '\r\n'.repeat(1_000_000)]) neutralizeWorkflowCommands(text);
    assert.ok(performance.now() - started < 2000, `${performance.now() - started} ms`);
  });

  it('keeps a JSON report the same value, with no ##[ in it', () => {
    const json = JSON.stringify({ module: HOSTILE }, null, 2);
    const safe = neutralizeJsonCommands(json);
    assert.deepEqual(JSON.parse(safe), { module: HOSTILE });
    assert.deepEqual(workflowCommands(safe), []);
    assert.equal(workflowCommands(json).length, 1);
  });

  it('relies on @actions/core to keep a warning, an error, an annotation and a failure on one escaped line', () => {
    const output = printed(() => {
      core.warning(HOSTILE);
      core.error(HOSTILE, { title: HOSTILE, file: `app/${HOSTILE}.py`, startLine: 3 });
      core.setFailed(`import-guard: ${HOSTILE}`);
      core.startGroup(HOSTILE);
      core.endGroup();
    });
    process.exitCode = 0;
    const commands = workflowCommands(output);
    assert.deepEqual(commands.map((command) => command.name), ['warning', 'error', 'error', 'group', 'endgroup']);
    assert.deepEqual(commands.map((command) => command.data), [HOSTILE, HOSTILE, `import-guard: ${HOSTILE}`, HOSTILE, '']);
    assert.deepEqual(commands[1]!.properties, { title: HOSTILE, file: `app/${HOSTILE}.py`, line: '3' });
  });
});

describe('--format github', () => {
  it('escapes data and properties as the runner unescapes them: one command per annotation, text intact', () => {
    const annotations = planAnnotations([FINDING]).annotations;
    const commands = workflowCommands(formatWorkflowCommands(annotations));
    assert.equal(commands.length, 1);
    assert.deepEqual(commands[0], {
      name: 'error',
      properties: { file: 'app/main.py', line: '3', col: '1', title: annotations[0]!.title },
      data: annotations[0]!.message,
      line: formatWorkflowCommands(annotations).trimEnd(),
    });
    assert.ok(annotations[0]!.title.includes('\n::error file=x::pwned') && annotations[0]!.message.includes('\r::stop-commands::x'));
    const percent = formatWorkflowCommands([{ level: 'warning', title: 'a:b,c%0A', message: '100%0A\r\nx', file: 'd,e:f.py' }]);
    assert.equal(percent, '::warning file=d%2Ce%3Af.py,title=a%3Ab%2Cc%250A::100%250A%0D%0Ax\n');
    assert.deepEqual(workflowCommands(percent).map((command) => [command.properties, command.data]), [[{ file: 'd,e:f.py', title: 'a:b,c%0A' }, '100%0A\r\nx']]);
  });
});

describe('Markdown with image text', () => {
  it('writes each special character as a character reference, cuts mentions, links and line breaks, and shows control characters', () => {
    assert.equal(markdownText('__init__.py and __main__'), '&#95;&#95;init&#95;&#95;.py and &#95;&#95;main&#95;&#95;');
    assert.equal(markdownText('x\n# ✅ every import resolves\r\n```'), 'x<br>&#35;&#8288; ✅ every import resolves<br>&#96;&#96;&#96;');
    assert.equal(markdownText('@octocat @org/team me@example.com'), '@&#8288;octocat @&#8288;org/team me@&#8288;example.com');
    assert.equal(markdownText('[x](https://evil) ![t](https://evil/t.png)'), '&#91;x&#93;(https:&#8288;//evil) &#33;&#91;t&#93;(https:&#8288;//evil/t.png)');
    assert.equal(markdownText('see www.evil.com or WWW.evil.com'), 'see w&#8288;ww.evil.com or W&#8288;WW.evil.com');
    assert.equal(markdownText('<img src=x> &amp; <!-- c --> </details>'), '&lt;img src=x&gt; &amp;amp; &lt;&#33;-- c --&gt; &lt;/details&gt;');
    assert.equal(markdownText('~~s~~ *b* $x$ a|b \\* #12'), '&#126;&#126;s&#126;&#126; &#42;b&#42; &#36;x&#36; a&#124;b &#92;&#42; &#35;&#8288;12');
    assert.equal(markdownText('\x1b[2J\x9b\u202e\0'), '&#92;x1b&#91;2J&#92;x9b&#92;u202e&#92;0');
    assert.equal(markdownText('a'.repeat(600)), `${'a'.repeat(500)}… (100 more characters)`);
  });

  it('lets a word of over 40 characters wrap after its / and . with <wbr>, counting a character reference as one character', () => {
    const path = markdownText('/opt/venv/lib/python3.12/site-packages/acme/__init__.py:22');
    assert.equal(withBreaks(path), '/opt/<wbr>venv/<wbr>lib/<wbr>python3.<wbr>12/<wbr>site-packages/<wbr>acme/<wbr>&#95;&#95;init&#95;&#95;.<wbr>py:22');
    // 40 characters: as it is, though its references take 60.
    const forty = markdownText(`${'_'.repeat(10)}/${'a'.repeat(27)}.b`);
    assert.equal(withBreaks(forty), forty);
    assert.equal(withBreaks(markdownText(`${'_'.repeat(10)}/${'a'.repeat(28)}.b`)), `${'&#95;'.repeat(10)}/<wbr>${'a'.repeat(28)}.<wbr>b`);
    // Short words keep their dots; a run of separators takes one break, after its last.
    assert.equal(withBreaks(`app.main and ${'x'.repeat(40)}//..y`), `app.main and ${'x'.repeat(40)}//..<wbr>y`);
  });

  it('keeps Mermaid labels to letters, digits and ./:- and writes the rest as Mermaid entities', () => {
    assert.equal(mermaidLabel('app.main'), 'app.main');
    // Mermaid reads Markdown in labels: a raw `__init__` would be drawn as a bold "init".
    assert.equal(mermaidLabel('app/__init__.py:3'), 'app/#95;#95;init#95;#95;.py:3');
    assert.equal(mermaidLabel('a"b\n```<img>|[x]'), 'a#34;b#10;#96;#96;#96;#60;img#62;#124;#91;x#93;');
  });

  it('renders a hostile finding, command and boot as text: one heading, one table, no mention, link, image or HTML', () => {
    const summary = formatSummary(hostileReport(), { linkTo: (file, line) => `https://github.com/o/r/blob/abc/${file}#L${line}` });
    const lines = summary.split('\n');
    const h = markdownText(HOSTILE);
    assert.equal(
      h,
      '&#95;&#95;init&#95;&#95;.py <br>::error file=x::pwned <br>::stop-commands::x <br>  ::warning::indented \u00a0::notice::nbsp tail &#35;&#8288;&#35;&#8288;&#91;error&#93;old form <br>&#35;&#8288; ✅ every import resolves <br>&#96;&#96;&#96; @&#8288;octocat &#91;x&#93;(https:&#8288;//evil) &#33;&#91;t&#93;(https:&#8288;//evil/t.png) &lt;img src=x&gt; &#126;&#126;gone&#126;&#126; &#42;b&#42; &#36;x&#36; &#35;&#8288;12 w&#8288;ww.evil.com a&#124;b &amp;amp; &#92;x1b&#91;2J&#92;x9b31m&#92;u202e',
    );
    // The summary lets a word of over 40 characters wrap after its `/` and `.`: none here is that long.
    const wrapped = withBreaks(h);
    assert.equal(wrapped, h);
    assert.equal(lines[2], `Image <code>evil:1 ${wrapped}</code> · Python 3.12.4 (<code>/usr/local/bin/python3</code>) · command <code>python ${wrapped}</code>`);
    assert.deepEqual(lines.slice(4, 7), [
      '| Severity | Module | What fails, and why |',
      '| --- | --- | --- |',
      `| 🔴 error | <code>app.${wrapped}</code><br>imported at <a href="https://github.com/o/r/blob/abc/app/main.py#L3"><code>app/main.py:3</code></a> | ModuleNotFoundError: ${wrapped}<br>cause: excluded by ${wrapped}<br>chain: ${withBreaks(markdownText(`__main__ ${HOSTILE} → app.${HOSTILE}`))}<br>origin: first-party |`,
    ]);
    assert.equal(lines[7], '');
    assert.match(lines[8]!, /^\*\*Scan:\*\* /);
    // Outside the code blocks (the boot log, the diagram), nothing raw that Markdown or HTML would act on.
    const open = lines.indexOf('````text');
    const close = lines.indexOf('````', open + 1);
    assert.ok(open > 0 && close > open, summary);
    const mermaidAt = lines.indexOf('```mermaid');
    const mermaid = lines.slice(mermaidAt, lines.indexOf('```', mermaidAt + 1) + 1);
    assert.equal(mermaid.length, 6, mermaid.join('\n'));
    assert.ok(mermaid.slice(2, -1).every((line) => /^ {2}[ -~]*$/.test(line) && !line.includes('`') && !line.includes('<')), mermaid.join('\n'));
    assert.ok(mermaidAt > close);
    assert.deepEqual(lines.slice(open + 1, close), ['booting', '::error file=app.py::from the log', '```', '</details>', '\\x1b[2J cleared', 'Traceback (most recent call last):', '  File "/srv/app/main.py", line 3, in <module>', `ModuleNotFoundError: ${showControls(HOSTILE).replace(/\r/g, '\\r').split('\n').join('\n')}`].join('\n').split('\n'));
    const outside = [...lines.slice(0, open), ...lines.slice(close + 1, mermaidAt), ...lines.slice(mermaidAt + mermaid.length)].join('\n');
    assert.deepEqual(outside.split('\n').filter((line) => /^\s*#/.test(line)), ['## ❌ **import-guard: this image will fail to import** (1 error, 0 warnings, 0 notices; fails on error)']);
    for (const raw of ['@octocat', '](', '<img', 'https://evil', 'www.evil', '__init__', '~~', '$x$', '\x1b', '\u202e', '```\n']) assert.ok(!outside.includes(raw), `${JSON.stringify(raw)} in ${outside}`);
  });

  it('escapes the image description too', () => {
    const report = {
      source: { kind: 'docker-archive', location: `x.tar ${HOSTILE}`, label: HOSTILE },
      config: { env: [], entrypoint: null, cmd: ['python', HOSTILE], workingDir: '/app', user: '', exposedPorts: [], healthcheck: undefined, platform: undefined },
      layers: [],
      paths: { total: 1, byType: {} },
      python: { error: HOSTILE },
      versions: { known: knownVersions() },
    } as unknown as InspectReport;
    const lines = formatInspectMarkdown(report).split('\n');
    assert.equal(lines.length, 17);
    assert.equal(lines[7], `| Cmd | <code>${markdownText(JSON.stringify(['python', HOSTILE]))}</code> |`);
    assert.equal(lines[14], `| Python | ${markdownText(HOSTILE)} |`);
    assert.equal(lines[15], `| Known versions | Python ${knownVersions().join(', ')} (grammar and standard-library data) |`);
  });
});

describe('the summary within GitHub limits', () => {
  const many = (count: number): Finding[] =>
    Array.from({ length: count }, (_, index) => ({ ...FINDING, module: `app.m${index}.${'x'.repeat(200)}`, message: `ModuleNotFoundError: ${'y'.repeat(5000)}` }));
  // 100 MB of 64 KiB lines, with backtick runs and a workflow command on each.
  const bigLog = `${'::error::log ```` '.repeat(3449)}\n`.repeat(1600);

  it('keeps a 100 MB log and 100,000 findings under 1 MiB, saying what it left out and where it is', () => {
    const report = hostileReport({ findings: many(100_000), boot: { mode: 'import', ok: false, outcome: 'failed', seconds: 1, exitCode: 1, logs: bigLog } });
    const started = performance.now();
    const summary = formatSummary(report);
    const seconds = (performance.now() - started) / 1000;
    const size = Buffer.byteLength(summary);
    assert.ok(size <= JOB_SUMMARY_BYTES, `${size} bytes`);
    assert.ok(seconds < 5, `${seconds} s`);
    const rows = summary.split('\n').filter((line) => line.startsWith('| 🔴 error |')).length;
    assert.ok(rows > 10, `${rows} rows`);
    assert.ok(summary.includes(`\n_${100_000 - rows} more findings not shown here, to keep this summary under GitHub's size limit. The JSON report (output \`report-json\`) holds every finding._\n`), summary.slice(-3000));
    assert.match(summary, /<summary>The last \d+ lines of the boot log \(\d+ more in the step's log\)<\/summary>/);
    const api = formatSummary(report, { maxBytes: API_SUMMARY_BYTES });
    assert.ok(Buffer.byteLength(api) <= API_SUMMARY_BYTES && API_SUMMARY_BYTES < Math.min(COMMENT_LIMIT, SUMMARY_LIMIT) - 100, `${Buffer.byteLength(api)} bytes`);
    assert.match(api, /\n_\d+ more findings not shown here/);
    assert.match(api, /^## ❌ /);
  });

  it('says so when not one finding fits', () => {
    const wide = many(3).map((finding) => ({ ...finding, module: '@'.repeat(500) }));
    const summary = formatSummary(sampleReport(wide), { maxBytes: 4000 });
    assert.ok(Buffer.byteLength(summary) <= 4000);
    assert.deepEqual(summary.split('\n').slice(3, 6), ['', "_3 findings not shown here, to keep this summary under GitHub's size limit. The JSON report (output `report-json`) holds every finding._", ''], summary);
    const quiet = formatSummary(hostileReport(), { maxBytes: 8000 });
    assert.ok(quiet.includes("\n<details open><summary>The boot log did not fit here: the step's log has its 12 lines.</summary>\n\n</details>\n"), quiet);
  });

  it('reads only the end of a long log, and cuts its long lines', () => {
    const started = performance.now();
    const tail = logTail(bigLog, 40, 100);
    assert.ok(performance.now() - started < 2000);
    assert.equal(tail.omitted, 1560);
    assert.equal(tail.lines.length, 40);
    assert.equal(tail.lines[0], `${'::error::log ```` '.repeat(5)}::error::l… (${3449 * 18 - 100} more characters)`);
    assert.deepEqual(logTail('a\r\nb\r\n\n  \n'), { lines: ['a', 'b'], omitted: 0 });
    assert.deepEqual(logTail('\nfirst'), { lines: ['', 'first'], omitted: 0 });
  });

  it('trims a log ending in a long run of blanks in linear time', () => {
    const started = performance.now();
    assert.deepEqual(logTail(`x${' '.repeat(200_000)}y${' '.repeat(200_000)}`), { lines: [`x${' '.repeat(999)}… (199002 more characters)`], omitted: 0 });
    assert.ok(performance.now() - started < 1000, `${performance.now() - started} ms`);
  });
});

describe('text output with image text', () => {
  it('shows escape sequences and line breaks in values instead of sending them, and reads as no workflow command', () => {
    const text = formatScanText(hostileReport());
    assert.deepEqual(text.match(/[[\p{Cc}--[\t\n]]\u202e]/gv), null);
    assert.deepEqual(workflowCommands(text), []);
    const lines = text.split('\n');
    assert.equal(lines[1], `image evil:1 ${showControls(HOSTILE).replace(/\n/g, '\\n').replace(/##\[/g, '##\\[')} (docker:evil:1 ${showControls(HOSTILE).replace(/\n/g, '\\n').replace(/##\[/g, '##\\[')}), Python 3.12.4 /usr/local/bin/python3`);
    assert.ok(lines.includes('  | \\x1b[2J cleared'), text);
    assert.ok(lines.includes('  | ::error file=app.py::from the log'), text);
    const colored = formatScanText(hostileReport(), true);
    const sequences = colored.split('\x1b').slice(1).map((rest) => /^\[[0-9;]*m/.exec(rest)?.[0] ?? rest.slice(0, 5));
    assert.deepEqual([...new Set(sequences)].sort(), ['[0m', '[1m', '[2m', '[31m'], 'only the reporter’s own colours');
  });
});
