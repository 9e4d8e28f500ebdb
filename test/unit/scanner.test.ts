import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NAMES_NOT_READ, scanSource } from '../../src/python/scanner.ts';
import { tokenize } from '../../src/python/tokenizer.ts';
import type { ImportStatement, ScanResult } from '../../src/python/syntax.ts';

function scan(text: string, minor = 12): ScanResult {
  const result = scanSource(text, minor);
  assert.ok(result.ok, `expected the source to parse: ${result.ok ? '' : result.error}`);
  return result;
}

function refused(text: string | Uint8Array, minor = 12): string {
  const result = scanSource(text, minor);
  assert.ok(!result.ok, 'expected the source to be refused');
  return result.error;
}

/** `module@line:col` with `from` names, compact for assertions. */
function brief(statement: ImportStatement): string {
  const dots = '.'.repeat(statement.level);
  if (statement.kind === 'from') return `from ${dots}${statement.module} import ${statement.names.map((name) => (name.asname ? `${name.name} as ${name.asname}` : name.name)).join(', ')} @${statement.line}:${statement.col}`;
  return `${statement.kind} ${dots}${statement.module}${statement.asname ? ` as ${statement.asname}` : ''} @${statement.line}:${statement.col}`;
}

function guardsOf(result: ScanResult, module: string): string[] {
  const statement = result.imports.find((candidate) => candidate.module === module);
  assert.ok(statement, `no import of ${module}`);
  return statement.guards.map((guard) => {
    switch (guard.kind) {
      case 'try':
        return `try(${guard.catches.join(',')})`;
      case 'suppress':
        return `suppress(${guard.exceptions.join(',')})`;
      case 'except':
        return `except(${guard.catches.join(',')})`;
      case 'if':
        return `if-${guard.branch}(${JSON.stringify(guard.test)})`;
      default:
        return `${guard.kind}:${guard.name}`;
    }
  });
}

describe('scanner: import forms', () => {
  it('finds every form at any depth, with line and column', () => {
    const result = scan(
      [
        'import a.b as c, d',
        'from . import x',
        'from ..a import (b,',
        '    c as e,)',
        'from x import *',
        'def f():',
        '    if True: import inner; from .deep.er import y',
        'class K:',
        '    import in_class',
        'x = 1; import after_semicolon',
        'import \\',
        '    continued',
      ].join('\n'),
    );
    assert.deepEqual(result.imports.map(brief), [
      'import a.b as c @1:0',
      'import d @1:0',
      'from .  import x @2:0'.replace('.  ', '. '),
      'from ..a import b, c as e @3:0',
      'from x import * @5:0',
      'import inner @7:13',
      'from .deep.er import y @7:27',
      'import in_class @9:4',
      'import after_semicolon @10:7',
      'import continued @11:0',
    ]);
  });

  it('reports literal dynamic imports, and only those', () => {
    const result = scan(
      [
        'import importlib',
        'importlib.import_module("plugins.auth")',
        'import_module(".handlers", package="app")',
        'import_module(".views", "app")',
        '__import__("legacy.mod")',
        'importlib.import_module(name)',
        'importlib.import_module(f"x.{name}")',
        'obj.__import__("not.builtin")',
      ].join('\n'),
    );
    const dynamic = result.imports.filter((statement) => statement.kind === 'dynamic');
    assert.deepEqual(
      dynamic.map((statement) => [statement.module, statement.level, statement.package, statement.line]),
      [
        ['plugins.auth', 0, undefined, 2],
        ['handlers', 1, 'app', 3],
        ['views', 1, 'app', 4],
        ['legacy.mod', 0, undefined, 5],
      ],
    );
  });

  it('ignores import words inside strings, comments and f-strings', () => {
    const result = scan(['s = "import fake"', "t = '''", 'import also_fake', "'''", '# import commented', 'u = f"{x!r:>{width}} import nope"', 'v = rb"\\"import x"', 'import real'].join('\n'));
    assert.deepEqual(result.imports.map((statement) => statement.module), ['real']);
  });
});

