// A local stand-in for api.github.com: records every request, answers the check run and issue
// comment endpoints the way GitHub does, and checks each request against GitHub's published
// REST description (@octokit/openapi), so a test fails when the code sends what GitHub would reject.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';

// ---------------------------------------------------------------------------------------------
// The OpenAPI checker

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}

type Schema = Record<string, unknown>;

interface Operation {
  operationId: string;
  parameters?: Array<Parameter | { $ref: string }>;
  requestBody?: { required?: boolean; content: Record<string, { schema?: Schema }> };
  externalDocs?: { url: string };
}

interface RestDescription {
  openapi: string;
  paths: Record<string, Record<string, unknown>>;
  components: Record<string, Record<string, unknown>>;
}

export interface MatchedOperation {
  operationId: string;
  template: string;
  method: string;
  pathParams: Record<string, string>;
  docsUrl?: string;
}

interface Route {
  template: string;
  pattern: RegExp;
  names: string[];
  /** Literal segments rank a template above one with a parameter there (`/issues/comments` vs `/issues/{n}`). */
  literals: number;
  operations: Map<string, Operation>;
}

const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);
const DOCUMENT_ID = 'https://api.github.com/openapi.json';

class RestChecker {
  readonly #doc: RestDescription;
  readonly #routes: Route[];
  readonly #ajv: Ajv;
  readonly #validators = new Map<string, ValidateFunction>();

