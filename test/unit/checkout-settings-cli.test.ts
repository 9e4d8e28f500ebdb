// The checkout's settings file, inline ignores and the baseline, through the real command line.
import assert from 'node:assert/strict';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from '../helpers/action-runner.ts';
import { cli } from '../helpers/cli.ts';
import { layoutTar, ociLayout, tempFolder } from '../helpers/layouts.ts';
import { tar } from '../helpers/tar-writer.ts';
import { parseJsonReport } from '../helpers/json-report.ts';

interface Json {
  result: string;
  counts: Record<string, number>;
  findings: Array<{ module: string; line: number; reported: boolean; unreported?: string; fingerprint?: string }>;
  baseline?: { file: string; accepted: number; unmatched: number };
}

/** A copy of the bundled example (its image and its checkout), to add settings files to. */
async function exampleCopy(dir: string): Promise<string> {
  const copy = path.join(dir, 'service');
  await cp(path.join(ROOT, 'examples/fastapi-service'), copy, { recursive: true });
  return copy;
}

describe('the settings file through the command line', () => {
  it('takes ignore and fail-on from .import-guard.toml; flags win over it; pyproject.toml is read when it is the only one', async () => {
    await using tmp = await tempFolder();
    const repo = await exampleCopy(tmp.dir);
    const scan = (...args: string[]) => cli(['scan', path.join(repo, 'image'), '--repo', repo, '--format', 'json', ...args]);
    const before = await scan();
    assert.equal(before.code, 1, before.stderr);

    await writeFile(path.join(repo, 'pyproject.toml'), '[project]\nname = "netra"\n\n[tool.import-guard]\nignore = ["netra_backend.app.services.monitoring"]\n');
    const fromPyproject = await scan();
    assert.equal(fromPyproject.code, 0, fromPyproject.stderr);
    assert.equal((parseJsonReport(fromPyproject.stdout)).findings[0]!.unreported, 'ignored');
    assert.match(fromPyproject.stderr, /^Settings from pyproject\.toml: ignore$/m);

    await writeFile(path.join(repo, '.import-guard.toml'), 'fail-on = "never"\n');
    const fromOwnFile = await scan();
    assert.equal(fromOwnFile.code, 0, fromOwnFile.stderr);
    const json = parseJsonReport(fromOwnFile.stdout);
    // pyproject.toml's ignore is not read any more: the finding is reported, and fail-on never passes it.
    assert.deepEqual([json.result, json.findings[0]!.reported], ['pass', true]);
    assert.match(fromOwnFile.stderr, /^warning: both \.import-guard\.toml and pyproject\.toml \[tool\.import-guard\] hold settings: \.import-guard\.toml is used/m);

    const flagWins = await scan('--fail-on', 'error');
    assert.equal(flagWins.code, 1, flagWins.stderr);
    assert.equal((parseJsonReport(flagWins.stdout)).result, 'fail');
  });

  it('an unknown key or a bad value in the file is an input problem naming the file and line: exit 2', async () => {
    await using tmp = await tempFolder();
    const repo = await exampleCopy(tmp.dir);
    await writeFile(path.join(repo, '.import-guard.toml'), 'ignore = ["yaml"]\nfail_on = "never"\n');
    const unknown = await cli(['scan', path.join(repo, 'image'), '--repo', repo, '--quiet']);
    assert.deepEqual([unknown.code, unknown.stdout, unknown.stderr], [2, '', 'import-guard: .import-guard.toml line 2: unknown key "fail_on"; did you mean "fail-on"?\n']);
    await writeFile(path.join(repo, '.import-guard.toml'), '\nboot = "run"\n');
    const bad = await cli(['scan', path.join(repo, 'image'), '--repo', repo, '--quiet']);
    assert.deepEqual([bad.code, bad.stderr], [2, 'import-guard: boot is "run"; expected one of auto, import, serve, none (set in .import-guard.toml line 2)\n']);
  });
});

/**
 * An image whose command runs `python3 -m app.main` with this `main.py`, and its checkout
 * holding the same file; returns the image archive's path.
 */
async function appImage(dir: string, repo: string, main: string, name: string): Promise<string> {
  await mkdir(path.join(repo, 'app'), { recursive: true });
  await writeFile(path.join(repo, 'app/__init__.py'), '');
  await writeFile(path.join(repo, 'app/main.py'), main);
  const layer = tar([
    { name: 'usr/bin/python3.11', content: 'ELF', mode: 0o755 },
    { name: 'usr/bin/python3', type: 'symlink', linkName: 'python3.11' },
    { name: 'usr/lib/python3.11/os.py', content: '' },
    { name: 'srv/app/__init__.py', content: '' },
    { name: 'srv/app/main.py', content: main },
  ]);
  const file = path.join(dir, `${name}.tar`);
  await writeFile(file, layoutTar(ociLayout([{ layers: [layer], config: { Env: ['PATH=/usr/bin'], Cmd: ['python3', '-m', 'app.main'], WorkingDir: '/srv' } }])));
  return file;
}

const reported = (json: Json): Array<[string, number]> => json.findings.filter((finding) => finding.reported).map((finding) => [finding.module, finding.line]);

