import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { scanImage } from '../../src/guard.ts';
import { MAX_PLATFORMS } from '../../src/image/layouts.ts';
import { silentLogger } from '../../src/logger.ts';
import type { JsonReport } from '../../src/report/json.ts';
import { formatSummary } from '../../src/report/summary.ts';
import { makeSettings } from '../../src/settings.ts';
import { cli } from '../helpers/cli.ts';
import { layoutTar, ociLayout, tempFolder, type TestImage, writeLayoutDir } from '../helpers/layouts.ts';
import { tar, type WriteEntry } from '../helpers/tar-writer.ts';
import { parseJsonReport } from '../helpers/json-report.ts';

const CONFIG = { Env: ['PATH=/usr/local/bin'], WorkingDir: '/srv', Cmd: ['python3.12', '-m', 'app.main'] };

/**
 * A python.org-style Python 3.12 with an app: `app.main` imports `app.helpers` at module level,
 * and `missing_everywhere` inside a function (a warning on every platform). `withHelpers: false`
 * leaves app/helpers.py out, as a broken build for one platform would.
 */
function appImage(architecture: string, options: { withHelpers: boolean; variant?: string }): TestImage {
  const entries: WriteEntry[] = [
    { name: 'usr/local/bin/python3.12', content: 'ELF', mode: 0o755 },
    { name: 'usr/local/lib/python3.12/os.py', content: '' },
    { name: 'srv/app/__init__.py', content: '' },
    { name: 'srv/app/main.py', content: 'import app.helpers\n\ndef later():\n    import missing_everywhere\n' },
    ...(options.withHelpers ? [{ name: 'srv/app/helpers.py', content: 'VALUE = 1\n' }] : []),
  ];
  const platform = { os: 'linux', architecture, ...(options.variant && { variant: options.variant }) };
  return { layers: [tar(entries)], config: CONFIG, platform };
}

async function archive(dir: string, images: TestImage[], options: { attestation?: boolean; nestedIndex?: boolean } = {}): Promise<string> {
  const file = path.join(dir, 'multi.tar');
  await writeFile(file, layoutTar(ociLayout(images, { withPlatforms: true, ...options })));
  return file;
}

type Finding = JsonReport['findings'][number];

/** The checkout the images were built from: it has app/helpers.py. */
async function checkout(dir: string): Promise<string> {
  const repo = path.join(dir, 'repo');
  await mkdir(path.join(repo, 'app'), { recursive: true });
  for (const [name, text] of Object.entries({ 'app/__init__.py': '', 'app/main.py': 'import app.helpers\n\ndef later():\n    import missing_everywhere\n', 'app/helpers.py': 'VALUE = 1\n', 'Dockerfile': 'FROM python:3.12-slim\nWORKDIR /srv\nCOPY app/ app/\nCMD ["python3.12", "-m", "app.main"]\n' })) await writeFile(path.join(repo, name), text);
  return repo;
}

function byModule(report: JsonReport, module: string): Finding[] {
  return report.findings.filter((finding) => finding.module === module);
}

