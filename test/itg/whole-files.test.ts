// Entry scripts read whole, wherever they live: images built by the engine in the shapes real
// images have (Debian's EASY-INSTALL console scripts, a sh/python polyglot, a script under
// /usr/share linked from /usr/bin, a long shell entrypoint), each longer than the head kept of
// files in bin folders or outside them. Each image and a mutant of it (one module removed) is
// booted first: the image's own interpreter says what the guard must report.
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, describe, it, type TestContext } from 'node:test';
import { execa } from 'execa';
import { cli } from '../helpers/cli.ts';
import { buildFixture, dockerReady, PYTHON_BIG_IMAGE, PYTHON_IMAGE } from '../helpers/docker.ts';
import { tempFolder } from '../helpers/layouts.ts';
import { parseJsonReport } from '../helpers/json-report.ts';

/** Images of this test process: tagged apart from other runs', removed at the end. */
const built: string[] = [];
const tagFor = (name: string): string => `import-guard-test/whole-files:${process.pid}-${name}`;

after(async () => {
  for (const tag of built) await execa('docker', ['rmi', '--force', tag], { reject: false, stdin: 'ignore' });
});

let fixture: string | undefined;
/** The fixture image (test/fixtures/whole-files), built once. */
async function fixtureImage(): Promise<string> {
  if (!fixture) {
    const tag = tagFor('fixture');
    await buildFixture('whole-files', tag);
    built.push(tag);
    fixture = tag;
  }
  return fixture;
}

/** An image `FROM base` with more Dockerfile lines (a CMD, a RUN rm that makes a mutant). */
async function derive(base: string, name: string, lines: string[]): Promise<string> {
  await using tmp = await tempFolder();
  await writeFile(path.join(tmp.dir, 'Dockerfile'), [`FROM ${base}`, ...lines, ''].join('\n'));
  const tag = tagFor(name);
  await buildFixture(tmp.dir, tag);
  built.push(tag);
  return tag;
}

/** The oracle: the image's own command, run with no network. */
async function boot(image: string): Promise<{ ok: boolean; output: string }> {
  const run = await execa('docker', ['run', '--rm', '--network', 'none', image], { reject: false, stdin: 'ignore', all: true, timeout: 120_000 });
  return { ok: run.exitCode === 0, output: String(run.all) };
}

interface Scan {
  code: number;
  stderr: string;
  /** [severity, kind, module, file, line] of each reported finding. */
  findings: Array<[string, string, string, string, number]>;
  stats: { files: number; modules: number; unparsed: number };
}

async function scan(image: string, ...args: string[]): Promise<Scan> {
  const { code, stdout, stderr } = await cli(['scan', `docker:${image}`, '--boot', 'none', '--format', 'json', ...args]);
  assert.ok(code === 0 || code === 1, `exit ${code}: ${stderr}`);
  const json = parseJsonReport(stdout);
  const findings = json.findings.filter((finding) => finding.reported).map((finding): Scan['findings'][number] => [finding.severity, finding.kind, finding.module, finding.file, finding.line]);
  return { code, stderr, findings, stats: json.stats };
}

async function ready(t: TestContext, base: string): Promise<boolean> {
  return dockerReady(t, { images: [base] });
}

