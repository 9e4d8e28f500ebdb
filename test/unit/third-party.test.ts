import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { readDeclaredRequirements } from '../../src/explain/requirements.ts';
import { thirdPartyExplainer, type ThirdPartyFacts } from '../../src/explain/third-party.ts';
import { installedDistributions, normalizeName } from '../../src/python/distributions.ts';
import type { Finding } from '../../src/report/findings.ts';
import { fsFromLayers } from '../helpers/image.ts';
import { at, hop } from '../helpers/reports.ts';

const roots: string[] = [];
after(async () => Promise.all(roots.map((root) => rm(root, { recursive: true, force: true }))));

async function checkout(files: Record<string, string>): Promise<{ root: string; files: string[] }> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'requirements-'));
  roots.push(root);
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.join(root, path.dirname(file)), { recursive: true });
    await writeFile(path.join(root, file), text);
  }
  return { root, files: Object.keys(files) };
}

function brief(root: string, files: string[], context = ''): string[] {
  return readDeclaredRequirements(root, files, context).requirements.map((requirement) => `${requirement.normalized} ${requirement.file}:${requirement.line}`);
}

describe('declared requirements', () => {
  it('reads requirements files with includes, continuations, hashes, markers, extras and editables', async () => {
    const { root, files } = await checkout({
      'requirements.txt': ['# runtime', '-r requirements/base.txt', '-c constraints.txt', 'PyYAML==6.0.1 \\', '    --hash=sha256:abc', 'uvicorn[standard]>=0.30 ; python_version >= "3.8"', 'typing_extensions', '-e git+https://example.org/x.git#egg=Internal_Lib', '--index-url https://example.org/simple', 'https://example.org/pkg.tar.gz', './local/path', ''].join('\n'),
      'requirements/base.txt': 'fastapi ~= 0.115  # web\n-r ../requirements.txt\n',
      'constraints.txt': 'never-counted==1\n',
    });
    assert.deepEqual(brief(root, files), ['fastapi requirements/base.txt:1', 'pyyaml requirements.txt:4', 'uvicorn requirements.txt:6', 'typing-extensions requirements.txt:7', 'internal-lib requirements.txt:8']);
  });

  it('reads pyproject.toml ([project] and Poetry) and setup.cfg, with the line of each', async () => {
    const pyproject = ['[project]', 'name = "svc"', 'dependencies = [', '  "requests>=2",', '  "ruamel.yaml",', ']', '[project.optional-dependencies]', 'fast = ["ujson"]', '[tool.poetry.dependencies]', 'python = "^3.11"', 'Django = "^5.0"', '[tool.poetry.group.dev.dependencies]', 'pytest = "*"'].join('\n');
    const setupCfg = ['[metadata]', 'name = svc', '[options]', 'install_requires =', '    click>=8', '    # a comment', '    attrs', '[options.extras_require]', 'docs =', '    sphinx'].join('\n');
    const { root, files } = await checkout({ 'pyproject.toml': pyproject, 'setup.cfg': setupCfg, 'deep/requirements.txt': 'not-read\n' });
    assert.deepEqual(brief(root, files), ['requests pyproject.toml:4', 'ruamel-yaml pyproject.toml:5', 'ujson pyproject.toml:8', 'django pyproject.toml:11', 'pytest pyproject.toml:13', 'click setup.cfg:5', 'attrs setup.cfg:7', 'sphinx setup.cfg:10']);
    assert.deepEqual(readDeclaredRequirements(root, files, '').files, ['pyproject.toml', 'setup.cfg']);
  });

  it('reads the context folder and the repository root', async () => {
    const { root, files } = await checkout({ 'services/api/requirements.txt': 'flask\n', 'requirements-dev.txt': 'pytest\n', 'pyproject.toml': 'not [valid toml' });
    assert.deepEqual(brief(root, files, 'services/api'), ['flask services/api/requirements.txt:1', 'pytest requirements-dev.txt:1']);
  });
});

