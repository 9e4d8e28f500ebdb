import assert from 'node:assert/strict';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { CONFIG_FILE, keyLine, loadSettings, parseConfigFile, readConfigFile, withConfigFile } from '../../src/config-file.ts';
import { ConfigurationError } from '../../src/errors.ts';
import type { Logger } from '../../src/logger.ts';
import { REPOSITORY_FILE_LIMIT } from '../../src/explain/repository-files.ts';
import { makeSettings } from '../../src/settings.ts';
import { tempFolder } from '../helpers/layouts.ts';

function recording(): Logger & { warnings: string[]; infos: string[] } {
  const warnings: string[] = [];
  const infos: string[] = [];
  return { warnings, infos, info: (message) => infos.push(message), warn: (message) => warnings.push(message), debug: () => {} };
}

const FULL = `# every key a file may hold
entrypoints = ["app.main:app", "auto"]
python-path = ["/srv/src"]
ignore = ["yaml", "boto3.*"]
path-map = { "/srv" = "." }
fail-on = "warning"
platform = "linux/arm64"
context = "services/api"
dockerfile = "services/api/Dockerfile"
target = "prod"
baseline = "import-guard-baseline.json"
boot = "serve"
port = 8080
health-path = "/health"
boot-timeout = 90
boot-memory = "1g"

[env]
DJANGO_SETTINGS_MODULE = "app.settings"
`;

