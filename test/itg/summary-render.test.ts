// The job summary as GitHub shows it: rendered as GitHub-flavoured Markdown with GitHub's
// stylesheet and Mermaid, in headless Chromium at GitHub's width of about 1,000 px.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { formatSummary } from '../../src/report/summary.ts';
import { viewSummary } from '../../scripts/summary-screenshot.ts';
import { chromiumReady } from '../helpers/browser.ts';
import { tempFolder } from '../helpers/layouts.ts';
import { longFindingsReport } from '../helpers/reports.ts';

const WIDTH = 1000;
const linkTo = (file: string, line: number): string => `https://github.com/acme/platform/blob/0123abc/${file}#L${line}`;

describe('the job summary in a browser', () => {
  it('reads at 1,000 px with long findings: no horizontal scroll, every underscore kept, every fact shown, only elements GitHub keeps', async (t) => {
    const chromium = await chromiumReady(t);
    if (!chromium) return;
    await using tmp = await tempFolder();
    const screenshot = path.join(tmp.dir, 'summary.png');
    const report = longFindingsReport();
    const view = await viewSummary(formatSummary(report, { linkTo }), { width: WIDTH, screenshot, chromium });
    assert.ok(view.pageWidth <= WIDTH, `the page is ${view.pageWidth} px wide`);
    // The findings and the imports not reported.
    assert.equal(view.tables.length, 2);
    for (const table of view.tables) assert.ok(table.scrollWidth <= table.clientWidth, `a table needs ${table.scrollWidth} px in ${table.clientWidth} px`);
    assert.deepEqual(view.foreignElements, []);
    for (const text of ['__init__.py', '__main__', 'acme_platform.settings.__init__.DATABASE_CONNECTION_POOL_SETTINGS', 'services/api/.dockerignore:7', 'services/api/requirements/production.txt:18', '… 96 more …']) assert.ok(view.text.includes(text), `${text} is not shown:\n${view.text}`);
    for (const finding of report.findings) {
      assert.ok(view.text.includes(finding.module), finding.module);
      assert.ok(view.text.includes(`${finding.location.repoPath ?? finding.location.imagePath}:${finding.location.line}`), finding.location.imagePath);
      assert.ok(view.text.includes(`origin: ${finding.origin}`));
      if (finding.cause) assert.ok(view.text.includes(`cause: ${finding.cause}`), finding.cause);
      if (finding.guard) assert.ok(view.text.includes(`guard: ${finding.guard}`), finding.guard);
      if (finding.severityReason) assert.ok(view.text.includes(finding.severityReason), finding.severityReason);
    }
    // Mermaid draws the labels as they are: no `__x__` turned bold.
    assert.equal(view.diagrams.length, 1);
    for (const label of ['services/api/acme_platform/__main__.py:3', 'acme_platform.settings.__init__', 'acme_platform.workers.__main__']) assert.ok(view.diagrams[0]!.includes(label), label);
    const png = await readFile(screenshot);
    assert.deepEqual([...png.subarray(1, 4)], [...Buffer.from('PNG')]);
  });

  it('sees what the checks above look for: a wide table, an underscore taken for emphasis, an element GitHub drops', async (t) => {
    const chromium = await chromiumReady(t);
    if (!chromium) return;
    const wide = `| a | b |\n| --- | --- |\n| <code>${'x'.repeat(200)}</code> | y |\n\n__init__.py and __main__ <font>f</font>\n`;
    const view = await viewSummary(wide, { width: WIDTH, chromium });
    assert.equal(view.tables.length, 1);
    assert.ok(view.tables[0]!.scrollWidth > view.tables[0]!.clientWidth, JSON.stringify(view.tables));
    assert.ok(view.text.includes('init.py and main'), view.text);
    assert.ok(!view.text.includes('__init__'), view.text);
    assert.deepEqual(view.foreignElements, ['font']);
  });
});
