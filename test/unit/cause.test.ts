import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { ConfigurationError } from '../../src/errors.ts';
import { readBuildContext } from '../../src/explain/build-context.ts';
import { explainFirstParty } from '../../src/explain/cause.ts';
import { RepositoryMap } from '../../src/explain/pathmap.ts';
import type { Finding } from '../../src/report/findings.ts';
import { at, hop } from '../helpers/reports.ts';

const roots: string[] = [];
after(async () => Promise.all(roots.map((root) => rm(root, { recursive: true, force: true }))));

/** A checkout with these files (path -> text). */
async function checkout(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'cause-'));
  roots.push(root);
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.join(root, path.dirname(file)), { recursive: true });
    await writeFile(path.join(root, file), text);
  }
  return root;
}

/** The checkout side of explainFirstParty: module sources from a repository listing, and what the image has. */
function sourcesIn(repository: RepositoryMap, imageHas?: (path: string) => boolean): { sourcesOf: (module: string) => string[]; imageHas?: (path: string) => boolean } {
  return { sourcesOf: (module) => repository.moduleSources(module), ...(imageHas && { imageHas }) };
}

function missing(module: string, origin: Finding['origin'] = 'first-party'): Finding {
  const location = at('/srv/app/main.py', 3, 'app/main.py');
  return { kind: 'missing-module', severity: 'error', module, location, origin, message: `ModuleNotFoundError: No module named '${module}'`, chain: [hop('app.main', module, location)] };
}

const APP = {
  'app/main.py': 'import app.services.monitoring\n',
  'app/services/__init__.py': '',
  'app/services/monitoring/__init__.py': '',
  'app/services/monitoring/metrics.py': '',
  'tools/report.py': '',
};

