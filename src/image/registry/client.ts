/**
 * The pull side of the OCI distribution API for one repository: manifests by tag or digest,
 * blobs by digest, with the registry's `WWW-Authenticate` challenge answered (Basic, or a Bearer
 * token fetched for `repository:NAME:pull`) and 401/403/404 told as what to do.
 */
import { ImageError } from '../../errors.ts';
import { type Challenge, parseChallenges } from './challenge.ts';
import type { Credentials } from './credentials.ts';
import { type RegistryReference, referenceName } from './reference.ts';
import { isTransient, MAX_ATTEMPTS, readBody, type Response, sleep, Transport, type TransportOptions } from './transport.ts';

export const MANIFEST_TYPES = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
];

export interface RegistryClientOptions extends TransportOptions {
  /** Credentials for the registry, or a lookup run when it first asks for them. */
  credentials?: Credentials | (() => Promise<Credentials | undefined>) | undefined;
}

/** Bytes of a token server's answer. */
const MAX_TOKEN_RESPONSE_BYTES = 1024 * 1024;

export class RegistryClient {
  readonly reference: RegistryReference;
  readonly transport: Transport;
  private readonly options: RegistryClientOptions;
  private scheme: 'https:' | 'http:' = 'https:';
  private authorization: string | undefined;
  private credentials: Credentials | undefined | null = null;

  constructor(reference: RegistryReference, options: RegistryClientOptions = {}) {
    this.reference = reference;
    this.options = options;
    this.transport = new Transport(options);
  }

  private get name(): string {
    return referenceName(this.reference);
  }

  private async lookupCredentials(): Promise<Credentials | undefined> {
    if (this.credentials === null) {
      const given = this.options.credentials;
      this.credentials = typeof given === 'function' ? await given() : given;
    }
    return this.credentials;
  }

  private url(path: string): URL {
    return new URL(`${this.scheme}//${this.reference.apiHost}/v2/${this.reference.repository}/${path}`);
  }

  /**
   * A request to the registry, authorised: the first 401 is answered as its challenge asks and
   * the request sent again. A loopback registry without TLS is spoken to in plain HTTP.
   */
  async request(path: string, method: 'GET' | 'HEAD', headers: Record<string, string>, what: string): Promise<Response> {
    let answered = false;
    for (let round = 0; ; round++) {
      const sent = { ...headers, ...(this.authorization && { authorization: this.authorization }) };
      let response: Response;
      try {
        response = await this.transport.request(this.url(path), method, sent, what);
      } catch (error) {
        // The first request tells whether the registry speaks TLS; plain HTTP only where allowed.
        if (this.scheme === 'https:' && round === 0 && speaksPlain((error as { cause?: unknown }).cause) && this.transport.allowsPlain(this.reference.apiHost)) {
          this.scheme = 'http:';
          continue;
        }
        throw error;
      }
      if (response.status !== 401 || answered) return response;
      response.body.resume();
      answered = true;
      if (!(await this.answer(parseChallenges(headerText(response.headers['www-authenticate'])), what))) return response;
    }
  }

  /** Sets the authorization a challenge asks for; false when none can be given. */
  private async answer(challenges: Challenge[], what: string): Promise<boolean> {
    const bearer = challenges.find((challenge) => challenge.scheme === 'bearer');
    const credentials = await this.lookupCredentials();
    if (bearer) {
      this.authorization = `Bearer ${await this.token(bearer, credentials, what)}`;
      return true;
    }
    if (challenges.some((challenge) => challenge.scheme === 'basic') && credentials) {
      this.authorization = basic(credentials);
      return true;
    }
    return false;
  }

