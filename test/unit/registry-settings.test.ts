// The registry-* inputs, the registry: source form, and credentials from a docker config file.
import assert from 'node:assert/strict';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { dockerCredentials } from '../../src/image/registry/credentials.ts';
import { parseSource } from '../../src/image/source.ts';
import { makeSettings } from '../../src/settings.ts';
import { tempFolder } from '../helpers/layouts.ts';

describe('registry settings', () => {
  it('reads registry:REF as a source of its own', () => {
    assert.deepEqual(parseSource('registry:ghcr.io/org/app:1'), { kind: 'registry', location: 'ghcr.io/org/app:1' });
    assert.throws(() => parseSource('registry:'), /image source "registry:" names no image reference after "registry:"/);
  });

  it('takes the username and password together, a CA file, and an insecure switch', () => {
    const settings = makeSettings({ image: 'registry:r.example/a:1', registryUsername: ' bot ', registryPassword: ' pass word ', registryCa: ' ca.pem ', registryInsecure: 'TRUE' });
    assert.deepEqual(settings.registry, { username: 'bot', password: ' pass word ', caFile: 'ca.pem', insecure: true });
    assert.equal(makeSettings({ image: 'registry:r.example/a:1', registryInsecure: 'false' }).registry, undefined);
    assert.throws(() => makeSettings({ image: 'registry:r.example/a:1', registryUsername: 'bot' }), /registry-username is given without registry-password \(for the command line: the IMPORT_GUARD_REGISTRY_PASSWORD variable\): give both/);
    assert.throws(() => makeSettings({ image: 'registry:r.example/a:1', registryPassword: 'x' }), /registry-password is given without registry-username/);
    assert.throws(() => makeSettings({ image: 'registry:r.example/a:1', registryInsecure: 'yes' }), /registry-insecure is "yes"; expected true or false/);
  });
});

describe('credentials from the docker config file', () => {
  it('finds an auths entry by host, under a URL key too, and Docker Hub under its index key', async () => {
    await using tmp = await tempFolder();
    const encode = (text: string) => Buffer.from(text).toString('base64');
    await writeFile(
      path.join(tmp.dir, 'config.json'),
      JSON.stringify({ auths: { 'https://r.example:5000/v2/': { auth: encode('a:b:c') }, 'https://index.docker.io/v1/': { auth: encode('hub:secret') }, 'plain.example': { username: 'u', password: 'p' } } }),
    );
    const env = { DOCKER_CONFIG: tmp.dir };
    assert.deepEqual(await dockerCredentials('r.example:5000', env), { username: 'a', password: 'b:c' });
    assert.deepEqual(await dockerCredentials('docker.io', env), { username: 'hub', password: 'secret' });
    assert.deepEqual(await dockerCredentials('plain.example', env), { username: 'u', password: 'p' });
    assert.equal(await dockerCredentials('other.example', env), undefined);
    assert.equal(await dockerCredentials('r.example', env), undefined, 'another port is another registry');
  });

  it('runs a credential helper with the host on stdin; says what to do when it is missing or refuses', async () => {
    await using tmp = await tempFolder();
    const bin = path.join(tmp.dir, 'bin');
    await mkdir(bin);
    await writeFile(path.join(bin, 'docker-credential-unit'), '#!/bin/sh\nread host\n[ "$host" = "r.example" ] && echo \'{"Username":"h","Secret":"s"}\' && exit 0\necho boom; exit 1\n');
    await chmod(path.join(bin, 'docker-credential-unit'), 0o755);
    const env = { DOCKER_CONFIG: tmp.dir };
    const saved = process.env.PATH;
    process.env.PATH = `${bin}:${saved}`;
    try {
      await writeFile(path.join(tmp.dir, 'config.json'), JSON.stringify({ credHelpers: { 'r.example': 'unit', 'x.example': 'unit', 'y.example': 'absent' } }));
      assert.deepEqual(await dockerCredentials('r.example', env), { username: 'h', password: 's' });
      await assert.rejects(dockerCredentials('x.example', env), /docker-credential-unit get failed \(boom\); log in again, or give registry-username and registry-password/);
      await assert.rejects(dockerCredentials('y.example', env), /asks for the credential helper docker-credential-absent, which is not on PATH/);
      await writeFile(path.join(tmp.dir, 'config.json'), JSON.stringify({ credsStore: '../evil' }));
      await assert.rejects(dockerCredentials('r.example', env), /names the credential helper "\.\.\/evil", which is not a helper name/);
    } finally {
      process.env.PATH = saved;
    }
  });
});
