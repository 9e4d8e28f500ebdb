import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { ConfigurationError } from '../../src/errors.ts';
import { readBuildContext } from '../../src/explain/build-context.ts';
import { explainFirstParty } from '../../src/explain/cause.ts';
import { listRepository, RepositoryMap } from '../../src/explain/pathmap.ts';
import { readDeclaredRequirements } from '../../src/explain/requirements.ts';
import { thirdPartyExplainer } from '../../src/explain/third-party.ts';
import type { Logger } from '../../src/logger.ts';
import type { Finding } from '../../src/report/findings.ts';
import { cli } from '../helpers/cli.ts';
import { layoutTar, ociLayout } from '../helpers/layouts.ts';
import { at, hop } from '../helpers/reports.ts';
import { gzip, tar } from '../helpers/tar-writer.ts';
import { parseJsonReport } from '../helpers/json-report.ts';

/** What a host file holds that must never reach a report: shaped like a GitHub token. */
const SECRET = 'ghs_HostSecret0123456789abcdefABCDEF';

const bases: string[] = [];
after(async () => Promise.all(bases.map((base) => rm(base, { recursive: true, force: true }))));

/**
 * A checkout at `<base>/repo` with these files (path -> text, or `{ link }` for a symbolic link,
 * its target relative to the link's folder), next to `<base>/outside`, which holds the runner's
 * files: `secret.txt`, and files that look like a checkout's, each with SECRET in it.
 */
async function checkout(files: Record<string, string | { link: string }>): Promise<{ base: string; root: string }> {
  const base = await mkdtemp(path.join(os.tmpdir(), 'checkout-paths-'));
  bases.push(base);
  const outside = path.join(base, 'outside');
  await mkdir(path.join(outside, 'requirements'), { recursive: true });
  const hostFiles: Record<string, string> = {
    'secret.txt': `${SECRET}\n`,
    // As /proc/self/environ reads: one line, the variables separated by NUL.
    'environ': `PATH=/usr/bin\0GITHUB_TOKEN=${SECRET}\0HOME=/root\0`,
    'requirements/base.txt': `${SECRET}==1\n`,
    'pyproject.toml': `[project]\nname = "x"\ndependencies = ["${SECRET}"]\n`,
    'setup.cfg': `[options]\ninstall_requires =\n    ${SECRET}\n`,
    'Dockerfile': `FROM python\nCOPY ${SECRET} /srv/\nCMD ["python", "-m", "app.main"]\n`,
    // A pattern Docker refuses: its text would be quoted in the error.
    'dockerignore': `${SECRET}[\n`,
    [`${SECRET}.py`]: 'import os\n',
  };
  for (const [file, text] of Object.entries(hostFiles)) await writeFile(path.join(outside, file), text);
  const root = path.join(base, 'repo');
  for (const [file, content] of Object.entries(files)) {
    await mkdir(path.join(root, path.dirname(file)), { recursive: true });
    if (typeof content === 'string') await writeFile(path.join(root, file), content);
    else await symlink(content.link, path.join(root, file));
  }
  await mkdir(root, { recursive: true });
  return { base, root };
}

/** The relative path from `file`'s folder in the checkout to a file of `<base>/outside`. */
function toOutside(file: string, target: string): { link: string } {
  return { link: path.posix.join(path.posix.relative(path.posix.dirname(`repo/${file}`), 'outside'), target) };
}

function recorder(): Logger & { warnings: string[] } {
  const warnings: string[] = [];
  return { warnings, info() {}, debug() {}, warn: (message) => warnings.push(message) };
}

function missing(module: string, origin: Finding['origin']): Finding {
  const location = at('/srv/app/main.py', 3, 'app/main.py');
  return { kind: 'missing-module', severity: 'error', module, location, origin, message: `ModuleNotFoundError: No module named '${module}'`, chain: [hop('app.main', module, location)] };
}

