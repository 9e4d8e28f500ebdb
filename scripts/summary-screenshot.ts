/**
 * The job summary as GitHub shows it: the Markdown rendered by a GitHub-flavoured Markdown
 * renderer (micromark with its GFM extension), styled by GitHub's Markdown stylesheet, its Mermaid
 * diagrams drawn by Mermaid, in headless Chromium at a given width (GitHub's is about 1,000 px).
 * It measures the page and each table, reads the text as shown, lists the elements GitHub's
 * sanitizer would drop, and can write a screenshot.
 *
 *   node scripts/summary-screenshot.ts [--out summary.png] [--width 1000] [--markdown FILE]
 *
 * Without --markdown it renders the summary of a report with long findings (test/helpers/reports.ts).
 * It writes the PNG (the whole page) and, beside it, the page as HTML.
 */
import { access, constants, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import puppeteer from 'puppeteer-core';
import { formatSummary } from '../src/report/summary.ts';
import { longFindingsReport } from '../test/helpers/reports.ts';

const require = createRequire(import.meta.url);

/** The elements GitHub's HTML sanitizer keeps in Markdown (html-pipeline's allowlist); anything else is dropped. */
export const GITHUB_ELEMENTS = new Set(
  'h1 h2 h3 h4 h5 h6 h7 h8 br b i strong em a pre code img tt div ins del sup sub p picture ol ul table thead tbody tfoot blockquote dl dt dd kbd q samp var hr ruby rt rp li tr td th s strike summary details caption figure figcaption abbr bdo cite dfn mark small source span time wbr'.split(' '),
);

/** What the rendered summary looks like at one width. */
export interface SummaryView {
  width: number;
  /** The page's scroll width: more than `width` means a horizontal scroll bar. */
  pageWidth: number;
  /** Each table's content width and its box's: GitHub's stylesheet gives a wider table a scroll bar of its own. */
  tables: Array<{ scrollWidth: number; clientWidth: number }>;
  /** The text as shown, every `<details>` opened. */
  text: string;
  /** Each Mermaid diagram's drawn text. */
  diagrams: string[];
  /** Elements of the rendered Markdown that GitHub's sanitizer drops. */
  foreignElements: string[];
}

/** The summary's Markdown as HTML, the way GitHub reads it: GFM, with the HTML it holds passed through. */
export function renderMarkdown(markdown: string): string {
  return micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
}

/** A page with GitHub's Markdown stylesheet around the rendered summary. */
async function page(markdown: string): Promise<string> {
  const css = await readFile(require.resolve('github-markdown-css/github-markdown-light.css'), 'utf8');
  // The job summary's box on GitHub has about 16 px of room each side.
  return `<!doctype html><html><head><meta charset="utf-8"><style>${css}\nbody { margin: 0 } .markdown-body { padding: 16px; }</style></head><body><article class="markdown-body">${renderMarkdown(markdown)}</article></body></html>`;
}

/** The Chromium the system has (Debian's `chromium` package), or undefined. */
export async function chromiumBinary(): Promise<string | undefined> {
  for (const folder of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    for (const name of ['chromium', 'chromium-browser']) {
      const file = path.join(folder, name);
      try {
        await access(file, constants.X_OK);
        return file;
      } catch {
        // not in this folder
      }
    }
  }
  return undefined;
}

/**
 * Runs in the page (plain JavaScript, as the page gets it): notes the elements GitHub would drop,
 * opens every `<details>`, draws the Mermaid blocks as GitHub does, then measures and reads.
 */
const MEASURE = `async (allowed) => {
  const article = document.querySelector('article');
  const foreign = [...article.querySelectorAll('*')].map((element) => element.localName).filter((name) => !allowed.includes(name));
  for (const details of document.querySelectorAll('details')) details.open = true;
  for (const block of document.querySelectorAll('pre > code.language-mermaid')) {
    const diagram = document.createElement('div');
    diagram.className = 'mermaid';
    diagram.textContent = block.textContent;
    block.parentElement.replaceWith(diagram);
  }
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
  await mermaid.run({ querySelector: '.mermaid' });
  return {
    pageWidth: document.documentElement.scrollWidth,
    tables: [...article.querySelectorAll('table')].map((table) => ({ scrollWidth: table.scrollWidth, clientWidth: table.clientWidth })),
    text: article.innerText,
    diagrams: [...article.querySelectorAll('.mermaid svg')].map((svg) => {
      const labels = svg.cloneNode(true);
      for (const style of labels.querySelectorAll('style')) style.remove();
      return labels.textContent;
    }),
    foreignElements: [...new Set(foreign)],
  };
}`;

/** Renders `markdown` in headless Chromium at `width` px and measures it; writes a full-page PNG to `screenshot` if given. */
export async function viewSummary(markdown: string, options: { width?: number; screenshot?: string; chromium?: string } = {}): Promise<SummaryView> {
  const width = options.width ?? 1000;
  const executablePath = options.chromium ?? (await chromiumBinary());
  if (!executablePath) throw new Error('no chromium on PATH (Debian: apt-get install chromium)');
  // Root (as in CI) cannot use Chromium's sandbox; the page is local and holds no script but Mermaid.
  const browser = await puppeteer.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    const tab = await browser.newPage();
    await tab.setViewport({ width, height: 800 });
    await tab.setContent(await page(markdown), { waitUntil: 'load' });
    await tab.addScriptTag({ path: require.resolve('mermaid/dist/mermaid.min.js') });
    const view = (await tab.evaluate(`(${MEASURE})(${JSON.stringify([...GITHUB_ELEMENTS])})`)) as Omit<SummaryView, 'width'>;
    if (options.screenshot) await tab.screenshot({ path: options.screenshot, fullPage: true });
    return { width, ...view };
  } finally {
    await browser.close();
  }
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { out: { type: 'string', default: 'summary.png' }, width: { type: 'string', default: '1000' }, markdown: { type: 'string' } } });
  const markdown = values.markdown ? await readFile(values.markdown, 'utf8') : formatSummary(longFindingsReport(), { linkTo: (file, line) => `https://github.com/acme/platform/blob/0123abc/${file}#L${line}` });
  const view = await viewSummary(markdown, { width: Number(values.width), screenshot: values.out });
  await writeFile(`${values.out.replace(/\.png$/, '')}.html`, await page(markdown));
  console.log(`${values.out}: page ${view.pageWidth} px wide at a ${view.width} px viewport; tables ${view.tables.map((table) => `${table.scrollWidth} px in ${table.clientWidth} px`).join(', ')}`);
  if (view.foreignElements.length > 0) console.log(`elements GitHub drops: ${view.foreignElements.join(', ')}`);
}
