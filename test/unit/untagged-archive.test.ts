// An archive as the boot hands it to `docker load`: the image's names taken out by entries
// appended after the archive's own, which docker's in-order unpacking lets replace them.
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { untaggedArchive } from '../../src/boot/untagged-archive.ts';
import { TarParser } from '../../src/image/tar.ts';
import { tempFolder } from '../helpers/layouts.ts';
import { tar } from '../helpers/tar-writer.ts';

/** Each name's last entry, as docker's unpacking leaves it: type and text. */
async function unpacked(stream: AsyncIterable<Buffer>): Promise<Map<string, { type: string; text: string }>> {
  const files = new Map<string, { type: string; text: string }>();
  const parser = new TarParser(
    (entry) => entry.size,
    (entry, data) => files.set(path.posix.normalize(entry.name).replace(/^(\.\/|\/)+/, ''), { type: entry.type, text: data?.toString('utf8') ?? entry.linkName }),
  );
  for await (const chunk of stream) parser.write(chunk);
  parser.end();
  return files;
}

describe('an archive loaded without its names', () => {
  it('keeps every entry, and the last manifest.json and index.json name no image', async () => {
    await using tmp = await tempFolder();
    const manifest = [{ Config: 'c.json', RepoTags: ['python:3.12', 'my-service:latest'], Layers: ['l/layer.tar'] }];
    const index = { schemaVersion: 2, manifests: [{ digest: 'sha256:x', annotations: { 'io.containerd.image.name': 'docker.io/library/python:3.12', 'org.opencontainers.image.ref.name': '3.12', 'other': 'kept' } }] };
    const archive = Buffer.concat([
      tar([
        { name: 'c.json', content: '{}' },
        { name: 'l/layer.tar', content: 'layer bytes' },
        { name: './manifest.json', content: JSON.stringify(manifest) },
        { name: 'index.json', content: JSON.stringify(index) },
        { name: 'repositories', content: '{"python":{"3.12":"x"}}' },
      ]),
      // Bytes after the end of the archive are not read, before or after.
      Buffer.from('trailing bytes'),
    ]);
    const file = path.join(tmp.dir, 'image.tar');
    await writeFile(file, archive);
    const files = await unpacked(untaggedArchive(file));
    assert.deepEqual(JSON.parse(files.get('manifest.json')!.text), [{ Config: 'c.json', RepoTags: null, Layers: ['l/layer.tar'] }]);
    assert.deepEqual((JSON.parse(files.get('index.json')!.text) as { manifests: Array<{ annotations: unknown }> }).manifests[0]!.annotations, { other: 'kept' });
    assert.deepEqual([files.get('c.json')?.text, files.get('l/layer.tar')?.text], ['{}', 'layer bytes']);
  });

  it('a manifest.json that is a link to another file is replaced by a file that names nothing', async () => {
    await using tmp = await tempFolder();
    const file = path.join(tmp.dir, 'image.tar');
    await writeFile(file, tar([
      { name: 'tagged.json', content: JSON.stringify([{ Config: 'c.json', RepoTags: ['python:3.12'], Layers: [] }]) },
      { name: 'manifest.json', type: 'symlink', linkName: 'tagged.json' },
      { name: 'c.json', content: '{}' },
    ]));
    const files = await unpacked(untaggedArchive(file));
    assert.deepEqual(files.get('manifest.json'), { type: 'file', text: JSON.stringify([{ Config: 'c.json', RepoTags: null, Layers: [] }]) });
  });
});
