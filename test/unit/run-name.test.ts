// The name that keeps the check runs, comments and SARIF categories of several images apart.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigurationError } from '../../src/errors.ts';
import { defaultRunName, NAME_LIMIT, runName } from '../../src/github/run-name.ts';
import { parseSource } from '../../src/image/source.ts';

const name = (image: string, workspace?: string): string => defaultRunName(parseSource(image), undefined, workspace);

describe('the default name', () => {
  it('is the image reference without its registry, and without Docker Hub\'s library/', () => {
    assert.equal(name('docker:ghcr.io/org/api:1.2'), 'org/api:1.2');
    assert.equal(name('docker:localhost:5000/api:1'), 'api:1');
    assert.equal(name('docker:docker.io/library/python:3.12-slim'), 'python:3.12-slim');
    assert.equal(name('docker:team/api'), 'team/api');
    assert.equal(name('registry:ghcr.io/org/api:1.2'), 'org/api:1.2');
    assert.equal(name('registry:127.0.0.1:5000/team/api:1'), 'team/api:1');
    assert.equal(name('api:latest'), 'api:latest');
    assert.equal(name('registry.example:443/a/b/c:v2'), 'a/b/c:v2');
  });

  it('cuts a digest to 12 hex digits', () => {
    assert.equal(name(`docker:ghcr.io/org/api@sha256:${'0123456789abcdef'.repeat(4)}`), 'org/api@0123456789ab');
  });

  it("is an archive's or folder's path without its ending, relative to the checkout when inside it, else its last part", () => {
    assert.equal(name('docker-archive:build/api.tar'), 'build/api');
    assert.equal(name('oci-archive:./out/worker.tar.gz'), 'out/worker');
    assert.equal(name('oci-dir:/home/runner/work/repo/services/a/oci/', '/home/runner/work/repo'), 'services/a/oci');
    assert.equal(name('oci-dir:/home/runner/work/_temp/oci', '/home/runner/work/repo'), 'oci');
    assert.equal(name('dir:rootfs'), 'rootfs');
    assert.equal(name('/tmp/images/api.tar'), 'api');
    assert.equal(name('./api.tar'), 'api');
  });

  it("is the tag picked from a docker-archive, as splitArchiveReference gives it", () => {
    assert.equal(defaultRunName({ kind: 'docker-archive', location: 'images.tar', reference: 'docker.io/library/api:1' }), 'api:1');
  });

  it('adds the platform when one is chosen, so the platforms of one image differ', () => {
    const source = parseSource('docker:api:1');
    assert.equal(defaultRunName(source, { os: 'linux', architecture: 'arm64', variant: 'v8' }), 'api:1 linux/arm64/v8');
    assert.notEqual(defaultRunName(source, { os: 'linux', architecture: 'amd64' }), defaultRunName(source, { os: 'linux', architecture: 'arm64' }));
  });

  it('replaces what the name may not hold, never leaves it empty, and keeps the end of a long one', () => {
    assert.equal(name('weird image name!!'), 'weird-image-name');
    assert.equal(name('dir:<!-- -->'), 'image');
    const long = name(`docker:org/${'a'.repeat(150)}:tag`);
    assert.equal(long.length, NAME_LIMIT);
    assert.ok(long.endsWith('a:tag'));
    for (const text of ['docker:x-->y', 'docker-archive:a\nb.tar', 'dir:a/b c<d>']) {
      const derived = name(text);
      assert.match(derived, /^[A-Za-z0-9._:/@+-]+$/, JSON.stringify(text));
      assert.doesNotThrow(() => runName(derived, parseSource('x')), 'a default name passes the check a given one must pass');
    }
  });
});

describe('the name input', () => {
  it('wins over the default, trimmed', () => {
    assert.deepEqual(runName('  worker (linux/arm64) ', parseSource('docker:api:1')), { name: 'worker (linux/arm64)', isDefault: false });
    assert.deepEqual(runName('', parseSource('docker:api:1')), { name: 'api:1', isDefault: true });
  });

  it('refuses what would break the comment marker, a line, or a long name', () => {
    for (const bad of ['a-->b', 'a\nb', '<b>', 'x'.repeat(NAME_LIMIT + 1), 'tab\there']) {
      assert.throws(() => runName(bad, parseSource('docker:api:1')), (error: unknown) => error instanceof ConfigurationError && /is not a short label/.test(error.message), JSON.stringify(bad));
    }
  });
});