describe('parseConfigFile', () => {
  it('reads every key of .import-guard.toml as the input of the same name would give it', () => {
    const config = parseConfigFile(FULL, CONFIG_FILE)!;
    assert.deepEqual(config.values, {
      entrypoints: ['app.main:app', 'auto'],
      pythonPath: ['/srv/src'],
      ignore: ['yaml', 'boto3.*'],
      pathMap: ['/srv=.'],
      failOn: 'warning',
      platform: 'linux/arm64',
      context: 'services/api',
      dockerfile: 'services/api/Dockerfile',
      target: 'prod',
      baseline: 'import-guard-baseline.json',
      boot: 'serve',
      port: '8080',
      healthPath: '/health',
      bootTimeout: '90',
      bootMemory: '1g',
      fileEnv: { name: 'env in .import-guard.toml line 18', lines: ['DJANGO_SETTINGS_MODULE=app.settings'] },
    });
    assert.equal(config.lines['fail-on'], 6);
    assert.equal(config.lines.env, 18);
    assert.equal(config.keys.length, 16);
  });

  it('reads [tool.import-guard] of pyproject.toml and nothing else of it; none there is no settings', () => {
    const text = '[project]\nname = "svc"\nignore = "not ours"\n\n[tool.ruff]\nline-length = 100\n\n[tool.import-guard]\nignore = ["yaml"]\nfail-on = "notice"\n';
    const config = parseConfigFile(text, 'pyproject.toml')!;
    assert.deepEqual(config.values, { ignore: ['yaml'], failOn: 'notice' });
    assert.deepEqual(config.lines, { 'ignore': 9, 'fail-on': 10 });
    assert.equal(parseConfigFile('[project]\nname = "svc"\n', 'pyproject.toml'), undefined);
    // A pyproject.toml the guard has no table in is not the guard's to judge, valid or not.
    assert.equal(parseConfigFile('[project\nname = ', 'pyproject.toml'), undefined);
  });

  it('takes a single string for a list and a table for path-map, and numbers as text', () => {
    const config = parseConfigFile('ignore = "yaml"\npath-map = ["/srv=.", "/opt/lib=lib"]\nport = "8080/tcp"\nboot-timeout = 2.5\n', CONFIG_FILE)!;
    assert.deepEqual(config.values, { ignore: ['yaml'], pathMap: ['/srv=.', '/opt/lib=lib'], port: '8080/tcp', bootTimeout: '2.5' });
  });

  it('names the file, the line and the key of an unknown key, and guesses a snake_case one', () => {
    assert.throws(() => parseConfigFile('ignore = []\n\nignroe = ["x"]\n', CONFIG_FILE), { message: /^\.import-guard\.toml line 3: unknown key "ignroe"; the keys are entrypoints, python-path, ignore, / });
    assert.throws(() => parseConfigFile('fail_on = "never"\n', CONFIG_FILE), { message: '.import-guard.toml line 1: unknown key "fail_on"; did you mean "fail-on"?' });
    assert.throws(() => parseConfigFile('[tool.import-guard]\n"boot timeout" = 1\n', 'pyproject.toml'), { message: /^pyproject\.toml line 2: unknown key "boot timeout" in \[tool\.import-guard\]; the keys are / });
    // A table of its own is a key too.
    assert.throws(() => parseConfigFile('ignore = []\n[tool.other]\nx = 1\n', CONFIG_FILE), { message: /^\.import-guard\.toml: unknown key "tool"/ });
  });

  it('refuses what only the step may choose: the image, files outside the checkout, where it writes, a token', () => {
    for (const key of ['image', 'github-token', 'env-file', 'image-config', 'sarif-file', 'json-file', 'summary']) {
      assert.throws(() => parseConfigFile(`${key} = "x"\n`, CONFIG_FILE), (error: Error) => error instanceof ConfigurationError && error.message.startsWith(`.import-guard.toml line 1: "${key}" can be given only as an input of the step`), key);
    }
  });

  it('names the file, line and key of a value of the wrong type', () => {
    for (const [text, message] of [
      ['fail-on = 1\n', '.import-guard.toml line 1: fail-on is a number; expected a string'],
      ['\nignore = [1, 2]\n', '.import-guard.toml line 2: ignore is an array; expected an array of strings'],
      ['port = true\n', '.import-guard.toml line 1: port is a boolean; expected a number or a string'],
      ['path-map = { "/srv" = 1 }\n', '.import-guard.toml line 1: path-map is a table; expected an array of "IMAGE=REPO" strings or a table of image folder = repository folder'],
      ['env = ["A=1"]\n', '.import-guard.toml line 1: env is an array; expected a table of NAME = "value"'],
      ['[env]\n"A B" = "1"\n', '.import-guard.toml line 1: env is a table; expected a table of NAME = "value", and "A B" is not a variable name'],
      ['[env]\nTOKEN = 1\n', '.import-guard.toml line 1: env is a table; expected a table of NAME = "value" (one line of text), and TOKEN is a number'],
      ['env = { A = """x\ny""" }\n', '.import-guard.toml line 1: env is a table; expected a table of NAME = "value" (one line of text), and A is several lines'],
      ['boot-timeout = 1979-05-27\n', '.import-guard.toml line 1: boot-timeout is a date; expected a number or a string'],
    ] as const) {
      assert.throws(() => parseConfigFile(text, CONFIG_FILE), { name: 'ConfigurationError', message }, text);
    }
    assert.throws(() => parseConfigFile('[tool]\nimport-guard = "yes"\n', 'pyproject.toml'), { message: 'pyproject.toml [tool.import-guard] is a string; expected a table of settings' });
  });

  it('reports TOML that does not parse with its line', () => {
    assert.throws(() => parseConfigFile('ignore = ["yaml"]\nfail-on = \n', CONFIG_FILE), { message: /^\.import-guard\.toml line 2 is not valid TOML: / });
    assert.throws(() => parseConfigFile('[tool.import-guard]\nignore = [\n', 'pyproject.toml'), { message: /^pyproject\.toml line \d is not valid TOML: / });
  });
});

describe('keyLine', () => {
  it('finds a key in its table, quoted or not, or as a table header; not one of another table', () => {
    const text = '[tool.other]\nignore = 1\n\n[ tool . "import-guard" ]\n"ignore" = []\n\n[tool.import-guard.env]\nA = "1"\n';
    assert.equal(keyLine(text, 'tool.import-guard', 'ignore'), 5);
    assert.equal(keyLine(text, 'tool.import-guard', 'env'), 7);
    assert.equal(keyLine(text, 'tool.import-guard', 'fail-on'), undefined);
    assert.equal(keyLine('boot = "none"\n', '', 'boot-timeout'), undefined);
  });
});

