// Podman users save their image with `podman save`: each of its formats reads as the same image.
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { execa } from 'execa';
import { openImage } from '../../src/image/open-image.ts';
import { dockerReady, PYTHON_IMAGE } from '../helpers/docker.ts';
import { tempFolder } from '../helpers/layouts.ts';

/** Every path of the image as `path type mode size [-> target]`, sorted. */
async function walkOf(source: string): Promise<{ lines: string[]; kind: string; formats: string[] }> {
  const image = await openImage(source);
  try {
    const lines = [...image.fs.walk()].map((entry) => `${entry.path} ${entry.type} ${entry.mode.toString(8)} ${entry.type === 'file' ? entry.size : 0}${entry.linkTarget !== undefined ? ` -> ${entry.linkTarget}` : ''}`).sort();
    return { lines, kind: image.kind, formats: image.layers.map((layer) => layer.format) };
  } finally {
    image.fs.close();
  }
}

/**
 * Podman with its store in `dir`, as root: nothing of the machine's own containers storage is
 * read or changed. overlay where the kernel allows it, else vfs.
 */
async function podmanStore(dir: string): Promise<(args: string[]) => Promise<string>> {
  const run = (driver: string) => async (args: string[]): Promise<string> => {
    const result = await execa('podman', ['--root', path.join(dir, 'root'), '--runroot', path.join(dir, 'runroot'), '--storage-driver', driver, ...args], { stdin: 'ignore', env: { TMPDIR: dir } });
    return result.stdout;
  };
  try {
    await run('overlay')(['images']);
    return run('overlay');
  } catch {
    return run('vfs');
  }
}

describe('podman save', () => {
  it('its oci-archive, docker-archive and default archives read as the same file tree as docker save of the image', async (t) => {
    if (!(await dockerReady(t, { tools: ['podman'], images: [PYTHON_IMAGE] }))) return;
    await using tmp = await tempFolder('import-guard-podman-');
    const saved = path.join(tmp.dir, 'docker-save.tar');
    await execa('docker', ['save', '--output', saved, PYTHON_IMAGE], { stdin: 'ignore' });
    const podman = await podmanStore(tmp.dir);
    await podman(['load', '--input', saved]);
    const archives = {
      'oci-archive': path.join(tmp.dir, 'podman-oci.tar'),
      'docker-archive': path.join(tmp.dir, 'podman-docker.tar'),
      'default': path.join(tmp.dir, 'podman-default.tar'),
    };
    await podman(['save', '--format', 'oci-archive', '--output', archives['oci-archive'], PYTHON_IMAGE]);
    await podman(['save', '--format', 'docker-archive', '--output', archives['docker-archive'], PYTHON_IMAGE]);
    await podman(['save', '--output', archives.default, PYTHON_IMAGE]);

    const expected = await walkOf(`docker-archive:${saved}`);
    assert.ok(expected.lines.length > 5000, `docker save of ${PYTHON_IMAGE} holds ${expected.lines.length} paths`);
    assert.ok(expected.lines.some((line) => line.startsWith('/usr/bin/python3 symlink ')), 'the image has python3');
    const oci = await walkOf(`oci-archive:${archives['oci-archive']}`);
    // Podman compresses the OCI archive's layers; it keeps docker-archive layers as plain tar.
    assert.deepEqual([oci.kind, oci.formats], ['oci-archive', ['gzip']]);
    assert.deepEqual(oci.lines, expected.lines);
    for (const name of ['docker-archive', 'default'] as const) {
      const read = await walkOf(archives[name]);
      assert.deepEqual([read.kind, read.formats], ['docker-archive', ['tar']], name);
      assert.deepEqual(read.lines, expected.lines, name);
    }
  });
});
