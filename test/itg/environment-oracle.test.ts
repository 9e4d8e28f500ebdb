// sys.path as worked out from the image's files, against sys.path printed by the image's own
// interpreter in a container, for every launcher and environment variant of the fixture.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { execa } from 'execa';
import { type ImageConfig } from '../../src/image/config.ts';
import { pythonAnalysisContent } from '../../src/image/content.ts';
import { openImage } from '../../src/image/open-image.ts';
import { computeSysPath, describeInterpreter, environmentOf, findOnPath, type Launcher, workingDirOf } from '../../src/python/environment.ts';
import { buildFixture, dockerReady, PYTHON_315_IMAGE, PYTHON_IMAGE, PYTHON_NEXT_IMAGE, PYTHON_ORG_IMAGES } from '../helpers/docker.ts';

const TAG = 'import-guard-test/python-env:itg';
const PRINT_PATH = 'import sys, json; print(json.dumps(sys.path))';

interface Scenario {
  name: string;
  /** The command line the container runs. */
  argv: string[];
  launcher: Launcher;
  env?: Record<string, string>;
  user?: string;
}

const scenarios: Scenario[] = [
  { name: 'python3 -c, as the image user (user site, PYTHONPATH, .pth files)', argv: ['python3', '-c', PRINT_PATH], launcher: { kind: 'command' } },
  { name: 'a script reached through a symlink', argv: ['python3', '/usr/local/bin/probe'], launcher: { kind: 'script', script: '/usr/local/bin/probe' } },
  { name: 'python3 -m from the working directory', argv: ['python3', '-m', 'app.probe'], launcher: { kind: 'module', cwd: '/srv' } },
  { name: 'as root: no user site', argv: ['python3', '-c', PRINT_PATH], launcher: { kind: 'command' }, user: 'root' },
  { name: 'PYTHONNOUSERSITE', argv: ['python3', '-c', PRINT_PATH], launcher: { kind: 'command' }, env: { PYTHONNOUSERSITE: '1' } },
  { name: 'PYTHONSAFEPATH', argv: ['python3', '-m', 'app.probe'], launcher: { kind: 'module', cwd: '/srv' }, env: { PYTHONSAFEPATH: '1', PYTHONPATH: '/srv' } },
  { name: 'an isolated venv', argv: ['/venv/bin/python', '-c', PRINT_PATH], launcher: { kind: 'command' } },
  { name: 'a venv with the system site-packages', argv: ['/venv-system/bin/python', '-c', PRINT_PATH], launcher: { kind: 'command' } },
  { name: 'HOME set in the environment', argv: ['python3', '-c', PRINT_PATH], launcher: { kind: 'command' }, env: { HOME: '/nowhere' } },
];

interface Fixture {
  title: string;
  fixture: string;
  tag: string;
  base: string;
  buildArgs?: Record<string, string>;
  scenarios: Scenario[];
}

const pythonOrgScenarios: Scenario[] = [
  { name: 'python3 -c (user site, site-packages, .pth files)', argv: ['python3', '-c', PRINT_PATH], launcher: { kind: 'command' } },
  { name: 'a script', argv: ['python3', '/srv/app/probe.py'], launcher: { kind: 'script', script: '/srv/app/probe.py' } },
  { name: 'python3 -m', argv: ['python3', '-m', 'app.probe'], launcher: { kind: 'module', cwd: '/srv' } },
  { name: 'as root', argv: ['python3', '-c', PRINT_PATH], launcher: { kind: 'command' }, user: 'root' },
  { name: 'a venv', argv: ['/venv/bin/python', '-c', PRINT_PATH], launcher: { kind: 'command' } },
];

/** Debian's newest interpreters have no `python3` command: each scenario names python3.X. */
const nextScenarios = (minor: string): Scenario[] => [
  { name: `python3.${minor} -c, as the image user (user site, PYTHONPATH, .pth and .start files)`, argv: [`python3.${minor}`, '-c', PRINT_PATH], launcher: { kind: 'command' } },
  { name: 'a script reached through a symlink', argv: [`python3.${minor}`, '/usr/local/bin/probe'], launcher: { kind: 'script', script: '/usr/local/bin/probe' } },
  { name: `python3.${minor} -m from the working directory`, argv: [`python3.${minor}`, '-m', 'app.probe'], launcher: { kind: 'module', cwd: '/srv' } },
  { name: 'as root: no user site', argv: [`python3.${minor}`, '-c', PRINT_PATH], launcher: { kind: 'command' }, user: 'root' },
  { name: 'PYTHONSAFEPATH', argv: [`python3.${minor}`, '-m', 'app.probe'], launcher: { kind: 'module', cwd: '/srv' }, env: { PYTHONSAFEPATH: '1', PYTHONPATH: '/srv' } },
  { name: 'a venv made by python -m venv', argv: ['/venv/bin/python', '-c', PRINT_PATH], launcher: { kind: 'command' } },
  { name: 'a venv made with --system-site-packages', argv: ['/venv-system/bin/python', '-c', PRINT_PATH], launcher: { kind: 'command' } },
];

