// registry: images read from a real distribution registry (Debian's docker-registry) on 127.0.0.1,
// behind TLS from a CA made here, anonymously, with htpasswd (Basic) and with the registry's own
// token auth (Bearer, tokens from a server written in test/helpers/registry.ts). What is read must
// equal the same image read from the archive `docker save` writes, path for path.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { execa } from 'execa';
import { type Image, openImage, type OpenImageOptions } from '../../src/image/open-image.ts';
import { RegistryClient } from '../../src/image/registry/client.ts';
import type { RegistryOptions } from '../../src/image/registry/open.ts';
import { dockerReady, PYTHON_IMAGE } from '../helpers/docker.ts';
import { listing } from '../helpers/image.ts';
import { ociLayout, tempFolder, writeLayoutDir } from '../helpers/layouts.ts';
import { runStep } from '../helpers/action-runner.ts';
import { type AuthMode, makeTestCa, PASSWORD, startRegistry, type TestCa, type TestRegistry, USER } from '../helpers/registry.ts';
import { tar } from '../helpers/tar-writer.ts';
import { readJsonReport } from '../helpers/json-report.ts';

const MODES: AuthMode[] = ['anonymous', 'basic', 'bearer'];

/** Keeps the Python sources and the shebang lines: the contents are compared too, not just the listing. */
const keepPython: OpenImageOptions['select'] = (file) => (file.endsWith('.py') ? Infinity : 0);

function contentDigests(image: Image): string[] {
  const found: string[] = [];
  for (const entry of image.fs.walk()) {
    if (entry.type !== 'file' || !entry.path.endsWith('.py')) continue;
    const bytes = image.fs.readFile(entry.path);
    found.push(`${entry.path} ${bytes ? createHash('sha256').update(bytes).digest('hex') : 'not kept'}`);
  }
  return found;
}

interface Setup {
  dir: string;
  ca: TestCa;
  otherCa: TestCa;
  registries: Map<AuthMode, TestRegistry>;
  /** The PYTHON_IMAGE as `docker save` writes it. */
  archive: string;
  /** The multi-platform layout pushed as guard/multi:1. */
  multiLayout: string;
}

const workspace = await tempFolder('import-guard-registry-');
after(() => workspace[Symbol.asyncDispose]());
let setup: Setup | undefined;
/** Stopped after the tests, also when the setup failed halfway. */
const started: TestRegistry[] = [];
let ready = false;