describe('scanner: guard context', () => {
  const source = [
    'try:',
    '    import yaml',
    'except (ImportError, AttributeError):',
    '    import fallback_yaml',
    'try:',
    '    import ujson',
    'except:',
    '    pass',
    'try:',
    '    import orjson',
    'except builtins.ModuleNotFoundError as error:',
    '    pass',
    'else:',
    '    import after',
    'finally:',
    '    import always',
    'with contextlib.suppress(ImportError):',
    '    import optional',
    'from typing import TYPE_CHECKING',
    'if TYPE_CHECKING:',
    '    import only_for_types',
    'if typing.TYPE_CHECKING:',
    '    import also_for_types',
    'if sys.version_info >= (3, 11):',
    '    import tomllib',
    'elif sys.platform == "win32":',
    '    import winreg',
    'else:',
    '    import tomli',
    'def handler():',
    '    import lazy',
    'f = lambda: __import__("in_lambda")',
  ].join('\n');

  it('records try/except with the names each handler catches', () => {
    const result = scan(source);
    assert.deepEqual(guardsOf(result, 'yaml'), ['try(ImportError,AttributeError)']);
    assert.deepEqual(guardsOf(result, 'fallback_yaml'), ['except(ImportError,AttributeError)'], 'a handler body runs only when its try body raised');
    assert.deepEqual(guardsOf(result, 'ujson'), ['try(*)']);
    assert.deepEqual(guardsOf(result, 'orjson'), ['try(ModuleNotFoundError)']);
    assert.deepEqual(guardsOf(result, 'after'), [], 'an else block is not protected by the handlers');
    assert.deepEqual(guardsOf(result, 'always'), []);
  });

  it('records contextlib.suppress, TYPE_CHECKING, version and platform tests, function scope', () => {
    const result = scan(source);
    assert.deepEqual(guardsOf(result, 'optional'), ['suppress(ImportError)']);
    assert.deepEqual(guardsOf(result, 'only_for_types'), ['if-then({"k":"name","id":"TYPE_CHECKING"})']);
    assert.deepEqual(guardsOf(result, 'also_for_types'), ['if-then({"k":"attr","value":{"k":"name","id":"typing"},"attr":"TYPE_CHECKING"})']);
    const version = '{"k":"compare","left":{"k":"attr","value":{"k":"name","id":"sys"},"attr":"version_info"},"ops":[">="],"comparators":[{"k":"tuple","elts":[{"k":"num","value":3},{"k":"num","value":11}]}]}';
    const platform = '{"k":"compare","left":{"k":"attr","value":{"k":"name","id":"sys"},"attr":"platform"},"ops":["=="],"comparators":[{"k":"str","value":"win32"}]}';
    assert.deepEqual(guardsOf(result, 'tomllib'), [`if-then(${version})`]);
    assert.deepEqual(guardsOf(result, 'winreg'), [`if-else(${version})`, `if-then(${platform})`]);
    assert.deepEqual(guardsOf(result, 'tomli'), [`if-else(${version})`, `if-else(${platform})`]);
    assert.deepEqual(guardsOf(result, 'lazy'), ['function:handler']);
    assert.deepEqual(guardsOf(result, 'in_lambda'), ['function:<lambda>']);
  });
});

describe('scanner: what the module binds', () => {
  it('lists module-level names and a literal __all__', () => {
    const result = scan(['import os.path, sys as system', 'from a import b as c, d', 'def f(): local = 1', 'class K: attr = 1', 'x, (y, *z) = 1, (2, 3)', 'n: int = 1', 'for i in []: pass', 'with open(p) as (h, g): pass', 'if (w := 1): pass', 'try: pass', 'except E as err: pass', '__all__ = ["f", "K"]', '__all__ += ("x",)', '__all__.append("y")', '__all__.extend(["z"])'].join('\n'));
    assert.deepEqual(result.bindings, ['K', '__all__', 'c', 'd', 'err', 'f', 'g', 'h', 'i', 'n', 'os', 'system', 'w', 'x', 'y', 'z']);
    assert.deepEqual(result.all, ['f', 'K', 'x', 'y', 'z']);
    assert.deepEqual(result.openEnded, []);
  });

  it('says when the names cannot be listed in full', () => {
    const result = scan(['from os import *', 'def __getattr__(name): ...', 'exec("x = 1")', '__all__ = compute()', 'globals()["dynamic"] = 1'].join('\n'));
    assert.deepEqual(result.openEnded, ['exec()', 'from os import *', 'globals() written', 'module __getattr__']);
    assert.deepEqual(scan('globals().update(a=1)\n').openEnded, ['globals() written']);
    assert.deepEqual(scan('def f():\n    globals()["x"] = 1\n').openEnded, ['globals() written'], 'a function may run at import: counted too');
    assert.equal(result.all, undefined, 'a computed __all__ is not guessed');
  });
});

