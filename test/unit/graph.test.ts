import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EntryPoint } from '../../src/python/entrypoints.ts';
import { type GraphOptions, type GraphResult, ImportGraph, MAX_START_DEPTH } from '../../src/python/graph.ts';
import { Resolver } from '../../src/python/resolver.ts';
import { ScanPool } from '../../src/python/scan-pool.ts';
import { builtinModules, frozenModules, moduleAliases, startupModules } from '../../src/python/stdlib.ts';
import { type ChainHop, CHAIN_HOPS_KEPT, chainLength, type Finding } from '../../src/report/findings.ts';
import { fsFromLayers, type LayerReading } from '../helpers/image.ts';

/** A python.org-style image (what the python:3.X images hold) with the given application and package files. */
async function walk(files: Record<string, string>, entries: EntryPoint[], options: Partial<Omit<GraphOptions, 'fs' | 'resolver'>> = {}, reading: LayerReading = 'streamed'): Promise<GraphResult> {
  const minor = options.minor ?? 12;
  const version = `3.${minor}`;
  const lib = `/usr/local/lib/python${version}`;
  const base: Record<string, string> = {
    [`usr/local/bin/python${version}`]: '',
    [`usr/local/lib/python${version}/os.py`]: 'import abc\nimport sys\n',
    [`usr/local/lib/python${version}/json/__init__.py`]: 'from .decoder import JSONDecoder\n',
    [`usr/local/lib/python${version}/json/decoder.py`]: 'import re\n',
    [`usr/local/lib/python${version}/re/__init__.py`]: 'import enum\n',
    [`usr/local/lib/python${version}/importlib/__init__.py`]: 'import sys\n',
    [`usr/local/lib/python${version}/typing.py`]: 'import collections\n',
    [`usr/local/lib/python${version}/lib-dynload/_json.cpython-3${minor}-x86_64-linux-gnu.so`]: '',
    [`usr/local/lib/python${version}/site-packages/README.txt`]: '',
  };
  const layer = Object.entries({ ...base, ...files }).map(([name, content]) => ({ name: name.replace(/^\//, ''), content }));
  const fs = await fsFromLayers([layer], undefined, reading);
  const sysPath = ['/app', `/usr/local/lib/python3${minor}.zip`, lib, `${lib}/lib-dynload`, `${lib}/site-packages`];
  const resolver = new Resolver(fs, sysPath, { extensionSuffixes: [`.cpython-3${minor}-x86_64-linux-gnu.so`, '.abi3.so', '.so'], builtins: builtinModules(version), frozen: frozenModules(version), preloaded: startupModules(version), aliases: moduleAliases(version), cwd: '/app' });
  return new ImportGraph({ fs, resolver, minor, platform: 'linux', thirdPartyDirs: [`${lib}/site-packages`], stdlibDirs: [lib, `${lib}/lib-dynload`], env: new Map(), ...options }).walk(entries);
}

const SCRIPT: EntryPoint = { role: 'script', module: '__main__', file: '/app/main.py', how: 'python /app/main.py' };

/** `severity kind module @path:line:column [unreported]`, compact to compare. */
function brief(finding: Finding): string {
  const where = `${finding.location.imagePath}:${finding.location.line}:${finding.location.column}`;
  return `${finding.severity} ${finding.kind} ${finding.module}${finding.name ? `.${finding.name}` : ''} @${where}${finding.unreported ? ` [${finding.unreported}]` : ''}`;
}

/** `importer -> module @path:line:column` per hop. */
function hops(chain: readonly ChainHop[]): string[] {
  return chain.map((hop) => `${hop.importer} -> ${hop.module} @${hop.imagePath}:${hop.line}:${hop.column}`);
}

function only(result: GraphResult): Finding {
  assert.equal(result.findings.length, 1, `expected one finding, got ${result.findings.map(brief).join('; ')}`);
  return result.findings[0]!;
}

function moduleEntry(module: string): EntryPoint {
  return { role: 'module', module, how: 'entrypoints input' };
}

describe('ImportGraph: the walk', () => {
  it('reports the shortest chain (breadth first) with the file, line and column of every hop', async () => {
    const result = await walk(
      {
        'app/main.py': 'import os\nimport svc.long_a\nfrom svc import api\n',
        'app/svc/__init__.py': '',
        'app/svc/api.py': 'import svc.models\n',
        'app/svc/long_a.py': 'import svc.long_b\n',
        'app/svc/long_b.py': 'import svc.models\n',
        'app/svc/models.py': 'import sys\n\nif True:\n    import missing_dep\n',
      },
      [SCRIPT],
    );
    assert.deepEqual(only(result), {
      kind: 'missing-module',
      severity: 'error',
      module: 'missing_dep',
      location: { imagePath: '/app/svc/models.py', line: 4, column: 5 },
      origin: 'unknown',
      message: "ModuleNotFoundError: No module named 'missing_dep'",
      chain: [
        { imagePath: '/app/main.py', line: 3, column: 1, importer: '__main__', module: 'svc.api' },
        { imagePath: '/app/svc/api.py', line: 1, column: 1, importer: 'svc.api', module: 'svc.models' },
        { imagePath: '/app/svc/models.py', line: 4, column: 5, importer: 'svc.models', module: 'missing_dep' },
      ],
    });
    assert.deepEqual([...result.reached], [
      ['os', 'stdlib'],
      ['svc', 'first-party'],
      ['svc.long_a', 'first-party'],
      ['svc.api', 'first-party'],
      ['svc.long_b', 'first-party'],
      ['svc.models', 'first-party'],
      ['sys', 'stdlib'],
    ]);
    assert.equal(result.modules, 7);
  });

  it("runs the parent packages' __init__ of a dotted import, each reached through its own hop", async () => {
    const result = await walk(
      {
        'app/main.py': 'import pkg.sub.leaf\n',
        'app/pkg/__init__.py': 'import top_missing\n',
        'app/pkg/sub/__init__.py': '\n\nimport sub_missing\n',
        'app/pkg/sub/leaf.py': 'import leaf_missing\n',
      },
      [SCRIPT],
    );
    assert.deepEqual(result.findings.map(brief), [
      'error missing-module top_missing @/app/pkg/__init__.py:1:1',
      'error missing-module sub_missing @/app/pkg/sub/__init__.py:3:1',
      'error missing-module leaf_missing @/app/pkg/sub/leaf.py:1:1',
    ]);
    assert.deepEqual(result.findings.map((finding) => hops(finding.chain)), [
      ['__main__ -> pkg @/app/main.py:1:1', 'pkg -> top_missing @/app/pkg/__init__.py:1:1'],
      ['__main__ -> pkg.sub @/app/main.py:1:1', 'pkg.sub -> sub_missing @/app/pkg/sub/__init__.py:3:1'],
      ['__main__ -> pkg.sub.leaf @/app/main.py:1:1', 'pkg.sub.leaf -> leaf_missing @/app/pkg/sub/leaf.py:1:1'],
    ]);
  });

  it('follows `from pkg import sub` into the submodule, and `from . import sub` in the package itself', async () => {
    const result = await walk(
      {
        'app/main.py': 'from web import views\n',
        'app/web/__init__.py': 'from . import routes\n',
        'app/web/views.py': 'import views_missing\n',
        'app/web/routes.py': 'import routes_missing\n',
      },
      [SCRIPT],
    );
    assert.deepEqual(result.findings.map(brief), ['error missing-module views_missing @/app/web/views.py:1:1', 'error missing-module routes_missing @/app/web/routes.py:1:1']);
    assert.deepEqual(hops(result.findings[0]!.chain), ['__main__ -> web.views @/app/main.py:1:1', 'web.views -> views_missing @/app/web/views.py:1:1']);
    assert.deepEqual(hops(result.findings[1]!.chain), ['__main__ -> web @/app/main.py:1:1', 'web -> web.routes @/app/web/__init__.py:1:1', 'web.routes -> routes_missing @/app/web/routes.py:1:1']);
  });

  it('reports `from . import name` in a package whose submodule is missing', async () => {
    const result = await walk({ 'app/main.py': 'import web\n', 'app/web/__init__.py': 'from . import routes\n' }, [SCRIPT]);
    assert.deepEqual(only(result), {
      kind: 'missing-module',
      severity: 'error',
      module: 'web.routes',
      location: { imagePath: '/app/web/__init__.py', line: 1, column: 1 },
      origin: 'first-party',
      message: "ImportError: cannot import name 'routes' from 'web'",
      chain: [
        { imagePath: '/app/main.py', line: 1, column: 1, importer: '__main__', module: 'web' },
        { imagePath: '/app/web/__init__.py', line: 1, column: 1, importer: 'web', module: 'web.routes' },
      ],
    });
  });

  it('lets a function of a module import its own names, which exist once the module is imported; at module level they do not yet', async () => {
    const core = [
      'import os',
      '',
      'def status():',
      '    from pkg.core import Status',
      '    return Status',
      '',
      'class Registry:',
      '    def lookup(self):',
      '        from . import core',
      '        from .core import Registry, Absent',
      '        return core, Registry',
      '',
      'from pkg.core import Later',
      'class Status:',
      '    pass',
      'Later = 1',
      '',
    ].join('\n');
    const result = await walk({ 'app/main.py': 'from pkg.core import status\n', 'app/pkg/__init__.py': '', 'app/pkg/core.py': core }, [SCRIPT]);
    // CPython: status() works, Registry().lookup() fails on Absent, and the module-level line fails
    // with "cannot import name 'Later' from partially initialized module 'pkg.core'".
    assert.deepEqual(result.findings.map((finding) => `${brief(finding)} ${finding.message}`), [
      "error missing-name pkg.core.Absent @/app/pkg/core.py:10:9 ImportError: cannot import name 'Absent' from 'pkg.core' (/app/pkg/core.py)",
      "error missing-name pkg.core.Later @/app/pkg/core.py:13:1 ImportError: cannot import name 'Later' from 'pkg.core' (/app/pkg/core.py)",
    ]);
  });

  it('resolves relative imports against the package, and reports one beyond the top level', async () => {
    const result = await walk(
      {
        'app/shop/__init__.py': '',
        'app/shop/orders/__init__.py': '',
        'app/shop/orders/views.py': 'from . import models\nfrom ..util import fmt\nfrom .. import pricing\n\nfrom ...outside import thing\n',
        'app/shop/orders/models.py': 'from .. import util\n',
        'app/shop/util.py': 'def fmt(): pass\n',
        'app/shop/pricing.py': 'from .rates import RATE\n',
      },
      [moduleEntry('shop.orders.views')],
    );
    assert.deepEqual(result.findings.map(brief), ['error bad-relative-import ...outside @/app/shop/orders/views.py:5:1', 'error missing-module shop.rates @/app/shop/pricing.py:1:1']);
    assert.equal(result.findings[0]!.message, 'ImportError: attempted relative import beyond top-level package');
    assert.equal(result.findings[0]!.origin, 'first-party');
    assert.deepEqual(hops(result.findings[1]!.chain), ['shop.orders.views -> shop.pricing @/app/shop/orders/views.py:3:1', 'shop.pricing -> shop.rates @/app/shop/pricing.py:1:1']);
    assert.deepEqual([...result.reached.keys()], ['shop', 'shop.orders', 'shop.orders.views', 'shop.orders.models', 'shop.util', 'shop.pricing']);
  });

  it('reports a relative import in a script, which has no parent package', async () => {
    const finding = only(await walk({ 'app/main.py': 'from . import helpers\n', 'app/helpers.py': '' }, [SCRIPT]));
    assert.equal(brief(finding), 'error bad-relative-import . @/app/main.py:1:1');
    assert.equal(finding.message, 'ImportError: attempted relative import with no known parent package');
  });

  it('rates a relative import without a package by its guards, as CPython raises ImportError for it', async () => {
    const result = await walk(
      {
        'app/main.py': ['try:', '    from . import helpers', 'except ImportError:', '    import helpers', 'def later():', '    from .. import nothing', ''].join('\n'),
        'app/helpers.py': '',
      },
      [SCRIPT],
    );
    assert.deepEqual(result.findings.map(brief), ['notice bad-relative-import . @/app/main.py:2:5', 'warning bad-relative-import .. @/app/main.py:6:5']);
    assert.equal(result.findings[0]!.guard, 'try/except ImportError');
  });

  it('follows literal importlib.import_module and __import__ calls, relative ones through their package', async () => {
    const result = await walk(
      {
        'app/main.py': ['import importlib', 'importlib.import_module("plugins.real")', 'importlib.import_module("plugins.absent")', '__import__("gone")', 'importlib.import_module(".relative", package="plugins")', 'importlib.import_module(".nowhere")', ''].join('\n'),
        'app/plugins/__init__.py': '',
        'app/plugins/real.py': 'import real_dep\n',
        'app/plugins/relative.py': 'import relative_dep\n',
      },
      [SCRIPT],
    );
    assert.deepEqual(result.findings.map(brief), [
      'error missing-module plugins.absent @/app/main.py:3:24',
      'error missing-module gone @/app/main.py:4:11',
      'error bad-relative-import .nowhere @/app/main.py:6:24',
      'error missing-module real_dep @/app/plugins/real.py:1:1',
      'error missing-module relative_dep @/app/plugins/relative.py:1:1',
    ]);
    assert.equal(result.findings[0]!.origin, 'first-party');
    assert.equal(result.findings[2]!.message, "TypeError: the 'package' argument is required to perform a relative import for '.nowhere'");
    assert.deepEqual(hops(result.findings[4]!.chain), ['__main__ -> plugins.relative @/app/main.py:5:24', 'plugins.relative -> relative_dep @/app/plugins/relative.py:1:1']);
  });

  it('terminates on import cycles and scans each file once', async () => {
    const result = await walk(
      {
        'app/main.py': 'import a\nimport b\nfrom a import VALUE\nfrom common import helper\n',
        'app/a.py': 'import b\nimport common\nVALUE = 1\n',
        'app/b.py': 'import a\nfrom common import helper\nimport cycle_missing\n',
        'app/common.py': 'import a\nimport b\ndef helper(): pass\n',
      },
      [SCRIPT, moduleEntry('b')],
    );
    assert.deepEqual(result.findings.map(brief), ['error missing-module cycle_missing @/app/b.py:3:1']);
    assert.equal(result.files, 4);
    assert.equal(result.modules, 3);
    assert.equal(result.unparsed, 0);
  });

  it(`keeps the first and last ${CHAIN_HOPS_KEPT / 2} hops of a longer chain, parent packages and submodules named as on a short one`, async () => {
    const files: Record<string, string> = {
      'app/m99.py': 'import pkg.sub.leaf\n',
      'app/pkg/__init__.py': 'import top_missing\n',
      'app/pkg/sub/__init__.py': '',
      'app/pkg/sub/leaf.py': 'from pkg.sub import gone\n',
    };
    for (let index = 0; index < 99; index++) files[`app/m${index}.py`] = `import m${index + 1}\n`;
    const result = await walk(files, [moduleEntry('m0')]);
    assert.deepEqual(result.findings.map(brief), ['error missing-module top_missing @/app/pkg/__init__.py:1:1', 'error missing-module pkg.sub.gone @/app/pkg/sub/leaf.py:1:1']);
    const toM99 = Array.from({ length: 99 }, (_, index) => `m${index} -> m${index + 1} @/app/m${index}.py:1:1`);
    const whole = [
      [...toM99, 'm99 -> pkg @/app/m99.py:1:1', 'pkg -> top_missing @/app/pkg/__init__.py:1:1'],
      [...toM99, 'm99 -> pkg.sub.leaf @/app/m99.py:1:1', 'pkg.sub.leaf -> pkg.sub.gone @/app/pkg/sub/leaf.py:1:1'],
    ];
    for (const [index, finding] of result.findings.entries()) {
      const chain = whole[index]!;
      assert.deepEqual(hops(finding.chain), [...chain.slice(0, CHAIN_HOPS_KEPT / 2), ...chain.slice(-CHAIN_HOPS_KEPT / 2)]);
      assert.equal(finding.chainOmitted, chain.length - CHAIN_HOPS_KEPT);
      assert.equal(chainLength(finding), 101);
    }
  });

  it('reports an entry script that is not in the image, and an entry module that is missing', async () => {
    const result = await walk({}, [{ role: 'script', module: '__main__', file: '/app/gone.py', how: 'python /app/gone.py' }, { role: 'app', module: 'web.app', attr: 'app', how: 'gunicorn app argument' }]);
    assert.deepEqual(
      result.findings.map((finding) => [brief(finding), finding.message]),
      [
        ['error missing-module /app/gone.py @(image command):0:0', 'python /app/gone.py runs /app/gone.py, which is not a file in the image'],
        ['error missing-module web @(image command):0:0', "gunicorn app argument loads web.app, but: No module named 'web'"],
      ],
    );
  });

  it('finds `__main__` and the modules site loads before user code, whatever the files say', async () => {
    for (const minor of [6, 8, 11, 13, 14]) {
      // site, stat and _sitebuiltins are source files of the standard library, absent from this image's files.
      const result = await walk({ 'app/main.py': 'import __main__\nfrom __main__ import settings\nimport site, stat, _sitebuiltins\nimport encodings.utf_8\n', 'app/settings.py': '' }, [SCRIPT], { minor });
      assert.deepEqual(result.findings.map(brief), [], `Python 3.${minor}`);
    }
    const absent = await walk({ 'app/main.py': 'import __mian__\n' }, [SCRIPT]);
    assert.deepEqual(absent.findings.map(brief), ['error missing-module __mian__ @/app/main.py:1:1']);
  });

  it("reports an app server's attribute that its module does not define", async () => {
    const finding = only(await walk({ 'app/web.py': 'application = object()\n' }, [{ role: 'app', module: 'web', attr: 'app', how: 'gunicorn app argument' }]));
    assert.equal(brief(finding), 'error missing-name web.app @(image command):0:0');
    assert.equal(finding.message, 'gunicorn app argument loads app from web, which defines no such name');
  });
});

const SITE = 'usr/local/lib/python3.12/site-packages';

describe('ImportGraph: failures a handler further up catches', () => {
  it('grades what a module reached only under `except ImportError` imports as caught there, as apt-listchanges loads its GTK frontend', async () => {
    const result = await walk(
      {
        'app/main.py': 'try:\n    import gtkfront\nexcept ImportError:\n    gtkfront = None\nimport text\n',
        'app/gtkfront.py': 'import gi\nimport widgets\n',
        'app/widgets.py': 'import gi.repository\n',
        'app/text.py': 'import curses_missing\n',
      },
      [SCRIPT],
    );
    assert.deepEqual(result.findings.map((finding) => [brief(finding), finding.guard]), [
      ['notice missing-module gi @/app/gtkfront.py:1:1', 'imported through /app/main.py:2, whose handler catches the ImportError'],
      ['error missing-module curses_missing @/app/text.py:1:1', undefined],
      ['notice missing-module gi @/app/widgets.py:1:1', 'imported through /app/main.py:2, whose handler catches the ImportError'],
    ]);
  });

  it('counts a module in full once something imports it where nothing catches its failure, before or after it was walked', async () => {
    const result = await walk(
      {
        'app/main.py': 'try:\n    import opt\nexcept ImportError:\n    pass\nimport late\n',
        'app/opt.py': 'import shared\nimport early\n',
        'app/late.py': 'import mid\nimport early\n',
        'app/mid.py': 'import shared\n',
        'app/shared.py': 'import gone_after_walk\n',
        'app/early.py': 'import gone_before_walk\n',
      },
      [SCRIPT],
    );
    assert.deepEqual(result.findings.map(brief).sort(), ['error missing-module gone_after_walk @/app/shared.py:1:1', 'error missing-module gone_before_walk @/app/early.py:1:1']);
    assert.deepEqual(result.findings.map((finding) => finding.guard), [undefined, undefined]);
  });
});

describe('ImportGraph: severity', () => {
  it('counts only module-level, unguarded imports inside third-party packages', async () => {
    const result = await walk(
      {
        'app/main.py': 'import vendorlib\n',
        [`${SITE}/vendorlib/__init__.py`]: [
          'from typing import TYPE_CHECKING',
          'try:',
          '    import optional_speedups',
          'except ImportError:',
          '    optional_speedups = None',
          'def load():',
          '    import lazy_backend',
          'if TYPE_CHECKING:',
          '    import type_stubs',
          'if HAVE_EXTRAS:',
          '    import extras_backend',
          'import sys',
          'if sys.platform == "win32":',
          '    import win_only',
          'from . import _core',
          '',
        ].join('\n'),
        [`${SITE}/vendorlib/_core.py`]: 'import required_dep\n',
      },
      [SCRIPT],
      { inRepository: () => false },
    );
    assert.deepEqual(only(result), {
      kind: 'missing-module',
      severity: 'error',
      module: 'required_dep',
      location: { imagePath: `/${SITE}/vendorlib/_core.py`, line: 1, column: 1 },
      origin: 'third-party',
      message: "ModuleNotFoundError: No module named 'required_dep'",
      chain: [
        { imagePath: '/app/main.py', line: 1, column: 1, importer: '__main__', module: 'vendorlib' },
        { imagePath: `/${SITE}/vendorlib/__init__.py`, line: 15, column: 1, importer: 'vendorlib', module: 'vendorlib._core' },
        { imagePath: `/${SITE}/vendorlib/_core.py`, line: 1, column: 1, importer: 'vendorlib._core', module: 'required_dep' },
      ],
    });
    assert.deepEqual([...result.reached], [
      ['vendorlib', 'third-party'],
      ['typing', 'stdlib'],
      ['sys', 'stdlib'],
      ['vendorlib._core', 'third-party'],
    ]);
  });

  it('grades missing imports in application code by their guard', async () => {
    const main = [
      'import sys',
      'from typing import TYPE_CHECKING',
      'try:',
      '    import ujson',
      'except ImportError:',
      '    ujson = None',
      'def export():',
      '    import openpyxl',
      'if DEBUG:',
      '    import debug_toolbar',
      'if TYPE_CHECKING:',
      '    from mypy_boto3_s3 import S3Client',
      'if sys.version_info < (3, 8):',
      '    import importlib_metadata',
      'import requests',
      '',
    ].join('\n');
    const result = await walk({ 'app/main.py': main }, [SCRIPT], { inRepository: () => false });
    assert.deepEqual(
      result.findings.map((finding) => `${brief(finding)} origin=${finding.origin}${finding.guard ? ` guard=${finding.guard}` : ''}`),
      [
        'notice missing-module ujson @/app/main.py:4:5 origin=third-party guard=try/except ImportError',
        'warning missing-module openpyxl @/app/main.py:8:5 origin=third-party guard=inside export()',
        'warning missing-module debug_toolbar @/app/main.py:10:5 origin=third-party guard=if DEBUG',
        'warning missing-module mypy_boto3_s3 @/app/main.py:12:5 [type-checking] origin=third-party guard=if TYPE_CHECKING',
        'warning missing-module importlib_metadata @/app/main.py:14:5 [dead-branch] origin=third-party guard=if sys.version_info < (3, 8)',
        'error missing-module requests @/app/main.py:15:1 origin=third-party',
      ],
    );
  });

  it('grades a first-party module the checkout has (lost in packaging) apart from one it lacks too (stale code)', async () => {
    const main = [
      'import svc.lost_at_start',
      'def handler():',
      '    import svc.lost_in_function',
      'try:',
      '    import svc.lost_guarded',
      'except ImportError:',
      '    pass',
      'import svc.stale_at_start',
      'def legacy():',
      '    import svc.stale_in_function',
      'try:',
      '    import svc.stale_guarded',
      'except ImportError:',
      '    pass',
      '',
    ].join('\n');
    const checkout = new Set(['svc', 'svc.lost_at_start', 'svc.lost_in_function', 'svc.lost_guarded']);
    const files = { 'app/main.py': main, 'app/svc/__init__.py': '' };
    const graded = (result: GraphResult): string[] => result.findings.map((finding) => `${finding.severity} ${finding.module} ${finding.origin} ${finding.inCheckout ?? '-'}: ${finding.severityReason ?? '-'}`);
    assert.deepEqual(graded(await walk(files, [SCRIPT], { inRepository: (module) => checkout.has(module) })), [
      'error svc.lost_at_start first-party true: Lost in packaging: the checkout has this module, the image does not',
      'error svc.lost_in_function first-party true: Lost in packaging: the checkout has this module, the image does not; the import fails when the code around it runs',
      'warning svc.lost_guarded first-party true: Lost in packaging: the checkout has this module, the image does not; the handler catches the ImportError, so production runs the fallback, which the checkout does not',
      'error svc.stale_at_start first-party false: Stale code: not in the checkout either, and this import runs when its module is imported, so importing that module fails (in the checkout too)',
      'warning svc.stale_in_function first-party false: Stale code: not in the checkout either (the image is as its source); the import fails only when the code around it runs',
      'notice svc.stale_guarded first-party false: Stale code: not in the checkout either (the image is as its source); the handler catches the ImportError, as it does in the checkout',
    ]);
    // Without a checkout, or with one that does not hold the package, every first-party module missing is an error.
    for (const inRepository of [undefined, (): boolean => false]) {
      const result = await walk(files, [SCRIPT], inRepository ? { inRepository } : {});
      assert.deepEqual(result.findings.map((finding) => `${finding.severity} ${finding.origin} ${finding.inCheckout ?? '-'} ${finding.severityReason ?? '-'}`), Array<string>(6).fill('error first-party - -'));
    }
  });

  it('makes a first-party module the checkout has a warning under try/except, and an error without a checkout', async () => {
    const main = 'try:\n    import monitoring\nexcept ImportError:\n    monitoring = None\n';
    const inRepo = only(await walk({ 'app/main.py': main }, [SCRIPT], { inRepository: (module) => module === 'monitoring' }));
    assert.deepEqual(inRepo, {
      kind: 'missing-module',
      severity: 'warning',
      module: 'monitoring',
      location: { imagePath: '/app/main.py', line: 2, column: 5 },
      guard: 'try/except ImportError',
      origin: 'first-party',
      inCheckout: true,
      severityReason: 'Lost in packaging: the checkout has this module, the image does not; the handler catches the ImportError, so production runs the fallback, which the checkout does not',
      message: "ModuleNotFoundError: No module named 'monitoring'",
      chain: [{ imagePath: '/app/main.py', line: 2, column: 5, importer: '__main__', module: 'monitoring' }],
    });
    const notInRepo = only(await walk({ 'app/main.py': main }, [SCRIPT], { inRepository: () => false }));
    assert.equal(`${notInRepo.severity} ${notInRepo.origin}`, 'notice third-party');
    const unknownRepo = only(await walk({ 'app/main.py': main }, [SCRIPT]));
    assert.equal(`${unknownRepo.severity} ${unknownRepo.origin}`, 'notice unknown');
  });

  it('takes a missing submodule of an application package as first-party', async () => {
    const finding = only(await walk({ 'app/main.py': 'try:\n    import services.monitoring\nexcept ImportError:\n    pass\n', 'app/services/__init__.py': '' }, [SCRIPT]));
    assert.equal(`${brief(finding)} ${finding.origin}`, 'error missing-module services.monitoring @/app/main.py:2:5 first-party');
  });

  it("keeps ignored modules unreported as 'ignored'", async () => {
    const result = await walk({ 'app/main.py': 'import yaml.constructor\nimport toml\n' }, [SCRIPT], { ignored: (module) => module === 'yaml' });
    assert.deepEqual(result.findings.map(brief), ['error missing-module yaml @/app/main.py:1:1 [ignored]', 'error missing-module toml @/app/main.py:2:1']);
    assert.equal(result.findings[0]!.message, "ModuleNotFoundError: import of yaml.constructor fails: No module named 'yaml'");
  });
});

describe('ImportGraph: names, the standard library, syntax errors', () => {
  it('reports `from m import name` when a first-party module provably lacks the name', async () => {
    const result = await walk(
      {
        'app/main.py': 'from config import DEBUG, SECRET_KEY\nfrom compat import anything\nfrom lazy import whatever\nfrom vendored import nothing_here\n',
        'app/config.py': 'DEBUG = True\n',
        'app/compat.py': 'from os import *\n',
        'app/lazy.py': 'def __getattr__(name):\n    return name\n',
        [`${SITE}/vendored.py`]: '',
      },
      [SCRIPT],
    );
    assert.deepEqual(only(result), {
      kind: 'missing-name',
      severity: 'error',
      module: 'config',
      name: 'SECRET_KEY',
      location: { imagePath: '/app/main.py', line: 1, column: 1 },
      origin: 'first-party',
      message: "ImportError: cannot import name 'SECRET_KEY' from 'config' (/app/config.py)",
      chain: [{ imagePath: '/app/main.py', line: 1, column: 1, importer: '__main__', module: 'config' }],
    });
  });

  it('reports `from pkg import sub` in an installed package when `sub` is neither a submodule nor a name its __init__ binds', async () => {
    const init = (text: string): string => `${text}\n`;
    const result = await walk(
      {
        'app/main.py': ['import tool.cli', 'from plain import __file__, __path__, __name__, gone_too', 'from re import DOTALL', ''].join('\n'),
        [`${SITE}/tool/__init__.py`]: init('import os.path\nfrom .version import __version__\nVERSION = 1'),
        [`${SITE}/tool/version.py`]: '__version__ = "1"\n',
        [`${SITE}/tool/cli.py`]: ['from tool import os, VERSION, __version__, __file__', 'from tool import commands', 'from . import settings', 'try:', '    from tool import optional', 'except ImportError:', '    optional = None', ''].join('\n'),
        [`${SITE}/plain/__init__.py`]: '',
        'usr/local/lib/python3.12/pkgutil.py': '',
        [`${SITE}/star/__init__.py`]: init('from ._impl import *'),
        [`${SITE}/star/_impl.py`]: '',
        [`${SITE}/lazy/__init__.py`]: init('def __getattr__(name):\n    return name'),
        [`${SITE}/late/__init__.py`]: init('def _setup():\n    global late_name\n    late_name = 1\n_setup()'),
        [`${SITE}/swapped/__init__.py`]: init('import sys\nsys.modules[__name__] = object()'),
        [`${SITE}/extended/__init__.py`]: init('from pkgutil import extend_path\n__path__ = extend_path(__path__, __name__)'),
        // setattr on another object (pelican's argparse action) binds none of the package's names.
        [`${SITE}/argsy/__init__.py`]: init('def store(namespace, value):\n    setattr(namespace, "dest", value)'),
        // A plugin loader storing the plugins it loads in sys.modules changes none of its package's names (pelican).
        [`${SITE}/plugged/__init__.py`]: init('from . import loader'),
        [`${SITE}/plugged/loader.py`]: 'import sys\ndef load(spec, mod):\n    sys.modules[spec.name] = mod\n',
        // A package handing itself by name to a library that rebuilds it (py's apipkg.initpkg).
        [`${SITE}/rebuilt/__init__.py`]: init('import apipkg_like\napipkg_like.initpkg(__name__, exportdefs={})'),
        [`${SITE}/apipkg_like.py`]: '',
        // A portion of it in another sys.path folder, where extend_path looks.
        'app/extended/portion.py': '',
        [`${SITE}/hooked/__init__.py`]: init('from . import _hook'),
        [`${SITE}/hooked/_hook.py`]: 'import sys\nsys.meta_path.append(object())\n',
        // mycli.packages.special: a decorator in __init__ binds each exported function with globals()[...].
        [`${SITE}/exported/__init__.py`]: init('def export(defn):\n    globals()[defn.__name__] = defn\n    return defn\n\nfrom . import commands'),
        [`${SITE}/exported/commands.py`]: 'from . import export\n\n@export\ndef parse_special():\n    pass\n',
        // requests.packages: a plain module that makes other packages importable below its name.
        [`${SITE}/aliasing/__init__.py`]: '',
        [`${SITE}/aliasing/packages.py`]: "import sys\nimport plain\nfor mod in list(sys.modules):\n    if mod.startswith('plain'):\n        sys.modules['aliasing.packages.' + mod] = sys.modules[mod]\n",
        [`${SITE}/users/__init__.py`]: ['from aliasing.packages.plain import __file__', 'from exported import parse_special', 'from star import anything', 'from lazy import anything', 'from late import late_name', 'from swapped import anything', 'from extended import anything', 'from extended import portion', 'from argsy import rstdirectives', 'from plugged import gone', 'from rebuilt import path', 'from hooked import anything', ''].join('\n'),
      },
      [SCRIPT, moduleEntry('users')],
      { inRepository: () => false },
    );
    const aliased = (finding: Finding): boolean => finding.module.startsWith('aliasing');
    assert.deepEqual(result.findings.filter((finding) => !aliased(finding)).map((finding) => `${brief(finding)} ${finding.origin}: ${finding.message}`), [
      "error missing-module plain.gone_too @/app/main.py:2:1 third-party: ImportError: cannot import name 'gone_too' from 'plain'",
      // extend_path looks in the package's folder of each sys.path entry: `anything` is in none, `portion` in /app's.
      `error missing-module extended.anything @/${SITE}/users/__init__.py:7:1 third-party: ImportError: cannot import name 'anything' from 'extended'`,
      `error missing-module argsy.rstdirectives @/${SITE}/users/__init__.py:9:1 third-party: ImportError: cannot import name 'rstdirectives' from 'argsy'`,
      `error missing-module plugged.gone @/${SITE}/users/__init__.py:10:1 third-party: ImportError: cannot import name 'gone' from 'plugged'`,
      `error missing-module tool.commands @/${SITE}/tool/cli.py:2:1 third-party: ImportError: cannot import name 'commands' from 'tool'`,
      `error missing-module tool.settings @/${SITE}/tool/cli.py:3:1 third-party: ImportError: cannot import name 'settings' from 'tool'`,
    ]);
    // The alias below a module that writes sys.modules is an import hook's: kept out of the verdict.
    assert.deepEqual(result.findings.filter(aliased).map((finding) => [finding.module, finding.unreported]), [['aliasing.packages.plain', 'import-hook']]);
    // star, lazy, late (a function's `global`), swapped, extended's portion, hooked, exported and rebuilt: names no scan lists, counted rather than reported.
    assert.equal(result.namesUnknown, 8);
  });

  it('counts an import hook of a package still running its own code only where it is installed above the import, as in SCons.Tool', async () => {
    const files = {
      'app/main.py': 'import tool\nimport hooked_early\n',
      // SCons.Tool: its module-level import runs before the function that writes sys.modules exists.
      [`${SITE}/tool/__init__.py`]: 'import sys\nfrom tool.link import common\ndef load(name, module):\n    sys.modules[name] = module\n',
      [`${SITE}/tool/link/__init__.py`]: 'from tool.DCommon import isD\ncommon = isD\n',
      // A hook installed above the import is in place when it runs.
      [`${SITE}/hooked_early/__init__.py`]: 'import sys\nsys.meta_path.append(object())\nimport hooked_early.served_by_hook\n',
    };
    const result = await walk(files, [SCRIPT]);
    assert.deepEqual(result.findings.map(brief), [
      `error missing-module hooked_early.served_by_hook @/${SITE}/hooked_early/__init__.py:3:1 [import-hook]`,
      `error missing-module tool.DCommon @/${SITE}/tool/link/__init__.py:1:1`,
    ]);
  });

  it('says when a standard-library module was removed in the image’s Python', async () => {
    const finding = only(await walk({ 'app/main.py': 'import cgi\n' }, [SCRIPT], { minor: 13 }));
    assert.deepEqual(finding, {
      kind: 'missing-module',
      severity: 'error',
      module: 'cgi',
      location: { imagePath: '/app/main.py', line: 1, column: 1 },
      origin: 'stdlib',
      cause: 'cgi was removed from the standard library in Python 3.13; the image runs Python 3.13',
      message: "ModuleNotFoundError: No module named 'cgi'",
      chain: [{ imagePath: '/app/main.py', line: 1, column: 1, importer: '__main__', module: 'cgi' }],
    });
    const distutils = only(await walk({ 'app/main.py': 'from distutils.version import LooseVersion\n' }, [SCRIPT], { minor: 12 }));
    assert.equal(distutils.cause, 'distutils was removed from the standard library in Python 3.12; the image runs Python 3.12');
    const tomllib = only(await walk({ 'app/main.py': 'import tomllib\n' }, [SCRIPT], { minor: 10 }));
    assert.equal(`${tomllib.origin}: ${tomllib.cause}`, 'stdlib: tomllib was added to the standard library in Python 3.11; the image runs Python 3.10');
    const stripped = only(await walk({ 'app/main.py': 'import sqlite3\n' }, [SCRIPT], { minor: 12 }));
    assert.equal(`${stripped.origin}: ${stripped.cause}`, "stdlib: sqlite3 is part of Python 3.12's standard library but is missing from the image's installation");
  });

  it('records a file that does not parse: an error in application code, a warning in a package', async () => {
    const result = await walk(
      {
        'app/main.py': 'import broken\nimport py2lib\n',
        'app/broken.py': 'import os\n\ndef broken(:\n    pass\n',
        [`${SITE}/py2lib.py`]: 'print "hello"\n',
      },
      [SCRIPT],
    );
    assert.deepEqual(
      result.findings.map((finding) => [brief(finding), finding.origin, finding.message]),
      [
        ['error syntax-error broken @/app/broken.py:3:1', 'first-party', "broken does not parse: '(' was never closed (line 3)"],
        ['warning syntax-error py2lib @/usr/local/lib/python3.12/site-packages/py2lib.py:1:1', 'third-party', 'py2lib does not parse: invalid syntax (line 1)'],
      ],
    );
    assert.equal(result.unparsed, 2);
    assert.equal(result.files, 3);
  });

  it('on a Python newer than it knows, reads with the newest grammar: what does not parse is not checked, the rest is', async () => {
    const files = {
      'app/main.py': 'import newer\nimport plain\nimport py2lib\nif sys.version_info >= (3, 16):\n    import only_on_new\nelse:\n    import only_on_old\n',
      'app/newer.py': 'import never_seen\nvalue = data |> sorted\n',
      'app/plain.py': 'import missing_mod\n',
      [`/usr/local/lib/python3.16/site-packages/py2lib.py`]: 'print "hello"\n',
    };
    const result = await walk(files, [SCRIPT], { minor: 16, readMinor: 15 });
    assert.deepEqual(
      result.findings.map((finding) => [brief(finding), finding.origin, finding.message]),
      [
        ['error missing-module only_on_new @/app/main.py:5:5', 'unknown', "ModuleNotFoundError: No module named 'only_on_new'"],
        ['warning missing-module only_on_old @/app/main.py:7:5 [dead-branch]', 'unknown', "ModuleNotFoundError: No module named 'only_on_old'"],
        ['warning not-checked newer @/app/newer.py:2:1', 'first-party', 'newer was not checked: it does not parse with the grammar of Python 3.15 (invalid syntax (line 2)), the newest import-guard knows, and the image runs Python 3.16; the imports it makes are unchecked, so the verdict is incomplete'],
        ['error missing-module missing_mod @/app/plain.py:1:1', 'unknown', "ModuleNotFoundError: No module named 'missing_mod'"],
        ['warning not-checked py2lib @/usr/local/lib/python3.16/site-packages/py2lib.py:1:1', 'third-party', 'py2lib was not checked: it does not parse with the grammar of Python 3.15 (invalid syntax (line 1)), the newest import-guard knows, and the image runs Python 3.16; the imports it makes are unchecked, so the verdict is incomplete'],
      ],
    );
    // sys.version_info tests see the image's own version. When that is one the guard knows, the same file does not parse: an error.
    const known = await walk({ 'app/main.py': 'import newer\n', 'app/newer.py': files['app/newer.py'] }, [SCRIPT], { minor: 15 });
    assert.deepEqual(known.findings.map(brief), ['error syntax-error newer @/app/newer.py:2:1']);
  });
});

describe('ImportGraph: Django', () => {
  const DJANGO = {
    [`${SITE}/django/__init__.py`]: '',
    [`${SITE}/django/contrib/__init__.py`]: '',
    [`${SITE}/django/contrib/admin/__init__.py`]: '',
    [`${SITE}/django/core/__init__.py`]: '',
    [`${SITE}/django/core/wsgi.py`]: 'def get_wsgi_application():\n    pass\n',
    'app/mysite/__init__.py': '',
    'app/mysite/settings.py': ['SECRET_KEY = "dev"', 'INSTALLED_APPS = [', '    "django.contrib.admin",', '    "blog.apps.BlogConfig",', '    "missing_app",', ']', ''].join('\n'),
    'app/mysite/wsgi.py': ['import os', '', 'from django.core.wsgi import get_wsgi_application', '', "os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'mysite.settings')", '', 'application = get_wsgi_application()', ''].join('\n'),
    'app/blog/__init__.py': '',
    'app/blog/apps.py': 'class BlogConfig:\n    name = "blog"\n',
  };

  it('reports an INSTALLED_APPS entry that names no module, at the settings line', async () => {
    const finding = only(await walk(DJANGO, [{ role: 'django-settings', module: 'mysite.settings', how: 'DJANGO_SETTINGS_MODULE' }]));
    assert.deepEqual(finding, {
      kind: 'missing-module',
      severity: 'error',
      module: 'missing_app',
      location: { imagePath: '/app/mysite/settings.py', line: 5, column: 5 },
      origin: 'unknown',
      message: "Django setting INSTALLED_APPS names missing_app, but: No module named 'missing_app'",
      chain: [{ imagePath: '/app/mysite/settings.py', line: 5, column: 5, importer: 'mysite.settings', module: 'missing_app' }],
    });
  });

  it("pulls in the settings a wsgi.py names with os.environ.setdefault('DJANGO_SETTINGS_MODULE', ...)", async () => {
    const result = await walk(DJANGO, [{ role: 'app', module: 'mysite.wsgi', attr: 'application', how: 'gunicorn app argument' }]);
    assert.deepEqual(result.findings.map(brief), ['error missing-module missing_app @/app/mysite/settings.py:5:5']);
    assert.deepEqual(hops(result.findings[0]!.chain), ['mysite.wsgi -> mysite.settings @/app/mysite/wsgi.py:5:1', 'mysite.settings -> missing_app @/app/mysite/settings.py:5:5']);
    assert.deepEqual([...result.reached.keys()], ['mysite', 'mysite.wsgi', 'os', 'django', 'django.core', 'django.core.wsgi', 'mysite.settings', 'django.contrib', 'django.contrib.admin', 'blog', 'blog.apps']);
  });

  it('leaves the settings alone when DJANGO_SETTINGS_MODULE is in the environment', async () => {
    const result = await walk(DJANGO, [{ role: 'app', module: 'mysite.wsgi', attr: 'application', how: 'gunicorn app argument' }], { env: new Map([['DJANGO_SETTINGS_MODULE', 'mysite.settings']]) });
    assert.deepEqual(result.findings, []);
  });
});

describe('ImportGraph: scanning on worker threads', () => {
  it('scans on the workers from the first file once the pool was prepared, below its threshold', async () => {
    const files = { 'app/main.py': 'import lib_a\n', 'usr/local/lib/python3.12/site-packages/lib_a/__init__.py': 'import absent_dep\n' };
    const alone = await walk(files, [SCRIPT]);
    const unprepared = new ScanPool({ size: 1, threshold: 1000 });
    const prepared = new ScanPool({ size: 1, threshold: 1000 });
    prepared.prepare();
    try {
      assert.deepEqual((await walk(files, [SCRIPT], { pool: unprepared })).findings, alone.findings);
      assert.equal(unprepared.scannedOnWorkers, 0, 'below the threshold, scans stay on this thread');
      assert.deepEqual((await walk(files, [SCRIPT], { pool: prepared }, 'in place')).findings, alone.findings);
      assert.equal(prepared.scannedOnWorkers, 1, 'the one installed file went to the worker');
    } finally {
      await Promise.all([unprepared.close(), prepared.close()]);
    }
  });

  it('finds the same, in the same order, with a pool of two workers as on one thread, whether workers are sent bytes or read the file', async () => {
    const files: Record<string, string> = {
      'app/main.py': 'import lib_a\nfrom lib_b import helpers\nimport missing_top\n',
      'usr/local/lib/python3.12/site-packages/lib_a/__init__.py': 'from . import core\nimport absent_dep\n',
      'usr/local/lib/python3.12/site-packages/lib_a/core.py': 'import json\ndef f():\n    import only_when_called\n',
      'usr/local/lib/python3.12/site-packages/lib_b/__init__.py': 'VERSION = 1\n',
      'usr/local/lib/python3.12/site-packages/lib_b/helpers.py': 'try:\n    import fast\nexcept ImportError:\n    fast = None\nimport lib_b.gone\n',
    };
    for (let i = 0; i < 40; i++) files[`usr/local/lib/python3.12/site-packages/many/m${i}.py`] = `import many.m${(i + 1) % 40}\nimport nowhere_${i % 3}\n`;
    // One file visited twice, as a module and as __main__: its imports are read on each visit.
    files['usr/local/lib/python3.12/site-packages/tool/__init__.py'] = '';
    files['usr/local/lib/python3.12/site-packages/tool/cli.py'] = "import json\nif __name__ == '__main__':\n    import cli_only_dep\n";
    const entries = [SCRIPT, ...Array.from({ length: 40 }, (_, i) => moduleEntry(`many.m${i}`)), moduleEntry('tool.cli'), { role: 'module', module: 'tool.cli', how: 'python -m tool.cli' } as const];
    const alone = await walk(files, entries);
    assert.ok(alone.findings.some((finding) => finding.module === 'cli_only_dep'), 'the import only __main__ runs is found');
    const pool = new ScanPool({ size: 2, threshold: 0 });
    try {
      for (const reading of ['streamed', 'in place'] as const) {
        const pooled = await walk(files, entries, { pool }, reading);
        assert.deepEqual(pooled.findings, alone.findings, reading);
        assert.deepEqual([pooled.files, pooled.modules, pooled.unparsed], [alone.files, alone.modules, alone.unparsed], reading);
      }
      assert.ok(alone.findings.length > 40, `findings: ${alone.findings.length}`);
      assert.ok(pool.scannedOnWorkers >= 40, `scanned on workers: ${pool.scannedOnWorkers}`);
    } finally {
      await pool.close();
    }
  });
});

describe('ImportGraph: functions that run at start', () => {
  it('follows `pkg.main()` to the function the package re-exports, as ranger\'s script runs it', async () => {
    const result = await walk(
      {
        'app/main.py': 'import sys\nimport ranger\nsys.exit(ranger.main())\n',
        [`${SITE}/ranger/__init__.py`]: 'from ranger.core.main import main\n',
        [`${SITE}/ranger/core/__init__.py`]: '',
        [`${SITE}/ranger/core/main.py`]: 'def main():\n    from ranger.core.tab import Tab\n    return 0\ndef unused():\n    import never_needed\n',
        [`${SITE}/ranger/core/tab.py`]: 'from ranger.container.history import History\n',
        [`${SITE}/ranger/container/__init__.py`]: '',
      },
      [SCRIPT],
    );
    assert.deepEqual(result.findings.map(brief), [`error missing-module ranger.container.history @/${SITE}/ranger/core/tab.py:1:1`]);
  });

  const TOOL = `${SITE}/tool`;
  const consoleScript = (module: string, attr: string): EntryPoint => ({ role: 'app', module, attr, how: `console script tool in /${SITE}/tool-1.0.dist-info/entry_points.txt`, called: true });
  /** An installed tool whose console script runs `tool.__main__:main`, httpie's layout. */
  const toolFiles: Record<string, string> = {
    'usr/local/bin/tool': '#!/usr/local/bin/python3.12\nimport sys\nfrom importlib import import_module\nsys.exit(import_module("tool.__main__").main())\n',
    [`${TOOL}/__init__.py`]: '',
    [`${TOOL}/__main__.py`]: [
      'def main():',
      '    try:',
      '        from tool.core import run',
      '        status = run()',
      '    except KeyboardInterrupt:',
      '        from tool.status import ExitStatus',
      '    if FANCY:',
      '        import fancy_output',
      '    try:',
      '        import optional_speedups',
      '    except ImportError:',
      '        optional_speedups = None',
      '    def later():',
      '        import nested_only',
      '    return status',
      'def other():',
      '    import lazy_thing',
      "if __name__ == '__main__':",
      '    main()',
      '',
    ].join('\n'),
    [`${TOOL}/core.py`]: 'import json\ndef run():\n    import run_dep\n    return helper()\ndef helper():\n    import third_level_dep\n',
  };
  const TOOL_SCRIPT: EntryPoint = { role: 'script', module: '__main__', file: '/usr/local/bin/tool', how: 'console script /usr/local/bin/tool' };

  it("follows the imports of a console script's target function as imports that run at start, and of a function it imports and calls", async () => {
    const result = await walk(toolFiles, [TOOL_SCRIPT, consoleScript('tool.__main__', 'main')]);
    assert.deepEqual(result.findings.map(brief), [`error missing-module run_dep @/${TOOL}/core.py:3:5`, `error missing-module third_level_dep @/${TOOL}/core.py:6:5`]);
    const [finding] = result.findings;
    assert.equal(finding!.guard, 'inside run(), which runs at start');
    assert.deepEqual(hops(finding!.chain), [`tool.__main__ -> tool.core @/${TOOL}/__main__.py:3:9`, `tool.core -> run_dep @/${TOOL}/core.py:3:5`]);
    assert.ok(result.reached.has('tool.core'), 'the target function reaches tool.core');
    // Without the call, only what runs on import counts in an installed package: nothing here.
    const notCalled = await walk(toolFiles, [TOOL_SCRIPT, { ...consoleScript('tool.__main__', 'main'), called: false }]);
    assert.deepEqual(notCalled.findings.map(brief), []);
    assert.ok(!notCalled.reached.has('tool.core'));
  });

  it('reports a module the target function imports at its line, and what it imports guarded or conditionally as it would at module level', async () => {
    const files = { ...toolFiles, [`${TOOL}/core.py`]: 'import required_dep\ndef run():\n    pass\n' };
    const result = await walk(files, [TOOL_SCRIPT, consoleScript('tool.__main__', 'main')]);
    // fancy_output (a branch), optional_speedups (caught), tool.status (a handler), nested_only and lazy_thing (not called): not reported in an installed package.
    assert.deepEqual(result.findings.map(brief), [`error missing-module required_dep @/${TOOL}/core.py:1:1`]);
  });

  it("follows a script's `from m import f` and `f()` call, and grades its own called function's imports as module-level ones", async () => {
    const result = await walk(
      {
        'app/main.py': [
          'import sys',
          'from tool.core import run as entry',
          'def setup():',
          '    import local_config',
          '    if DEBUG:',
          '        import debug_tools',
          'def unused():',
          '    import never_called',
          "if __name__ != '__main__':",
          '    unused()',
          "if __name__ == '__main__':",
          '    setup()',
          '    sys.exit(entry())',
          '',
        ].join('\n'),
        [`${TOOL}/__init__.py`]: '',
        [`${TOOL}/core.py`]: 'def run():\n    import run_dep\n',
      },
      [SCRIPT],
    );
    assert.deepEqual(result.findings.map(brief), [
      'error missing-module local_config @/app/main.py:4:5',
      'warning missing-module debug_tools @/app/main.py:6:9',
      'warning missing-module never_called @/app/main.py:8:5',
      `error missing-module run_dep @/${TOOL}/core.py:2:5`,
    ]);
  });

  it('runs `python -m pkg` with pkg.__main__ as __main__, whose called main() runs at start', async () => {
    const files = {
      [`${TOOL}/__init__.py`]: "if __name__ == '__main__':\n    import not_as_main\n",
      [`${TOOL}/__main__.py`]: "import sys\ndef main():\n    from tool.cli import run\n    sys.exit(run())\nif __name__ == '__main__':\n    main()\n",
      [`${TOOL}/cli.py`]: 'import cli_dep\ndef run():\n    import run_dep\n',
    };
    const result = await walk(files, [{ role: 'module', module: 'tool', how: 'python -m tool' }]);
    assert.deepEqual(result.findings.map(brief), [`error missing-module cli_dep @/${TOOL}/cli.py:1:1`, `error missing-module run_dep @/${TOOL}/cli.py:3:5`]);
  });

  it('stops three calls deep, and does not take a fallback import in a handler for the function called', async () => {
    const result = await walk(
      {
        'app/main.py': 'try:\n    from json import loads as start\nexcept ImportError:\n    from tool.core import start\nstart()\nfrom tool.deep import one\none()\n',
        [`${TOOL}/__init__.py`]: '',
        [`${TOOL}/core.py`]: 'def start():\n    import start_dep\n',
        [`${TOOL}/deep.py`]: 'def one():\n    two()\ndef two():\n    import second_dep\n    three()\ndef three():\n    import third_dep\n    four()\ndef four():\n    import fourth_dep\n',
      },
      [SCRIPT],
    );
    assert.equal(MAX_START_DEPTH, 3);
    assert.deepEqual(result.findings.map(brief), [`error missing-module second_dep @/${TOOL}/deep.py:4:5`, `error missing-module third_dep @/${TOOL}/deep.py:7:5`]);
  });

  it("runs a class's constructor where the class is called, as meson's main() builds its CommandLineParser", async () => {
    const result = await walk(
      {
        'app/main.py': 'import sys\nfrom tool import main\nsys.exit(main())\n',
        [`${TOOL}/__init__.py`]: [
          'def main():',
          '    return run()',
          'def run():',
          '    return CommandLineParser().run()',
          'class CommandLineParser:',
          '    import at_class_body',
          '    def __init__(self):',
          '        from . import commands',
          '    def run(self):',
          '        import only_in_a_method',
          'class Unused:',
          '    def __init__(self):',
          '        import never_built',
          '',
        ].join('\n'),
        [`${TOOL}/commands.py`]: 'import command_dep\n',
      },
      [SCRIPT],
    );
    assert.deepEqual(result.findings.map(brief), [`error missing-module at_class_body @/${TOOL}/__init__.py:6:5`, `error missing-module command_dep @/${TOOL}/commands.py:1:1`]);
  });
});

describe('ImportGraph: lazy imports (3.15)', () => {
  const APP = (source: string): Record<string, string> => ({ 'app/main.py': source, 'app/helpers.py': 'def run(value):\n    return value\n' });
  const ALL = { minor: 15, lazyImports: { mode: 'all', from: '-X lazy_imports=all' } } as const;

  it('makes a module-level import that no start code reads fail on first use: a warning at the import, naming the first read', async () => {
    const result = await walk(APP('import helpers\nimport gone_dep\ndef handler():\n    return gone_dep.thing\nhelpers.run(1)\n'), [SCRIPT], ALL);
    const finding = only(result);
    assert.equal(brief(finding), 'warning missing-module gone_dep @/app/main.py:2:1');
    assert.equal(finding.guard, 'imported lazily (-X lazy_imports=all): fails on first use, gone_dep.thing at line 4');
    assert.equal(result.lazyImports, 2);
  });

  it('keeps the error when the name is read as the module runs: at module level, in a class body, a decorator, a default value, or a function called then', async () => {
    const reads = ['x = gone_dep.VALUE', 'class C:\n    y = gone_dep.VALUE', '@gone_dep.wrap\ndef f():\n    pass', 'def f(v=gone_dep.VALUE):\n    pass', 'def f():\n    return gone_dep.VALUE\nf()', 'class C(gone_dep.Base):\n    pass'];
    for (const read of reads) {
      const finding = only(await walk(APP(`import gone_dep\n${read}\n`), [SCRIPT], ALL));
      assert.equal(brief(finding), 'error missing-module gone_dep @/app/main.py:1:1', read);
      assert.match(finding.guard ?? '', /^imported lazily \(-X lazy_imports=all\), but gone_dep(\.\w+)? is read as the module runs \(line [2-4]\), which loads it$/, read);
    }
  });

  it('does not count reads in annotations, which 3.14 on leaves unevaluated, nor in functions never called', async () => {
    const finding = only(await walk(APP('import gone_dep\nx: gone_dep.T = 1\ndef f(a: gone_dep.T) -> gone_dep.T:\n    return a\n'), [SCRIPT], ALL));
    assert.equal(brief(finding), 'warning missing-module gone_dep @/app/main.py:1:1');
    assert.equal(finding.guard, 'imported lazily (-X lazy_imports=all): fails on first use (no read of it found in this module)');
  });

  it('makes imports lazy under `with`, even contextlib.suppress, whose handler then no longer sees the failure', async () => {
    const files = { ...APP('import contextlib\nwith contextlib.suppress(ImportError):\n    import gone_dep\nVALUE = gone_dep.VALUE\n'), 'usr/local/lib/python3.15/contextlib.py': '' };
    const finding = only(await walk(files, [SCRIPT], ALL));
    assert.equal(brief(finding), 'error missing-module gone_dep @/app/main.py:3:5');
    assert.equal(finding.guard, 'imported lazily (-X lazy_imports=all), but gone_dep.VALUE is read as the module runs (line 4), which loads it');
  });

  it('keeps imports eager where 3.15 does: under try, in functions and class bodies, star imports, and without the mode', async () => {
    const source = 'try:\n    import gone_a\nexcept ImportError:\n    gone_a = None\nclass C:\n    import gone_b\nfrom gone_c import *\ndef f():\n    import gone_d\n';
    const lazy = await walk(APP(source), [SCRIPT], ALL);
    const eager = await walk(APP(source), [SCRIPT], { minor: 15 });
    assert.deepEqual(lazy.findings.map(brief), eager.findings.map(brief));
    assert.ok(lazy.findings.every((finding) => !finding.guard?.includes('lazily')));
    assert.equal(lazy.lazyImports, 0);
    // Before 3.15 the mode does not exist.
    assert.equal(only(await walk(APP('import gone_dep\n'), [SCRIPT], { ...ALL, minor: 14 })).severity, 'error');
  });

  it('grades an explicit `lazy import` and `lazy from` by their first read, without the mode', async () => {
    const source = 'lazy import gone_later\nlazy from gone_from import thing\nlazy import gone_now as now\nVALUE = now.VALUE\ndef handler():\n    return gone_later.x, thing\n';
    const result = await walk(APP(source), [SCRIPT], { minor: 15 });
    assert.deepEqual(result.findings.map((finding) => `${brief(finding)} ${finding.guard ?? ''}`), [
      'warning missing-module gone_later @/app/main.py:1:1 imported lazily: fails on first use, gone_later.x at line 6',
      'warning missing-module gone_from @/app/main.py:2:1 imported lazily: fails on first use, thing at line 6',
      'error missing-module gone_now @/app/main.py:3:1 imported lazily, but now.VALUE is read as the module runs (line 4), which loads it',
    ]);
    assert.equal(result.lazyImports, 3);
  });

  it('reads __lazy_modules__ set above the import, by the full dotted name', async () => {
    const result = await walk(
      {
        'app/main.py': "import early_gone\n__lazy_modules__ = ['pkg.gone_sub', 'gone_top', 'early_gone', 'from_gone']\nimport gone_top\nimport pkg.gone_sub\nfrom from_gone import name\nimport not_listed\n",
        'app/pkg/__init__.py': '',
      },
      [SCRIPT],
      { minor: 15 },
    );
    assert.deepEqual(result.findings.map((finding) => `${brief(finding)} ${finding.guard ?? ''}`), [
      'error missing-module early_gone @/app/main.py:1:1 ',
      'warning missing-module gone_top @/app/main.py:3:1 imported lazily (__lazy_modules__): fails on first use (no read of it found in this module)',
      'warning missing-module pkg.gone_sub @/app/main.py:4:1 imported lazily (__lazy_modules__): fails on first use (no read of it found in this module)',
      'warning missing-module from_gone @/app/main.py:5:1 imported lazily (__lazy_modules__): fails on first use (no read of it found in this module)',
      'error missing-module not_listed @/app/main.py:6:1 ',
    ]);
  });

  it('does not report a lazy import no start code reads in an installed package, as for a function-level import there', async () => {
    const site = 'usr/local/lib/python3.15/site-packages';
    const result = await walk({ 'app/main.py': 'import lib\nlib.start()\n', [`${site}/lib/__init__.py`]: 'import gone_later\nimport gone_now\ngone_now.setup()\n' }, [SCRIPT], ALL);
    assert.deepEqual(result.findings.map(brief), [`error missing-module gone_now @/${site}/lib/__init__.py:2:1`]);
  });
});

describe('ImportGraph: lazy from-imports of a missing name (3.15)', () => {
  it('grades `from pkg import gone` by where `gone` is read, for a missing submodule and a missing name alike', async () => {
    const files = {
      'app/main.py': "__lazy_modules__ = ['pkg']\nfrom pkg import gone_sub\nfrom pkg import no_name\nfrom pkg import read_now\nread_now()\n",
      'app/pkg/__init__.py': 'VALUE = 1\n',
    };
    const result = await walk(files, [SCRIPT], { minor: 15 });
    assert.deepEqual(result.findings.map((finding) => `${brief(finding)} ${finding.guard ?? ''}`), [
      'warning missing-module pkg.gone_sub @/app/main.py:2:1 imported lazily (__lazy_modules__): fails on first use (no read of it found in this module)',
      'warning missing-module pkg.no_name @/app/main.py:3:1 imported lazily (__lazy_modules__): fails on first use (no read of it found in this module)',
      'error missing-module pkg.read_now @/app/main.py:4:1 imported lazily (__lazy_modules__), but read_now is read as the module runs (line 5), which loads it',
    ]);
  });
});