const fixtures: Fixture[] = [
  { title: "Debian's python3 (dist-packages)", fixture: 'python-env', tag: TAG, base: PYTHON_IMAGE, scenarios },
  ...Object.entries(PYTHON_ORG_IMAGES).map(([minor, base]) => ({
    title: `python.org-style CPython 3.${minor} under /usr/local`,
    fixture: 'python-org-env',
    tag: `import-guard-test/python-org-env:3.${minor}-itg`,
    base,
    buildArgs: { BASE: base, MINOR: minor },
    scenarios: pythonOrgScenarios,
  })),
  ...([['14', PYTHON_NEXT_IMAGE], ['15', PYTHON_315_IMAGE]] as const).map(([minor, base]) => ({
    title: `Debian's python3.${minor} (dist-packages)`,
    fixture: 'python-next-env',
    tag: `import-guard-test/python-next-env:3.${minor}-itg`,
    base,
    buildArgs: { BASE: base, MINOR: minor },
    scenarios: nextScenarios(minor),
  })),
];

for (const fixture of fixtures) {
  describe(`sys.path agrees with the image interpreter: ${fixture.title}`, () => {
    for (const scenario of fixture.scenarios) {
      it(scenario.name, async (t) => {
        if (!(await dockerReady(t, { images: [fixture.base] }))) return;
        await buildFixture(fixture.fixture, fixture.tag, fixture.buildArgs);
        const envArgs = Object.entries(scenario.env ?? {}).flatMap(([key, value]) => ['--env', `${key}=${value}`]);
        const userArgs = scenario.user ? ['--user', scenario.user] : [];
        const { stdout } = await execa('docker', ['run', '--rm', '--network', 'none', ...envArgs, ...userArgs, fixture.tag, ...scenario.argv]);
        const expected = JSON.parse(stdout) as string[];

        const image = await openImage(`docker:${fixture.tag}`, { select: pythonAnalysisContent });
        try {
          const config: ImageConfig = { ...image.config, env: [...image.config.env, ...Object.entries(scenario.env ?? {}).map(([key, value]) => `${key}=${value}`)], user: scenario.user ?? image.config.user };
          const env = environmentOf(config);
          const executable = findOnPath(image.fs, scenario.argv[0]!, env, workingDirOf(config));
          assert.ok(executable, `${scenario.argv[0]} found on PATH`);
          const python = describeInterpreter(image.fs, executable, env);
          const actual = computeSysPath(image.fs, config, python, scenario.launcher).entries.map((entry) => entry.path);
          assert.deepEqual(actual, expected);
          console.log(`  ${fixture.title}, ${scenario.name}: ${expected.length} entries agree`);
        } finally {
          image.fs.close();
        }
      });
    }
  });
}

// The code .pth import lines and 3.15's .start files run at start: each leaves its name in
// sys.ran. The guard's lists, in its order, against what ran in the container.
describe('startup code agrees with the image interpreter', () => {
  for (const [minor, base] of [['14', PYTHON_NEXT_IMAGE], ['15', PYTHON_315_IMAGE]] as const) {
    it(`Debian's python3.${minor}: .pth import lines and .start entry points`, async (t) => {
      if (!(await dockerReady(t, { images: [base] }))) return;
      const tag = `import-guard-test/python-next-env:3.${minor}-itg`;
      await buildFixture('python-next-env', tag, { BASE: base, MINOR: minor });
      const { stdout } = await execa('docker', ['run', '--rm', '--network', 'none', tag, `python3.${minor}`, '-c', 'import sys, json; print(json.dumps(getattr(sys, "ran", [])))']);
      const ran = JSON.parse(stdout) as string[];
      const image = await openImage(`docker:${tag}`, { select: pythonAnalysisContent });
      try {
        const env = environmentOf(image.config);
        const python = describeInterpreter(image.fs, findOnPath(image.fs, `python3.${minor}`, env, workingDirOf(image.config))!, env);
        const sysPath = computeSysPath(image.fs, image.config, python, { kind: 'command' });
        const named = [...sysPath.pthImports.map((line) => /'([\w-]+)'\)$/.exec(line.text)?.[1] ?? line.text), ...sysPath.startEntryPoints.map((line) => line.text)];
        assert.ok(ran.length >= 2, stdout);
        assert.deepEqual(named, ran);
        console.log(`  python3.${minor}: ${ran.join(', ')} ran at start, as the guard lists`);
      } finally {
        image.fs.close();
      }
    });
  }
});
