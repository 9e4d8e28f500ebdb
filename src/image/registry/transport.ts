/**
 * HTTP(S) requests to a registry and the hosts it redirects to: redirects followed (the
 * Authorization header dropped when they leave the origin), retries with backoff on server errors
 * and dropped connections, an idle timeout, and TLS trusting Node's CAs, the system's, and a
 * private CA the user gives. Plain HTTP only for the loopback host or when asked.
 */
import http, { type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import https from 'node:https';
import tls from 'node:tls';
import { ImageError } from '../../errors.ts';

// Bounds on what one registry conversation may cost; the README lists them.
/** Attempts of one request: the first and up to three retries, after 0.5, 1 and 2 s. */
export const MAX_ATTEMPTS = 4;
export const RETRY_BASE_MS = 500;
/** The longest wait a registry's Retry-After may ask for between two attempts. */
export const MAX_RETRY_AFTER_MS = 10_000;
/** Redirects followed per request (a registry sends one, to its blob storage). */
export const MAX_REDIRECTS = 5;
/** Time without a byte, while connecting or reading, before a request is given up. */
export const IDLE_TIMEOUT_MS = 30_000;

export interface TransportOptions {
  /** PEM text of CA certificates to trust besides Node's and the system's. */
  extraCa?: string | undefined;
  /** Allow plain HTTP to any registry (otherwise only to localhost, 127.0.0.1 and ::1). */
  insecure?: boolean | undefined;
  /** For tests: the first retry's delay (doubled for each next one). */
  retryBaseMs?: number;
  idleTimeoutMs?: number;
}

export interface Response {
  status: number;
  headers: IncomingHttpHeaders;
  body: IncomingMessage;
  /** The URL that answered, after redirects. */
  url: URL;
}

/** A failure that no retry will mend, or that retries did not mend; the message says what to do. */
export class RegistryConnectionError extends ImageError {
  override name = 'RegistryConnectionError';
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host.toLowerCase());
}