before(async () => {
  // dockerReady is asked in each test; this only prepares what they share when the tools are here.
  const have = await execa('docker-registry', ['--version'], { reject: false });
  if (have.exitCode !== 0 || (await execa('docker', ['image', 'inspect', PYTHON_IMAGE], { reject: false })).exitCode !== 0) return;
  const dir = workspace.dir;
  const ca = await makeTestCa(dir, 'ca');
  const otherCa = await makeTestCa(dir, 'other');
  const storage = path.join(dir, 'storage');
  const registries = new Map<AuthMode, TestRegistry>();
  for (const mode of MODES) {
    const registry = await startRegistry(dir, ca, mode, storage);
    started.push(registry);
    registries.set(mode, registry);
  }
  const anonymous = registries.get('anonymous')!;
  const push = (from: string, to: string, flags: string[] = []) => execa('skopeo', ['copy', '--quiet', ...anonymous.pushFlags, ...flags, from, `docker://${anonymous.host}/${to}`]);
  // A Docker v2 manifest with gzip layers, and an OCI manifest with zstd layers.
  await push(`docker-daemon:${PYTHON_IMAGE}`, 'guard/python:gzip');
  // Compressed locally, then pushed as it is: skopeo would otherwise reuse the gzip blobs already there.
  const zstdLayout = path.join(dir, 'python-zstd');
  await execa('skopeo', ['copy', '--quiet', '--format', 'oci', '--dest-compress-format', 'zstd', `docker-daemon:${PYTHON_IMAGE}`, `oci:${zstdLayout}:zstd`]);
  await push(`oci:${zstdLayout}:zstd`, 'guard/python:zstd', ['--preserve-digests']);
  const archive = path.join(dir, 'python.tar');
  await execa('docker', ['image', 'save', '--output', archive, PYTHON_IMAGE]);
  // Two platforms behind one index, each with a file of its own.
  const platformImage = (architecture: string) => ({
    layers: [gzipSync(tar([{ name: 'app/', type: 'dir' }, { name: `app/${architecture}.py`, content: `ARCH = ${JSON.stringify(architecture)}\n` }]))],
    platform: { os: 'linux', architecture },
    config: { Cmd: ['python3', `/app/${architecture}.py`] },
  });
  const multiLayout = path.join(dir, 'multi');
  await writeLayoutDir(ociLayout([platformImage('amd64'), platformImage('arm64')], { withPlatforms: true, nestedIndex: true }), multiLayout);
  await push(`oci:${multiLayout}`, 'guard/multi:1', ['--all']);
  // Three layers, each with a file of its own, to see which layers a second read fetches.
  const layered = path.join(dir, 'layered');
  const layer = (name: string) => gzipSync(tar([{ name: 'srv/', type: 'dir' }, { name: `srv/${name}.sh`, content: `#!/bin/sh\necho ${name}\n` }]));
  await writeLayoutDir(ociLayout([{ layers: [layer('one'), layer('two'), layer('three')], config: { Cmd: ['/srv/one.sh'] } }]), layered);
  await push(`oci:${layered}`, 'guard/layered:1');
  setup = { dir, ca, otherCa, registries, archive, multiLayout };
  ready = true;
});

after(async () => {
  for (const registry of started) await registry.stop();
});

function credentialsFor(mode: AuthMode): RegistryOptions {
  return mode === 'anonymous' ? {} : { username: USER, password: PASSWORD };
}

async function readRegistry(mode: AuthMode, repository: string, registry: RegistryOptions = {}, options: OpenImageOptions = {}): Promise<Image> {
  const { host } = setup!.registries.get(mode)!;
  // An empty docker config: nothing of the machine's own logins is used.
  return openImage(`registry:${host}/${repository}`, { select: keepPython, registry: { caFile: setup!.ca.caFile, env: { DOCKER_CONFIG: setup!.dir }, ...credentialsFor(mode), ...registry }, ...options });
}

async function rejection(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as Error).message;
  }
  assert.fail('expected the read to fail');
}