describe('files outside the repository', () => {
  it('does not follow a -r include out of the repository, by .. or by an absolute path', async () => {
    const { base, root } = await checkout({});
    await writeFile(path.join(root, 'requirements.txt'), `flask\n-r ../outside/secret.txt\n--requirement=${'../'.repeat(12)}${path.join(base, 'outside/requirements/base.txt').slice(1)}\n-r ${path.join(base, 'outside/secret.txt')}\n`);
    const logger = recorder();
    const declared = readDeclaredRequirements(root, ['requirements.txt'], '', logger);
    assert.deepEqual(declared.files, ['requirements.txt']);
    assert.deepEqual(declared.requirements.map((requirement) => requirement.name), ['flask']);
    // A module the image lacks: its cause lists what the checkout declares and the image lacks.
    const explained = thirdPartyExplainer({ distributions: [], searched: [], declared, version: '3.12' })(missing('yaml', 'third-party'));
    assert.equal(explained.cause, 'not installed in the image, and not declared in requirements.txt; declared but not installed: flask (requirements.txt:1)');
    assert.ok(!JSON.stringify({ declared, explained }).includes(SECRET));
    assert.equal(logger.warnings.length, 3, logger.warnings.join('\n'));
    assert.match(logger.warnings[0]!, /^skipped "\.\.\/outside\/secret\.txt" of the checkout: it is outside the repository; the guard reads only files inside the repository$/);
    assert.match(logger.warnings[2]!, /^skipped "\/.*\/outside\/secret\.txt" of the checkout: it is outside the repository/);
  });

  it('skips requirements, pyproject.toml and setup.cfg that are symbolic links out of the repository, also through a linked folder', async () => {
    const { root } = await checkout({
      'requirements.txt': 'flask\n-r requirements/base.txt\n',
      'requirements': toOutside('requirements', 'requirements'),
      'requirements-dev.txt': toOutside('requirements-dev.txt', 'secret.txt'),
      'pyproject.toml': toOutside('pyproject.toml', 'pyproject.toml'),
      'setup.cfg': toOutside('setup.cfg', 'setup.cfg'),
    });
    const logger = recorder();
    // Every name, as if a listing had given them: the reader itself refuses each link.
    const declared = readDeclaredRequirements(root, ['pyproject.toml', 'requirements-dev.txt', 'requirements.txt', 'requirements/base.txt', 'setup.cfg'], '', logger);
    assert.deepEqual(declared.requirements.map((requirement) => `${requirement.name} ${requirement.file}:${requirement.line}`), ['flask requirements.txt:1']);
    assert.deepEqual(declared.files, ['requirements.txt']);
    assert.ok(!JSON.stringify(declared).includes(SECRET));
    assert.deepEqual(
      logger.warnings.map((warning) => /^skipped "([^"]+)" of the checkout: it is a symbolic link \(or under one\) that leads outside the repository/.exec(warning)?.[1] ?? warning),
      ['requirements-dev.txt', 'requirements/base.txt', 'pyproject.toml', 'setup.cfg'],
    );
  });

  it('lists no file through a symbolic link out of the repository, and enters no linked folder', async () => {
    const { root } = await checkout({
      'app/main.py': 'import vendor\n',
      'app/same.py': { link: 'main.py' },
      'inside': { link: 'app' },
      'vendor': toOutside('vendor', ''),
      'app/secret.py': toOutside('app/secret.py', `${SECRET}.py`),
      'requirements.txt': toOutside('requirements.txt', 'secret.txt'),
    });
    const logger = recorder();
    const files = listRepository(root, logger);
    assert.deepEqual(files, ['app/main.py', 'app/same.py']);
    assert.equal(logger.warnings.length, 1, logger.warnings.join('\n'));
    assert.match(logger.warnings[0]!, /^3 symbolic links of the checkout lead outside the repository and are neither listed nor read: /);
    for (const name of ['"vendor"', '"app/secret.py"', '"requirements.txt"']) assert.ok(logger.warnings[0]!.includes(name), name);
    assert.ok(!JSON.stringify(files).includes(SECRET));
  });

  it('leaves out a folder it cannot open, with a warning, and lists the rest', async () => {
    const { root } = await checkout({ 'app/main.py': '' });
    // Folders nested past PATH_MAX: the deepest cannot be opened by its path (ENAMETOOLONG), even by root.
    const name = 'd'.repeat(250);
    const cwd = process.cwd();
    try {
      process.chdir(root);
      for (let depth = 0; depth < 18; depth++) {
        mkdirSync(name);
        process.chdir(name);
      }
      writeFileSync('deep.py', '');
    } finally {
      process.chdir(cwd);
    }
    const logger = recorder();
    try {
      assert.deepEqual(listRepository(root, logger), ['app/main.py']);
    } finally {
      // GNU rm removes a tree deeper than PATH_MAX; Node's rm cannot.
      execFileSync('rm', ['-rf', name], { cwd: root });
    }
    assert.equal(logger.warnings.length, 1, logger.warnings.join('\n'));
    assert.match(logger.warnings[0]!, /^the checkout's folder "d{200}…" cannot be listed \(ENAMETOOLONG\); its files are left out$/);
  });

  it('lists at most the limit of entries, and says so', async () => {
    const files: Record<string, string> = {};
    for (let index = 0; index < 40; index++) files[`pkg${index % 4}/m${index}.py`] = '';
    const { root } = await checkout(files);
    const logger = recorder();
    const listed = listRepository(root, logger, 10);
    assert.ok(listed.length < 10, `${listed.length} files listed`);
    assert.deepEqual(logger.warnings, ['the checkout has more than 10 files and folders, the most the guard lists; findings in the files past that may not point at the repository. Give the folder of the service as the repository (--repo, or the checkout\'s path) to list fewer']);
    assert.equal(listRepository(root, recorder()).length, 40);
  });

  it('skips a Dockerfile and ignore files that are symbolic links out of the repository', async () => {
    const sources = { 'app/main.py': 'import app.services.monitoring\n', 'app/services/monitoring/__init__.py': '' };
    const { root } = await checkout({ ...sources, 'Dockerfile': toOutside('Dockerfile', 'Dockerfile'), '.dockerignore': toOutside('.dockerignore', 'dockerignore') });
    const logger = recorder();
    const context = readBuildContext(root, undefined, undefined, undefined, logger);
    assert.deepEqual(context, { folder: '' });
    assert.deepEqual(
      logger.warnings.map((warning) => /^skipped "([^"]+)" of the checkout: it is a symbolic link/.exec(warning)?.[1] ?? warning),
      ['Dockerfile', '.dockerignore'],
    );
    const explained = explainFirstParty(missing('app.services.monitoring', 'first-party'), context, { sourcesOf: (module) => new RepositoryMap(Object.keys(sources)).moduleSources(module) });
    assert.ok(!JSON.stringify(explained).includes(SECRET));

    // The Dockerfile's own ignore file, next to a Dockerfile that is the repository's.
    const named = await checkout({ ...sources, 'build/api.Dockerfile': 'FROM python\nCOPY app /srv/app\n', 'build/api.Dockerfile.dockerignore': toOutside('build/api.Dockerfile.dockerignore', 'dockerignore') });
    const namedLogger = recorder();
    const namedContext = readBuildContext(named.root, '.', 'build/api.Dockerfile', undefined, namedLogger);
    assert.equal(namedContext.ignore, undefined);
    assert.equal(namedContext.dockerfile?.file, 'build/api.Dockerfile');
    assert.match(namedLogger.warnings.join('\n'), /^skipped "build\/api\.Dockerfile\.dockerignore" of the checkout: it is a symbolic link/);
  });

  it('refuses a context or a dockerfile input that leads out of the repository through a symbolic link', async () => {
    const { root } = await checkout({ 'svc': toOutside('svc', ''), 'build/Dockerfile': toOutside('build/Dockerfile', 'Dockerfile') });
    const refused = (pattern: RegExp) => (error: unknown) => error instanceof ConfigurationError && pattern.test(error.message) && !error.message.includes(SECRET);
    assert.throws(() => readBuildContext(root, 'svc'), refused(/^context "svc" leads outside the repository .* through a symbolic link; give a folder inside it/));
    assert.throws(() => readBuildContext(root, '.', 'build/Dockerfile'), refused(/^dockerfile "build\/Dockerfile" is not read: it is a symbolic link \(or under one\) that leads outside the repository; give a file inside the repository/));
    assert.throws(() => readBuildContext(root, '.', '../outside/Dockerfile'), refused(/^dockerfile "\.\.\/outside\/Dockerfile" is not read: it is outside the repository/));
  });

  it('does not wait on a FIFO: a checkout holds only regular files for the guard', async () => {
    const { root } = await checkout({ 'requirements.txt': 'flask\n-r pipe.txt\n' });
    execFileSync('mkfifo', [path.join(root, 'pipe.txt'), path.join(root, 'requirements-pipe.txt')]);
    // In a process of its own: reading a FIFO with no writer blocks the whole process.
    const script = `
      import { listRepository } from ${JSON.stringify(path.resolve('src/explain/pathmap.ts'))};
      import { readDeclaredRequirements } from ${JSON.stringify(path.resolve('src/explain/requirements.ts'))};
      const warnings = [];
      const logger = { info() {}, debug() {}, warn: (message) => warnings.push(message) };
      const files = listRepository(process.argv[1], logger);
      const declared = readDeclaredRequirements(process.argv[1], files, '', logger);
      console.log(JSON.stringify({ files, names: declared.requirements.map((requirement) => requirement.name), warnings }));`;
    const started = performance.now();
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script, root], { encoding: 'utf8', timeout: 10_000 });
    assert.equal(child.status, 0, `${child.error?.message ?? ''} ${child.stderr} after ${Math.round(performance.now() - started)} ms`);
    assert.deepEqual(JSON.parse(child.stdout), { files: ['requirements.txt'], names: ['flask'], warnings: ['skipped "pipe.txt" of the checkout: it is not a regular file'] });
  });

  it('skips a checkout file over 1 MiB, naming it and the limit', async () => {
    const { root } = await checkout({ 'requirements.txt': `flask\n${'# padding\n'.repeat(110_000)}` });
    const logger = recorder();
    assert.deepEqual(readDeclaredRequirements(root, ['requirements.txt'], '', logger).requirements, []);
    assert.deepEqual(logger.warnings, ['skipped "requirements.txt" of the checkout: it is over the 1 MiB limit for a file the guard reads to explain findings, so nothing in it explains one']);
  });
});