describe('inline ignores and the baseline through the command line', () => {
  it("leaves out the finding whose line says # import-guard: ignore[module], from the image's own file", async () => {
    await using tmp = await tempFolder();
    const repo = path.join(tmp.dir, 'repo');
    const image = await appImage(tmp.dir, repo, 'import os\nimport yaml  # import-guard: ignore[yaml]\nimport requests  # import-guard: ignore[yaml]\nimport toml  # import-guard: ignore\n', 'v1');
    const result = await cli(['scan', image, '--repo', repo, '--format', 'json', '--quiet']);
    assert.equal(result.code, 1, result.stderr);
    const json = parseJsonReport(result.stdout);
    assert.deepEqual(json.findings.map((finding) => [finding.module, finding.line, finding.unreported]), [['requests', 3, undefined], ['yaml', 2, 'inline-ignore'], ['toml', 4, 'inline-ignore']]);
    // The directive is read from the image: the checkout's copy without it changes nothing.
    await writeFile(path.join(repo, 'app/main.py'), 'import os\nimport yaml\nimport requests\nimport toml\n');
    const again = parseJsonReport((await cli(['scan', image, '--repo', repo, '--format', 'json', '--quiet'])).stdout);
    assert.deepEqual(reported(again), [['requests', 3]]);
  });

  it('--write-baseline accepts what is there; a later image with the lines moved passes, and a new import fails', async () => {
    await using tmp = await tempFolder();
    const repo = path.join(tmp.dir, 'repo');
    const v1 = await appImage(tmp.dir, repo, 'import os\nimport requests\nfrom app import helpers\n', 'v1');
    const before = await cli(['scan', v1, '--repo', repo, '--format', 'json', '--quiet']);
    assert.equal(before.code, 1, before.stderr);
    assert.deepEqual(reported(parseJsonReport(before.stdout)), [['requests', 2], ['app.helpers', 3]]);

    const baselineFile = path.join(repo, 'import-guard-baseline.json');
    const write = await cli(['scan', v1, '--repo', repo, '--write-baseline', baselineFile, '--format', 'json']);
    assert.equal(write.code, 0, write.stderr);
    assert.match(write.stderr, /^wrote 2 findings to the baseline .*import-guard-baseline\.json$/m);
    const written = JSON.parse(await readFile(baselineFile, 'utf8')) as { findings: Array<{ module: string; file: string; statement: string }> };
    assert.deepEqual(written.findings.map((entry) => [entry.module, entry.file, entry.statement]), [['app.helpers', 'app/main.py', 'from app import helpers'], ['requests', 'app/main.py', 'import requests']]);
    assert.deepEqual((parseJsonReport(write.stdout)).baseline, { file: baselineFile, accepted: 2, unmatched: 0 });

    // Lines added above, a comment and spaces on the same import: the same findings.
    await writeFile(path.join(repo, '.import-guard.toml'), 'baseline = "import-guard-baseline.json"\n');
    const moved = await appImage(tmp.dir, repo, '"""The service."""\n\nimport os\nimport   requests  # noqa: F401\n\nfrom app import helpers\n', 'v2');
    const after = await cli(['scan', moved, '--repo', repo]);
    assert.equal(after.code, 0, after.stdout + after.stderr);
    assert.match(after.stdout, /^import-guard PASS: 0 errors, 0 warnings, 0 notices \(fails on error\)\n/);
    assert.match(after.stdout, /\n2 findings accepted by the baseline import-guard-baseline\.json\.\n/);

    const grown = await appImage(tmp.dir, repo, '"""The service."""\n\nimport os\nimport requests\nimport boto3\nfrom app import helpers\n', 'v3');
    const failing = await cli(['scan', grown, '--repo', repo, '--format', 'json', '--quiet']);
    assert.equal(failing.code, 1, failing.stderr);
    const json = parseJsonReport(failing.stdout);
    assert.deepEqual(reported(json), [['boto3', 5]]);
    assert.deepEqual(json.findings.filter((finding) => finding.unreported === 'baseline').map((finding) => [finding.module, finding.line]), [['requests', 4], ['app.helpers', 6]]);
    assert.deepEqual(json.baseline, { file: 'import-guard-baseline.json', accepted: 2, unmatched: 0 });
  });

  it('names a baseline that is not in the checkout, and one asked for without a checkout: exit 2', async () => {
    await using tmp = await tempFolder();
    const repo = path.join(tmp.dir, 'repo');
    const image = await appImage(tmp.dir, repo, 'import requests\n', 'v1');
    const missing = await cli(['scan', image, '--repo', repo, '--baseline', 'nope.json', '--quiet']);
    assert.deepEqual([missing.code, missing.stderr], [2, 'import-guard: baseline "nope.json" is not in the checkout; write it with import-guard scan SOURCE --repo DIR --write-baseline "nope.json"\n']);
    const outside = await cli(['scan', image, '--repo', repo, '--baseline', '../x.json', '--quiet']);
    assert.equal(outside.code, 2);
    assert.match(outside.stderr, /^warning: skipped "\.\.\/x\.json" of the checkout: it is outside the repository/m);
    assert.match(outside.stderr, /^import-guard: baseline "\.\.\/x\.json" cannot be read: the warning above says why$/m);
    for (const flag of ['--baseline', '--write-baseline']) {
      const noRepo = await cli(['scan', image, flag, path.join(tmp.dir, 'b.json'), '--quiet']);
      assert.equal(noRepo.code, 2, flag);
      assert.match(noRepo.stderr, /baseline.* so it needs the checkout too \(--repo DIR\)/, flag);
    }
  });
});