describe('scanner: skimming import-time code', () => {
  function skim(text: string, minor = 12): ScanResult {
    const result = scanSource(text, minor, { skipFunctionBodies: true });
    assert.ok(result.ok, `expected the skimmed source to parse: ${result.ok ? '' : result.error}`);
    return result;
  }
  /** What the walk takes from an installed module: import-time imports (with guards), bindings, __all__. */
  function importTime(result: ScanResult): unknown {
    return { imports: result.imports.filter((item) => !item.guards.some((guard) => guard.kind === 'function')), bindings: result.bindings, all: result.all };
  }

  const MODULE = [
    '"""Docstring: x = 1"""',
    'import os',
    '@decorator(option=[1, 2], other={"a": (3,)})',
    'def handler(request, *args, timeout: float = 1.5, **kw) -> dict[str, "int"]:',
    '    import lazy_inside',
    '    return {"a": 1}',
    'class Model(Base, metaclass=Meta):',
    '    field = Column(String(30), default="x = y")',
    '    def method(self, value=(1,',
    '                            2)):',
    '        import lazy_method',
    '    try:',
    '        import in_class_body',
    '    except ImportError:',
    '        pass',
    '    @property',
    '    @cached(key=lambda self: self.id)',
    '    async def prop(self) -> "Model":  # a comment',
    '        return self',
    '    def one_line(self): return 1',
    '    @__import__("decorator_dependency").wrap',
    '    def wrapped(self): ...',
    '    class Meta:',
    '        import in_nested_class',
    '        def nested_method(self, x=1):',
    '            pass',
    '    if TYPE_CHECKING:',
    '        def typed(self) -> int:',
    '            ...',
    'TABLE = {',
    '    "k": [1, 2, 3],  # a comment with ( and "',
    '    "v": f"{a!r:>{width}}",',
    '}',
    'a = b = compute()',
    'c, d = 1, 2',
    'e: int = 3',
    'f = lambda x=1: x',
    'g = 1; import after_semicolon',
    'h = \\',
    '    5',
    'if TYPE_CHECKING: i = 1',
    'async def coroutine(x=(yield_ := 1)): pass',
    'j = (k := 2)',
    'm = importlib.import_module("dynamic")',
    '@register',
    'class Plain: pass',
    '__all__ = ["TABLE", "Model"]',
    'import last',
  ].join('\n');

  it('keeps every import-time import, binding and __all__ a full scan finds', () => {
    for (const minor of [6, 8, 11, 12, 13]) {
      const text = minor < 8 ? MODULE.replace('(yield_ := 1)', '1').replace('(k := 2)', '2') : MODULE;
      assert.deepEqual(importTime(skim(text, minor)), importTime(scan(text, minor)), `Python 3.${minor}`);
    }
    const result = skim(MODULE);
    assert.deepEqual(result.imports.map(brief), ['import os @2:0', 'import in_class_body @13:8', 'dynamic decorator_dependency @21:15', 'import in_nested_class @24:8', 'import after_semicolon @38:7', 'dynamic dynamic @44:27', 'import last @48:0']);
    assert.ok(result.bindings.includes('k') && result.bindings.includes('yield_'), 'names bound by := inside skimmed text');
  });

  it('skips bodies by their lines, and reads them again where a bracket or a string spans a shallower line', () => {
    const cases = {
      'a bracket continued at a shallower indent': ['def f():', '    x = call(', '1, 2)', '    return x', 'import after'],
      'the same in a method': ['class A:', '    def m(self):', '        return g(', '1)', '    field = 1', 'import after'],
      'a string that looks like code': ['def f():', '    s = """', 'import fake \\""" still inside', "'''", '"""', '    return s', 'import after'],
      'escapes and quotes in comments': ['def f():', "    x = 'it\\'s'  # it's", '# a comment at column 0 with "', '    y = "#"', 'import after'],
      'a backslash continuation': ['def f():', '    x = 1 + \\', '2', '    return x', 'import after'],
      'a multi-line f-string field': ['def f():', '    return f"""{', 'value', '}"""', 'import after'],
      'a body that ends the file': ['import first', 'def f():', '    return """', 'x"""'],
    };
    for (const [name, lines] of Object.entries(cases)) {
      for (const newline of ['\n', '\r\n', '\r']) {
        const text = lines.join(newline);
        for (const minor of [8, 12]) assert.deepEqual(importTime(skim(text, minor)), importTime(scan(text, minor)), `${name}, ${JSON.stringify(newline)}, 3.${minor}`);
      }
      const last = lines.at(-1) === 'import after' ? `import after @${lines.length}:0` : 'import first @1:0';
      assert.equal(skim(lines.join('\n')).imports.map(brief).at(-1), last, name);
    }
    assert.ok(!scanSource('def f():\n    return """\nunterminated\n', 12, { skipFunctionBodies: true }).ok, 'an unterminated string is still an error');
  });

  it('skips function bodies, header parameters, decorators and assigned values', () => {
    // Each of these is a syntax error only where skimming does not read.
    assert.ok(skim('def f(x=1 1):\n    pass\n').ok);
    assert.ok(skim('@decorator(1 1)\ndef f(): pass\n').ok);
    assert.ok(skim('value = 1 1\nimport after\n').imports.length === 1);
    assert.ok(skim('def f():\n    return 1 1\n').ok);
    // A method is nothing but `pass` to the parser; a module-level function keeps its name.
    const tokens = (text: string): string => tokenize(text, 12, { skipFunctionBodies: true }).map((token) => token.value || token.type).join(' ');
    assert.equal(tokens('class A(B):\n    @property\n    def f(self, x=[1,\n            2]):\n        return x\n'), 'class A ( ) : newline indent pass newline dedent end');
    assert.equal(tokens('@decorate(1)\ndef g(a, b):\n    return a\n'), '@ _ newline def g ( ) : newline indent pass newline dedent end');
    // What it still reads.
    assert.ok(!scanSource('import 1\n', 12, { skipFunctionBodies: true }).ok);
    assert.ok(!scanSource('value 1 1\n', 12, { skipFunctionBodies: true }).ok, 'an expression statement is read');
    assert.ok(!scanSource('value = (1\n', 12, { skipFunctionBodies: true }).ok, 'an unclosed bracket is still an error');
  });

  it('reads a method whose decorator it had to read, in both ways of skimming', () => {
    const text = 'class A:\n    @__import__("dep").wrap\n    @other\n    def wrapped(self):\n        return 1\nimport os\n';
    for (const options of [{ skipFunctionBodies: true }, { skipFunctionBodies: true, importsOnly: true }]) {
      const result = scanSource(text, 12, options);
      assert.deepEqual(result.ok ? result.imports.map(brief) : result.error, ['dynamic dep @2:15', 'import os @6:0'], JSON.stringify(options));
    }
  });
});