describe('platform all', () => {
  it('says which platforms a partial export lists but does not hold, in the JSON, the text and the summary', async () => {
    await using tmp = await tempFolder();
    const files = ociLayout([appImage('amd64', { withHelpers: true }), appImage('arm64', { withHelpers: false, variant: 'v8' }), appImage('ppc64le', { withHelpers: true })], { withPlatforms: true });
    // The ppc64le image's manifest is left out, as a containerd-store export of a pull for other platforms leaves it.
    const index = JSON.parse((files.get('index.json') as Buffer).toString('utf8')) as { manifests: Array<{ digest: string; platform: { architecture: string } }> };
    const ppc = index.manifests.find((entry) => entry.platform.architecture === 'ppc64le')!;
    files.delete(`blobs/sha256/${ppc.digest.slice('sha256:'.length)}`);
    const file = path.join(tmp.dir, 'partial.tar');
    await writeFile(file, layoutTar(files));
    const json = await cli(['scan', `oci-archive:${file}`, '--platform', 'all', '--format', 'json', '--quiet']);
    const report = parseJsonReport(json.stdout);
    assert.deepEqual(report.platforms!.map((verdict) => verdict.platform), ['linux/amd64', 'linux/arm64/v8']);
    assert.deepEqual(report.platformsNotChecked, ['linux/ppc64le']);
    assert.equal(json.code, 1, 'the arm64 image still fails');
    const text = await cli(['scan', `oci-archive:${file}`, '--platform', 'all']);
    assert.match(text.stdout, /^warning: not checked: linux\/ppc64le \(the image holds only their index entries: a partial export\)$/m);
    assert.match(text.stderr, /not checked, since the layout holds only their index entries \(a partial export\): linux\/ppc64le/);
    const scanned = await scanImage(makeSettings({ image: `oci-archive:${file}`, platform: 'all', boot: 'none' }), silentLogger);
    assert.ok(formatSummary(scanned).includes("⚠️ **Not checked:** <code>linux/ppc64le</code>: the image's index lists them, but the image holds only their index entries (a partial export); export them with their content to check them."), formatSummary(scanned).slice(0, 1500));
  });

  it('checks each platform of an OCI archive: a module missing in the arm64 image only is an error naming linux/arm64 only', async () => {
    await using tmp = await tempFolder();
    const file = await archive(tmp.dir, [appImage('amd64', { withHelpers: true }), appImage('arm64', { withHelpers: false, variant: 'v8' })], { attestation: true });
    const result = await cli(['scan', `oci-archive:${file}`, '--platform', 'all', '--format', 'json', '--quiet']);
    assert.equal(result.code, 1, result.stderr);
    const report = parseJsonReport(result.stdout);
    assert.equal(report.result, 'fail');
    // The attestation manifest (unknown/unknown) is no platform.
    assert.deepEqual(report.platforms!.map(({ platform, result, counts }) => ({ platform, result, counts })), [
      { platform: 'linux/amd64', result: 'pass', counts: { error: 0, warning: 1, notice: 0, unreported: 0 } },
      { platform: 'linux/arm64/v8', result: 'fail', counts: { error: 1, warning: 1, notice: 0, unreported: 0 } },
    ]);
    const [helpers, ...moreHelpers] = byModule(report, 'app.helpers');
    assert.deepEqual(moreHelpers, []);
    assert.deepEqual([helpers!.severity, helpers!.platforms, helpers!.file, helpers!.line], ['error', ['linux/arm64/v8'], '/srv/app/main.py', 1]);
    assert.match(helpers!.message, /No module named 'app\.helpers' \(on linux\/arm64\/v8 only\)$/);
    // On every platform: listed once, naming them all.
    const everywhere = byModule(report, 'missing_everywhere');
    assert.equal(everywhere.length, 1);
    assert.deepEqual(everywhere[0]!.platforms, ['linux/amd64', 'linux/arm64/v8']);
    assert.match(everywhere[0]!.message, /\(on every platform checked: linux\/amd64, linux\/arm64\/v8\)$/);
    assert.deepEqual(report.counts, { error: 1, warning: 1, notice: 0, unreported: 0 });
  });

  it('passes only when every platform passes, and fails on the one that does not, whichever it is', async () => {
    await using tmp = await tempFolder();
    const good = await archive(tmp.dir, [appImage('amd64', { withHelpers: true }), appImage('arm64', { withHelpers: true })]);
    const passing = await cli(['scan', `oci-archive:${good}`, '--platform', 'all', '--format', 'json', '--quiet']);
    assert.equal(passing.code, 0, passing.stderr);
    const report = parseJsonReport(passing.stdout);
    assert.deepEqual(report.platforms!.map((verdict) => `${verdict.platform} ${verdict.result}`), ['linux/amd64 pass', 'linux/arm64 pass']);
    await using other = await tempFolder();
    const bad = await archive(other.dir, [appImage('amd64', { withHelpers: false }), appImage('arm64', { withHelpers: true })], { nestedIndex: true });
    const failing = await cli(['scan', `oci-archive:${bad}`, '--platform', 'all', '--format', 'json', '--quiet']);
    assert.equal(failing.code, 1, failing.stderr);
    const failed = parseJsonReport(failing.stdout);
    assert.deepEqual(failed.platforms!.map((verdict) => `${verdict.platform} ${verdict.result}`), ['linux/amd64 fail', 'linux/arm64 pass']);
    assert.deepEqual(byModule(failed, 'app.helpers')[0]!.platforms, ['linux/amd64']);
  });

  it('without all, the default platform alone is checked, as before', async () => {
    await using tmp = await tempFolder();
    const file = await archive(tmp.dir, [appImage('amd64', { withHelpers: true }), appImage('arm64', { withHelpers: false })]);
    const result = await cli(['scan', `oci-archive:${file}`, '--format', 'json', '--quiet']);
    assert.equal(result.code, 0, result.stderr);
    const report = parseJsonReport(result.stdout);
    assert.equal(report.platforms, undefined);
    assert.equal(report.image.platform, 'linux/amd64');
    assert.equal(byModule(report, 'missing_everywhere')[0]!.platforms, undefined);
  });

  it('a single-platform image with all is checked as the one platform it is, its messages unchanged', async () => {
    await using tmp = await tempFolder();
    const dir = await writeLayoutDir(ociLayout([appImage('arm64', { withHelpers: false })], { withPlatforms: true }), tmp.dir);
    const result = await cli(['scan', `oci-dir:${dir}`, '--platform', 'all', '--format', 'json', '--quiet']);
    assert.equal(result.code, 1, result.stderr);
    const report = parseJsonReport(result.stdout);
    assert.equal(report.platforms, undefined);
    assert.equal(report.image.platform, 'linux/arm64');
    assert.equal(byModule(report, 'app.helpers')[0]!.message, "ModuleNotFoundError: No module named 'app.helpers'");
  });

  it('the job summary has a verdict row per platform; text, SARIF and annotations say the platform', async () => {
    await using tmp = await tempFolder();
    const file = await archive(tmp.dir, [appImage('amd64', { withHelpers: true }), appImage('arm64', { withHelpers: false })]);
    const report = await scanImage(makeSettings({ image: `oci-archive:${file}`, platform: 'all', boot: 'none' }), silentLogger);
    const summary = formatSummary(report);
    assert.match(summary, /^## ❌ \*\*import-guard: this image will fail to import on linux\/arm64\*\* \(1 error, 1 warning, 0 notices; fails on error\)/);
    assert.match(summary, /2 platforms checked, each with its own verdict/);
    assert.match(summary, /\| <code>linux\/amd64<\/code> \| ✅ passes \| 0 \| 1 \| 0 \| 3\.12 \| 3 files, [\d.]+ s \| not booted: boot is none \|/);
    assert.match(summary, /\| <code>linux\/arm64<\/code> \| ❌ fails \| 1 \| 1 \| 0 \| 3\.12 \| 2 files, [\d.]+ s \| not booted: boot is none \|/);
    assert.match(summary, /No module named 'app\.helpers' \(on linux\/arm64 only\)/);
    const text = await cli(['scan', `oci-archive:${file}`, '--platform', 'all', '--quiet']);
    // boot auto: the machine's platform is not booted for being read from a file, the other for its architecture.
    assert.match(text.stdout, /^linux\/amd64 +PASS: 0 errors, 1 warning, 0 notices; Python 3\.12, 3 files; not booted: the image is read from a oci-archive file/m);
    assert.match(text.stdout, /^linux\/arm64 +FAIL: 1 error, 1 warning, 0 notices; Python 3\.12, 2 files; not booted: linux\/arm64 is not this machine's architecture/m);
    // SARIF places findings in repository files: the checkout the image was built from.
    const repo = await checkout(tmp.dir);
    const sarif = JSON.parse((await cli(['scan', `oci-archive:${file}`, '--platform', 'all', '--format', 'sarif', '--repo', repo, '--quiet'])).stdout) as { runs: Array<{ results: Array<{ message: { text: string }; properties: { platforms?: string[] } }>; properties: { platforms: unknown } }> };
    const [run] = sarif.runs;
    assert.deepEqual(run!.results.map((result) => result.properties.platforms), [['linux/arm64'], ['linux/amd64', 'linux/arm64']]);
    assert.match(run!.results[0]!.message.text, /\(on linux\/arm64 only\)/);
    assert.deepEqual(run!.properties.platforms, [
      { platform: 'linux/amd64', label: report.platforms![0]!.label, result: 'pass', counts: { error: 0, warning: 1, notice: 0, unreported: 0 } },
      { platform: 'linux/arm64', label: report.platforms![1]!.label, result: 'fail', counts: { error: 1, warning: 1, notice: 0, unreported: 0 } },
    ]);
    const github = await cli(['scan', `oci-archive:${file}`, '--platform', 'all', '--format', 'github', '--quiet']);
    assert.match(github.stdout, /^::error [^\n]*::ModuleNotFoundError: No module named 'app\.helpers' \(on linux\/arm64 only\)/m);
  });

  it('a baseline accepts a finding once for all its platforms, and each platform\'s verdict follows it', async () => {
    await using tmp = await tempFolder();
    const file = await archive(tmp.dir, [appImage('amd64', { withHelpers: true }), appImage('arm64', { withHelpers: false })]);
    const repo = await checkout(tmp.dir);
    const baseline = path.join(repo, 'baseline.json');
    const written = await cli(['scan', `oci-archive:${file}`, '--platform', 'all', '--repo', repo, '--write-baseline', baseline, '--format', 'json', '--quiet']);
    assert.equal(written.code, 0, written.stderr);
    // One entry per finding, not per platform.
    assert.equal((JSON.parse(await readFile(baseline, 'utf8')) as { findings: unknown[] }).findings.length, 2);
    const again = await cli(['scan', `oci-archive:${file}`, '--platform', 'all', '--repo', repo, '--baseline', 'baseline.json', '--format', 'json', '--quiet']);
    assert.equal(again.code, 0, again.stderr);
    const report = parseJsonReport(again.stdout);
    assert.deepEqual(report.baseline, { file: 'baseline.json', accepted: 2, unmatched: 0 });
    assert.deepEqual(report.platforms!.map(({ platform, result, counts }) => ({ platform, result, counts })), [
      { platform: 'linux/amd64', result: 'pass', counts: { error: 0, warning: 0, notice: 0, unreported: 1 } },
      { platform: 'linux/arm64', result: 'pass', counts: { error: 0, warning: 0, notice: 0, unreported: 2 } },
    ]);
  });

  it('refuses more platforms than MAX_PLATFORMS at once, naming the limit', async () => {
    await using tmp = await tempFolder();
    const images = Array.from({ length: MAX_PLATFORMS + 1 }, (_, index) => appImage('amd64', { withHelpers: true, variant: `v${index}` }));
    const file = await archive(tmp.dir, images);
    const result = await cli(['scan', `oci-archive:${file}`, '--platform', 'all', '--quiet']);
    assert.equal(result.code, 2);
    assert.match(result.stderr, new RegExp(`holds ${MAX_PLATFORMS + 1} images, over the limit of ${MAX_PLATFORMS} platforms checked at once`));
    // The first of them alone is within every limit.
    const one = await cli(['scan', `oci-archive:${file}`, '--platform', 'linux/amd64/v0', '--quiet']);
    assert.equal(one.code, 0, one.stderr);
  });

  it('refuses a platform name that is no os/arch, which every message would carry', async () => {
    await using tmp = await tempFolder();
    const file = await archive(tmp.dir, [appImage('amd64', { withHelpers: true }), appImage(`arm64\n::error::${'x'.repeat(200)}`, { withHelpers: true })]);
    const result = await cli(['scan', `oci-archive:${file}`, '--platform', 'all', '--quiet']);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /gives the platform "linux\/arm64\\n::error::x+"…, which is not os\/arch\[\/variant\]/);
    assert.ok(result.stderr.length < 1000, result.stderr);
  });

  it('refuses two images of one platform, and inspect with all', async () => {
    await using tmp = await tempFolder();
    const file = await archive(tmp.dir, [appImage('amd64', { withHelpers: true }), appImage('amd64', { withHelpers: false })]);
    const twice = await cli(['scan', `oci-archive:${file}`, '--platform', 'all', '--quiet']);
    assert.equal(twice.code, 2);
    assert.match(twice.stderr, /holds two images for linux\/amd64 \(manifests sha256:\w+ and sha256:\w+\)/);
    const inspect = await cli(['inspect', `oci-archive:${file}`, '--platform', 'all']);
    assert.equal(inspect.code, 2);
    assert.match(inspect.stderr, /inspect shows one image: give --platform os\/arch/);
  });

  it('with a boot asked for, only the machine\'s own architecture boots: the others say why, and do not fail', async () => {
    await using tmp = await tempFolder();
    // Neither platform is this machine's, so nothing needs the daemon.
    const file = await archive(tmp.dir, [appImage('s390x', { withHelpers: true }), appImage('riscv64', { withHelpers: true })]);
    const result = await cli(['scan', `oci-archive:${file}`, '--platform', 'all', '--boot', 'import', '--format', 'json', '--quiet']);
    assert.equal(result.code, 0, result.stderr);
    const report = parseJsonReport(result.stdout);
    assert.deepEqual(report.platforms!.map((verdict) => verdict.boot), [
      { mode: 'none', reason: `linux/s390x is not this machine's architecture (${process.arch === 'x64' ? 'amd64' : process.arch}); with platform all, only the platform the machine runs is booted` },
      { mode: 'none', reason: `linux/riscv64 is not this machine's architecture (${process.arch === 'x64' ? 'amd64' : process.arch}); with platform all, only the platform the machine runs is booted` },
    ]);
  });
});
