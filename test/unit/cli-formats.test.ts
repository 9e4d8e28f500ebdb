// The command line's reports for other CI systems, and --output, on the bundled example's image.
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { CodeQualityIssue } from '../../src/report/gitlab.ts';
import { cli } from '../helpers/cli.ts';
import { tempFolder } from '../helpers/layouts.ts';
import { codeQualityProblems, elements, lxmlReady, readXml } from '../helpers/report-formats.ts';

const IMAGE = 'examples/fastapi-service/image';
const SCAN = ['scan', IMAGE, '--repo', 'examples/fastapi-service', '--quiet'];
const MISSING_AT = { path: 'netra_backend/app/middleware/gcp_auth_context_middleware.py', lines: { begin: 23 } };

/** The text report without its timing, which changes from run to run. */
function untimed(text: string): string {
  return text.replace(/\d+\.\d\d s\b/g, 'N s');
}

describe('scan --format gitlab', () => {
  it('prints a Code Quality report GitLab reads whole, with the exit status of the text report', async () => {
    const result = await cli([...SCAN, '--format', 'gitlab']);
    assert.equal(result.code, 1, result.stderr);
    const issues = JSON.parse(result.stdout) as CodeQualityIssue[];
    assert.deepEqual(codeQualityProblems(issues), []);
    assert.equal(issues.length, 1);
    assert.deepEqual([issues[0]!.check_name, issues[0]!.severity, issues[0]!.location], ['missing-module', 'critical', MISSING_AT]);
    assert.match(issues[0]!.description, /No module named 'netra_backend\.app\.services\.monitoring'.*\.dockerignore/);
  });

  it('gives the fingerprints a baseline written of the same scan lists, the same on every run', async () => {
    await using tmp = await tempFolder();
    const baselineFile = path.join(tmp.dir, 'baseline.json');
    const first = JSON.parse((await cli([...SCAN, '--format', 'gitlab'])).stdout) as CodeQualityIssue[];
    const second = JSON.parse((await cli([...SCAN, '--format', 'gitlab'])).stdout) as CodeQualityIssue[];
    assert.deepEqual(second, first);
    assert.equal((await cli([...SCAN, '--write-baseline', baselineFile])).code, 0);
    const baseline = JSON.parse(await readFile(baselineFile, 'utf8')) as { findings: Array<{ fingerprint: string }> };
    assert.deepEqual(first.map((issue) => issue.fingerprint), baseline.findings.map((entry) => entry.fingerprint));
  });
});

describe('scan --format junit', () => {
  it('prints JUnit XML: the entry point the missing module comes from fails, the others pass', async (t) => {
    if (!(await lxmlReady(t))) return;
    const result = await cli([...SCAN, '--format', 'junit']);
    assert.equal(result.code, 1, result.stderr);
    const verdict = await readXml(result.stdout);
    assert.ok(verdict.parsed && verdict.valid, JSON.stringify(verdict).slice(0, 500));
    const tests = elements(verdict.root, 'testcase');
    const failed = (name: string): boolean => tests.find((test) => test.attributes.name === name)!.children.some((child) => child.tag === 'failure');
    assert.deepEqual(tests.map((test) => test.attributes.classname), ['import-guard.entry-point', 'import-guard.entry-point', 'import-guard.entry-point', 'import-guard.missing-module']);
    assert.ok(failed('netra_backend.app.main:app'));
    assert.ok(!failed('/usr/local/bin/gunicorn'));
    assert.ok(!failed('uvicorn.workers:UvicornWorker'));
    assert.equal(tests[3]!.attributes.file, MISSING_AT.path);
    assert.equal(verdict.root.attributes.failures, '2');
  });
});

describe('--output FILE', () => {
  it('writes every scan format to the file while the text report goes to the terminal, with the same exit status', async () => {
    await using tmp = await tempFolder();
    const text = await cli(SCAN);
    assert.equal(text.code, 1);
    for (const format of ['json', 'sarif', 'github', 'gitlab', 'junit', 'text']) {
      const file = path.join(tmp.dir, `report.${format}`);
      const withOutput = await cli([...SCAN, '--format', format, '--output', file]);
      assert.equal(withOutput.code, text.code, format);
      assert.equal(untimed(withOutput.stdout), untimed(text.stdout), format);
      const written = await readFile(file, 'utf8');
      const printed = (await cli([...SCAN, '--format', format])).stdout;
      assert.equal(untimed(written).replace(/"seconds": [\d.]+|time="[\d.]+"/g, 'T'), untimed(printed).replace(/"seconds": [\d.]+|time="[\d.]+"/g, 'T'), format);
    }
    // --fail-on never passes, with the file or without.
    assert.equal((await cli([...SCAN, '--fail-on', 'never', '--format', 'gitlab', '--output', path.join(tmp.dir, 'never.json')])).code, 0);
  });

  it('says where it wrote the report', async () => {
    await using tmp = await tempFolder();
    const file = path.join(tmp.dir, 'gl-code-quality-report.json');
    const result = await cli(['scan', IMAGE, '--repo', 'examples/fastapi-service', '--format', 'gitlab', '--output', file]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, new RegExp(`^wrote the gitlab report to ${file.replaceAll('.', '\\.')}$`, 'm'));
    assert.deepEqual(codeQualityProblems(JSON.parse(await readFile(file, 'utf8'))), []);
  });

  it('refuses a folder, or a file in no folder, before it scans', async () => {
    await using tmp = await tempFolder();
    await mkdir(path.join(tmp.dir, 'reports'));
    const folder = await cli([...SCAN, '--format', 'junit', '--output', path.join(tmp.dir, 'reports')]);
    assert.equal(folder.code, 2);
    assert.equal(folder.stdout, '');
    assert.equal(folder.stderr, `import-guard: --output ${path.join(tmp.dir, 'reports')}: is a folder; give the path of a file to write the report to\n`);
    const nowhere = await cli([...SCAN, '--output', path.join(tmp.dir, 'none', 'report.json')]);
    assert.equal(nowhere.code, 2);
    assert.equal(nowhere.stderr, `import-guard: --output ${path.join(tmp.dir, 'none', 'report.json')}: no folder ${path.join(tmp.dir, 'none')} to write it in\n`);
  });

  it('writes inspect --json to the file and the text to the terminal', async () => {
    await using tmp = await tempFolder();
    const file = path.join(tmp.dir, 'inspect.json');
    const result = await cli(['inspect', IMAGE, '--quiet', '--json', '--output', file]);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, (await cli(['inspect', IMAGE, '--quiet'])).stdout);
    assert.deepEqual(JSON.parse(await readFile(file, 'utf8')), JSON.parse((await cli(['inspect', IMAGE, '--quiet', '--json'])).stdout));
  });

  it('names the new formats when --format is wrong', async () => {
    const result = await cli([...SCAN, '--format', 'xml']);
    assert.equal(result.code, 2);
    assert.equal(result.stderr, 'import-guard: --format is "xml"; expected one of text, json, sarif, github, gitlab, junit\n');
  });
});