describe('registry: images from a real registry', () => {
  const expected = new Map<string, Promise<{ listing: string[]; contents: string[] }>>();
  const fromArchive = (): Promise<{ listing: string[]; contents: string[] }> => {
    let read = expected.get('archive');
    if (!read) {
      read = openImage(`docker-archive:${setup!.archive}`, { select: keepPython }).then((image) => {
        const facts = { listing: listing(image.fs), contents: contentDigests(image) };
        image.fs.close();
        return facts;
      });
      expected.set('archive', read);
    }
    return read;
  };

  for (const mode of MODES) {
    for (const compression of ['gzip', 'zstd'] as const) {
      it(`${mode} auth, ${compression} layers: the image equals the one docker save writes, path for path and content for content`, async (t) => {
        if (!(await dockerReady(t, { tools: ['docker-registry', 'skopeo'], images: [PYTHON_IMAGE] }))) return;
        assert.ok(ready, 'the registries started and the images were pushed');
        const image = await readRegistry(mode, `guard/python:${compression}`);
        try {
          const want = await fromArchive();
          assert.equal(image.kind, 'registry');
          assert.deepEqual(new Set(image.layers.map((layer) => layer.format)), new Set([compression]), 'the layers are stored as pushed');
          const got = listing(image.fs);
          assert.ok(got.length > 1000, `a whole Debian image is read (${got.length} paths)`);
          assert.deepEqual(got, want.listing);
          assert.deepEqual(contentDigests(image), want.contents);
          assert.match(image.label, new RegExp(`^${setup!.registries.get(mode)!.host.replace(/\./g, '\\.')}/guard/python@sha256:[0-9a-f]{64}$`));
          assert.equal(image.pullReference, image.label);
          if (mode === 'bearer') {
            const scopes = setup!.registries.get('bearer')!.tokens!.requests.filter((request) => request.scope?.endsWith(':pull'));
            assert.ok(scopes.some((request) => request.scope === 'repository:guard/python:pull' && request.service === 'import-guard-test-registry' && request.withCredentials), JSON.stringify(scopes));
          }
        } finally {
          image.fs.close();
        }
      });
    }
  }

  it('reads files again after the first pass, fetching their layers again from the registry', async (t) => {
    if (!(await dockerReady(t, { tools: ['docker-registry', 'skopeo'], images: [PYTHON_IMAGE] }))) return;
    assert.ok(ready);
    const image = await readRegistry('bearer', 'guard/python:zstd', {}, { select: () => 0 });
    const archive = await openImage(`docker-archive:${setup!.archive}`, { select: (file) => (file === '/usr/lib/python3.11/os.py' ? Infinity : 0) });
    try {
      const wanted = '/usr/lib/python3.11/os.py';
      assert.equal(image.fs.readText(wanted), undefined, 'nothing kept in the first pass');
      const again = await image.fs.readWanted({ whole: 1024 * 1024, head: 512 });
      assert.deepEqual(again, { read: [wanted], partlyRead: [] });
      const text = image.fs.readText(wanted);
      assert.ok(text !== undefined && text.length > 10_000);
      assert.equal(text, archive.fs.readText(wanted));
    } finally {
      image.fs.close();
      archive.fs.close();
    }
  });

  it('a second read fetches only the layers that hold the files asked for', async (t) => {
    if (!(await dockerReady(t, { tools: ['docker-registry', 'skopeo'], images: [PYTHON_IMAGE] }))) return;
    assert.ok(ready);
    // The real client, watched (not replaced): which blobs it streams.
    const watched = t.mock.method(RegistryClient.prototype, 'blob');
    const fetched = (): string[] => watched.mock.calls.map((call) => call.arguments[0]);
    const image = await readRegistry('basic', 'guard/layered:1', {}, { select: () => 0 });
    try {
      assert.equal(fetched().length, 4, 'the config and three layers, once each');
      const layers = fetched().slice(1);
      watched.mock.resetCalls();
      assert.equal(image.fs.readText('/srv/two.sh'), undefined);
      assert.deepEqual(await image.fs.readWanted({ whole: 1024 * 1024, head: 512 }), { read: ['/srv/two.sh'], partlyRead: [] });
      assert.deepEqual(fetched(), [layers[1]], 'the middle layer alone');
      assert.equal(image.fs.readText('/srv/two.sh'), '#!/bin/sh\necho two\n');
    } finally {
      image.fs.close();
    }
  });

  it('a multi-platform index: each platform read equals the layout pushed; the default is linux/amd64', async (t) => {
    if (!(await dockerReady(t, { tools: ['docker-registry', 'skopeo'], images: [PYTHON_IMAGE] }))) return;
    assert.ok(ready);
    for (const [architecture, platform] of [['amd64', undefined], ['arm64', { os: 'linux', architecture: 'arm64' }]] as const) {
      const remote = await readRegistry('basic', 'guard/multi:1', {}, platform ? { platform } : {});
      const local = await openImage(`oci-dir:${setup!.multiLayout}`, { select: keepPython, ...(platform && { platform }) });
      try {
        assert.deepEqual(listing(remote.fs), listing(local.fs));
        assert.equal(remote.fs.readText(`/app/${architecture}.py`), `ARCH = ${JSON.stringify(architecture)}\n`);
        assert.equal(remote.config.platform?.architecture, architecture);
        assert.equal(remote.label, `${setup!.registries.get('basic')!.host}/guard/multi@${local.label}`, 'the platform manifest read is the one of the layout');
      } finally {
        remote.fs.close();
        local.fs.close();
      }
    }
    const message = await rejection(readRegistry('basic', 'guard/multi:1', {}, { platform: { os: 'linux', architecture: 's390x' } }));
    assert.match(message, /no image for platform linux\/s390x; it has linux\/amd64, linux\/arm64/);
  });

  it('credentials from the docker config file: an auths entry, and a credential helper', async (t) => {
    if (!(await dockerReady(t, { tools: ['docker-registry', 'skopeo'], images: [PYTHON_IMAGE] }))) return;
    assert.ok(ready);
    const basic = setup!.registries.get('basic')!;
    const bearer = setup!.registries.get('bearer')!;
    const configDir = path.join(setup!.dir, 'docker-config');
    await mkdir(configDir, { recursive: true });
    const auth = Buffer.from(`${USER}:${PASSWORD}`).toString('base64');
    // A helper that knows the bearer registry's host only, as it is given on stdin.
    const helperDir = path.join(setup!.dir, 'helper-bin');
    await mkdir(helperDir, { recursive: true });
    const helper = path.join(helperDir, 'docker-credential-guardtest');
    await writeFile(helper, `#!/bin/sh\nread host\nif [ "$1" = get ] && [ "$host" = "${bearer.host}" ]; then printf '{"ServerURL":"%s","Username":"${USER}","Secret":"${PASSWORD}"}' "$host"; else echo "credentials not found in native keychain"; exit 1; fi\n`);
    await chmod(helper, 0o755);
    await writeFile(path.join(configDir, 'config.json'), JSON.stringify({ auths: { [`https://${basic.host}`]: { auth } }, credHelpers: { [bearer.host]: 'guardtest' } }));
    const savedPath = process.env.PATH;
    process.env.PATH = `${helperDir}:${savedPath}`;
    try {
      for (const mode of ['basic', 'bearer'] as const) {
        const { host } = setup!.registries.get(mode)!;
        const image = await openImage(`registry:${host}/guard/multi:1`, { registry: { caFile: setup!.ca.caFile, env: { DOCKER_CONFIG: configDir } } });
        assert.equal(image.config.platform?.architecture, 'amd64', mode);
        image.fs.close();
      }
      // The helper has nothing for another host: the registry's refusal is what the user sees.
      await writeFile(path.join(configDir, 'config.json'), JSON.stringify({ credsStore: 'guardtest' }));
      const message = await rejection(openImage(`registry:${basic.host}/guard/multi:1`, { registry: { caFile: setup!.ca.caFile, env: { DOCKER_CONFIG: configDir } } }));
      assert.match(message, new RegExp(`registry ${basic.host.replace(/\./g, '\\.')} needs credentials to pull guard/multi \\(HTTP 401\\)`));
    } finally {
      process.env.PATH = savedPath;
    }
  });

  it('401 (no credentials, wrong ones) and 404 name the registry and the repository and say what to do', async (t) => {
    if (!(await dockerReady(t, { tools: ['docker-registry', 'skopeo'], images: [PYTHON_IMAGE] }))) return;
    assert.ok(ready);
    const host = (mode: AuthMode) => setup!.registries.get(mode)!.host;
    const noCredentials = { env: { DOCKER_CONFIG: setup!.dir } };
    for (const mode of ['basic', 'bearer'] as const) {
      const missing = await rejection(openImage(`registry:${host(mode)}/guard/python:gzip`, { registry: { caFile: setup!.ca.caFile, ...noCredentials } }));
      assert.equal(missing, `registry:${host(mode)}/guard/python: registry ${host(mode)} needs credentials to pull guard/python (HTTP 401); give registry-username and registry-password, or docker login ${host(mode)} before the step`);
      const wrong = await rejection(openImage(`registry:${host(mode)}/guard/python:gzip`, { registry: { caFile: setup!.ca.caFile, ...noCredentials, username: USER, password: 'wrong' } }));
      assert.match(wrong, new RegExp(`registry ${host(mode).replace(/\./g, '\\.')} refused the credentials given for guard/python \\(HTTP 401\\); check registry-username and registry-password`));
    }
    const tag = await rejection(readRegistry('anonymous', 'guard/python:no-such-tag'));
    assert.equal(tag, `registry:${host('anonymous')}/guard/python: registry ${host('anonymous')} has no image ${host('anonymous')}/guard/python:no-such-tag (HTTP 404); check the repository name and the tag, and that the image was pushed`);
    const repository = await rejection(readRegistry('bearer', 'guard/nothing-here:1'));
    assert.match(repository, /has no image .*\/guard\/nothing-here:1 \(HTTP 404\)/);
  });

  it('TLS: a certificate from a CA not trusted is refused with what to do; NODE_EXTRA_CA_CERTS trusts it as registry-ca does', async (t) => {
    if (!(await dockerReady(t, { tools: ['docker-registry', 'skopeo'], images: [PYTHON_IMAGE] }))) return;
    assert.ok(ready);
    const { host } = setup!.registries.get('anonymous')!;
    for (const caFile of [undefined, setup!.otherCa.caFile]) {
      const message = await rejection(openImage(`registry:${host}/guard/multi:1`, { registry: { ...(caFile && { caFile }), env: { DOCKER_CONFIG: setup!.dir }, retryBaseMs: 1 } }));
      assert.match(message, new RegExp(`^registry:${host.replace(/\./g, '\\.')}/guard/multi: the TLS certificate of ${host.replace(/\./g, '\\.')} is not trusted \\([A-Z_]+: .*\\); give the CA certificate that signed it as registry-ca \\(a PEM file\\), or set NODE_EXTRA_CA_CERTS$`));
    }
    // A child process with NODE_EXTRA_CA_CERTS trusts the test CA without registry-ca.
    const script = `import { openImage } from ${JSON.stringify(path.resolve('src/image/open-image.ts'))}; const image = await openImage(${JSON.stringify(`registry:${host}/guard/multi:1`)}, { registry: { env: { DOCKER_CONFIG: ${JSON.stringify(setup!.dir)} } } }); console.log(image.config.platform.architecture); image.fs.close();`;
    const child = await execa(process.execPath, ['--input-type=module', '-e', script], { env: { NODE_EXTRA_CA_CERTS: setup!.ca.caFile }, reject: false });
    assert.equal(child.stdout.trim(), 'amd64', child.stderr);
  });

  it('the Action reads with registry-username, registry-password and registry-ca, and masks the password first', async (t) => {
    if (!(await dockerReady(t, { tools: ['docker-registry', 'skopeo'], images: [PYTHON_IMAGE] }))) return;
    assert.ok(ready);
    await using tmp = await tempFolder();
    const { host } = setup!.registries.get('bearer')!;
    const step = await runStep('index.js', tmp.dir, {
      'INPUT_IMAGE': `registry:${host}/guard/python:zstd`,
      'INPUT_REGISTRY-USERNAME': USER,
      'INPUT_REGISTRY-PASSWORD': PASSWORD,
      'INPUT_REGISTRY-CA': setup!.ca.caFile,
      'INPUT_ENTRYPOINTS': 'json',
      'INPUT_BOOT': 'none',
      'INPUT_SUMMARY': 'true',
      'DOCKER_CONFIG': setup!.dir,
    }, 'src');
    assert.equal(step.stdout.split('\n')[0], `::add-mask::${PASSWORD}`, 'masked before anything else is printed');
    assert.equal(step.stdout.split(PASSWORD).length, 2, 'the password is printed nowhere else');
    assert.equal(step.outputs.result, 'pass', `${step.exitCode}: ${step.stdout.slice(-2000)}`);
    assert.equal(step.outputs.name, 'guard/python:zstd');
    const report = await readJsonReport(step.outputs['report-json']!);
    assert.match(report.image?.label ?? '', new RegExp(`^${host.replace(/\./g, '\\.')}/guard/python@sha256:[0-9a-f]{64}$`), JSON.stringify(report.image));
  });
});