describe('why a first-party module is missing', () => {
  it('names the .dockerignore rule and line that left out its folder, and annotates that line', async () => {
    const root = await checkout({ ...APP, '.dockerignore': '# small context\n.git\n\n**/monitoring/\n', 'Dockerfile': 'FROM python\nCOPY . /srv\n' });
    const repository = new RepositoryMap(Object.keys(APP));
    const explained = explainFirstParty(missing('app.services.monitoring.metrics'), readBuildContext(root), sourcesIn(repository));
    assert.equal(explained.cause, 'excluded by `.dockerignore` line 4: `**/monitoring/`');
    assert.deepEqual(explained.causeAt, { kind: 'excluded', repoPath: '.dockerignore', line: 4, message: '`**/monitoring/` leaves app/services/monitoring/ out of the build context' });
  });

  it("prefers the Dockerfile's own ignore file, and reads paths from the context folder", async () => {
    const files = { 'svc/app/main.py': '', 'svc/app/services/monitoring/__init__.py': '', 'svc/.dockerignore': 'nothing\n', 'svc/build/api.Dockerfile': 'FROM python\n', 'svc/build/api.Dockerfile.dockerignore': '\napp/services/monitoring\n' };
    const root = await checkout(files);
    const context = readBuildContext(root, 'svc', 'svc/build/api.Dockerfile');
    assert.equal(context.folder, 'svc');
    assert.equal(context.ignore?.file, 'svc/build/api.Dockerfile.dockerignore');
    const explained = explainFirstParty(missing('app.services.monitoring'), context, sourcesIn(new RepositoryMap(Object.keys(files))));
    assert.equal(explained.cause, 'excluded by `svc/build/api.Dockerfile.dockerignore` line 2: `app/services/monitoring`');
    assert.equal(explained.causeAt?.message, '`app/services/monitoring` leaves svc/app/services/monitoring/ out of the build context');
  });

  it('follows the stage the image was built as (--target): later stages are not built', async () => {
    const dockerfile = ['FROM python:3.12 AS base', 'COPY app/ /srv/app/', 'CMD ["python3", "-m", "app.main"]', 'FROM base AS test', 'COPY tools/ /srv/tools/', 'CMD ["pytest"]', ''].join('\n');
    const root = await checkout({ ...APP, Dockerfile: dockerfile });
    const repository = new RepositoryMap(Object.keys(APP));
    const imageHas = (): boolean => false;
    // Built as the last stage, tools/ is copied in (and then gone from this image); built as base, no COPY brings it.
    assert.match(explainFirstParty(missing('tools.report'), readBuildContext(root), sourcesIn(repository, imageHas)).cause!, /^`Dockerfile` line 5 copies tools\/report\.py/);
    const base = readBuildContext(root, undefined, undefined, 'Base');
    assert.deepEqual(base.dockerfile?.stages.map((stage) => [stage.name, stage.command?.line]), [['base', 3]]);
    assert.deepEqual(explainFirstParty(missing('tools.report'), base, sourcesIn(repository, imageHas)).causeAt, { kind: 'not-copied', repoPath: 'Dockerfile', line: 2, message: '`COPY app/ /srv/app/` is the nearest COPY, and it does not bring in tools/report.py' });
    assert.throws(() => readBuildContext(root, undefined, undefined, 'prod'), (error: unknown) => error instanceof ConfigurationError && error.message === 'target "prod" is not a stage of Dockerfile; its named stages are base, test');
  });

  it('says so plainly when the source is outside the context, or when no rule explains it', async () => {
    const root = await checkout({ ...APP, 'app/.dockerignore': '*.md\n' });
    const repository = new RepositoryMap(Object.keys(APP));
    assert.equal(explainFirstParty(missing('tools.report'), readBuildContext(root, 'app'), sourcesIn(repository)).cause, 'its source tools/report.py is outside the build context app, so no COPY can bring it in');
    const plain = explainFirstParty(missing('app.services.monitoring'), readBuildContext(root), sourcesIn(repository));
    assert.equal(plain.cause, 'the checkout has app/services/monitoring/__init__.py but the image does not, and the build context has no .dockerignore');
    assert.equal(plain.causeAt, undefined);
  });

  it('says when no COPY brings the module in, and annotates the nearest COPY', async () => {
    const dockerfile = ['FROM python:3.12', 'WORKDIR /srv', 'COPY requirements.txt .', 'COPY app/main.py app/', 'COPY app/services/__init__.py app/services/', 'CMD ["python", "-m", "app.main"]'].join('\n');
    const root = await checkout({ ...APP, 'Dockerfile': dockerfile, '.dockerignore': '.git\n' });
    const explained = explainFirstParty(missing('app.services.monitoring'), readBuildContext(root), sourcesIn(new RepositoryMap(Object.keys(APP))));
    assert.equal(explained.cause, 'not copied: no COPY or ADD of `Dockerfile` brings app/services/monitoring/__init__.py into the image');
    assert.deepEqual(explained.causeAt, { kind: 'not-copied', repoPath: 'Dockerfile', line: 5, message: '`COPY app/services/__init__.py app/services/` is the nearest COPY, and it does not bring in app/services/monitoring/__init__.py' });
  });

  it('says where a COPY puts the module when the image still lacks it there', async () => {
    const root = await checkout({ ...APP, Dockerfile: 'FROM python:3.12\nWORKDIR /srv\nCOPY . .\nRUN rm -r app/services/monitoring\n' });
    const repository = new RepositoryMap(Object.keys(APP));
    const removed = explainFirstParty(missing('app.services.monitoring'), readBuildContext(root), sourcesIn(repository, () => false));
    assert.equal(removed.cause, '`Dockerfile` line 3 copies app/services/monitoring/__init__.py to /srv/app/services/monitoring/__init__.py, but the image has no such file: a later step removes it');
    const elsewhere = explainFirstParty(missing('app.services.monitoring'), readBuildContext(root), sourcesIn(repository, (file) => file === '/srv/app/services/monitoring/__init__.py'));
    assert.match(elsewhere.cause!, /the image has it there, but not where Python looks for app\.services\.monitoring$/);
    assert.equal(elsewhere.causeAt, undefined);
  });

  it('leaves other findings as they are', async () => {
    const root = await checkout({ ...APP, '.dockerignore': '**\n' });
    const repository = new RepositoryMap(Object.keys(APP));
    const third = missing('yaml', 'third-party');
    assert.equal(explainFirstParty(third, readBuildContext(root), sourcesIn(repository)), third);
    const known = { ...missing('app.services.monitoring'), cause: 'already known' };
    assert.equal(explainFirstParty(known, readBuildContext(root), sourcesIn(repository)), known);
  });

  it('refuses a context or Dockerfile the checkout does not have, naming the input', async () => {
    const root = await checkout(APP);
    assert.throws(() => readBuildContext(root, '../elsewhere'), (error: Error) => error instanceof ConfigurationError && /context "\.\.\/elsewhere" is outside the repository/.test(error.message));
    assert.throws(() => readBuildContext(root, 'missing'), /context "missing" is not a folder of the repository/);
    assert.throws(() => readBuildContext(root, '.', 'Dockerfile.prod'), /dockerfile "Dockerfile.prod" is not a file of the repository/);
    const refused = await checkout({ '.dockerignore': 'ok\n!\n' });
    assert.throws(() => readBuildContext(refused), /\.dockerignore line 2: "!" is an exception with no pattern/);
  });
});