describe('scanner: imports only', () => {
  const ONLY = { skipFunctionBodies: true, importsOnly: true };
  function only(text: string, minor = 12): ScanResult {
    const result = scanSource(text, minor, ONLY);
    assert.ok(result.ok, `expected the source to parse when read for its imports: ${result.ok ? '' : result.error}`);
    return result;
  }
  /** The imports that run at import time, as a full scan finds them. */
  function importTimeImports(result: ScanResult): ImportStatement[] {
    return result.imports.filter((item) => !item.guards.some((guard) => guard.kind === 'function'));
  }
  const tokens = (text: string): string => tokenize(text, 12, ONLY).map((token) => token.value || token.type).join(' ');

  it('keeps every import-time import a full scan finds, with its guards, and says the names were not read', () => {
    const text = [
      '"""Docstring: import not_this"""',
      'import os',
      '@decorator(option=[1, 2])',
      'def handler(request, *args, timeout: float = 1.5, **kw) -> dict[str, "int"]:',
      '    import lazy_inside',
      'TABLE = {"k": [1, 2, 3], "v": f"{a!r:>{width}}"}',
      'try:',
      '    import fast',
      'except ImportError:',
      '    fast = None',
      'if sys.version_info >= (3, 11):',
      '    import tomllib',
      'else:',
      '    x = 1',
      '    import tomli as tomllib',
      'class Model(Base):',
      '    field = Column(String(30))',
      '    def method(self): import lazy_method',
      '    import in_class_body',
      'g = 1; import after_semicolon',
      'j = (k := 2)',
      'm = importlib.import_module("dynamic")',
      'with suppress(ImportError):',
      '    import optional',
      'import last',
    ].join('\n');
    for (const minor of [6, 8, 11, 12, 13]) {
      const source = minor < 8 ? text.replace('(k := 2)', '2') : text;
      assert.deepEqual(importTimeImports(only(source, minor)), importTimeImports(scan(source, minor)), `Python 3.${minor}`);
    }
    const result = only(text);
    assert.deepEqual(result.imports.map(brief), ['import os @2:0', 'import fast @8:4', 'import tomllib @12:4', 'import tomli as tomllib @15:4', 'import in_class_body @19:4', 'import after_semicolon @20:7', 'dynamic dynamic @22:27', 'import optional @24:4', 'import last @25:0']);
    assert.deepEqual([result.bindings, result.openEnded, result.all], [[], [NAMES_NOT_READ], undefined], 'what the parser saw bound is not all the module binds');
  });

  it('reads past a run of other statements, each with its indented lines, as one pass', () => {
    assert.equal(tokens('x = 1\ny = call(\n    2)\n\n# note\ndef f(a,\n      b):\n    return a\nimport os\n'), 'pass newline import os newline end');
    assert.equal(tokens('@decorate\nclass A:\n    x = 1\n    def m(self):\n        pass\n'), 'pass newline class A : newline indent pass newline dedent end');
    // A `def` header closed at its own indentation, as black formats long ones.
    assert.equal(tokens('def f(\n    a: int,\n) -> int:\n    return a\nimport os\n'), 'pass newline import os newline end');
  });

  it('reads as usual what may hide an import, and what follows a decorator it had to read', () => {
    // `;` or a dynamic import, even in a string: read (as skipFunctionBodies reads it), and what came before is still skipped.
    assert.equal(tokens('x = 1\ny = "a; b"\nimport os\n'), 'pass newline y = None newline import os newline end');
    assert.deepEqual(only('x = 1\nDOC = r"""\nuse C(";") here\n"""\nimport os\n').imports.map(brief), ['import os @5:0']);
    // A decorator holding a trigger is read, and so are the decorators after it and the def they decorate.
    assert.equal(only('@import_module_decorator\n@other\ndef import_module(name):\n    return name\nimport os\n').imports.length, 1);
    // A closing bracket line whose statement must be read is read with the whole statement.
    assert.deepEqual(only('X = (\n    "a;",\n)\nimport os\n').imports.map(brief), ['import os @4:0']);
  });

  it('still finds a Python 2 print statement, but not every error in what it reads past', () => {
    assert.ok(!scanSource('print "hello"\n', 12, ONLY).ok);
    assert.ok(!scanSource('exec "x = 1"\n', 12, ONLY).ok);
    assert.ok(!scanSource('import 1\n', 12, ONLY).ok);
    assert.ok(!scanSource('if x\n    import y\n', 12, ONLY).ok, 'a compound header is read');
    assert.equal(only('value 1 1\nimport after\n').imports.length, 1, 'an expression statement is read past');
  });
});