describe('checkout text in messages', () => {
  const cut = (text: string): boolean => /[^`]{200}…/.test(text);

  it('quotes at most 200 characters of a .dockerignore rule, a COPY line or a requirement', async () => {
    const long = `${'./'.repeat(2000)}app/services/monitoring`;
    const { root } = await checkout({
      'app/main.py': 'import app.services.monitoring\n',
      'app/services/monitoring/__init__.py': '',
      'tools/report.py': '',
      '.dockerignore': `${long}\n`,
      'Dockerfile': `FROM python\nCOPY ${Array.from({ length: 500 }, (_, index) => `tools/f${index}.py`).join(' ')} /srv/tools/\n`,
      'requirements.txt': `requests==2.31 ; ${Array.from({ length: 500 }, () => 'python_version >= "3.8"').join(' and ')}\n`,
    });
    const repository = new RepositoryMap(['app/main.py', 'app/services/monitoring/__init__.py', 'tools/report.py']);
    const context = readBuildContext(root);
    const sources = { sourcesOf: (module: string) => repository.moduleSources(module) };
    const excluded = explainFirstParty(missing('app.services.monitoring', 'first-party'), context, sources);
    assert.ok(excluded.cause!.startsWith('excluded by `.dockerignore` line 1: `././'), excluded.cause);
    assert.ok(cut(excluded.cause!) && excluded.cause!.length < 260, excluded.cause);
    assert.ok(cut(excluded.causeAt!.message) && excluded.causeAt!.message.length < 300, excluded.causeAt!.message);
    const notCopied = explainFirstParty(missing('tools.report', 'first-party'), context, sources);
    assert.ok(notCopied.causeAt!.message.startsWith('`COPY tools/f0.py tools/f1.py'), notCopied.causeAt!.message);
    assert.ok(cut(notCopied.causeAt!.message) && notCopied.causeAt!.message.length < 300, notCopied.causeAt!.message);
    const declared = readDeclaredRequirements(root, ['requirements.txt'], '');
    const notInstalled = thirdPartyExplainer({ distributions: [], searched: [], declared, version: '3.12' })(missing('requests', 'third-party'));
    assert.ok(notInstalled.causeAt!.message.startsWith('`requests==2.31 ; python_version >= "3.8" and'), notInstalled.causeAt!.message);
    assert.ok(cut(notInstalled.causeAt!.message) && notInstalled.causeAt!.message.length < 300, notInstalled.causeAt!.message);
  });

  it('quotes at most 200 characters of an ignore rule Docker refuses', async () => {
    const { root } = await checkout({ '.dockerignore': `${'a'.repeat(5000)}[\n` });
    assert.throws(
      () => readBuildContext(root),
      (error: unknown) => error instanceof ConfigurationError && error.message.startsWith(`.dockerignore line 1: "${'a'.repeat(200)}…" is not a pattern Docker accepts`) && error.message.length < 400,
    );
  });
});

