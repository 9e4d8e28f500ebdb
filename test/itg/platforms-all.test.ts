// `platform: all` on a real two-platform archive: the bundled command line and Action check each
// platform, boot the machine's own, and fail on the platform whose image lost a module.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { execa } from 'execa';
import { ROOT, runStep } from '../helpers/action-runner.ts';
import { buildFixture, dockerReady, PYTHON_IMAGE } from '../helpers/docker.ts';
import { tempFolder } from '../helpers/layouts.ts';
import { parseJsonReport, readJsonReport } from '../helpers/json-report.ts';

const TAGS = { amd64: 'import-guard-test/platforms-all:amd64', arm64: 'import-guard-test/platforms-all:arm64-broken' };

/** A service on the Debian base image; `withHelpers: false` is the build that lost app/helpers.py. */
async function buildService(dir: string, tag: string, withHelpers: boolean): Promise<void> {
  await mkdir(path.join(dir, 'app'), { recursive: true });
  await writeFile(path.join(dir, 'Dockerfile'), `FROM ${PYTHON_IMAGE}\nWORKDIR /srv\nCOPY app/ app/\nCMD ["python3", "-m", "app.main"]\n`);
  await writeFile(path.join(dir, 'app/__init__.py'), '');
  await writeFile(path.join(dir, 'app/main.py'), 'import json\n\nimport app.helpers\n\nprint(json.dumps(app.helpers.VALUE))\n');
  if (withHelpers) await writeFile(path.join(dir, 'app/helpers.py'), 'VALUE = 1\n');
  await buildFixture(dir, tag);
}

const sha256 = (data: Buffer): string => createHash('sha256').update(data).digest('hex');

interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  platform?: Record<string, string>;
  annotations?: Record<string, string>;
}

/**
 * One OCI layout of both images, as a multi-platform build writes it: skopeo copies each saved
 * image into the layout (sharing the base image's layer), then the second image's config is
 * rewritten for linux/arm64/v8 and index.json gives each manifest its platform. A manifest.json
 * for the amd64 image is added as Docker 25+ `docker save` writes one, so that this machine's
 * daemon can load it for the boot.
 */
async function twoPlatformArchive(dir: string): Promise<string> {
  const layout = path.join(dir, 'layout');
  for (const [arch, tag] of Object.entries(TAGS)) {
    const saved = path.join(dir, `${arch}.tar`);
    await execa('docker', ['save', '--output', saved, tag], { stdin: 'ignore' });
    await execa('skopeo', ['copy', '--quiet', `docker-archive:${saved}`, `oci:${layout}:${arch}`], { stdin: 'ignore' });
  }
  const blob = (digest: string): string => path.join(layout, 'blobs', ...digest.split(':'));
  const putBlob = async (data: Buffer): Promise<{ digest: string; size: number }> => {
    const digest = `sha256:${sha256(data)}`;
    await writeFile(blob(digest), data);
    return { digest, size: data.length };
  };
  const index = JSON.parse(await readFile(path.join(layout, 'index.json'), 'utf8')) as { manifests: Descriptor[] };
  const manifests: Descriptor[] = [];
  let dockerManifest: unknown;
  for (const descriptor of index.manifests) {
    const arch = descriptor.annotations?.['org.opencontainers.image.ref.name'] as 'amd64' | 'arm64';
    const manifest = JSON.parse(await readFile(blob(descriptor.digest), 'utf8')) as { config: Descriptor; layers: Descriptor[] };
    if (arch === 'arm64') {
      const config = JSON.parse(await readFile(blob(manifest.config.digest), 'utf8')) as Record<string, unknown>;
      manifest.config = { ...manifest.config, ...(await putBlob(Buffer.from(JSON.stringify({ ...config, architecture: 'arm64', variant: 'v8' })))) };
    } else {
      dockerManifest = [{ Config: `blobs/${manifest.config.digest.replace(':', '/')}`, RepoTags: [TAGS.amd64], Layers: manifest.layers.map((layer) => `blobs/${layer.digest.replace(':', '/')}`) }];
    }
    const written = await putBlob(Buffer.from(JSON.stringify(manifest)));
    manifests.push({ mediaType: descriptor.mediaType, ...written, platform: arch === 'arm64' ? { os: 'linux', architecture: 'arm64', variant: 'v8' } : { os: 'linux', architecture: 'amd64' } });
  }
  // BuildKit's attestation manifest rides along as unknown/unknown: it is no platform to check.
  const attestation = await putBlob(Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.manifest.v1+json', config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: manifests[0]!.digest, size: manifests[0]!.size }, layers: [] })));
  manifests.push({ mediaType: 'application/vnd.oci.image.manifest.v1+json', ...attestation, platform: { os: 'unknown', architecture: 'unknown' }, annotations: { 'vnd.docker.reference.type': 'attestation-manifest', 'vnd.docker.reference.digest': manifests[0]!.digest } });
  await writeFile(path.join(layout, 'index.json'), JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests }));
  await writeFile(path.join(layout, 'manifest.json'), JSON.stringify(dockerManifest));
  const archive = path.join(dir, 'service-multi.tar');
  await execa('tar', ['-C', layout, '-cf', archive, 'oci-layout', 'index.json', 'manifest.json', 'blobs'], { stdin: 'ignore' });
  return archive;
}