describe('scanner: the whole language', () => {
  it('string prefixes, triple quotes, continuation and bracket joins', () => {
    scan(['a = Rb"x" BR"y" rB\'z\'', 'e = u"u" F"{a}" fR"{b}" Rf"{c}"', 'b = """multi', 'line""" + \'\'\'and\'\'\'', 'c = (1 +', '     2)', 'd = 1 + \\', '    2'].join('\n'));
  });

  it('f-strings with nested quotes from 3.12 on, refused before', () => {
    const nested = 'x = f"{d["key"]} and {f\'{1 + 1}\'} {y:{width}.{precision}}"\nimport after_fstring\n';
    assert.deepEqual(scan(nested, 12).imports.map((statement) => statement.module), ['after_fstring']);
    assert.match(refused(nested, 11), /invalid syntax|expected/);
  });

  it('encoding cookies and a BOM', () => {
    const latin1 = Buffer.concat([Buffer.from('# -*- coding: latin-1 -*-\nname = "'), Buffer.from([0xe9]), Buffer.from('"\nimport after_cookie\n')]);
    assert.deepEqual(scan(latin1.toString('latin1')).imports.length, 1);
    const result = scanSource(latin1, 12);
    assert.ok(result.ok && result.imports[0]!.module === 'after_cookie');
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('import with_bom\n')]);
    const bomResult = scanSource(bom, 12);
    assert.ok(bomResult.ok && bomResult.imports[0]!.module === 'with_bom');
    assert.match(refused(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('# coding: latin-1\n')])), /encoding problem: latin-1 with BOM/);
    assert.match(refused(Buffer.from('# coding: uft-8\n')), /unknown encoding: uft-8/);
    assert.match(refused(Buffer.from([0x78, 0x20, 0x3d, 0x20, 0x22, 0xf6, 0x22, 0x0a])), /codec can't decode/);
  });

  it('normalizes identifiers with NFKC, as CPython does', () => {
    assert.deepEqual(scan('import ﬁle\nfrom ｐｋｇ import ｎａｍｅ\n').imports.map(brief), ['import file @1:0', 'from pkg import name @2:0']);
  });

  it('soft keywords are names where they are not keywords', () => {
    const result = scan(['match = 1', 'case = 2', 'type = 3', 'match(x)', 'type X = int', 'match command:', '    case ["go", direction]: import go', '    case {"k": _, **rest} if rest: pass', '    case Point(x=0) | None: pass', '    case _: pass'].join('\n'));
    assert.deepEqual(result.imports.map((statement) => statement.module), ['go']);
    assert.ok(result.bindings.includes('match') && result.bindings.includes('X'));
  });

  it('refuses what CPython refuses', () => {
    assert.match(refused('print "hello"\n'), /invalid syntax/);
    assert.match(refused('a = b"x" "y"\n'), /cannot mix bytes and nonbytes literals/);
    assert.match(refused('x = 0777\n'), /leading zeros in decimal integer literals/);
    assert.match(refused('exec "code"\n'), /invalid syntax/);
    assert.match(refused('try:\n    pass\nexcept Exception, e:\n    pass\n'), /multiple exception types must be parenthesized/);
    assert.match(refused('x = `1`\n'), /invalid character/);
    assert.match(refused('a €= 1\n'), /invalid character '€' \(U\+20AC\)/);
    assert.match(refused('def f():\n\tif x:\n        pass\n'), /inconsistent use of tabs and spaces/);
    assert.match(refused('if x:\n    a\n  b\n'), /unindent does not match/);
    assert.match(refused('s = "unterminated\n'), /unterminated string literal/);
    assert.match(refused('f(\n'), /'\(' was never closed/);
    assert.match(refused('f() = 1\n'), /cannot assign to function call/);
    assert.match(refused('x = 1\0\n'), /null bytes/);
    assert.match(refused('from . import (a, b\n'), /never closed/);
    assert.match(refused('import a.\n'), /invalid syntax/);
    assert.match(refused('x = (y := 1)\n', 7), /invalid syntax/);
    assert.match(refused('async = 1\n', 7), /invalid syntax/);
    assert.ok(scanSource('async = 1\n', 6).ok, 'async was a plain name in 3.6');
  });
});
