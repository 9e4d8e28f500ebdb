import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { libraryProviders } from '../../src/explain/library-providers.ts';
import { fsFromLayers } from '../helpers/image.ts';

describe('library providers', () => {
  it("names the package whose dpkg file list, dpkg shlibs file or apk database holds a library", async () => {
    const fs = await fsFromLayers([
      [
        { name: 'var/lib/dpkg/info/libgl1:amd64.list', content: '/.\n/usr\n/usr/lib/x86_64-linux-gnu/libGL.so.1.7.0\n/usr/lib/x86_64-linux-gnu/libGL.so.1\n' },
        { name: 'var/lib/dpkg/info/libgl1:amd64.md5sums', content: '0123 usr/lib/x86_64-linux-gnu/libGLX.so.0\n' },
        { name: 'var/lib/dpkg/info/libpq5:amd64.shlibs', content: 'libpq 5 libpq5 (>= 15~)\nudeb: libfoo 1 libfoo1-udeb\n' },
        { name: 'lib/apk/db/installed', content: 'C:Q1abc=\nP:libgomp\nV:13.2.1\nF:usr/lib\nR:libgomp.so.1\nR:libgomp.so.1.0.0\n\nP:musl\nF:lib\nR:libc.musl-x86_64.so.1\n' },
      ],
    ]);
    const found = await libraryProviders(fs, ['libGL.so.1', 'libGLX.so.0', 'libpq.so.5', 'libgomp.so.1', 'libfoo.so.1', 'libnone.so.3']);
    assert.deepEqual(Object.fromEntries(found), { 'libGL.so.1': 'libgl1', 'libpq.so.5': 'libpq5', 'libgomp.so.1': 'libgomp' });
  });

  it('names none without a package database, or when none is asked for', async () => {
    const fs = await fsFromLayers([[{ name: 'usr/lib/libz.so.1', content: 'x' }]]);
    assert.equal((await libraryProviders(fs, ['libGL.so.1'])).size, 0);
    assert.equal((await libraryProviders(fs, [])).size, 0);
  });
});