describe('platform all on a two-platform archive', () => {
  it('the bundled CLI and Action: one verdict per platform, the arm64-only loss an error naming linux/arm64 only, the amd64 image alone booted', async (t) => {
    if (!(await dockerReady(t, { tools: ['skopeo'], images: [PYTHON_IMAGE] }))) return;
    await using tmp = await tempFolder('import-guard-platforms-');
    await buildService(path.join(tmp.dir, 'amd64'), TAGS.amd64, true);
    await buildService(path.join(tmp.dir, 'arm64'), TAGS.arm64, false);
    const archive = await twoPlatformArchive(tmp.dir);

    const cli = await execa(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'scan', `oci-archive:${archive}`, '--platform', 'all', '--boot', 'none', '--format', 'json'], { reject: false, stdin: 'ignore' });
    assert.equal(cli.exitCode, 1, cli.stderr);
    assert.match(cli.stderr, /holds 2 platforms: linux\/amd64, linux\/arm64\/v8/);
    const report = parseJsonReport(cli.stdout);
    assert.equal(report.result, 'fail');
    const verdicts = report.platforms!.map(({ platform, result, counts, boot }) => ({ platform, result, errors: counts.error, boot: boot && ('ok' in boot ? `${boot.mode} ${boot.ok}` : 'reason' in boot ? boot.reason : boot.error) }));
    assert.deepEqual(verdicts, [
      { platform: 'linux/amd64', result: 'pass', errors: 0, boot: 'boot is none' },
      { platform: 'linux/arm64/v8', result: 'fail', errors: 1, boot: 'boot is none' },
    ]);
    const reported = report.findings.filter((finding) => finding.reported);
    assert.deepEqual(reported.map((finding) => [finding.severity, finding.module, finding.file, finding.line, finding.platforms]), [['error', 'app.helpers', '/srv/app/main.py', 3, ['linux/arm64/v8']]]);
    assert.equal(reported[0]!.message, "ModuleNotFoundError: No module named 'app.helpers' (on linux/arm64/v8 only)");
    // Both platforms read the same Debian interpreter and its library.
    assert.deepEqual(report.platforms!.map((verdict) => verdict.python.version), ['3.11', '3.11']);
    // The arm64 image lacks app/helpers.py: one file fewer read.
    assert.deepEqual(report.platforms!.map((verdict) => verdict.stats.files), [3, 2]);

    // The checkout is the amd64 build's: it has app/helpers.py, which the arm64 image lost.
    const step = await runStep('index.js', tmp.dir, { 'INPUT_IMAGE': `oci-archive:${archive}`, 'INPUT_PLATFORM': 'all', 'INPUT_BOOT': 'import', 'INPUT_SUMMARY': 'true', 'GITHUB_WORKSPACE': path.join(tmp.dir, 'amd64') });
    assert.equal(step.exitCode, 1, step.stdout);
    assert.equal(step.outputs.result, 'fail');
    assert.equal(step.outputs.errors, '1');
    assert.match(step.summary, /^## ❌ \*\*import-guard \(service-multi\): this image will fail to import on linux\/arm64\/v8\*\* \(1 error, 0 warnings, 0 notices; fails on error\)/);
    assert.match(step.summary, /: 2 platforms checked, each with its own verdict\./);
    // The machine's own platform boots (the daemon loads it from the archive); the other says why not, and that is no failure.
    assert.match(step.summary, /^\| <code>linux\/amd64<\/code> \| ✅ passes \| 0 \| 0 \| 0 \| 3\.11 \| 3 files, [\d.]+ s \| import boot passed: [^|]+ \|$/m);
    assert.match(step.summary, /^\| <code>linux\/arm64\/v8<\/code> \| ❌ fails \| 1 \| 0 \| 0 \| 3\.11 \| 2 files, [\d.]+ s \| not booted: linux\/arm64\/v8 is not this machine's architecture \(amd64\); with platform all, only the platform the machine runs is booted \|$/m);
    assert.match(step.summary, /^\*\*Boot \(<code>linux\/amd64<\/code>\):\*\* ✅ import boot passed/m);
    assert.match(step.summary, /No module named 'app\.helpers' \(on linux\/arm64\/v8 only\)/);
    assert.match(step.stdout, /^linux\/amd64: passes \(0 errors, 0 warnings, 0 notices\); import boot passed: /m);
    assert.match(step.stdout, /^linux\/arm64\/v8: fails \(1 error, 0 warnings, 0 notices\); not booted: linux\/arm64\/v8 is not this machine's architecture/m);
    assert.match(step.stdout, /^::error title=app\.helpers is missing from the image,file=app\/main\.py,line=3,col=1::ModuleNotFoundError: No module named 'app\.helpers' \(on linux\/arm64\/v8 only\)%0ACause: [^\n]*%0ALost in packaging: the checkout has this module, the image does not%0A/m);
    const json = await readJsonReport(step.outputs['report-json']!);
    assert.deepEqual(json.platforms!.map((verdict) => `${verdict.platform} ${verdict.result} ${verdict.boot?.mode}`), ['linux/amd64 pass import', 'linux/arm64/v8 fail none']);
    assert.equal(step.outputs.boot, 'passed');
  });
});
