// The registry client against small HTTP servers on 127.0.0.1 that misbehave on purpose: retries,
// redirects to blob storage, the WWW-Authenticate challenge, limits, resumed and altered blobs.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, describe, it } from 'node:test';
import { MAX_JSON_BYTES } from '../../src/image/layouts.ts';
import { parseChallenges } from '../../src/image/registry/challenge.ts';
import { RegistryClient } from '../../src/image/registry/client.ts';
import { parseRegistryReference } from '../../src/image/registry/reference.ts';
import { RegistryFiles } from '../../src/image/registry/registry-files.ts';
import { MAX_ATTEMPTS } from '../../src/image/registry/transport.ts';

type Handler = (request: IncomingMessage, response: ServerResponse, count: number) => void;

const servers: http.Server[] = [];
after(() => {
  for (const server of servers) {
    server.closeAllConnections();
    server.close();
  }
});

/** A server on a free port of 127.0.0.1; `seen` records each request's path and headers. */
async function serve(handler: Handler): Promise<{ host: string; seen: Array<{ url: string; headers: http.IncomingHttpHeaders }> }> {
  const seen: Array<{ url: string; headers: http.IncomingHttpHeaders }> = [];
  const server = http.createServer((request, response) => {
    seen.push({ url: request.url ?? '', headers: request.headers });
    handler(request, response, seen.length);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { host: `127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

function digest(bytes: Buffer): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

function client(host: string, repository = 'team/app:1', options: ConstructorParameters<typeof RegistryClient>[1] = {}): RegistryClient {
  return new RegistryClient(parseRegistryReference(`${host}/${repository}`), { retryBaseMs: 1, ...options });
}

const MANIFEST = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.manifest.v1+json', config: { digest: `sha256:${'0'.repeat(64)}`, size: 2 }, layers: [] }));

async function drain(chunks: AsyncIterable<Buffer>): Promise<number> {
  let bytes = 0;
  for await (const chunk of chunks) bytes += chunk.length;
  return bytes;
}

async function rejection(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as Error).message;
  }
  assert.fail('expected a failure');
}

describe('WWW-Authenticate challenges', () => {
  it('reads Bearer and Basic challenges, quoted values with commas and escapes', () => {
    assert.deepEqual(parseChallenges('Bearer realm="https://auth.example/token",service="registry.example",scope="repository:a/b:pull,push"'), [
      { scheme: 'bearer', params: { realm: 'https://auth.example/token', service: 'registry.example', scope: 'repository:a/b:pull,push' } },
    ]);
    assert.deepEqual(parseChallenges('Basic realm="Registry \\"Realm\\""'), [{ scheme: 'basic', params: { realm: 'Registry "Realm"' } }]);
    assert.deepEqual(parseChallenges('Basic realm="a", Bearer realm="b", error=insufficient_scope'), [
      { scheme: 'basic', params: { realm: 'a' } },
      { scheme: 'bearer', params: { realm: 'b', error: 'insufficient_scope' } },
    ]);
    assert.deepEqual(parseChallenges(''), []);
    assert.deepEqual(parseChallenges(', ,='), []);
  });

  it('takes time in proportion to a hostile header', () => {
    const hostile = 'Bearer ' + 'a="\\'.repeat(50_000) + ',b='.repeat(50_000);
    const started = performance.now();
    parseChallenges(hostile);
    assert.ok(performance.now() - started < 2000, 'parsed 350 kB within 2 s');
  });
});

describe('the registry client', () => {
  it('retries 5xx answers and dropped connections with backoff, then succeeds', async () => {
    const server = await serve((_request, response, count) => {
      if (count === 1) return void response.writeHead(503).end();
      if (count === 2) return void response.socket?.destroy();
      response.writeHead(200, { 'content-type': 'application/vnd.oci.image.manifest.v1+json' }).end(MANIFEST);
    });
    const got = await client(server.host).manifest('1', MAX_JSON_BYTES);
    assert.deepEqual(got.bytes, MANIFEST);
    assert.equal(server.seen.length, 3);
  });

  it(`gives up after ${MAX_ATTEMPTS} attempts and names the registry and repository`, async () => {
    const server = await serve((_request, response) => void response.writeHead(502).end());
    const message = await rejection(client(server.host).manifest('1', MAX_JSON_BYTES));
    assert.equal(server.seen.length, MAX_ATTEMPTS);
    assert.equal(message, `registry:${server.host}/team/app: registry ${server.host} answered HTTP 502 for team/app`);
  });

  it('says what to do on 403 and 404, naming the registry and the repository', async () => {
    const server = await serve((request, response) => void response.writeHead(request.url!.includes('/denied/') ? 403 : 404).end());
    const denied = await rejection(client(server.host, 'denied/app:1').manifest('1', MAX_JSON_BYTES));
    assert.equal(denied, `registry:${server.host}/denied/app: registry ${server.host} denied pulling denied/app (HTTP 403); the account given may not read it: check its permissions, or the repository's name`);
    const missing = await rejection(client(server.host, 'team/app@sha256:' + 'b'.repeat(64)).manifest(`sha256:${'b'.repeat(64)}`, MAX_JSON_BYTES));
    assert.equal(missing, `registry:${server.host}/team/app: registry ${server.host} has no manifest sha256:${'b'.repeat(64)} in team/app (HTTP 404); check the repository name and the tag, and that the image was pushed`);
  });

  it('waits as long as a Retry-After asks, up to its bound', async () => {
    const server = await serve((_request, response, count) => {
      if (count === 1) return void response.writeHead(429, { 'retry-after': '1' }).end();
      response.writeHead(200, { 'content-type': 'application/vnd.oci.image.manifest.v1+json' }).end(MANIFEST);
    });
    const started = performance.now();
    await client(server.host).manifest('1', MAX_JSON_BYTES);
    const waited = performance.now() - started;
    assert.ok(waited >= 950 && waited < 5000, `waited ${waited} ms for Retry-After: 1`);
  });

  it('follows a redirect to blob storage on another host without the registry\'s Authorization', async () => {
    const blob = Buffer.from('layer bytes');
    const storage = await serve((_request, response) => void response.writeHead(200, { 'content-length': blob.length }).end(blob));
    const registry = await serve((request, response) => {
      if (!request.headers.authorization) return void response.writeHead(401, { 'www-authenticate': 'Basic realm="r"' }).end();
      if (request.url!.includes('/manifests/')) return void response.writeHead(200, { 'content-type': 'application/vnd.oci.image.manifest.v1+json' }).end(MANIFEST);
      response.writeHead(307, { location: `http://${storage.host}/signed/blob?sig=1` }).end();
    });
    const registryClient = client(registry.host, 'team/app:1', { credentials: { username: 'u', password: 'p' } });
    const chunks: Buffer[] = [];
    for await (const chunk of registryClient.blob(digest(blob), blob.length, 'test')) chunks.push(Buffer.from(chunk));
    assert.deepEqual(Buffer.concat(chunks), blob);
    assert.equal(registry.seen.at(-1)!.headers.authorization, `Basic ${Buffer.from('u:p').toString('base64')}`);
    assert.deepEqual(storage.seen.map((request) => [request.url, request.headers.authorization]), [['/signed/blob?sig=1', undefined]]);
  });

  it('refuses a redirect to plain HTTP on a host that is not the loopback', async () => {
    const registry = await serve((_request, response) => void response.writeHead(302, { location: 'http://storage.invalid/blob' }).end());
    const message = await rejection((async () => {
      await drain(client(registry.host).blob(digest(Buffer.from('x')), 1, 'test'));
    })());
    assert.match(message, /redirected to plain HTTP at storage\.invalid, which is refused; set registry-insecure to allow plain HTTP/);
  });

  it('answers a Bearer challenge with a token for repository:NAME:pull, fetched with the credentials', async () => {
    const tokens = await serve((request, response) => {
      const ok = request.headers.authorization === `Basic ${Buffer.from('u:p').toString('base64')}`;
      response.writeHead(ok ? 200 : 401, { 'content-type': 'application/json' }).end(ok ? JSON.stringify({ access_token: 'tok-1' }) : '{}');
    });
    const registry = await serve((request, response) => {
      if (request.headers.authorization !== 'Bearer tok-1') {
        return void response.writeHead(401, { 'www-authenticate': `Bearer realm="http://${tokens.host}/token",service="svc",scope="repository:team/app:pull"` }).end();
      }
      response.writeHead(200, { 'content-type': 'application/vnd.oci.image.manifest.v1+json' }).end(MANIFEST);
    });
    const got = await client(registry.host, 'team/app:1', { credentials: () => Promise.resolve({ username: 'u', password: 'p' }) }).manifest('1', MAX_JSON_BYTES);
    assert.deepEqual(got.bytes, MANIFEST);
    const asked = new URL(tokens.seen[0]!.url, 'http://x');
    assert.deepEqual([asked.pathname, asked.searchParams.get('service'), asked.searchParams.get('scope')], ['/token', 'svc', 'repository:team/app:pull']);
    // Without credentials the token server refuses: the message says which inputs to give.
    const message = await rejection(client(registry.host, 'team/app:1').manifest('1', MAX_JSON_BYTES));
    assert.match(message, /registry 127\.0\.0\.1:\d+ needs credentials to pull team\/app \(HTTP 401\); give registry-username and registry-password/);
  });

  it('refuses a manifest over the limit for a JSON document', async () => {
    const server = await serve((_request, response) => {
      // Declared, or found out while reading.
      response.writeHead(200, { 'content-type': 'application/json', ...(_request.url!.endsWith('/declared') && { 'content-length': MAX_JSON_BYTES + 1 }) });
      response.end(Buffer.alloc(MAX_JSON_BYTES + 1, 0x20));
    });
    const declared = await rejection(client(server.host).manifest('declared', MAX_JSON_BYTES));
    assert.match(declared, new RegExp(`manifest declared is ${MAX_JSON_BYTES + 1} bytes, over the limit of ${MAX_JSON_BYTES} bytes for a registry document`));
    const streamed = await rejection(client(server.host).manifest('streamed', MAX_JSON_BYTES));
    assert.match(streamed, new RegExp(`manifest streamed is over the limit of ${MAX_JSON_BYTES} bytes for a registry document`));
  });

  it('resumes a blob whose connection drops midway with a Range request', async () => {
    const blob = Buffer.alloc(256 * 1024, 7);
    const server = await serve((request, response, count) => {
      if (count === 1) {
        response.writeHead(200, { 'content-length': blob.length });
        response.write(blob.subarray(0, 100_000), () => setTimeout(() => response.socket?.destroy(), 20));
        return;
      }
      const start = Number(/^bytes=(\d+)-$/.exec(request.headers.range ?? '')?.[1] ?? 0);
      response.writeHead(206, { 'content-range': `bytes ${start}-${blob.length - 1}/${blob.length}`, 'content-length': blob.length - start }).end(blob.subarray(start));
    });
    const chunks: Buffer[] = [];
    for await (const chunk of client(server.host).blob(digest(blob), blob.length, 'test')) chunks.push(Buffer.from(chunk));
    assert.ok(Buffer.concat(chunks).equals(blob));
    assert.equal(server.seen.length, 2);
    assert.match(server.seen[1]!.headers.range!, /^bytes=\d+-$/);
    assert.notEqual(server.seen[1]!.headers.range, 'bytes=0-');
  });

  it('checks every blob against its digest, and stops a blob longer than its descriptor says', async () => {
    const layer = Buffer.from('the real layer');
    const manifest = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.manifest.v1+json', config: { digest: digest(Buffer.from('{}')), size: 2 }, layers: [{ digest: digest(layer), size: layer.length }] }));
    let served = Buffer.from('an altered one');
    const server = await serve((request, response) => {
      if (request.url!.includes('/manifests/')) return void response.writeHead(200, { 'content-type': 'application/vnd.oci.image.manifest.v1+json' }).end(manifest);
      response.writeHead(200).end(served);
    });
    const files = await RegistryFiles.open(client(server.host));
    const name = `blobs/sha256/${digest(layer).slice(7)}`;
    assert.equal(await files.size(name), layer.length, 'the size the manifest gives');
    const read = () => drain(files.chunks(name));
    assert.match(await rejection(read()), /the registry served 14 bytes whose digest is sha256:[0-9a-f]{64}; the blob is corrupt or altered in the registry/);
    served = Buffer.concat([layer, Buffer.from('and more')]);
    assert.match(await rejection(read()), /is longer than the 14 bytes its descriptor gives/);
    await files.close();
  });

  it('refuses a manifest whose digest is not the one the reference names', async () => {
    const server = await serve((_request, response) => void response.writeHead(200, { 'content-type': 'application/vnd.oci.image.manifest.v1+json' }).end(MANIFEST));
    const wanted = `sha256:${'a'.repeat(64)}`;
    const message = await rejection(RegistryFiles.open(client(server.host, `team/app@${wanted}`)));
    assert.match(message, new RegExp(`the registry answered with a manifest whose digest is ${digest(MANIFEST)}, not the ${wanted} asked for`));
  });

  it('parses references as docker does', () => {
    assert.deepEqual(parseRegistryReference('alpine'), { registry: 'docker.io', apiHost: 'registry-1.docker.io', repository: 'library/alpine', tag: 'latest' });
    assert.deepEqual(parseRegistryReference('localhost:5000/a/b@sha256:' + 'f'.repeat(64)), { registry: 'localhost:5000', apiHost: 'localhost:5000', repository: 'a/b', digest: `sha256:${'f'.repeat(64)}` });
    assert.deepEqual(parseRegistryReference('ghcr.io/org/app:1.2'), { registry: 'ghcr.io', apiHost: 'ghcr.io', repository: 'org/app', tag: '1.2' });
    assert.throws(() => parseRegistryReference('/not/a/ref'), /is not an image reference; expected registry:HOST\[:PORT\]\/REPOSITORY/);
  });
});