  constructor(doc: RestDescription) {
    this.#doc = doc;
    this.#routes = Object.entries(doc.paths).map(([template, item]) => {
      const names: string[] = [];
      const source = template
        .split('/')
        .map((segment) =>
          segment.replace(/\{([^}]+)\}|([^{]+)/g, (_all, name: string | undefined, literal: string | undefined) => {
            if (name === undefined) return literal!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
            names.push(name);
            return '([^/]+)';
          }),
        )
        .join('/');
      const operations = new Map<string, Operation>();
      for (const [method, operation] of Object.entries(item)) if (METHODS.has(method)) operations.set(method.toUpperCase(), operation as Operation);
      const literals = template.split('/').filter((segment) => segment && !segment.includes('{')).length;
      return { template, pattern: new RegExp(`^${source}$`), names, literals, operations };
    });
    this.#routes.sort((a, b) => b.literals - a.literals);
    // strict: false lets the OpenAPI-only keywords (example, discriminator, x-*) through;
    // Ajv reads OpenAPI 3.0's `nullable` itself.
    this.#ajv = new Ajv({ strict: false, allErrors: true, formats: this.#formats() });
    this.#ajv.addSchema({ $id: DOCUMENT_ID, components: this.#prepare(doc.components) });
  }

  /** date-time and uri are checked; the other formats GitHub uses (int64, binary...) are accepted as is. */
  #formats(): Record<string, true | RegExp | ((value: string) => boolean)> {
    const found = new Set<string>();
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) for (const item of node) walk(item);
      else if (node && typeof node === 'object')
        for (const [key, value] of Object.entries(node)) {
          if (key === 'format' && typeof value === 'string') found.add(value);
          else walk(value);
        }
    };
    walk(this.#doc.components.schemas);
    walk(this.#doc.paths);
    const formats: Record<string, true | RegExp | ((value: string) => boolean)> = Object.fromEntries([...found].map((name) => [name, true]));
    formats['date-time'] = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/i;
    formats.date = /^\d{4}-\d\d-\d\d$/;
    formats.uri = (value: string) => URL.canParse(value);
    return formats;
  }

  #resolve<T>(value: T | { $ref: string }): T {
    if (value && typeof value === 'object' && '$ref' in value) {
      const [, section, name] = /^#\/components\/([^/]+)\/(.+)$/.exec(value.$ref) ?? [];
      const target = section && name ? this.#doc.components[section]?.[name] : undefined;
      if (target === undefined) throw new Error(`unresolved $ref ${value.$ref}`);
      return this.#resolve(target as T | { $ref: string });
    }
    return value;
  }

  /**
   * Local `#/components/...` refs point into the components document Ajv holds, and OpenAPI
   * 3.0's `nullable` becomes JSON Schema where Ajv cannot take it as is (no `type`; an `enum`).
   */
  #prepare(node: unknown): unknown {
    if (Array.isArray(node)) return node.map((item) => this.#prepare(item));
    if (!node || typeof node !== 'object') return node;
    const schema = Object.fromEntries(
      Object.entries(node).map(([key, value]) => [key, key === '$ref' && typeof value === 'string' && value.startsWith('#') ? DOCUMENT_ID + value : this.#prepare(value)]),
    );
    if (schema.nullable !== true) return schema;
    if (Array.isArray(schema.enum) && !schema.enum.includes(null)) schema.enum = [...(schema.enum as unknown[]), null];
    if (schema.type !== undefined) return schema;
    delete schema.nullable;
    return { anyOf: [schema, { type: 'null' }] };
  }

  #validator(key: string, schema: Schema): ValidateFunction {
    let validate = this.#validators.get(key);
    if (!validate) {
      validate = this.#ajv.compile(this.#prepare(schema) as Schema);
      this.#validators.set(key, validate);
    }
    return validate;
  }

  match(method: string, pathname: string): MatchedOperation | undefined {
    for (const route of this.#routes) {
      const found = route.pattern.exec(pathname);
      if (!found) continue;
      const operation = route.operations.get(method.toUpperCase());
      if (!operation) continue;
      const pathParams = Object.fromEntries(route.names.map((name, i) => [name, decodeURIComponent(found[i + 1]!)]));
      return { operationId: operation.operationId, template: route.template, method: method.toUpperCase(), pathParams, docsUrl: operation.externalDocs?.url };
    }
    return undefined;
  }

  #operation(match: MatchedOperation): Operation {
    return this.#routes.find((route) => route.template === match.template)!.operations.get(match.method)!;
  }

  #checkValue(where: string, parameter: Parameter, raw: string): string[] {
    if (!parameter.schema) return [];
    const schema = this.#resolve<Schema>(parameter.schema);
    let value: unknown = raw;
    if (schema.type === 'integer' || schema.type === 'number') value = /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
    else if (schema.type === 'boolean') value = raw === 'true' ? true : raw === 'false' ? false : raw;
    const validate = this.#validator(`${where}:${parameter.name}`, schema);
    return validate(value) ? [] : [`${parameter.in} parameter ${parameter.name}=${JSON.stringify(raw)}: ${this.#ajv.errorsText(validate.errors)}`];
  }

  /** Every way the request differs from what the description allows; empty when it conforms. */
  check(request: Pick<RecordedRequest, 'method' | 'path' | 'query' | 'headers' | 'body'>): string[] {
    const match = this.match(request.method, request.path);
    if (!match) return [`no operation in GitHub's REST description for ${request.method} ${request.path}`];
    const operation = this.#operation(match);
    const problems: string[] = [];
    const parameters = (operation.parameters ?? []).map((parameter) => this.#resolve<Parameter>(parameter));
    const key = `${match.method} ${match.template}`;

    for (const parameter of parameters.filter((p) => p.in === 'path')) {
      const value = match.pathParams[parameter.name];
      if (value === undefined || value === '') problems.push(`missing path parameter ${parameter.name}`);
      else problems.push(...this.#checkValue(key, parameter, value));
    }
    for (const [name, value] of Object.entries(request.query)) {
      const parameter = parameters.find((p) => p.in === 'query' && p.name === name);
      if (!parameter) problems.push(`query parameter ${name} is not one ${match.operationId} takes`);
      else problems.push(...this.#checkValue(key, parameter, value));
    }
    for (const parameter of parameters.filter((p) => p.in === 'query' && p.required)) if (!(parameter.name in request.query)) problems.push(`missing query parameter ${parameter.name}`);

    if (!/^(token|bearer) \S+$/i.test(String(request.headers.authorization ?? ''))) problems.push('no Authorization header with a token');

    const content = operation.requestBody?.content;
    const hasBody = request.body !== undefined;
    if (!content) {
      if (hasBody) problems.push(`${match.operationId} takes no request body`);
    } else if (!hasBody) {
      if (operation.requestBody?.required) problems.push(`${match.operationId} requires a request body`);
    } else {
      const schema = content['application/json']?.schema;
      const type = String(request.headers['content-type'] ?? '');
      if (!schema) problems.push(`${match.operationId} takes no JSON body`);
      else if (!type.startsWith('application/json')) problems.push(`body sent as ${type || 'no content type'}, not application/json`);
      else {
        const validate = this.#validator(`${key} body`, this.#resolve<Schema>(schema));
        if (!validate(request.body)) problems.push(...(validate.errors ?? []).map((error) => `body${error.instancePath} ${error.message ?? 'is invalid'}${error.params && 'allowedValues' in error.params ? ` (${(error.params.allowedValues as unknown[]).join(', ')})` : ''}`));
      }
    }
    return problems.map((problem) => `${match.operationId}: ${problem}`);
  }
}

let checker: RestChecker | undefined;

/** GitHub's REST description, from the installed @octokit/openapi; loaded once, it is large. */
export function restChecker(): RestChecker {
  if (!checker) {
    const file = createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json');
    checker = new RestChecker(JSON.parse(readFileSync(file, 'utf8')) as RestDescription);
  }
  return checker;
}

/** Checks one request against GitHub's REST description; empty when it conforms. */
export function checkRequest(request: { method: string; path: string; query?: Record<string, string>; headers?: IncomingHttpHeaders; body?: unknown }): string[] {
  return restChecker().check({ method: request.method, path: request.path, query: request.query ?? {}, headers: request.headers ?? {}, body: request.body });
}

// ---------------------------------------------------------------------------------------------
// The recording server

export interface RecordedRequest {
  method: string;
  /** Path without the query. */
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** Parsed JSON, the raw text when it is not JSON, undefined when empty. */
  body: unknown;
  /** GitHub's operation id (`checks/create`), when the description has the route. */
  operationId?: string;
  status: number;
}

export interface FakeResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface FakeComment {
  id: number;
  body: string;
  user: string;
}

export interface FakeCheckRun {
  id: number;
  name: string;
  headSha: string;
  status: string;
  conclusion?: string;
  title?: string;
  summary?: string;
  /** Every annotation, appended batch by batch as GitHub does. */
  annotations: unknown[];
}

export interface FakeGitHubOptions {
  /** Comments already on each issue or pull request, oldest first. */
  comments?: Record<number, Array<{ body: string; user?: string }>>;
  /**
   * The user of the token, as `GET /user` answers it (a personal access token): its comments are
   * this user's. Unset, the token is GITHUB_TOKEN: `GET /user` answers 403 and its comments are
   * github-actions[bot]'s.
   */
  tokenUser?: string;
  /** Operation ids answered with the 403 GitHub gives a token that lacks the permission. */
  forbidden?: string[];
  /** Answers a request before the built-in handlers; undefined falls through to them. */
  respond?: (request: RecordedRequest) => FakeResponse | undefined;
}

export interface FakeGitHub {
  /** Base URL for `getOctokit(token, { baseUrl })`. */
  url: string;
  requests: RecordedRequest[];
  checkRuns: Map<number, FakeCheckRun>;
  comments: Map<number, FakeComment[]>;
  /** Every request that GitHub's REST description does not allow, one line each. */
  problems(): string[];
  close(): Promise<void>;
}

function readBody(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** Starts the fake on 127.0.0.1 at a free port. */
export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const rest = restChecker();
  const requests: RecordedRequest[] = [];
  const problems: string[] = [];
  const checkRuns = new Map<number, FakeCheckRun>();
  const comments = new Map<number, FakeComment[]>();
  let nextId = 1000;
  for (const [issue, list] of Object.entries(options.comments ?? {})) comments.set(Number(issue), list.map((comment) => ({ id: nextId++, body: comment.body, user: comment.user ?? 'someone' })));
  const forbidden = new Set(options.forbidden ?? []);
  const tokenUser = options.tokenUser ?? 'github-actions[bot]';
  let base = '';

  const userJson = (login: string) => ({ login, id: 1, type: login.endsWith('[bot]') ? 'Bot' : 'User' });
  const commentJson = (owner: string, repo: string, comment: FakeComment) => ({
    id: comment.id,
    node_id: `IC_${comment.id}`,
    url: `${base}/repos/${owner}/${repo}/issues/comments/${comment.id}`,
    html_url: `https://github.com/${owner}/${repo}/pull/1#issuecomment-${comment.id}`,
    body: comment.body,
    user: userJson(comment.user),
    created_at: '2024-01-01T00:00:00Z',
    updated_at: '2024-01-01T00:00:00Z',
    author_association: 'NONE',
  });
  const checkRunJson = (owner: string, repo: string, run: FakeCheckRun) => ({
    id: run.id,
    head_sha: run.headSha,
    node_id: `CR_${run.id}`,
    url: `${base}/repos/${owner}/${repo}/check-runs/${run.id}`,
    html_url: `https://github.com/${owner}/${repo}/runs/${run.id}`,
    status: run.status,
    conclusion: run.conclusion ?? null,
    name: run.name,
    output: { title: run.title ?? null, summary: run.summary ?? null, text: null, annotations_count: run.annotations.length, annotations_url: `${base}/repos/${owner}/${repo}/check-runs/${run.id}/annotations` },
  });

  function handle(request: RecordedRequest, match: MatchedOperation | undefined): FakeResponse {
    const custom = options.respond?.(request);
    if (custom) return custom;
    if (!match) return { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' } };
    if (forbidden.has(match.operationId)) return { status: 403, body: { message: 'Resource not accessible by integration', documentation_url: match.docsUrl ?? 'https://docs.github.com/rest', status: '403' } };
    const { owner = '', repo = '' } = match.pathParams;
    const body = (request.body ?? {}) as Record<string, unknown>;
    const output = (body.output ?? {}) as { title?: string; summary?: string; annotations?: unknown[] };

    switch (match.operationId) {
      case 'checks/create': {
        const run: FakeCheckRun = { id: nextId++, name: String(body.name), headSha: String(body.head_sha), status: body.conclusion ? 'completed' : typeof body.status === 'string' ? body.status : 'queued', annotations: [...(output.annotations ?? [])] };
        if (typeof body.conclusion === 'string') run.conclusion = body.conclusion;
        if (output.title !== undefined) run.title = output.title;
        if (output.summary !== undefined) run.summary = output.summary;
        checkRuns.set(run.id, run);
        return { status: 201, body: checkRunJson(owner, repo, run) };
      }
      case 'checks/update': {
        const run = checkRuns.get(Number(match.pathParams.check_run_id));
        if (!run) return { status: 404, body: { message: 'Not Found', documentation_url: match.docsUrl, status: '404' } };
        if (output.title !== undefined) run.title = output.title;
        if (output.summary !== undefined) run.summary = output.summary;
        run.annotations.push(...(output.annotations ?? []));
        return { status: 200, body: checkRunJson(owner, repo, run) };
      }
      case 'issues/list-comments': {
        const list = comments.get(Number(match.pathParams.issue_number)) ?? [];
        const perPage = Math.min(100, Number(request.query.per_page ?? 30));
        const page = Math.max(1, Number(request.query.page ?? 1));
        const last = Math.max(1, Math.ceil(list.length / perPage));
        const headers: Record<string, string> = {};
        if (page < last) {
          const link = (n: number) => `<${base}${request.path}?per_page=${perPage}&page=${n}>`;
          headers.link = `${link(page + 1)}; rel="next", ${link(last)}; rel="last"`;
        }
        return { status: 200, headers, body: list.slice((page - 1) * perPage, page * perPage).map((comment) => commentJson(owner, repo, comment)) };
      }
      case 'issues/create-comment': {
        const issue = Number(match.pathParams.issue_number);
        const comment: FakeComment = { id: nextId++, body: String(body.body), user: tokenUser };
        comments.set(issue, [...(comments.get(issue) ?? []), comment]);
        return { status: 201, headers: { location: `${base}/repos/${owner}/${repo}/issues/comments/${comment.id}` }, body: commentJson(owner, repo, comment) };
      }
      case 'users/get-authenticated':
        if (options.tokenUser === undefined) return { status: 403, body: { message: 'Resource not accessible by integration', documentation_url: match.docsUrl, status: '403' } };
        return { status: 200, body: userJson(options.tokenUser) };
      case 'issues/update-comment': {
        const id = Number(match.pathParams.comment_id);
        const comment = [...comments.values()].flat().find((c) => c.id === id);
        if (!comment) return { status: 404, body: { message: 'Not Found', documentation_url: match.docsUrl, status: '404' } };
        comment.body = String(body.body);
        return { status: 200, body: commentJson(owner, repo, comment) };
      }
      default:
        return { status: 404, body: { message: `the fake does not answer ${match.operationId}`, documentation_url: match.docsUrl, status: '404' } };
    }
  }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const request: RecordedRequest = {
        method: req.method ?? 'GET',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers: req.headers,
        body: readBody(Buffer.concat(chunks).toString('utf8')),
        status: 0,
      };
      const match = rest.match(request.method, request.path);
      if (match) request.operationId = match.operationId;
      try {
        problems.push(...rest.check(request).map((problem) => `${request.method} ${request.path}: ${problem}`));
      } catch (error) {
        problems.push(`${request.method} ${request.path}: the checker failed: ${String(error)}`);
      }
      const response = handle(request, match);
      request.status = response.status;
      requests.push(request);
      const text = response.body === undefined ? '' : JSON.stringify(response.body);
      res.writeHead(response.status, { 'content-type': 'application/json; charset=utf-8', 'x-github-media-type': 'github.v3; format=json', ...response.headers });
      res.end(text);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: base,
    requests,
    checkRuns,
    comments,
    problems: () => [...problems],
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