describe('precedence: inputs, then .import-guard.toml, then pyproject.toml', () => {
  it('an input or flag wins over the file key by key; an empty input leaves the file its key', () => {
    const config = parseConfigFile('ignore = ["yaml"]\nfail-on = "never"\nboot-timeout = 5\ncontext = "svc"\n', CONFIG_FILE)!;
    const merged = withConfigFile({ image: 'x', failOn: 'warning', ignore: [], bootTimeout: '', context: '  ' }, config);
    assert.deepEqual([merged.failOn, merged.ignore, merged.bootTimeout, merged.context], ['warning', ['yaml'], '5', 'svc']);
    // A list given as input replaces the file's, it does not add to it.
    assert.deepEqual(withConfigFile({ image: 'x', ignore: ['boto3'] }, config).ignore, ['boto3']);
    assert.equal(withConfigFile({ image: 'x' }, undefined).failOn, undefined);
  });

  it("the file's env is the lowest layer: env-file and env lines win per variable", () => {
    const config = parseConfigFile('[env]\nA = "file"\nB = "file"\nC = "file"\n', CONFIG_FILE)!;
    const settings = makeSettings(withConfigFile({ image: 'dir:/', envFile: { name: 'app.env', lines: ['B=env-file'] }, env: ['C=input'] }, config));
    assert.deepEqual(settings.boot.env, { A: 'file', B: 'env-file', C: 'input' });
  });

  it('reads .import-guard.toml over pyproject.toml, and warns when both hold settings', async () => {
    await using tmp = await tempFolder();
    await writeFile(path.join(tmp.dir, 'pyproject.toml'), '[tool.import-guard]\nfail-on = "notice"\nignore = ["yaml"]\n');
    const onlyPyproject = recording();
    assert.deepEqual(readConfigFile(tmp.dir, onlyPyproject)?.values, { failOn: 'notice', ignore: ['yaml'] });
    assert.deepEqual(onlyPyproject.warnings, []);
    await writeFile(path.join(tmp.dir, CONFIG_FILE), 'fail-on = "warning"\n');
    const both = recording();
    const config = readConfigFile(tmp.dir, both)!;
    assert.equal(config.file, CONFIG_FILE);
    // Whole: the ignore of pyproject.toml is not taken either.
    assert.deepEqual(config.values, { failOn: 'warning' });
    assert.deepEqual(both.warnings, ['both .import-guard.toml and pyproject.toml [tool.import-guard] hold settings: .import-guard.toml is used, and pyproject.toml\'s table is not read']);
    // An empty .import-guard.toml still wins: it says the settings are nowhere else.
    await writeFile(path.join(tmp.dir, CONFIG_FILE), '# none\n');
    assert.deepEqual(readConfigFile(tmp.dir, recording())?.values, {});
  });

  it('reads the file as any checkout file: a link out of the checkout or an oversized file is skipped with a warning naming it', async () => {
    await using tmp = await tempFolder();
    const repo = path.join(tmp.dir, 'repo');
    await mkdir(repo);
    await writeFile(path.join(tmp.dir, 'outside.toml'), 'fail-on = "never"\n');
    await symlink('../outside.toml', path.join(repo, CONFIG_FILE));
    await writeFile(path.join(repo, 'pyproject.toml'), `[tool.import-guard]\nignore = ["${'a'.repeat(REPOSITORY_FILE_LIMIT)}"]\n`);
    const logger = recording();
    assert.equal(readConfigFile(repo, logger), undefined);
    assert.deepEqual(logger.warnings, [
      'skipped ".import-guard.toml" of the checkout: it is a symbolic link (or under one) that leads outside the repository; the guard reads only files inside the repository',
      'skipped "pyproject.toml" of the checkout: it is over the 1 MiB limit for a file the guard reads to explain findings, so nothing in it explains one',
    ]);
  });
});