  /** A token from the challenge's realm for `repository:NAME:pull`, asked with the credentials when there are any. */
  private async token(challenge: Challenge, credentials: Credentials | undefined, what: string): Promise<string> {
    const realm = challenge.params.realm;
    let url: URL;
    try {
      url = new URL(realm ?? '');
    } catch {
      throw new ImageError(`${what}: registry ${this.reference.registry} asks for a token from ${JSON.stringify((realm ?? '').slice(0, 200))}, which is not a URL`);
    }
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && this.transport.allowsPlain(url.host))) {
      throw new ImageError(`${what}: registry ${this.reference.registry} asks for a token from ${url.origin}, which is not HTTPS; set registry-insecure to allow it`);
    }
    if (challenge.params.service !== undefined) url.searchParams.set('service', challenge.params.service);
    url.searchParams.set('scope', `repository:${this.reference.repository}:pull`);
    const response = await this.transport.request(url, 'GET', credentials ? { authorization: basic(credentials) } : {}, `${what}: token from ${url.host}`);
    if (response.status === 401 || response.status === 403) {
      response.body.resume();
      throw this.accessError(response.status, what, credentials !== undefined);
    }
    if (response.status !== 200) {
      response.body.resume();
      throw new ImageError(`${what}: the token server ${url.host} answered HTTP ${response.status}`);
    }
    const body = await readBody(response, MAX_TOKEN_RESPONSE_BYTES, `${what}: the token from ${url.host}`);
    let json: { token?: unknown; access_token?: unknown };
    try {
      json = JSON.parse(body.toString('utf8')) as typeof json;
    } catch {
      throw new ImageError(`${what}: the token server ${url.host} answered with no JSON`);
    }
    const token = typeof json.token === 'string' ? json.token : json.access_token;
    if (typeof token !== 'string' || token === '' || /[\r\n]/.test(token)) throw new ImageError(`${what}: the token server ${url.host} answered with no token`);
    return token;
  }

  /** The message for 401/403/404: the registry, the repository, and what to do. */
  accessError(status: number, what: string, withCredentials: boolean, missing = `image ${this.describe()}`): ImageError {
    const registry = this.reference.registry;
    if (status === 401) {
      return new ImageError(
        withCredentials
          ? `${what}: registry ${registry} refused the credentials given for ${this.reference.repository} (HTTP 401); check registry-username and registry-password (or the docker login for ${registry})`
          : `${what}: registry ${registry} needs credentials to pull ${this.reference.repository} (HTTP 401); give registry-username and registry-password, or docker login ${registry} before the step`,
      );
    }
    if (status === 403) return new ImageError(`${what}: registry ${registry} denied pulling ${this.reference.repository} (HTTP 403); the account given may not read it: check its permissions, or the repository's name`);
    if (status === 404) return new ImageError(`${what}: registry ${registry} has no ${missing} (HTTP 404); check the repository name and the tag, and that the image was pushed`);
    return new ImageError(`${what}: registry ${registry} answered HTTP ${status} for ${this.reference.repository}`);
  }

  describe(): string {
    const { tag, digest } = this.reference;
    return `${this.name}${digest ? `@${digest}` : `:${tag ?? 'latest'}`}`;
  }

  private async failed(response: Response, what: string, missing?: string): Promise<never> {
    response.body.resume();
    throw this.accessError(response.status, what, (await this.lookupCredentials()) !== undefined, missing);
  }

  /** A manifest (or index) by tag or digest, at most `limit` bytes, with the media type the registry gave. */
  async manifest(reference: string, limit: number): Promise<{ bytes: Buffer; mediaType: string | undefined }> {
    const what = `registry:${this.name}`;
    const response = await this.request(`manifests/${reference}`, 'GET', { accept: MANIFEST_TYPES.join(', ') }, what);
    if (response.status !== 200) await this.failed(response, what, reference.includes(':') ? `manifest ${reference} in ${this.reference.repository}` : undefined);
    const contentType = headerText(response.headers['content-type']).split(';')[0]!.trim();
    return { bytes: await readBody(response, limit, `${what}: manifest ${reference}`), mediaType: contentType === '' ? undefined : contentType };
  }

  /** A blob's size by digest (HEAD), for one no manifest described. */
  async blobSize(digest: string): Promise<number | undefined> {
    const what = `registry:${this.name}`;
    const response = await this.request(`blobs/${digest}`, 'HEAD', {}, what);
    response.body.resume();
    if (response.status === 404) return undefined;
    if (response.status !== 200) await this.failed(response, what);
    const size = Number(response.headers['content-length']);
    return Number.isSafeInteger(size) && size >= 0 ? size : undefined;
  }

  /**
   * A blob's bytes by digest, exactly `size` of them. A connection dropped midway is resumed
   * where it stopped (a Range request), within the same bound of attempts as any request.
   */
  async *blob(digest: string, size: number, what: string): AsyncGenerator<Buffer> {
    let received = 0;
    for (let attempt = 1; ; attempt++) {
      const range = received > 0 ? { range: `bytes=${received}-` } : undefined;
      const response = await this.request(`blobs/${digest}`, 'GET', { ...range }, what);
      if (response.status === 404) await this.failed(response, what, `blob ${digest} in ${this.reference.repository}`);
      if (response.status !== 200 && response.status !== 206) await this.failed(response, what);
      // A server that ignores the Range sends the blob from its start: skip what was read.
      let skip = response.status === 206 ? 0 : received;
      try {
        for await (const chunk of response.body as AsyncIterable<Buffer>) {
          let piece = chunk;
          if (skip > 0) {
            const dropped = Math.min(skip, piece.length);
            skip -= dropped;
            piece = piece.subarray(dropped);
            if (piece.length === 0) continue;
          }
          received += piece.length;
          if (received > size) {
            response.body.destroy();
            throw new ImageError(`${what}: blob ${digest} is longer than the ${size} bytes its descriptor gives; the registry serves altered content`);
          }
          yield piece;
        }
      } catch (error) {
        if (attempt < MAX_ATTEMPTS && isTransient(error)) {
          await sleep(this.transport.retryBaseMs * 2 ** (attempt - 1));
          continue;
        }
        if (error instanceof ImageError) throw error;
        throw this.transport.explain(error, this.url(`blobs/${digest}`), what, attempt);
      }
      if (received < size && attempt < MAX_ATTEMPTS && response.body.readableAborted) continue;
      if (received < size) throw new ImageError(`${what}: blob ${digest} ended after ${received} of ${size} bytes; the registry or the connection failed`);
      return;
    }
  }

  close(): void {
    this.transport.close();
  }
}

/** A TLS handshake answered by a plain HTTP server: OpenSSL reads its reply as a record of a wrong version. */
function speaksPlain(error: unknown): boolean {
  const { code, message } = (error ?? {}) as NodeJS.ErrnoException;
  return code === 'ERR_SSL_WRONG_VERSION_NUMBER' || (code === 'EPROTO' && typeof message === 'string' && message.includes('wrong version number'));
}

function basic(credentials: Credentials): string {
  return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
}

function headerText(value: string | string[] | undefined): string {
  return Array.isArray(value) ? value.join(', ') : (value ?? '');
}
