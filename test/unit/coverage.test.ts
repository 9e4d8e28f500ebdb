import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { blindEntries, coverageOf, imageModules } from '../../src/python/coverage.ts';
import type { Finding } from '../../src/report/findings.ts';
import type { EntryPoint } from '../../src/python/entrypoints.ts';
import type { Zone } from '../../src/python/graph.ts';
import { fsFromLayers } from '../helpers/image.ts';

const SITE = '/usr/lib/python3/dist-packages';
const SUFFIXES = ['.cpython-311-x86_64-linux-gnu.so', '.abi3.so', '.so'];

async function image(paths: string[]): Promise<Parameters<typeof imageModules>[0]> {
  return fsFromLayers([paths.map((name) => ({ name: name.replace(/^\//, ''), content: '' }))]);
}

describe('imageModules: the modules a zone of the image holds', () => {
  it('counts modules, packages and namespace portions once, the first folder winning, and enters no data folder', async () => {
    const fs = await image([
      '/srv/app/__init__.py',
      '/srv/app/main.py',
      '/srv/app/templates/index.html',
      '/srv/app/__pycache__/main.cpython-311.pyc',
      '/srv/tools/run.py',
      '/srv/not-a-module.py',
      '/srv/docs/notes/conf.txt',
      `${SITE}/yaml/__init__.py`,
      `${SITE}/yaml/_yaml.cpython-311-x86_64-linux-gnu.so`,
      `${SITE}/google/protobuf/__init__.py`,
      `${SITE}/google/protobuf/message.py`,
      `${SITE}/django/contrib/admin/locale/de/LC_MESSAGES/django.mo`,
      `${SITE}/django/__init__.py`,
      `${SITE}/app/__init__.py`,
      `${SITE}/PyYAML-6.0.dist-info/METADATA`,
    ]);
    const modules = imageModules(fs, [{ path: '/srv', zone: 'first-party' }, { path: SITE, zone: 'installed' }], SUFFIXES);
    assert.deepEqual([...modules['first-party']].sort(), ['app', 'app.main', 'tools', 'tools.run']);
    // `app` in the installed folder is shadowed by the first-party one; google/ holds only packages.
    assert.deepEqual([...modules.installed].sort(), ['django', 'google.protobuf', 'google.protobuf.message', 'yaml', 'yaml._yaml']);
    const reached = new Map<string, Zone>([['app', 'first-party'], ['app.main', 'first-party'], ['yaml', 'third-party'], ['json', 'stdlib']]);
    assert.deepEqual(coverageOf(modules, reached), { firstParty: { reached: 2, total: 4 }, installed: { reached: 1, total: 5 } });
  });
});

describe('blindEntries: script entry points that reach none of the code', () => {
  const script: EntryPoint = { role: 'script', module: '__main__', file: '/usr/local/bin/myapp', how: 'console script /usr/local/bin/myapp' };
  const keyOf = (entry: EntryPoint): string => `file:${entry.file!}`;

  it('warns for a script that reaches only the standard library, and not for one that reaches the application', () => {
    const reached = new Map<string, Zone>([['importlib', 'stdlib'], ['json', 'stdlib'], ['json.decoder', 'stdlib'], ['app', 'first-party'], ['app.main', 'first-party']]);
    const blind = blindEntries([script], { imports: new Map([['file:/usr/local/bin/myapp', new Set(['importlib', 'json'])], ['json', new Set(['json.decoder'])]]), reached, keyOf, imageModules: 3, findings: [] });
    assert.deepEqual(blind.map((finding) => [finding.kind, finding.severity, finding.module, finding.location.imagePath, finding.location.line]), [['blind-entry', 'warning', '/usr/local/bin/myapp', '/usr/local/bin/myapp', 1]]);
    // Through a standard-library module, or a parent package, to the application: not blind.
    const seeing = blindEntries([script], { imports: new Map([['file:/usr/local/bin/myapp', new Set(['json'])], ['json', new Set(['app.main'])]]), reached, keyOf, imageModules: 3, findings: [] });
    assert.deepEqual(seeing, []);
    // The module it runs, named as an entry point of its own, covers it.
    const named = blindEntries([script, { role: 'module', module: 'app.main', how: 'entrypoints input' }], { imports: new Map(), reached, keyOf, imageModules: 3, findings: [] });
    assert.deepEqual(named, []);
    // Its own import of the application fails: that is the finding, not a blind scan.
    const failing: Finding = { kind: 'missing-module', severity: 'error', module: 'app', location: { imagePath: '/usr/local/bin/myapp', line: 3, column: 1 }, origin: 'unknown', message: "No module named 'app'", chain: [] };
    assert.deepEqual(blindEntries([script], { imports: new Map([['file:/usr/local/bin/myapp', new Set(['importlib'])]]), reached, keyOf, imageModules: 3, findings: [failing] }), []);
    // An image with no code but the standard library has nothing to miss.
    assert.deepEqual(blindEntries([script], { imports: new Map(), reached, keyOf, imageModules: 0, findings: [] }), []);
  });
});