describe('loadSettings', () => {
  it('reads the checkout named by repository, says which keys came from it, and inputs still win', async () => {
    await using tmp = await tempFolder();
    await writeFile(path.join(tmp.dir, CONFIG_FILE), 'fail-on = "never"\nignore = ["yaml"]\nboot = "none"\n');
    const logger = recording();
    const { settings, config } = loadSettings({ image: 'dir:/', repository: tmp.dir, boot: 'import' }, logger);
    assert.equal(config?.file, CONFIG_FILE);
    assert.deepEqual([settings.failOn, settings.ignore, settings.boot.mode], ['never', ['yaml'], 'import']);
    assert.deepEqual(logger.infos, ['Settings from .import-guard.toml: fail-on, ignore']);
    // Without a checkout no file is read.
    assert.equal(loadSettings({ image: 'dir:/' }, recording()).settings.failOn, 'error');
  });

  it('takes native as true or false from the file, the input and the command line, and refuses anything else', async () => {
    await using tmp = await tempFolder();
    assert.equal(loadSettings({ image: 'dir:/' }, recording()).settings.native, true, 'on by default');
    await writeFile(path.join(tmp.dir, CONFIG_FILE), 'native = false\n');
    assert.equal(loadSettings({ image: 'dir:/', repository: tmp.dir }, recording()).settings.native, false);
    assert.equal(loadSettings({ image: 'dir:/', repository: tmp.dir, native: 'TRUE' }, recording()).settings.native, true, 'the input wins');
    await writeFile(path.join(tmp.dir, CONFIG_FILE), 'native = 1\n');
    assert.throws(() => loadSettings({ image: 'dir:/', repository: tmp.dir }, recording()), /native.*true or false/);
    assert.throws(() => loadSettings({ image: 'dir:/', native: 'yes' }, recording()), /native is "yes"; expected true \(check the shared libraries extension modules load\) or false/);
  });

  it("a value of the file that the settings refuse is reported with the file's name and line", async () => {
    await using tmp = await tempFolder();
    for (const [text, message] of [
      ['ignore = ["yaml"]\nfail-on = "fatal"\n', 'fail-on is "fatal"; expected one of error, warning, notice, never (set in .import-guard.toml line 2)'],
      ['\n\nboot-timeout = -1\n', 'boot-timeout is "-1"; expected a number of seconds above 0, for example 60 (set in .import-guard.toml line 3)'],
      ['ignore = ["a/b"]\n', 'ignore pattern "a/b" is not a module glob, for example yaml, boto3.* or tests.** (set in .import-guard.toml line 1)'],
      ['path-map = ["srv=."]\n', 'path-map line "srv=." is not of the form /image/folder=repository/folder, for example /srv=. or /app=src (set in .import-guard.toml line 1)'],
      ['health-path = "/up"\n', 'health-path is used by boot: serve, and boot is auto; set boot: serve to run the image\'s own command (set in .import-guard.toml line 1)'],
    ] as const) {
      await writeFile(path.join(tmp.dir, CONFIG_FILE), text);
      assert.throws(() => loadSettings({ image: 'dir:/', repository: tmp.dir }, recording()), { name: 'ConfigurationError', message }, text);
    }
    // The same bad value given as an input names no file.
    await writeFile(path.join(tmp.dir, CONFIG_FILE), 'fail-on = "never"\n');
    assert.throws(() => loadSettings({ image: 'dir:/', repository: tmp.dir, failOn: 'fatal' }, recording()), { message: 'fail-on is "fatal"; expected one of error, warning, notice, never' });
    // An input that makes a file's value valid: the file's port with boot serve given as input.
    await writeFile(path.join(tmp.dir, CONFIG_FILE), 'port = 8080\n');
    assert.equal(loadSettings({ image: 'dir:/', repository: tmp.dir, boot: 'serve' }, recording()).settings.boot.port, 8080);
  });
});
