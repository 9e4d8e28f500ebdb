// The check run and pull request comment against a local fake of api.github.com; every request
// the code sends is checked against GitHub's published REST description.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { context, getOctokit } from '@actions/github';
import {
  COMMENT_LIMIT,
  SUMMARY_LIMIT,
  checkAnnotations,
  commentMarker,
  publishCheckRun,
  targetFromContext,
  upsertPullRequestComment,
  type CheckAnnotation,
  type PublishTarget,
} from '../../src/github/publish.ts';
import type { Logger } from '../../src/logger.ts';
import type { Finding } from '../../src/report/findings.ts';
import { checkRequest, restChecker, startFakeGitHub, type FakeGitHub, type FakeGitHubOptions } from '../helpers/github-server.ts';

const TARGET: PublishTarget = { owner: 'octo', repo: 'service', headSha: 'a'.repeat(40), pullNumber: 7 };
const MARKER = '<!-- import-guard -->';
/** Who writes the comments of GITHUB_TOKEN. */
const BOT = 'github-actions[bot]';

function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, info: (m) => lines.push(`info: ${m}`), warn: (m) => lines.push(`warn: ${m}`), debug: (m) => lines.push(`debug: ${m}`) };
}

async function withFake(options: FakeGitHubOptions, body: (fake: FakeGitHub, octokit: ReturnType<typeof getOctokit>) => Promise<void>): Promise<void> {
  const fake = await startFakeGitHub(options);
  try {
    await body(fake, getOctokit('test-token', { baseUrl: fake.url }));
    assert.deepEqual(fake.problems(), [], 'every request conforms to GitHub REST description');
    for (const request of fake.requests) assert.equal(request.headers.authorization, 'token test-token');
  } finally {
    await fake.close();
  }
}

function annotations(count: number): CheckAnnotation[] {
  return Array.from({ length: count }, (_, i) => ({
    path: `app/module_${i}.py`,
    startLine: i + 1,
    endLine: i + 1,
    startColumn: 1,
    level: (['failure', 'warning', 'notice'] as const)[i % 3]!,
    title: `Cannot import pkg${i}`,
    message: `import of pkg${i} fails`,
  }));
}

const checkOptions = { name: 'import-guard', conclusion: 'failure' as const, title: '3 imports will fail', summary: '## import-guard\n\nThree imports fail.' };

function finding(overrides: Partial<Finding>): Finding {
  return {
    kind: 'missing-module',
    severity: 'error',
    module: 'pandas',
    location: { imagePath: '/app/app/api.py', repoPath: 'app/api.py', line: 3, column: 1 },
    origin: 'third-party',
    message: 'Importing app.main raises ModuleNotFoundError: No module named pandas.',
    chain: [
      { importer: 'app.main', module: 'app.api', imagePath: '/app/app/main.py', repoPath: 'app/main.py', line: 1, column: 1 },
      { importer: 'app.api', module: 'pandas', imagePath: '/app/app/api.py', repoPath: 'app/api.py', line: 3, column: 1 },
    ],
    ...overrides,
  };
}

before(() => {
  // Loading the description takes a second; do it once, outside the timed tests.
  restChecker();
});

