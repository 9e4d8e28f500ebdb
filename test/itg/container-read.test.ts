// A `docker:` image read as a container of it sees it must give what the image's own export
// gives: the same tree but for the paths marked unsure, the same report, and, when the analysis
// looks at an unsure path, a second read from `docker image save` whose report is the image's.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { execa } from 'execa';
import { openImage } from '../../src/image/open-image.ts';
import type { ImageFs } from '../../src/image/image-fs.ts';
import type { JsonReport } from '../../src/report/json.ts';
import { cli } from '../helpers/cli.ts';
import { buildFixture, dockerReady, guardContainers, PYTHON_315_IMAGE, PYTHON_BIG_IMAGE, PYTHON_IMAGE, PYTHON_NEXT_IMAGE, PYTHON_ORG_IMAGES } from '../helpers/docker.ts';
import { parseJsonReport } from '../helpers/json-report.ts';

const IMAGES = [PYTHON_IMAGE, PYTHON_BIG_IMAGE, PYTHON_NEXT_IMAGE, PYTHON_315_IMAGE, ...Object.values(PYTHON_ORG_IMAGES)];
/** Entry modules of the standard library, and of the packages two of the images hold. */
const STDLIB_ENTRIES = ['http.server', 'unittest', 'pydoc', 'json.tool'];
const DEBIAN_ENTRIES = ['gunicorn.app.wsgiapp', 'fastapi', 'pkg_resources', 'yaml', ...STDLIB_ENTRIES];
const BIG_ENTRIES = ['django.core.management', 'celery.__main__', 'scrapy.cmdline', 'ansible.cli.playbook', 'IPython'];
const MADE_WORKDIR = 'import-guard-test/container-made-workdir:itg';

/** Every path with its facts, as a string per path. */
function facts(fs: ImageFs): Map<string, string> {
  const found = new Map<string, string>();
  for (const entry of fs.walk()) found.set(entry.path, JSON.stringify([entry.type, entry.mode & 0o7777, entry.size, entry.linkTarget ?? null]));
  return found;
}

/** A scan's JSON report without its timing. */
async function scan(image: string, entries: string[], read: 'container' | 'save'): Promise<{ report: Omit<JsonReport, 'stats'> & { stats: Omit<JsonReport['stats'], 'seconds'> }; stderr: string }> {
  const run = await cli(['scan', `docker:${image}`, '--boot', 'none', '--format', 'json', '--fail-on', 'never', '--docker-read', read, ...entries.flatMap((entry) => ['--entrypoint', entry])]);
  assert.equal(run.code, 0, run.stderr);
  const { stats, ...report } = parseJsonReport(run.stdout);
  const { seconds, ...untimed } = stats;
  assert.ok(seconds >= 0);
  return { report: { ...report, stats: untimed }, stderr: run.stderr };
}

describe('a docker: image read as a container sees it', () => {
  it('holds the tree of the image’s own export but for the unsure paths, which are only what creating a container makes', async (t) => {
    if (!(await dockerReady(t, { images: IMAGES }))) return;
    for (const image of IMAGES) {
      const container = await openImage(`docker:${image}`, { daemonRead: 'container' });
      const saved = await openImage(`docker:${image}`, { daemonRead: 'save' });
      try {
        const unsure = container.fs.unsurePaths;
        assert.ok(unsure.length > 0 && unsure.every((p) => ['/.dockerenv', '/etc/hosts', '/etc/hostname', '/etc/resolv.conf', '/etc/mtab', '/proc', '/sys', '/dev', '/dev/pts', '/dev/shm', '/dev/console'].includes(p)), `${image}: ${unsure.join(' ')}`);
        const isUnsure = (p: string): boolean => unsure.some((u) => p === u || p.startsWith(`${u}/`));
        const mine = facts(container.fs);
        const theirs = facts(saved.fs);
        const differing = [...new Set([...mine.keys(), ...theirs.keys()])].filter((p) => mine.get(p) !== theirs.get(p));
        assert.deepEqual(differing.filter((p) => !isUnsure(p)), [], `${image}: paths that differ from the image's own export outside the unsure ones`);
        assert.ok(theirs.size > 1000, `${image}: ${theirs.size} paths compared`);
        assert.equal(container.daemonId, saved.daemonId);
      } finally {
        container.fs.close();
        saved.fs.close();
      }
    }
    assert.deepEqual(await guardContainers(), [], 'no container made to read an image is left');
  });

  it('gives the report of the image’s own export, without a second read, on every test image', async (t) => {
    if (!(await dockerReady(t, { images: IMAGES }))) return;
    let files = 0;
    for (const image of IMAGES) {
      const entries = image === PYTHON_BIG_IMAGE ? BIG_ENTRIES : image === PYTHON_IMAGE ? DEBIAN_ENTRIES : STDLIB_ENTRIES;
      const container = await scan(image, entries, 'container');
      const saved = await scan(image, entries, 'save');
      assert.match(container.stderr, /as a container of it sees it \(docker container export\)/, image);
      assert.doesNotMatch(container.stderr, /reading the image again/, `${image}: read once`);
      assert.deepEqual(container.report, saved.report, image);
      files += (container.report.stats as { files: number }).files;
    }
    assert.ok(files > 800, `${files} files scanned in all`);
  });

  it('reads the image again from docker image save when the analysis looks at a path a container makes, and reports what the image holds', async (t) => {
    if (!(await dockerReady(t, { images: [PYTHON_IMAGE] }))) return;
    await buildFixture('container-made-workdir', `${MADE_WORKDIR}-app`);
    // A commit's WORKDIR change, unlike the Dockerfile's, makes no folder.
    const { stdout: made } = await execa('docker', ['create', `${MADE_WORKDIR}-app`]);
    try {
      await execa('docker', ['commit', '--change', 'WORKDIR /srv/made/here', '--change', 'ENV PYTHONPATH=/srv', '--change', 'CMD ["python3", "/opt/app/main.py"]', made, MADE_WORKDIR]);
    } finally {
      await execa('docker', ['rm', '--force', made]);
    }
    const container = await scan(MADE_WORKDIR, [], 'container');
    const saved = await scan(MADE_WORKDIR, [], 'save');
    assert.match(container.stderr, /the analysis looked at \/srv, which a container of the image may not see as the image holds it: reading the image again from docker image save/);
    assert.deepEqual(container.report, saved.report);
    // A container of it would find the folder Docker made for the working directory: the image has none.
    const findings = container.report.findings as Array<{ module: string; severity: string; file: string }>;
    assert.deepEqual(findings.map((finding) => [finding.module, finding.severity, finding.file]), [['made', 'error', '/opt/app/main.py']]);
    assert.deepEqual(await guardContainers(), []);
  });
});
