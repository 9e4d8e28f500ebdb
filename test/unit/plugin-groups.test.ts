import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EntryPoint } from '../../src/python/entrypoints.ts';
import { type GraphResult, ImportGraph } from '../../src/python/graph.ts';
import { groupReads, parseEntryPoints } from '../../src/python/plugin-groups.ts';
import { Resolver } from '../../src/python/resolver.ts';
import { builtinModules, frozenModules, moduleAliases, startupModules } from '../../src/python/stdlib.ts';
import type { Finding } from '../../src/report/findings.ts';
import { fsFromLayers } from '../helpers/image.ts';

function lines(...text: string[]): string {
  return `${text.join('\n')}\n`;
}

describe('parseEntryPoints', () => {
  it('reads plugin groups as importlib.metadata does, leaving programs, comments and odd lines out', () => {
    const text = lines('[console_scripts]', 'flake8 = flake8.main.cli:main', '', '[flake8.extension]', '# a comment', 'C90 = mccabe:McCabeChecker', 'E = pycodestyle:module_level [extra]', '; another', '[pytest11]', 'xonsh = xonsh.pytest.plugin', 'bad = not a module', '[we ird]', 'x = y');
    assert.deepEqual(parseEntryPoints(text, '/m/entry_points.txt'), [
      { group: 'flake8.extension', name: 'C90', module: 'mccabe', attr: 'McCabeChecker', file: '/m/entry_points.txt', line: 6 },
      { group: 'flake8.extension', name: 'E', module: 'pycodestyle', attr: 'module_level', file: '/m/entry_points.txt', line: 7 },
      { group: 'pytest11', name: 'xonsh', module: 'xonsh.pytest.plugin', file: '/m/entry_points.txt', line: 10 },
    ]);
  });
});

describe('groupReads', () => {
  const groups = new Set(['flake8.extension', 'flake8.report', 'pytest11', 'mkdocs.themes', 'pipx.run', 'hypothesis', 'babel.extractors']);
  const read = (text: string): string[] => groupReads(text, 11, groups).map((found) => `${found.group} ${found.line}:${found.column} ${found.loadsEvery ? 'every' : 'some'} ${found.how}`);

  it("flake8: a constant set of groups that every distribution's entry points are filtered by, placed at the constant", () => {
    // As in /usr/lib/python3/dist-packages/flake8/plugins/finder.py (flake8 5.0.4).
    const text = lines('import importlib.metadata', 'FLAKE8_GROUPS = frozenset(("flake8.extension", "flake8.report"))', 'def _find():', '    for dist in importlib.metadata.distributions():', '        for ep in dist.entry_points:', '            if ep.group not in FLAKE8_GROUPS:', '                continue');
    assert.deepEqual(read(text), ['flake8.extension 2:28 every entry points filtered by their group', 'flake8.report 2:48 every entry points filtered by their group']);
  });

  it("pytest: pluggy's load_setuptools_entrypoints loads every entry point, and is preferred to a filter in the same file", () => {
    // As in _pytest/config/__init__.py (pytest 7.2).
    const text = lines('def a(self):', '    files = (d for d in dists() if any(ep.group == "pytest11" for ep in d.entry_points))', 'def b(self):', '    self.pluginmanager.load_setuptools_entrypoints("pytest11")');
    assert.deepEqual(read(text), ['pytest11 4:52 every load_setuptools_entrypoints(...)']);
    assert.deepEqual(read('pm.load_setuptools_entrypoints("pytest11", name=modname)\n'), ['pytest11 1:32 some load_setuptools_entrypoints(...)']);
  });

  it('forms that may pick entry points by name read the group without loading every one', () => {
    assert.deepEqual(read("eps = dict.fromkeys(entry_points(group='mkdocs.themes'))\n"), ['mkdocs.themes 1:40 some entry_points(...)']);
    assert.deepEqual(read("GROUP_NAME = 'babel.extractors'\nfor ep in working_set.iter_entry_points(GROUP_NAME, method):\n    pass\n"), ['babel.extractors 1:14 some iter_entry_points(...)']);
    // A name test in the same statement selects one entry point (pipx/venv.py).
    assert.deepEqual(read('if ep.group == "pipx.run" and ep.name == app:\n    pass\n'), ['pipx.run 1:16 some entry points filtered by their group']);
  });

  it('a group name said anywhere else is no read (hypothesis is also a module name)', () => {
    assert.deepEqual(read('assert "hypothesis" in sys.modules\ngroup = parser.getgroup("hypothesis", "Hypothesis")\nlog = logging.getLogger("pytest11")\n'), []);
    assert.deepEqual(read('x = f"{entry_points(group=\'other\')}"\n'), []);
    assert.deepEqual(read('def broken(:\n  entry_points(group="pytest11")\n'), []);
  });
});

const SITE = '/usr/local/lib/python3.12/site-packages';

