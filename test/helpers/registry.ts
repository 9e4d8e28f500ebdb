// A real distribution registry (Debian's docker-registry) on 127.0.0.1 for integration tests:
// TLS from a CA made here, and anonymous, htpasswd (Basic) or token (Bearer) auth. The token
// server is written here: it checks Basic credentials and signs a JWT the registry verifies
// against the certificate it is given (its `auth: token: rootcertbundle`).
import { type ChildProcess, spawn } from 'node:child_process';
import { createPrivateKey, randomUUID, sign, X509Certificate } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import https from 'node:https';
import net from 'node:net';
import path from 'node:path';
import { execa } from 'execa';

export const USER = 'guard-tester';
export const PASSWORD = 'not-a-real-secret-42';
const SERVICE = 'import-guard-test-registry';
const ISSUER = 'import-guard-test-issuer';

export type AuthMode = 'anonymous' | 'basic' | 'bearer';

export interface TestCa {
  dir: string;
  /** PEM file of the CA that signed the registry's and the token server's certificates. */
  caFile: string;
  certFile: string;
  keyFile: string;
}

/** A CA and a certificate for 127.0.0.1 signed by it (EC keys: fast to make). */
export async function makeTestCa(dir: string, name = 'ca'): Promise<TestCa> {
  const file = (suffix: string) => path.join(dir, `${name}-${suffix}`);
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  await execa('openssl', ['req', '-x509', ...ec, '-keyout', file('ca.key'), '-out', file('ca.crt'), '-days', '2', '-subj', `/CN=import-guard test ${name}`]);
  await execa('openssl', ['req', ...ec, '-keyout', file('server.key'), '-out', file('server.csr'), '-subj', '/CN=127.0.0.1']);
  await writeFile(file('ext'), 'subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n');
  await execa('openssl', ['x509', '-req', '-in', file('server.csr'), '-CA', file('ca.crt'), '-CAkey', file('ca.key'), '-CAcreateserial', '-out', file('server.crt'), '-days', '2', '-extfile', file('ext')]);
  return { dir, caFile: file('ca.crt'), certFile: file('server.crt'), keyFile: file('server.key') };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface TokenServer {
  url: string;
  /** The scopes asked for, in order, and whether credentials came with each. */
  requests: Array<{ scope: string | null; service: string | null; withCredentials: boolean }>;
  close(): Promise<void>;
}

function base64url(data: Buffer | string): string {
  return Buffer.from(data).toString('base64url');
}

/** Issues tokens for any scope to USER:PASSWORD (pull and push, for skopeo to push with), signed with the CA's key. */
export async function startTokenServer(ca: TestCa): Promise<TokenServer> {
  const caPem = await readFile(ca.caFile, 'utf8');
  const caKey = createPrivateKey(await readFile(path.join(ca.dir, path.basename(ca.caFile).replace('ca.crt', 'ca.key'))));
  const caDer = new X509Certificate(caPem).raw;
  const requests: TokenServer['requests'] = [];
  const server = https.createServer({ cert: await readFile(ca.certFile), key: await readFile(ca.keyFile) }, (request, response) => {
    const url = new URL(request.url ?? '/', 'https://127.0.0.1');
    const auth = request.headers.authorization ?? '';
    const expected = `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}`;
    requests.push({ scope: url.searchParams.get('scope'), service: url.searchParams.get('service'), withCredentials: auth !== '' });
    if (auth !== expected) {
      response.writeHead(401, { 'www-authenticate': 'Basic realm="token"', 'content-type': 'application/json' }).end('{"errors":[{"code":"UNAUTHORIZED"}]}');
      return;
    }
    const access = url.searchParams.getAll('scope').map((scope) => {
      const [type, ...rest] = scope.split(':');
      const actions = rest.pop()!.split(',');
      return { type, name: rest.join(':'), actions };
    });
    const now = Math.floor(Date.now() / 1000);
    const header = { typ: 'JWT', alg: 'ES256', x5c: [caDer.toString('base64')] };
    const claims = { iss: ISSUER, sub: USER, aud: SERVICE, exp: now + 300, nbf: now - 10, iat: now, jti: randomUUID(), access };
    const body = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`;
    const signature = sign('sha256', Buffer.from(body), { key: caKey, dsaEncoding: 'ieee-p1363' });
    const token = `${body}.${base64url(signature)}`;
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ token, access_token: token, expires_in: 300 }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `https://127.0.0.1:${port}/token`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface Credentials {
  user: string;
  password: string;
}

export interface TestRegistry {
  host: string;
  mode: AuthMode;
  /** skopeo's flags to push there. */
  pushFlags: string[];
  tokens?: TokenServer;
  stop(): Promise<void>;
}

/**
 * Starts `docker-registry serve` on a free port of 127.0.0.1 and waits until it answers. Registries
 * given the same `storage` folder serve the same images, each behind its own auth. Basic auth
 * takes `credentials` (a token server takes USER:PASSWORD alone).
 */
export async function startRegistry(dir: string, ca: TestCa, mode: AuthMode, storage = path.join(dir, `storage-${mode}`), credentials: Credentials = { user: USER, password: PASSWORD }): Promise<TestRegistry> {
  const port = await freePort();
  let auth = '';
  let tokens: TokenServer | undefined;
  if (mode === 'basic') {
    const htpasswd = path.join(dir, 'htpasswd');
    await execa('htpasswd', ['-Bbc', htpasswd, credentials.user, credentials.password]);
    auth = `auth:\n  htpasswd:\n    realm: import-guard-test\n    path: ${htpasswd}\n`;
  } else if (mode === 'bearer') {
    tokens = await startTokenServer(ca);
    auth = `auth:\n  token:\n    realm: ${tokens.url}\n    service: ${SERVICE}\n    issuer: ${ISSUER}\n    rootcertbundle: ${ca.caFile}\n`;
  }
  const config = path.join(dir, `registry-${mode}.yml`);
  await writeFile(
    config,
    `version: 0.1\nlog:\n  level: error\nstorage:\n  filesystem:\n    rootdirectory: ${storage}\nhttp:\n  addr: 127.0.0.1:${port}\n  tls:\n    certificate: ${ca.certFile}\n    key: ${ca.keyFile}\n${auth}`,
  );
  const child: ChildProcess = spawn('docker-registry', ['serve', config], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    if (stderr.length < 20_000) stderr += chunk.toString();
  });
  const host = `127.0.0.1:${port}`;
  for (let waited = 0; ; waited += 100) {
    if (child.exitCode !== null) throw new Error(`docker-registry exited: ${stderr}`);
    const up = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.destroy();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (up) break;
    if (waited > 15_000) throw new Error(`docker-registry did not listen on ${host} within 15 s: ${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const pushFlags = ['--dest-tls-verify=false', ...(mode === 'anonymous' ? [] : ['--dest-creds', `${mode === 'basic' ? credentials.user : USER}:${mode === 'basic' ? credentials.password : PASSWORD}`])];
  return {
    host,
    mode,
    pushFlags,
    ...(tokens && { tokens }),
    stop: async () => {
      child.kill();
      await tokens?.close();
    },
  };
}