describe('entry scripts are read whole, wherever they live', () => {
  it("Debian's EASY-INSTALL-ENTRY-SCRIPT console script (scrapy, 953 bytes): no false syntax error; its entry module removed is an error", async (t) => {
    if (!(await ready(t, PYTHON_BIG_IMAGE))) return;
    const good = await derive(PYTHON_BIG_IMAGE, 'scrapy', ['CMD ["scrapy", "version"]']);
    const mutant = await derive(good, 'scrapy-mutant', ['RUN rm /usr/lib/python3/dist-packages/scrapy/cmdline.py']);
    const [goodBoot, mutantBoot] = [await boot(good), await boot(mutant)];
    assert.ok(goodBoot.ok, goodBoot.output);
    assert.ok(!mutantBoot.ok && mutantBoot.output.includes("ModuleNotFoundError: No module named 'scrapy.cmdline'"), mutantBoot.output);

    // Cut at 512 bytes, the script's head ends inside a statement: it was a syntax error at line 20.
    const clean = await scan(good);
    assert.deepEqual(clean.findings, []);
    assert.equal(clean.code, 0);
    assert.equal(clean.stats.unparsed, 0);
    const broken = await scan(mutant);
    assert.deepEqual(broken.findings.filter(([severity]) => severity === 'error').map(([, kind, module]) => [kind, module]), [['missing-module', 'scrapy.cmdline']]);
    assert.equal(broken.code, 1);
  });

  it('a sh/python polyglot run by python3, its first import of the app past byte 512', async (t) => {
    if (!(await ready(t, PYTHON_IMAGE))) return;
    const good = await derive(await fixtureImage(), 'polyglot', ['CMD ["python3", "/usr/bin/app-polyglot"]']);
    const mutant = await derive(good, 'polyglot-mutant', ['RUN rm /usr/lib/python3/dist-packages/apppkg/service.py']);
    const [goodBoot, mutantBoot] = [await boot(good), await boot(mutant)];
    assert.ok(goodBoot.ok && goodBoot.output.includes('"service": "ok"'), goodBoot.output);
    assert.ok(!mutantBoot.ok && mutantBoot.output.includes("ModuleNotFoundError: No module named 'apppkg.service'"), mutantBoot.output);

    // Its head was "an unterminated triple-quoted string".
    const clean = await scan(good);
    assert.deepEqual(clean.findings, []);
    assert.ok(clean.stats.modules >= 3, `modules reached: ${clean.stats.modules}`);
    const broken = await scan(mutant);
    assert.deepEqual(broken.findings, [['error', 'missing-module', 'apppkg.service', '/usr/bin/app-polyglot', 18]]);
  });

  it('a script in /usr/share/app linked from /usr/bin, run by name: found, read, and its own module next to it checked', async (t) => {
    if (!(await ready(t, PYTHON_IMAGE))) return;
    const good = await fixtureImage();
    const mutant = await derive(good, 'share-app-mutant', ['RUN rm /usr/share/app/app_lib.py']);
    const [goodBoot, mutantBoot] = [await boot(good), await boot(mutant)];
    assert.ok(goodBoot.ok && goodBoot.output.includes('app ok'), goodBoot.output);
    assert.ok(!mutantBoot.ok && mutantBoot.output.includes("ModuleNotFoundError: No module named 'app_lib'"), mutantBoot.output);

    // Nothing of the script was kept: its `#!` line unread, the image's command was "no Python entry point" (exit 2).
    const clean = await scan(good);
    assert.deepEqual(clean.findings, []);
    assert.equal(clean.stats.modules, 2);
    const broken = await scan(mutant);
    assert.deepEqual(broken.findings, [['error', 'missing-module', 'app_lib', '/usr/bin/app', 4]]);
  });

  it('--entrypoint /usr/share/app/app: the script is read whole (it was an internal error, exit 3)', async (t) => {
    if (!(await ready(t, PYTHON_IMAGE))) return;
    const good = await fixtureImage();
    const mutant = await derive(good, 'entrypoint-mutant', ['RUN rm /usr/share/app/app_lib.py']);
    assert.deepEqual((await scan(good, '--entrypoint', '/usr/share/app/app')).findings, []);
    const broken = await scan(mutant, '--entrypoint', '/usr/share/app/app');
    assert.deepEqual(broken.findings, [['error', 'missing-module', 'app_lib', '/usr/share/app/app', 4]]);
    assert.equal(broken.code, 1);
  });

  it('a shell ENTRYPOINT of 771 bytes whose exec line is near its end', async (t) => {
    if (!(await ready(t, PYTHON_IMAGE))) return;
    const good = await derive(await fixtureImage(), 'entry-shell', ['ENTRYPOINT ["/usr/local/bin/docker-entrypoint.sh"]', 'CMD []']);
    const mutant = await derive(good, 'entry-shell-mutant', ['RUN rm /usr/lib/python3/dist-packages/apppkg/service.py']);
    const [goodBoot, mutantBoot] = [await boot(good), await boot(mutant)];
    assert.ok(goodBoot.ok && goodBoot.output.includes('"service": "ok"'), goodBoot.output);
    assert.ok(!mutantBoot.ok && mutantBoot.output.includes("ModuleNotFoundError: No module named 'apppkg.service'"), mutantBoot.output);

    // The head held set-up steps only: "starts no Python entry point the guard recognizes" (exit 2).
    const clean = await scan(good);
    assert.deepEqual(clean.findings, []);
    assert.ok(clean.stats.modules >= 3, `modules reached: ${clean.stats.modules}`);
    const broken = await scan(mutant);
    assert.deepEqual(broken.findings, [['error', 'missing-module', 'apppkg.service', '/usr/lib/python3/dist-packages/apppkg/__main__.py', 1]]);
  });
});