/** A python.org-style image with an app installed as a distribution (`tool`, console script `tool.cli:main`) and these files. */
async function walk(files: Record<string, string>): Promise<GraphResult> {
  const lib = '/usr/local/lib/python3.12';
  const base: Record<string, string> = {
    'usr/local/bin/python3.12': '',
    [`${lib}/importlib/__init__.py`]: 'import sys\n',
    [`${lib}/importlib/metadata/__init__.py`]: 'import sys\n',
    [`${SITE}/tool/__init__.py`]: '',
    [`${SITE}/tool/cli.py`]: 'from tool import finder\ndef main():\n    finder.load()\n',
    [`${SITE}/tool-1.0.dist-info/METADATA`]: 'Name: tool\nVersion: 1.0\n',
    [`${SITE}/tool-1.0.dist-info/top_level.txt`]: 'tool\n',
    [`${SITE}/tool-1.0.dist-info/entry_points.txt`]: lines('[console_scripts]', 'tool = tool.cli:main', '[tool.extension]', 'T1 = tool.builtin:Check'),
    [`${SITE}/tool/builtin.py`]: '',
    [`${SITE}/plug-2.0.dist-info/METADATA`]: 'Name: plug\nVersion: 2.0\n',
    [`${SITE}/plug-2.0.dist-info/entry_points.txt`]: lines('[tool.extension]', 'P1 = plug:Checker', '[lib.backends]', 'b = plug_backend', '[tool.formats]', 'f = plug_format:Format'),
  };
  const layer = Object.entries({ ...base, ...files }).map(([name, content]) => ({ name: name.replace(/^\//, ''), content }));
  const fs = await fsFromLayers([layer]);
  const sysPath = ['/usr/local/bin', `/usr/local/lib/python312.zip`, lib, `${lib}/lib-dynload`, SITE];
  const resolver = new Resolver(fs, sysPath, { extensionSuffixes: ['.cpython-312-x86_64-linux-gnu.so', '.abi3.so', '.so'], builtins: builtinModules('3.12'), frozen: frozenModules('3.12'), preloaded: startupModules('3.12'), aliases: moduleAliases('3.12'), cwd: '/' });
  const entries: EntryPoint[] = [{ role: 'app', module: 'tool.cli', attr: 'main', how: `console script tool in ${SITE}/tool-1.0.dist-info/entry_points.txt` }];
  return new ImportGraph({ fs, resolver, minor: 12, platform: 'linux', thirdPartyDirs: [SITE], stdlibDirs: [lib, `${lib}/lib-dynload`], env: new Map() }).walk(entries);
}

function brief(finding: Finding): string {
  return `${finding.severity} ${finding.module} @${finding.location.imagePath}:${finding.location.line}:${finding.location.column}`;
}

/** Like flake8's finder: every distribution's entry points filtered by a literal set of the app's groups, in a function. */
const FINDER = lines('import importlib.metadata', 'GROUPS = frozenset(("tool.extension",))', 'def load():', '    for dist in importlib.metadata.distributions():', '        for ep in dist.entry_points:', '            if ep.group in GROUPS:', '                ep.load()');

describe('ImportGraph: plugins loaded by entry-point group', () => {
  it("a missing module of a group the app loads in full at start is an error at the line that names the group, chained from the entry point", async () => {
    const result = await walk({ [`${SITE}/tool/finder.py`]: FINDER });
    assert.deepEqual(result.findings.map(brief), [`error plug @${SITE}/tool/finder.py:2:21`]);
    const finding = result.findings[0]!;
    assert.match(finding.message, /^tool\.finder names entry-point group tool\.extension, whose every entry point the app loads at start \(P1 = plug:Checker in .*plug-2\.0\.dist-info\/entry_points\.txt\), but: No module named 'plug'$/);
    assert.deepEqual(finding.chain.map((hop) => `${hop.importer} -> ${hop.module} @${hop.line}`), ['tool.cli -> tool.finder @1', 'tool.finder -> plug @2']);
    // The app's own entry point in the group is found, and walked.
    assert.equal(result.reached.get('tool.builtin'), 'third-party');
  });

  it('an entry point found is walked as an import: its own missing import is an error', async () => {
    const result = await walk({ [`${SITE}/tool/finder.py`]: FINDER, [`${SITE}/plug.py`]: 'import plug_dependency\n' });
    assert.deepEqual(result.findings.map(brief), [`error plug_dependency @${SITE}/plug.py:1:1`]);
    assert.deepEqual(result.findings[0]!.chain.map((hop) => hop.module), ['tool.finder', 'plug', 'plug_dependency']);
  });

  it("the app's own read that may pick by name is a warning; a library's read is a notice; neither walks what it finds", async () => {
    const result = await walk({
      [`${SITE}/tool/finder.py`]: lines('from importlib.metadata import entry_points', 'import lib', 'def fmt(name):', "    return entry_points(group='tool.formats')[name].load()"),
      [`${SITE}/lib.py`]: lines('from importlib.metadata import entry_points', 'def backends():', "    return [ep.load() for ep in entry_points(group='lib.backends')]"),
      [`${SITE}/plug_format.py`]: 'import not_walked\n',
    });
    assert.deepEqual(result.findings.map(brief).sort(), [`notice plug_backend @${SITE}/lib.py:3:52`]);
    assert.equal(result.reached.has('plug_format'), false);
    const warned = await walk({ [`${SITE}/tool/finder.py`]: lines('from importlib.metadata import entry_points', 'def fmt(name):', "    return entry_points(group='tool.formats')[name].load()") });
    assert.deepEqual(warned.findings.map(brief), [`warning plug_format @${SITE}/tool/finder.py:3:31`]);
  });
});