describe('check run', () => {
  it('creates the run with the first 50 of 120 annotations, then adds 50 and 20 with updates, in order', async () => {
    await withFake({}, async (fake, octokit) => {
      const all = annotations(120);
      const result = await publishCheckRun(octokit, TARGET, { ...checkOptions, annotations: all }, recordingLogger());
      assert.ok(result.ok);
      assert.ok(result.url?.endsWith(`/runs/${result.id}`));
      assert.equal(result.annotated, 120);

      assert.deepEqual(
        fake.requests.map((r) => [r.operationId, (r.body as { output: { annotations: unknown[] } }).output.annotations.length]),
        [['checks/create', 50], ['checks/update', 50], ['checks/update', 20]],
      );
      const [create, ...updates] = fake.requests;
      assert.equal(create!.path, '/repos/octo/service/check-runs');
      assert.deepEqual({ ...(create!.body as object), output: undefined }, { name: 'import-guard', head_sha: TARGET.headSha, status: 'completed', conclusion: 'failure', output: undefined });
      for (const update of updates) {
        assert.equal(update.method, 'PATCH');
        assert.equal(update.path, `/repos/octo/service/check-runs/${result.id}`);
        const output = (update.body as { output: { title: string; summary: string } }).output;
        assert.equal(output.title, checkOptions.title, 'an update repeats the title');
        assert.equal(output.summary, checkOptions.summary, 'an update repeats the summary');
      }

      const run = fake.checkRuns.get(result.id)!;
      assert.equal(run.conclusion, 'failure');
      assert.deepEqual(
        run.annotations.map((a) => (a as { title: string }).title),
        all.map((a) => a.title),
      );
      assert.deepEqual(run.annotations[0], { path: 'app/module_0.py', start_line: 1, end_line: 1, start_column: 1, end_column: 1, annotation_level: 'failure', title: 'Cannot import pkg0', message: 'import of pkg0 fails' });
    });
  });

  it('sends a single create when there are no annotations', async () => {
    await withFake({}, async (fake, octokit) => {
      const result = await publishCheckRun(octokit, TARGET, { ...checkOptions, conclusion: 'success', annotations: [] }, recordingLogger());
      assert.ok(result.ok);
      assert.deepEqual(
        fake.requests.map((r) => r.operationId),
        ['checks/create'],
      );
    });
  });

  it('cuts a summary over 65535 characters and says so', async () => {
    await withFake({}, async (fake, octokit) => {
      const summary = `${'| a | b |\n'.repeat(10000)}`;
      const result = await publishCheckRun(octokit, TARGET, { ...checkOptions, summary, annotations: [] }, recordingLogger());
      assert.ok(result.ok);
      const sent = fake.checkRuns.get(result.id)!.summary!;
      assert.ok(sent.length <= SUMMARY_LIMIT, `${sent.length}`);
      assert.match(sent, /Summary truncated: \d+ more characters/);
      assert.ok(sent.startsWith('| a | b |\n'));
    });
  });

  it('turns a 403 into a warning that names checks: write and the permissions block', async () => {
    await withFake({ forbidden: ['checks/create'] }, async (fake, octokit) => {
      const result = await publishCheckRun(octokit, TARGET, { ...checkOptions, annotations: annotations(3) }, recordingLogger());
      assert.equal(result.ok, false);
      assert.ok(!result.ok);
      assert.match(result.warning, /403 "Resource not accessible by integration"/);
      assert.match(result.warning, /`checks: write`/);
      assert.match(result.warning, /permissions:\n {4}contents: read\n {4}checks: write/);
      assert.doesNotMatch(result.warning, /https:\/\/docs\.github\.com/, 'no doc link pasted into the sentence');
      assert.equal(fake.requests.length, 1);
    });
  });

  it('turns another API error into a warning with status and message, and says how far it got', async () => {
    const options: FakeGitHubOptions = {
      respond: (request) =>
        request.operationId === 'checks/update' && request.method === 'PATCH'
          ? { status: 422, body: { message: 'Validation Failed', errors: [{ resource: 'CheckRun', code: 'invalid', field: 'annotations' }], documentation_url: 'https://docs.github.com/rest/checks/runs#update-a-check-run', status: '422' } }
          : undefined,
    };
    await withFake(options, async (fake, octokit) => {
      const result = await publishCheckRun(octokit, TARGET, { ...checkOptions, annotations: annotations(120) }, recordingLogger());
      assert.ok(!result.ok);
      assert.match(result.warning, /add annotations 51-100 to the check run: GitHub answered 422 "Validation Failed/);
      assert.match(result.warning, /has only the first 50 of 120 annotations/);
      assert.equal(result.annotated, 50, 'says how many annotations the run holds, so the rest can go elsewhere');
      assert.equal(fake.requests.length, 2, 'stops at the first failed update');
    });
  });

  it('turns a network failure into a warning', async () => {
    const fake = await startFakeGitHub();
    await fake.close();
    const octokit = getOctokit('test-token', { baseUrl: fake.url });
    const result = await publishCheckRun(octokit, TARGET, { ...checkOptions, annotations: [] }, recordingLogger());
    assert.ok(!result.ok);
    assert.match(result.warning, /^import-guard could not create the check run "import-guard": GitHub did not answer \(/);
  });
});

describe('pull request comment', () => {
  it('creates the comment, marked, when the pull request has none of ours', async () => {
    await withFake({ comments: { 7: [{ body: 'LGTM' }, { body: 'please fix' }] } }, async (fake, octokit) => {
      const result = await upsertPullRequestComment(octokit, TARGET, '## import-guard\n\nAll imports resolve.', recordingLogger());
      assert.ok(result.ok);
      assert.equal(result.action, 'created');
      assert.deepEqual(
        fake.requests.map((r) => [r.method, r.path, r.query]),
        [
          ['GET', '/repos/octo/service/issues/7/comments', { per_page: '100' }],
          ['POST', '/repos/octo/service/issues/7/comments', {}],
        ],
      );
      const comments = fake.comments.get(7)!;
      assert.equal(comments.length, 3);
      assert.equal(comments[2]!.id, result.id);
      assert.equal(comments[2]!.body, `${MARKER}\n## import-guard\n\nAll imports resolve.`);
    });
  });

  it('finds its comment on the second page and edits it in place, with no new comment', async () => {
    const existing: Array<{ body: string; user?: string }> = Array.from({ length: 150 }, (_, i) => (i === 130 ? { body: `${MARKER}\nold report`, user: BOT } : { body: `comment ${i}` }));
    existing[20] = { body: `someone quoting ${MARKER} is not ours`, user: BOT };
    existing[21] = { body: `${commentMarker('other')}\nanother step's report`, user: BOT };
    await withFake({ comments: { 7: existing } }, async (fake, octokit) => {
      const ours = fake.comments.get(7)![130]!;
      const result = await upsertPullRequestComment(octokit, TARGET, 'new report', recordingLogger());
      assert.deepEqual(result, { ok: true, action: 'updated', id: ours.id });
      assert.deepEqual(
        fake.requests.map((r) => [r.method, r.path, r.query]),
        [
          ['GET', '/repos/octo/service/issues/7/comments', { per_page: '100' }],
          ['GET', '/repos/octo/service/issues/7/comments', { per_page: '100', page: '2' }],
          ['GET', '/user', {}],
          ['PATCH', `/repos/octo/service/issues/comments/${ours.id}`, {}],
        ],
      );
      assert.equal(fake.requests.filter((r) => r.method === 'POST').length, 0);
      assert.equal(fake.comments.get(7)!.length, 150);
      assert.equal(ours.body, `${MARKER}\nnew report`);
    });
  });

  it('stops paging once the comment is found', async () => {
    const existing = Array.from({ length: 250 }, (_, i) => (i === 5 ? { body: `${MARKER}\nold`, user: BOT } : { body: `c${i}` }));
    await withFake({ comments: { 7: existing } }, async (fake, octokit) => {
      const result = await upsertPullRequestComment(octokit, TARGET, 'new', recordingLogger());
      assert.ok(result.ok && result.action === 'updated');
      assert.deepEqual(
        fake.requests.map((r) => r.operationId),
        ['issues/list-comments', 'users/get-authenticated', 'issues/update-comment'],
      );
    });
  });

  it("leaves a comment that starts with the marker alone when another user or app wrote it, and makes its own", async () => {
    const hostile = [
      { body: `${MARKER}\n✅ every import resolves`, user: 'mallory' },
      { body: `${MARKER}\n✅ every import resolves`, user: 'mallory-app[bot]' },
    ];
    await withFake({ comments: { 7: hostile } }, async (fake, octokit) => {
      const result = await upsertPullRequestComment(octokit, TARGET, 'new report', recordingLogger());
      assert.ok(result.ok);
      assert.equal(result.action, 'created');
      assert.deepEqual(
        fake.requests.map((r) => [r.operationId, r.status]),
        [
          ['issues/list-comments', 200],
          ['users/get-authenticated', 403],
          ['issues/create-comment', 201],
        ],
      );
      const comments = fake.comments.get(7)!;
      assert.deepEqual(comments.map((comment) => [comment.user, comment.body]), [...hostile.map((comment) => [comment.user, comment.body]), [BOT, `${MARKER}\nnew report`]]);
    });
  });

  it('with GITHUB_TOKEN (GET /user answers 403), edits the comment github-actions[bot] wrote, past one of another user', async () => {
    await withFake({ comments: { 7: [{ body: `${MARKER}\nforged`, user: 'mallory' }, { body: `${MARKER}\nold report`, user: BOT }] } }, async (fake, octokit) => {
      const [forged, ours] = fake.comments.get(7)!;
      const result = await upsertPullRequestComment(octokit, TARGET, 'new report', recordingLogger());
      assert.deepEqual(result, { ok: true, action: 'updated', id: ours!.id });
      assert.equal(ours!.body, `${MARKER}\nnew report`);
      assert.equal(forged!.body, `${MARKER}\nforged`);
      assert.equal(fake.requests.filter((r) => r.operationId === 'users/get-authenticated').length, 1, 'asks who the token is once');
    });
  });

  it("with a personal access token, edits the comment of the token's user, not the Actions bot's", async () => {
    await withFake({ tokenUser: 'octocat', comments: { 7: [{ body: `${MARKER}\nthe bot's`, user: BOT }, { body: `${MARKER}\nold report`, user: 'octocat' }] } }, async (fake, octokit) => {
      const [bots, ours] = fake.comments.get(7)!;
      const result = await upsertPullRequestComment(octokit, TARGET, 'new report', recordingLogger());
      assert.deepEqual(result, { ok: true, action: 'updated', id: ours!.id });
      assert.equal(ours!.body, `${MARKER}\nnew report`);
      assert.equal(bots!.body, `${MARKER}\nthe bot's`);
    });
  });

  it('keeps one comment per key apart from the default one', async () => {
    await withFake({ comments: { 7: [{ body: `${MARKER}\ndefault report` }] } }, async (fake, octokit) => {
      const result = await upsertPullRequestComment(octokit, TARGET, 'worker image report', recordingLogger(), { key: 'worker' });
      assert.ok(result.ok);
      assert.equal(result.action, 'created');
      assert.equal(fake.comments.get(7)![1]!.body, `${commentMarker('worker')}\nworker image report`);
      assert.equal(fake.comments.get(7)![0]!.body, `${MARKER}\ndefault report`);
    });
  });

  it("with adoptUnkeyed, takes its own unmarked comment of an earlier version, but a keyed one wins even on a later page", async () => {
    await withFake({ comments: { 7: [{ body: `${MARKER}\nmallory's`, user: 'mallory' }, { body: `${MARKER}\nold unkeyed report`, user: BOT }] } }, async (fake, octokit) => {
      const [forged, old] = fake.comments.get(7)!;
      const result = await upsertPullRequestComment(octokit, TARGET, 'api report', recordingLogger(), { key: 'api', adoptUnkeyed: true });
      assert.deepEqual(result, { ok: true, action: 'updated', id: old!.id });
      assert.equal(old!.body, `${commentMarker('api')}\napi report`);
      assert.equal(forged!.body, `${MARKER}\nmallory's`);
    });
    const existing = Array.from({ length: 120 }, (_, i) => (i === 3 ? { body: `${MARKER}\nunkeyed`, user: BOT } : i === 110 ? { body: `${commentMarker('api')}\nkeyed`, user: BOT } : { body: `c${i}` }));
    await withFake({ comments: { 7: existing } }, async (fake, octokit) => {
      const keyed = fake.comments.get(7)![110]!;
      const result = await upsertPullRequestComment(octokit, TARGET, 'new', recordingLogger(), { key: 'api', adoptUnkeyed: true });
      assert.deepEqual(result, { ok: true, action: 'updated', id: keyed.id });
      assert.equal(fake.comments.get(7)![3]!.body, `${MARKER}\nunkeyed`);
    });
    await withFake({ comments: { 7: [{ body: `${MARKER}\nunkeyed`, user: BOT }] } }, async (fake, octokit) => {
      const result = await upsertPullRequestComment(octokit, TARGET, 'new', recordingLogger(), { key: 'api' });
      assert.ok(result.ok && result.action === 'created', 'without adoptUnkeyed the unkeyed comment is not ours');
      assert.equal(fake.comments.get(7)!.length, 2);
    });
  });

  it('with create: false, edits an earlier comment but makes none', async () => {
    await withFake({ comments: { 7: [{ body: 'LGTM' }] } }, async (fake, octokit) => {
      const result = await upsertPullRequestComment(octokit, TARGET, 'fixed', recordingLogger(), { key: 'api', create: false });
      assert.deepEqual(result, { ok: true, action: 'none' });
      assert.deepEqual(fake.requests.map((r) => r.operationId), ['issues/list-comments']);
    });
    await withFake({ comments: { 7: [{ body: `${commentMarker('api')}\nfailing`, user: BOT }] } }, async (fake, octokit) => {
      const result = await upsertPullRequestComment(octokit, TARGET, 'fixed', recordingLogger(), { key: 'api', create: false });
      assert.ok(result.ok && result.action === 'updated');
      assert.equal(fake.comments.get(7)![0]!.body, `${commentMarker('api')}\nfixed`);
    });
  });

  it('cuts a body over 65536 characters and says so', async () => {
    await withFake({}, async (fake, octokit) => {
      const result = await upsertPullRequestComment(octokit, TARGET, 'x'.repeat(70000), recordingLogger());
      assert.ok(result.ok);
      const body = fake.comments.get(7)![0]!.body;
      assert.ok(body.length <= COMMENT_LIMIT, `${body.length}`);
      assert.ok(body.startsWith(`${MARKER}\nxxx`));
      assert.match(body, /Comment truncated: \d+ more characters/);
    });
  });

  it('turns a 403 on creating the comment into a warning that names the permission', async () => {
    await withFake({ forbidden: ['issues/create-comment'] }, async (fake, octokit) => {
      const result = await upsertPullRequestComment(octokit, TARGET, 'report', recordingLogger());
      assert.ok(!result.ok);
      assert.match(result.warning, /comment on pull request #7: GitHub answered 403 "Resource not accessible by integration"/);
      assert.match(result.warning, /`pull-requests: write`/);
      assert.match(result.warning, /`issues: write`/);
      assert.match(result.warning, /permissions:\n {4}contents: read\n {4}pull-requests: write/);
      assert.match(result.warning, /fork/);
      assert.equal(fake.requests.at(-1)!.status, 403);
    });
  });

  it('turns a 403 on listing or updating comments into the same kind of warning', async () => {
    await withFake({ forbidden: ['issues/list-comments'] }, async (fake, octokit) => {
      const result = await upsertPullRequestComment(octokit, TARGET, 'report', recordingLogger());
      assert.ok(!result.ok);
      assert.match(result.warning, /read the comments of pull request #7: GitHub answered 403/);
      assert.match(result.warning, /`pull-requests: write`/);
      assert.equal(fake.requests.length, 1);
    });
    await withFake({ forbidden: ['issues/update-comment'], comments: { 7: [{ body: MARKER, user: BOT }] } }, async (fake, octokit) => {
      const result = await upsertPullRequestComment(octokit, TARGET, 'report', recordingLogger());
      assert.ok(!result.ok);
      assert.match(result.warning, /update its comment on pull request #7: GitHub answered 403/);
      assert.equal(fake.requests.filter((r) => r.method === 'POST').length, 0, 'does not fall back to a new comment');
    });
  });

  it('does nothing without a pull request', async () => {
    await withFake({}, async (fake, octokit) => {
      const result = await upsertPullRequestComment(octokit, { owner: 'octo', repo: 'service', headSha: TARGET.headSha }, 'report', recordingLogger());
      assert.ok(!result.ok);
      assert.match(result.warning, /not for a pull request/);
      assert.equal(fake.requests.length, 0);
    });
  });
});

describe('annotations from findings', () => {
  it('maps reported findings with a repository path, severity to level, with cause and chain', () => {
    const findings: Finding[] = [
      finding({ cause: 'pandas is in requirements-dev.txt only' }),
      finding({ severity: 'warning', module: 'ujson', guard: 'try/except ImportError', location: { imagePath: '/app/app/fast.py', repoPath: './app/fast.py', line: 9, column: 5 } }),
      finding({ severity: 'notice', kind: 'missing-name', module: 'yaml', name: 'CLoader', location: { imagePath: '/app/app/cfg.py', repoPath: 'app/cfg.py', line: 2, column: 0 } }),
      finding({ unreported: 'type-checking' }),
      finding({ location: { imagePath: '/usr/lib/python3.12/site-packages/x.py', line: 1, column: 1 } }),
    ];
    const result = checkAnnotations(findings);
    assert.deepEqual(
      result.map((a) => [a.path, a.startLine, a.endLine, a.startColumn, a.level, a.title]),
      [
        ['app/api.py', 3, 3, 1, 'failure', 'pandas is missing from the image'],
        ['app/fast.py', 9, 9, 5, 'warning', 'ujson is missing from the image'],
        ['app/cfg.py', 2, 2, undefined, 'notice', 'yaml has no CLoader'],
      ],
    );
    assert.equal(result[0]!.message, 'Importing app.main raises ModuleNotFoundError: No module named pandas.\nCause: pandas is in requirements-dev.txt only\nImported via: app.main → app.api → pandas');
    assert.match(result[1]!.message, /Guard: try\/except ImportError/);
  });

  it('shortens a long chain', () => {
    const chain = Array.from({ length: 9 }, (_, i) => ({ importer: `m${i}`, module: `m${i + 1}`, imagePath: `/m${i}.py`, line: 1, column: 1 }));
    const [annotation] = checkAnnotations([finding({ module: 'm9', chain })]);
    assert.match(annotation!.message, /Imported via: m0 → m1 → … 5 more … → m7 → m8 → m9$/);
  });

  it('annotations from findings pass the REST schema', async () => {
    await withFake({}, async (fake, octokit) => {
      const result = await publishCheckRun(octokit, TARGET, { ...checkOptions, annotations: checkAnnotations([finding({}), finding({ severity: 'notice', location: { imagePath: '/a', repoPath: 'a.py', line: 0, column: 0 } })]) }, recordingLogger());
      assert.ok(result.ok);
      assert.equal(fake.checkRuns.get(result.id)!.annotations.length, 2);
    });
  });
});

describe('target from the Actions context', () => {
  const repo = { owner: 'octo', repo: 'service' };
  it('uses the head commit and number of a pull request', () => {
    for (const eventName of ['pull_request', 'pull_request_target']) {
      const target = targetFromContext({ eventName, sha: 'merge', repo, payload: { pull_request: { number: 12, head: { sha: 'head' } } } });
      assert.deepEqual(target, { owner: 'octo', repo: 'service', headSha: 'head', pullNumber: 12 });
    }
  });

  it('uses context.sha and no pull request on other events', () => {
    assert.deepEqual(targetFromContext({ eventName: 'push', sha: 'pushed', repo, payload: {} }), { owner: 'octo', repo: 'service', headSha: 'pushed' });
    assert.deepEqual(targetFromContext({ eventName: 'workflow_dispatch', sha: 'x', repo, payload: { pull_request: { number: 3 } } }), { owner: 'octo', repo: 'service', headSha: 'x' });
  });

  it('accepts @actions/github context as is', () => {
    const accepts: (c: typeof context) => PublishTarget = targetFromContext;
    assert.equal(typeof accepts, 'function');
  });
});

describe('the REST description checker', () => {
  const headers = { authorization: 'token t', 'content-type': 'application/json' };
  const good = { name: 'n', head_sha: 'abc', status: 'completed', conclusion: 'success', output: { title: 't', summary: 's', annotations: [{ path: 'a.py', start_line: 1, end_line: 1, annotation_level: 'failure', message: 'm' }] } };

  it('accepts a conforming request', () => {
    assert.deepEqual(checkRequest({ method: 'POST', path: '/repos/o/r/check-runs', headers, body: good }), []);
  });

  it('reports an invalid annotation_level, too many annotations, a wrong path, no token', () => {
    const badLevel = structuredClone(good);
    badLevel.output.annotations[0]!.annotation_level = 'error';
    assert.deepEqual(checkRequest({ method: 'POST', path: '/repos/o/r/check-runs', headers, body: badLevel }), [
      'checks/create: body/output/annotations/0/annotation_level must be equal to one of the allowed values (notice, warning, failure)',
    ]);
    const tooMany = { ...good, output: { ...good.output, annotations: Array.from({ length: 51 }, () => good.output.annotations[0]) } };
    assert.match(checkRequest({ method: 'POST', path: '/repos/o/r/check-runs', headers, body: tooMany }).join('\n'), /annotations must NOT have more than 50 items/);
    assert.match(checkRequest({ method: 'PATCH', path: '/repos/o/r/check-runs/abc', headers, body: { output: { summary: 's' } } }).join('\n'), /path parameter check_run_id="abc"/);
    assert.match(checkRequest({ method: 'POST', path: '/repos/o/r/check-run', headers, body: good }).join('\n'), /no operation/);
    assert.match(checkRequest({ method: 'POST', path: '/repos/o/r/check-runs', headers: {}, body: good }).join('\n'), /no Authorization header/);
    assert.match(checkRequest({ method: 'POST', path: '/repos/o/r/issues/1/comments', headers, body: {} }).join('\n'), /must have required property 'body'/);
    assert.match(checkRequest({ method: 'GET', path: '/repos/o/r/issues/1/comments', headers, query: { per_page: '100', bogus: '1' } }).join('\n'), /query parameter bogus/);
  });

  it('makes the fake report a request GitHub would reject', async () => {
    const fake = await startFakeGitHub();
    try {
      const response = await fetch(`${fake.url}/repos/o/r/check-runs`, { method: 'POST', headers, body: JSON.stringify({ ...good, conclusion: 'passed' }) });
      assert.equal(response.status, 201, 'the fake still answers');
      assert.equal(fake.problems().length, 1);
      assert.match(fake.problems()[0]!, /^POST \/repos\/o\/r\/check-runs: checks\/create: body\/conclusion must be equal to one of the allowed values/);
    } finally {
      await fake.close();
    }
  });
});