describe('installed distributions', () => {
  it('reads name, version and top-level modules from dist-info and egg-info metadata', async () => {
    const site = 'usr/lib/python3/dist-packages';
    const fs = await fsFromLayers([
      [
        { name: `${site}/PyYAML-6.0.dist-info/METADATA`, content: 'Metadata-Version: 2.1\nName: PyYAML\nVersion: 6.0\n\nbody\nName: not-this\n' },
        { name: `${site}/PyYAML-6.0.dist-info/top_level.txt`, content: '_yaml\nyaml\n' },
        { name: `${site}/attrs-23.1.0.dist-info/METADATA`, content: 'Name: attrs\nVersion: 23.1.0\n' },
        { name: `${site}/attrs-23.1.0.dist-info/RECORD`, content: 'attr/__init__.py,sha256=x,1\nattrs/__init__.py,,\nattrs-23.1.0.dist-info/METADATA,,\n../../../bin/tool,,\n_speedups.cpython-311-x86_64-linux-gnu.so,,\n' },
        { name: `${site}/idna-3.3.egg-info/PKG-INFO`, content: 'Name: idna\nVersion: 3.3\n' },
        { name: `${site}/idna-3.3.egg-info/installed-files.txt`, content: '../idna/__init__.py\nPKG-INFO\n' },
        { name: `${site}/six-1.16.0.egg-info`, content: 'Name: six\nVersion: 1.16.0\n' },
      ],
    ]);
    assert.deepEqual(
      installedDistributions(fs).map((distribution) => `${distribution.name} ${distribution.version} ${distribution.location} ${distribution.topLevel.join(',')}`).sort(),
      ['PyYAML 6.0 /usr/lib/python3/dist-packages _yaml,yaml', 'attrs 23.1.0 /usr/lib/python3/dist-packages attr,attrs,_speedups', 'idna 3.3 /usr/lib/python3/dist-packages idna', 'six 1.16.0 /usr/lib/python3/dist-packages '],
    );
    assert.equal(normalizeName('Ruamel_YAML..clib'), 'ruamel-yaml-clib');
  });
});

describe('why a third-party module is missing', () => {
  const location = at('/srv/app/main.py', 3, 'app/main.py');
  const finding = (module: string): Finding => ({ kind: 'missing-module', severity: 'error', module, location, origin: 'third-party', message: `ModuleNotFoundError: No module named '${module}'`, chain: [hop('app.main', module, location)] });
  const yaml = { name: 'PyYAML', version: '6.0', metadata: '/usr/lib/python3/dist-packages/PyYAML-6.0.dist-info', location: '/usr/lib/python3/dist-packages', topLevel: ['yaml', '_yaml'] };
  const requests = { name: 'requests', version: '2.28.1', metadata: '/venv/lib/python3.11/site-packages/requests-2.28.1.dist-info', location: '/venv/lib/python3.11/site-packages', topLevel: ['requests'] };
  const declared = {
    files: ['requirements.txt'],
    requirements: [
      { name: 'PyYAML', normalized: 'pyyaml', file: 'requirements.txt', line: 2, text: 'PyYAML==6.0' },
      { name: 'ujson', normalized: 'ujson', file: 'requirements.txt', line: 3, text: 'ujson>=5' },
      { name: 'requests', normalized: 'requests', file: 'requirements.txt', line: 4, text: 'requests' },
    ],
  };
  const facts: ThirdPartyFacts = { distributions: [yaml, requests], searched: ['/usr/lib/python3.11', '/venv/lib/python3.11/site-packages'], declared, version: '3.11' };

  it('maps the import to its distribution by the metadata of a copy Python does not search', () => {
    const explained = thirdPartyExplainer(facts)(finding('yaml.constructor'));
    assert.equal(explained.cause, 'declared in requirements.txt:2 as PyYAML, but installed only in /usr/lib/python3/dist-packages, which Python 3.11 does not search');
    assert.deepEqual(explained.causeAt, { kind: 'not-installed', repoPath: 'requirements.txt', line: 2, message: '`PyYAML==6.0` is declared here, but the image has no PyYAML where Python 3.11 looks' });
    const undeclared = thirdPartyExplainer({ ...facts, declared: { files: ['requirements.txt'], requirements: [] } })(finding('yaml'));
    assert.equal(undeclared.cause, 'PyYAML 6.0 provides yaml, but it is installed in /usr/lib/python3/dist-packages, which Python 3.11 does not search');
  });

  it('says declared but not installed, or declared nowhere with the declared distributions the image lacks', () => {
    assert.equal(thirdPartyExplainer(facts)(finding('ujson')).cause, 'declared in requirements.txt:3 as ujson, but not installed in the image');
    assert.equal(thirdPartyExplainer(facts)(finding('orjson')).cause, 'not installed in the image, and not declared in requirements.txt; declared but not installed: PyYAML (requirements.txt:2), ujson (requirements.txt:3)');
    assert.equal(thirdPartyExplainer({ ...facts, declared: { files: [], requirements: [] } })(finding('orjson')).cause, 'not installed in the image, and the checkout declares no requirements (no requirements*.txt, pyproject.toml or setup.cfg)');
    const noCheckout: ThirdPartyFacts = { distributions: facts.distributions, searched: facts.searched, version: facts.version };
    assert.equal(thirdPartyExplainer(noCheckout)(finding('orjson')).cause, undefined);
  });

  it('leaves alone what an installed distribution provides, and findings of other kinds', () => {
    const present = finding('requests.adapters');
    assert.equal(thirdPartyExplainer(facts)(present), present);
    const firstParty = { ...finding('ujson'), origin: 'first-party' as const };
    assert.equal(thirdPartyExplainer(facts)(firstParty), firstParty);
  });
});