/**
 * An image whose application imports an installed package it lacks (yaml: its cause reads the
 * checkout's requirements) and a package of its own that .dockerignore left out.
 */
async function hostileImage(dir: string): Promise<string> {
  const layer = gzip(
    tar([
      { name: 'usr/local/bin/python3.12', content: 'ELF', mode: 0o755 },
      { name: 'usr/local/lib/python3.12/os.py', content: '' },
      { name: 'srv/app/__init__.py', content: '' },
      { name: 'srv/app/main.py', content: APP_MAIN },
      { name: 'srv/app/services/__init__.py', content: '' },
    ]),
  );
  const file = path.join(dir, 'image.tar');
  await writeFile(file, layoutTar(ociLayout([{ layers: [layer], config: { Env: ['PATH=/usr/local/bin'], WorkingDir: '/srv', Cmd: ['python3.12', '-m', 'app.main'] } }])));
  return file;
}

/** `PATH`: the name a requirement read from an environ file would have. */
const APP_MAIN = 'import yaml\nimport PATH\nimport app.services.monitoring\n';

describe('a scan of a hostile checkout', () => {
  it('publishes nothing of the files its links and includes lead to, in JSON or SARIF', async () => {
    const { base, root } = await checkout({
      'app/__init__.py': '',
      'app/main.py': APP_MAIN,
      'app/services/__init__.py': '',
      'app/services/monitoring/__init__.py': '',
      'Dockerfile': 'FROM python:3.12-slim\nWORKDIR /srv\nCOPY app/ app/\nCMD ["python3.12", "-m", "app.main"]\n',
      '.dockerignore': '**/monitoring/\n',
      'requirements.txt': 'flask\n-r ../outside/secret.txt\n',
      'requirements-dev.txt': toOutside('requirements-dev.txt', 'secret.txt'),
      'requirements-env.txt': toOutside('requirements-env.txt', 'environ'),
      'pyproject.toml': toOutside('pyproject.toml', 'pyproject.toml'),
      'vendor': toOutside('vendor', ''),
    });
    const image = await hostileImage(base);
    const reports: Record<string, string> = {};
    for (const format of ['json', 'sarif']) {
      const result = await cli(['scan', image, '--repo', root, '--quiet', '--boot', 'none', '--format', format]);
      assert.equal(result.code, 1, result.stderr);
      assert.ok(!result.stdout.includes(SECRET), `the ${format} report holds the text of a host file`);
      assert.ok(!result.stderr.includes(SECRET), result.stderr);
      assert.match(result.stderr, /^warning: 4 symbolic links of the checkout lead outside the repository and are neither listed nor read: "pyproject\.toml", "requirements-dev\.txt", "requirements-env\.txt", "vendor"$/m);
      assert.match(result.stderr, /^warning: skipped "\.\.\/outside\/secret\.txt" of the checkout: it is outside the repository/m);
      reports[format] = result.stdout;
    }
    // What the repository itself holds still explains the findings.
    const json = parseJsonReport(reports.json!);
    assert.deepEqual(
      json.findings.map((finding) => [finding.module, finding.cause]),
      [
        ['yaml', 'not installed in the image, and not declared in requirements.txt; declared but not installed: flask (requirements.txt:1)'],
        ['PATH', 'not installed in the image, and not declared in requirements.txt; declared but not installed: flask (requirements.txt:1)'],
        ['app.services.monitoring', 'excluded by `.dockerignore` line 1: `**/monitoring/`'],
      ],
    );
  });
});