const RETRY_STATUS = new Set([429, 500, 502, 503, 504]);
const RETRY_CODES = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ECONNABORTED', 'EAI_AGAIN', 'UND_ERR_SOCKET', 'IDLE_TIMEOUT']);
const TLS_CODES = new Set(['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'SELF_SIGNED_CERT_IN_CHAIN', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'UNABLE_TO_GET_ISSUER_CERT', 'CERT_HAS_EXPIRED', 'ERR_TLS_CERT_ALTNAME_INVALID', 'CERT_UNTRUSTED', 'CERT_SIGNATURE_FAILURE']);

/** Whether an error of a request (before or while reading its body) is worth another attempt. */
export function isTransient(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return (code !== undefined && RETRY_CODES.has(code)) || (error as Error | undefined)?.message === 'socket hang up';
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export class Transport {
  private readonly options: TransportOptions;
  private agent: https.Agent | undefined;
  private plainAgent: http.Agent | undefined;

  constructor(options: TransportOptions = {}) {
    this.options = options;
  }

  get retryBaseMs(): number {
    return this.options.retryBaseMs ?? RETRY_BASE_MS;
  }

  /** Whether plain HTTP may be used for this host (`host` or `host:port`). */
  allowsPlain(host: string): boolean {
    return this.options.insecure === true || isLoopback(hostname(host));
  }

  private httpsAgent(): https.Agent {
    if (!this.agent) {
      const extra = this.options.extraCa;
      // Given explicitly, `ca` replaces Node's list: keep it (with NODE_EXTRA_CA_CERTS) and add the system's.
      const ca = extra ? [...new Set([...tls.getCACertificates('default'), ...systemCertificates()]), extra] : undefined;
      this.agent = new https.Agent({ keepAlive: true, maxSockets: 8, ...(ca && { ca }) });
    }
    return this.agent;
  }

  private httpAgent(): http.Agent {
    this.plainAgent ??= new http.Agent({ keepAlive: true, maxSockets: 8 });
    return this.plainAgent;
  }

  /**
   * One request, retried on 429/5xx and dropped connections (MAX_ATTEMPTS, backoff from
   * RETRY_BASE_MS), following redirects. Any status it ends with is returned; the caller reads
   * or discards the body.
   */
  async request(url: URL, method: 'GET' | 'HEAD', headers: Record<string, string>, what: string): Promise<Response> {
    for (let attempt = 1; ; attempt++) {
      let response: Response;
      try {
        response = await this.follow(url, method, headers, what);
      } catch (error) {
        if (attempt < MAX_ATTEMPTS && isTransient(error)) {
          await sleep(this.retryBaseMs * 2 ** (attempt - 1));
          continue;
        }
        throw this.explain(error, url, what, attempt);
      }
      if (attempt < MAX_ATTEMPTS && RETRY_STATUS.has(response.status)) {
        response.body.resume();
        const after = Number(response.headers['retry-after']);
        const backoff = this.retryBaseMs * 2 ** (attempt - 1);
        // A Retry-After in seconds is honoured up to MAX_RETRY_AFTER_MS; a date form is not read.
        await sleep(Number.isFinite(after) && after > 0 ? Math.max(backoff, Math.min(after * 1000, MAX_RETRY_AFTER_MS)) : backoff);
        continue;
      }
      return response;
    }
  }

  private async follow(start: URL, method: 'GET' | 'HEAD', headers: Record<string, string>, what: string): Promise<Response> {
    let url = start;
    let sent = headers;
    for (let hop = 0; ; hop++) {
      const response = await this.once(url, method, sent);
      const location = response.headers.location;
      if (![301, 302, 303, 307, 308].includes(response.status) || location === undefined) return response;
      response.body.resume();
      if (hop >= MAX_REDIRECTS) throw new RegistryConnectionError(`${what}: ${url.host} redirected more than ${MAX_REDIRECTS} times; the registry or its storage is misconfigured`);
      let next: URL;
      try {
        next = new URL(location, url);
      } catch {
        throw new RegistryConnectionError(`${what}: ${url.host} redirected to ${JSON.stringify(location.slice(0, 200))}, which is not a URL`);
      }
      if (next.protocol === 'http:' && !this.allowsPlain(next.host)) {
        throw new RegistryConnectionError(`${what}: ${url.host} redirected to plain HTTP at ${next.host}, which is refused; set registry-insecure to allow plain HTTP`);
      }
      if (next.protocol !== 'http:' && next.protocol !== 'https:') throw new RegistryConnectionError(`${what}: ${url.host} redirected to a ${next.protocol} URL`);
      // Credentials for the registry are not for its blob storage (a signed URL carries its own).
      if (next.origin !== url.origin) sent = withoutAuthorization(sent);
      url = next;
    }
  }

  private once(url: URL, method: 'GET' | 'HEAD', headers: Record<string, string>): Promise<Response> {
    const plain = url.protocol === 'http:';
    const timeout = this.options.idleTimeoutMs ?? IDLE_TIMEOUT_MS;
    return new Promise((resolve, reject) => {
      const request = (plain ? http : https).request(url, { method, headers: { 'user-agent': 'import-guard', ...headers }, agent: plain ? this.httpAgent() : this.httpsAgent(), timeout });
      request.on('timeout', () => request.destroy(Object.assign(new Error(`no answer for ${timeout / 1000} s`), { code: 'IDLE_TIMEOUT' })));
      request.on('error', reject);
      request.on('response', (body) => {
        // The idle timeout keeps watching the body; an error there reaches its reader.
        body.setTimeout?.(timeout, () => body.destroy(Object.assign(new Error(`no data for ${timeout / 1000} s`), { code: 'IDLE_TIMEOUT' })));
        resolve({ status: body.statusCode ?? 0, headers: body.headers, body, url });
      });
      request.end();
    });
  }

  /** An error of the connection as a message naming the host and what to do. */
  explain(error: unknown, url: URL, what: string, attempts: number): Error {
    if (error instanceof ImageError) return error;
    const cause = { cause: error };
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const message = (error as Error).message;
    const tried = attempts > 1 ? ` (after ${attempts} attempts)` : '';
    if (TLS_CODES.has(code)) {
      return new RegistryConnectionError(`${what}: the TLS certificate of ${url.host} is not trusted (${code}: ${message}); give the CA certificate that signed it as registry-ca (a PEM file), or set NODE_EXTRA_CA_CERTS`, cause);
    }
    if (code === 'ERR_SSL_WRONG_VERSION_NUMBER' || code === 'EPROTO') {
      return new RegistryConnectionError(`${what}: ${url.host} does not speak TLS (${message}); a registry on plain HTTP is read only on localhost, or with registry-insecure set`, cause);
    }
    if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
      return new RegistryConnectionError(`${what}: cannot connect to ${url.host} (${code})${tried}; check the registry's host name and port, and that it runs`, cause);
    }
    return new RegistryConnectionError(`${what}: the connection to ${url.host} failed${tried}: ${code ? `${code}: ` : ''}${message}`, cause);
  }

  close(): void {
    this.agent?.destroy();
    this.plainAgent?.destroy();
    this.agent = undefined;
    this.plainAgent = undefined;
  }
}

function withoutAuthorization(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'authorization'));
}

function systemCertificates(): string[] {
  try {
    return tls.getCACertificates('system');
  } catch {
    return [];
  }
}

/** The host name of `host[:port]` (an IPv6 literal keeps its brackets). */
export function hostname(host: string): string {
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1);
  const colon = host.indexOf(':');
  return colon === -1 ? host : host.slice(0, colon);
}

/** Reads a body whole, refusing more than `limit` bytes (the rest is not read). */
export async function readBody(response: Response, limit: number, what: string): Promise<Buffer> {
  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    response.body.destroy();
    throw new ImageError(`${what} is ${declared} bytes, over the limit of ${limit} bytes for a registry document; check the reference`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response.body as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) {
      response.body.destroy();
      throw new ImageError(`${what} is over the limit of ${limit} bytes for a registry document; check the reference`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
