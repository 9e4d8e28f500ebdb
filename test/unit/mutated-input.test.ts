import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ImageError } from '../../src/errors.ts';
import { openImage } from '../../src/image/open-image.ts';
import { layoutTar, legacyDockerArchive, ociLayout, tempFolder } from '../helpers/layouts.ts';
import { random as prng } from '../helpers/random.ts';
import { gzip, tar, zstd } from '../helpers/tar-writer.ts';

function mutate(bytes: Buffer, random: () => number): Buffer {
  const copy = Buffer.from(bytes);
  const flips = 1 + Math.floor(random() * 8);
  for (let i = 0; i < flips; i++) copy[Math.floor(random() * copy.length)] = Math.floor(random() * 256);
  return random() < 0.3 ? copy.subarray(0, Math.floor(random() * copy.length)) : copy;
}

describe('mutated archives', () => {
  it('either open or fail with an ImageError, never anything else', async () => {
    await using tmp = await tempFolder();
    const layer = tar([{ name: 'app/main.py', content: 'import os\n'.repeat(50) }, { name: 'app/link', type: 'symlink', linkName: '/etc' }, { name: `deep/${'n'.repeat(150)}.py`, content: 'x' }]);
    const originals = [layoutTar(ociLayout([{ layers: [gzip(layer), zstd(layer), layer] }])), layoutTar(legacyDockerArchive([{ layers: [layer, layer] }]))];
    let opened = 0;
    let refused = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const random = prng(seed);
      const file = path.join(tmp.dir, `m${seed}.tar`);
      await writeFile(file, mutate(originals[seed % originals.length]!, random));
      try {
        await openImage(file);
        opened++;
      } catch (error) {
        assert.ok(error instanceof ImageError, `seed ${seed}: ${(error as Error).stack}`);
        refused++;
      }
    }
    console.log(`mutated archives: ${opened} opened, ${refused} refused with a clear error`);
    assert.ok(refused > 0 && opened + refused === 300);
  });
});
