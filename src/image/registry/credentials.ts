/**
 * Credentials for a registry, looked up where docker keeps them: the `credHelpers` entry for the
 * host, the `auths` entry (a base64 `user:password`), or the `credsStore` helper, in the config
 * file under `$DOCKER_CONFIG` or `~/.docker`. A helper is run as `docker-credential-NAME get`
 * with the server's name on stdin, as docker runs it.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ConfigurationError } from '../../errors.ts';

export interface Credentials {
  username: string;
  password: string;
}

/** Bounds on a credential helper: its run time and its output. */
export const HELPER_TIMEOUT_MS = 30_000;
export const HELPER_OUTPUT_BYTES = 64 * 1024;
const CONFIG_BYTES = 1024 * 1024;

/** The key Docker Hub's credentials are stored under. */
const DOCKER_HUB_KEY = 'https://index.docker.io/v1/';

interface DockerConfig {
  auths?: Record<string, { auth?: string; username?: string; password?: string }>;
  credHelpers?: Record<string, string>;
  credsStore?: string;
}

/** The host part of an `auths` key, which may be a URL (`https://host/v1/`) or a bare host. */
function keyHost(key: string): string {
  let host = key.replace(/^https?:\/\//, '');
  const slash = host.indexOf('/');
  if (slash !== -1) host = host.slice(0, slash);
  return host.toLowerCase();
}

function isDockerHub(host: string): boolean {
  return ['docker.io', 'index.docker.io', 'registry-1.docker.io'].includes(host.toLowerCase());
}

export function dockerConfigPath(env: NodeJS.ProcessEnv = process.env): string {
  const folder = env.DOCKER_CONFIG && env.DOCKER_CONFIG !== '' ? env.DOCKER_CONFIG : path.join(os.homedir(), '.docker');
  return path.join(folder, 'config.json');
}

async function readDockerConfig(file: string): Promise<DockerConfig | undefined> {
  let text: string;
  try {
    const bytes = await readFile(file);
    if (bytes.length > CONFIG_BYTES) throw new ConfigurationError(`${file} is over ${CONFIG_BYTES} bytes; is it a docker config file?`);
    text = bytes.toString('utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    const json = JSON.parse(text) as unknown;
    return typeof json === 'object' && json !== null ? json : undefined;
  } catch (error) {
    throw new ConfigurationError(`${file} is not valid JSON (${(error as Error).message}); fix it, or give registry-username and registry-password`);
  }
}

/** Credentials for `host` (`name[:port]`) from the docker config file, or undefined for anonymous access. */
export async function dockerCredentials(host: string, env: NodeJS.ProcessEnv = process.env): Promise<Credentials | undefined> {
  const file = dockerConfigPath(env);
  const config = await readDockerConfig(file);
  if (!config) return undefined;
  const wanted = host.toLowerCase();
  const matches = (key: string): boolean => keyHost(key) === wanted || (isDockerHub(wanted) && isDockerHub(keyHost(key)));
  const helperKey = Object.keys(config.credHelpers ?? {}).find(matches);
  const serverName = isDockerHub(wanted) ? DOCKER_HUB_KEY : host;
  if (helperKey !== undefined) return runHelper(config.credHelpers![helperKey]!, serverName, file);
  const authKey = Object.keys(config.auths ?? {}).find(matches);
  const entry = authKey === undefined ? undefined : config.auths![authKey];
  if (entry && typeof entry.auth === 'string' && entry.auth !== '') {
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon === -1) throw new ConfigurationError(`${file}: the auth of ${authKey} is not base64 of user:password; log in again with docker login ${host}`);
    return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
  }
  if (entry && typeof entry.username === 'string' && typeof entry.password === 'string') return { username: entry.username, password: entry.password };
  if (typeof config.credsStore === 'string' && config.credsStore !== '') return runHelper(config.credsStore, serverName, file);
  return undefined;
}

const HELPER_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** Runs `docker-credential-NAME get`; a helper that has nothing for the server means anonymous access. */
export function runHelper(name: string, serverName: string, configFile: string): Promise<Credentials | undefined> {
  if (!HELPER_NAME.test(name)) throw new ConfigurationError(`${configFile} names the credential helper ${JSON.stringify(name.slice(0, 80))}, which is not a helper name`);
  const program = `docker-credential-${name}`;
  return new Promise((resolve, reject) => {
    const child = execFile(program, ['get'], { timeout: HELPER_TIMEOUT_MS, maxBuffer: HELPER_OUTPUT_BYTES, encoding: 'utf8' }, (error, stdout) => {
      if (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') return reject(new ConfigurationError(`${configFile} asks for the credential helper ${program}, which is not on PATH; install it, or give registry-username and registry-password`));
        // Helpers say so on stdout when they hold nothing for the server.
        if (/credentials not found/i.test(stdout)) return resolve(undefined);
        if (error.killed) return reject(new ConfigurationError(`${program} get did not answer within ${HELPER_TIMEOUT_MS / 1000} s`));
        return reject(new ConfigurationError(`${program} get failed (${stdout.trim().slice(0, 200) || error.message.slice(0, 200)}); log in again, or give registry-username and registry-password`));
      }
      let json: { Username?: unknown; Secret?: unknown };
      try {
        json = JSON.parse(stdout) as typeof json;
      } catch {
        return reject(new ConfigurationError(`${program} get printed no JSON; is it a docker credential helper?`));
      }
      if (typeof json.Username !== 'string' || typeof json.Secret !== 'string') return reject(new ConfigurationError(`${program} get printed no Username and Secret`));
      // `<token>` marks an identity token (an OAuth refresh token), which is not a password.
      if (json.Username === '<token>') return reject(new ConfigurationError(`${program} holds an identity token for ${serverName}, which import-guard cannot use; give registry-username and registry-password`));
      resolve({ username: json.Username, password: json.Secret });
    });
    child.stdin?.on('error', () => {}); // a helper that exits without reading: its exit is what counts
    child.stdin?.end(serverName);
  });
}
