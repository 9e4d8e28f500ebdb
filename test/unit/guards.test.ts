import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type GuardContext, type GuardVerdict, judgeGuards } from '../../src/python/guards.ts';
import { scanSource } from '../../src/python/scanner.ts';

const LINUX_312: GuardContext = { minor: 12, platform: 'linux', moduleName: 'app.main' };

/** Scans real Python source and judges the guards of the (only) import of `module` in it. */
function judge(lines: readonly string[], module: string, context: Partial<GuardContext> = {}): GuardVerdict {
  const full = { ...LINUX_312, ...context };
  const result = scanSource(`${lines.join('\n')}\n`, full.minor);
  assert.ok(result.ok, `expected the source to parse: ${result.ok ? '' : result.error}`);
  const statements = result.imports.filter((statement) => statement.module === module);
  assert.equal(statements.length, 1, `expected one import of ${module}`);
  return judgeGuards(statements[0]!.guards, full);
}

/** The verdict for `import target` under `if <test>:` (then) and `else:` (else). */
function branches(test: string, context: Partial<GuardContext> = {}): { then: GuardVerdict; else: GuardVerdict } {
  const lines = ['import sys, os', `if ${test}:`, '    import then_module', 'else:', '    import else_module'];
  return { then: judge(lines, 'then_module', context), else: judge(lines, 'else_module', context) };
}

const ALWAYS: GuardVerdict = { runs: 'always', caught: false };

function dead(describe: string): GuardVerdict {
  return { runs: 'never', never: 'dead-branch', caught: false, describe };
}

function conditionally(describe: string): GuardVerdict {
  return { runs: 'conditionally', caught: false, describe };
}

describe('judgeGuards: TYPE_CHECKING', () => {
  it('never runs the then branch of `if TYPE_CHECKING:`, always runs its else branch', () => {
    const lines = ['from typing import TYPE_CHECKING', 'if TYPE_CHECKING:', '    import only_for_types', 'else:', '    import at_runtime'];
    assert.deepEqual(judge(lines, 'only_for_types'), { runs: 'never', never: 'type-checking', caught: false, describe: 'if TYPE_CHECKING' });
    assert.deepEqual(judge(lines, 'at_runtime'), ALWAYS);
  });

  it('reads `typing.TYPE_CHECKING` the same way', () => {
    const lines = ['import typing', 'if typing.TYPE_CHECKING:', '    from pandas import DataFrame', 'else:', '    import json'];
    assert.deepEqual(judge(lines, 'pandas'), { runs: 'never', never: 'type-checking', caught: false, describe: 'if typing.TYPE_CHECKING' });
    assert.deepEqual(judge(lines, 'json'), ALWAYS);
  });

  it('runs the body of `if not TYPE_CHECKING:` and treats its else branch as dead', () => {
    const lines = ['from typing import TYPE_CHECKING', 'if not TYPE_CHECKING:', '    import runtime_only', 'else:', '    import types_only'];
    assert.deepEqual(judge(lines, 'runtime_only'), ALWAYS);
    assert.deepEqual(judge(lines, 'types_only'), dead('else of if not TYPE_CHECKING'));
  });

  it('lets TYPE_CHECKING win over an enclosing handler or function', () => {
    const lines = ['def load():', '    try:', '        if TYPE_CHECKING:', '            import stubs', '    except ImportError:', '        pass'];
    assert.deepEqual(judge(lines, 'stubs'), { runs: 'never', never: 'type-checking', caught: false, describe: 'if TYPE_CHECKING' });
  });
});

describe('judgeGuards: sys.version_info', () => {
  it('compares the whole tuple with a shorter tuple as CPython does', () => {
    assert.deepEqual(branches('sys.version_info >= (3, 11)'), { then: ALWAYS, else: dead('else of if sys.version_info >= (3, 11)') });
    assert.deepEqual(branches('sys.version_info >= (3, 11)', { minor: 10 }), { then: dead('if sys.version_info >= (3, 11)'), else: ALWAYS });
    assert.deepEqual(branches('sys.version_info < (3, 12)'), { then: dead('if sys.version_info < (3, 12)'), else: ALWAYS });
    assert.deepEqual(branches('sys.version_info < (3, 12)', { minor: 11 }), { then: ALWAYS, else: dead('else of if sys.version_info < (3, 12)') });
    assert.deepEqual(branches('sys.version_info >= (3,)').then, ALWAYS);
  });

  it('knows that (3, 12, micro, level, serial) is longer than (3, 12): greater, not equal', () => {
    // On 3.12.x, `sys.version_info > (3, 12)` is True and `== (3, 12)` and `<= (3, 12)` are False.
    assert.deepEqual(branches('sys.version_info > (3, 12)').then, ALWAYS);
    assert.deepEqual(branches('sys.version_info == (3, 12)').then, dead('if sys.version_info == (3, 12)'));
    assert.deepEqual(branches('sys.version_info <= (3, 12)').then, dead('if sys.version_info <= (3, 12)'));
    assert.deepEqual(branches('sys.version_info != (3, 12)').then, ALWAYS);
  });

  it('leaves comparisons that depend on the micro version undecided', () => {
    assert.deepEqual(branches('sys.version_info >= (3, 12, 1)'), { then: conditionally('if sys.version_info >= (3, 12, 1)'), else: conditionally('else of if sys.version_info >= (3, 12, 1)') });
    assert.deepEqual(branches('sys.version_info[:3] >= (3, 12, 1)').then, conditionally('if sys.version_info[...] >= (3, 12, 1)'));
    assert.deepEqual(branches('sys.version_info[2] >= 1').then, conditionally('if sys.version_info[...] >= 1'));
    // ...but a micro version cannot turn a different minor version around.
    assert.deepEqual(branches('sys.version_info >= (3, 13, 0)').then, dead('if sys.version_info >= (3, 13, 0)'));
    assert.deepEqual(branches('sys.version_info < (3, 11, 4)').then, dead('if sys.version_info < (3, 11, 4)'));
  });

  it('reads indexes and slices', () => {
    assert.deepEqual(branches('sys.version_info[0] == 2'), { then: dead('if sys.version_info[...] == 2'), else: ALWAYS });
    assert.deepEqual(branches('sys.version_info[0] >= 3').then, ALWAYS);
    assert.deepEqual(branches('sys.version_info[1] >= 13').then, dead('if sys.version_info[...] >= 13'));
    assert.deepEqual(branches('sys.version_info[1] >= 13', { minor: 13 }).then, ALWAYS);
    assert.deepEqual(branches('sys.version_info[:2] == (3, 12)').then, ALWAYS);
    assert.deepEqual(branches('sys.version_info[:2] <= (3, 12)').then, ALWAYS);
    assert.deepEqual(branches('sys.version_info[:2] == (3, 12)', { minor: 13 }).then, dead('if sys.version_info[...] == (3, 12)'));
    assert.deepEqual(branches('sys.version_info[0:2] < (3, 9)').then, dead('if sys.version_info[...] < (3, 9)'));
    assert.deepEqual(branches('sys.version_info[:2] in ((3, 11), (3, 12))').then, ALWAYS);
    assert.deepEqual(branches('sys.version_info[:2] in ((3, 10), (3, 11))').then, dead('if sys.version_info[...] in ((3, 10), (3, 11))'));
  });

  it('reads .major and .minor', () => {
    assert.deepEqual(branches('sys.version_info.major == 3 and sys.version_info.minor >= 11').then, ALWAYS);
    assert.deepEqual(branches('sys.version_info.major == 3 and sys.version_info.minor >= 11', { minor: 10 }).then, dead('if sys.version_info.major == 3 and sys.version_info.minor >= 11'));
    assert.deepEqual(branches('sys.version_info.major < 3').then, dead('if sys.version_info.major < 3'));
    assert.deepEqual(branches('sys.version_info.micro >= 4').then, conditionally('if sys.version_info.micro >= 4'));
  });

  it('reads six.PY2 and PY3', () => {
    assert.deepEqual(branches('six.PY2'), { then: dead('if six.PY2'), else: ALWAYS });
    assert.deepEqual(branches('PY3'), { then: ALWAYS, else: dead('else of if PY3') });
  });

  it('follows elif chains: every earlier test is false in a later branch', () => {
    const lines = ['import sys', 'if sys.version_info >= (3, 11):', '    import tomllib', 'elif sys.platform == "linux":', '    import tomli', 'else:', '    import toml'];
    assert.deepEqual(judge(lines, 'tomllib'), ALWAYS);
    assert.deepEqual(judge(lines, 'tomli'), dead('else of if sys.version_info >= (3, 11)'));
    assert.deepEqual(judge(lines, 'tomli', { minor: 10 }), ALWAYS);
    assert.deepEqual(judge(lines, 'toml', { minor: 10 }), dead('else of if sys.platform == "linux"'));
  });
});

describe('judgeGuards: sys.platform and os.name', () => {
  it('compares sys.platform with ==, != and in', () => {
    assert.deepEqual(branches('sys.platform == "linux"'), { then: ALWAYS, else: dead('else of if sys.platform == "linux"') });
    assert.deepEqual(branches('sys.platform == "win32"'), { then: dead('if sys.platform == "win32"'), else: ALWAYS });
    assert.deepEqual(branches('sys.platform == "win32"', { platform: 'win32' }).then, ALWAYS);
    assert.deepEqual(branches('sys.platform != "win32"').then, ALWAYS);
    assert.deepEqual(branches('sys.platform in ("linux", "darwin")').then, ALWAYS);
    assert.deepEqual(branches('sys.platform in ("win32", "cygwin")').then, dead('if sys.platform in ("win32", "cygwin")'));
    assert.deepEqual(branches('sys.platform not in ("win32", "cygwin")').then, ALWAYS);
    assert.deepEqual(branches('"win" in sys.platform').then, dead('if "win" in sys.platform'));
    assert.deepEqual(branches('"win" in sys.platform', { platform: 'darwin' }).then, ALWAYS);
  });

  it('evaluates sys.platform.startswith with a string or a tuple', () => {
    assert.deepEqual(branches('sys.platform.startswith("linux")').then, ALWAYS);
    assert.deepEqual(branches('sys.platform.startswith("win")'), { then: dead('if sys.platform.startswith(...)'), else: ALWAYS });
    assert.deepEqual(branches('sys.platform.startswith(("win", "cygwin"))').then, dead('if sys.platform.startswith(...)'));
    assert.deepEqual(branches('sys.platform.startswith(("freebsd", "linux"))').then, ALWAYS);
    assert.deepEqual(branches('sys.platform.startswith(prefix)').then, conditionally('if sys.platform.startswith(...)'));
  });

  it("takes os.name as 'posix'", () => {
    assert.deepEqual(branches('os.name == "nt"'), { then: dead('if os.name == "nt"'), else: ALWAYS });
    assert.deepEqual(branches('os.name == "posix"').then, ALWAYS);
  });
});

describe('judgeGuards: __name__', () => {
  it('runs the `if __name__ == "__main__":` block of a script, not of an imported module', () => {
    const lines = ['if __name__ == "__main__":', '    import cli_tools'];
    assert.deepEqual(judge(lines, 'cli_tools', { moduleName: '__main__' }), ALWAYS);
    assert.deepEqual(judge(lines, 'cli_tools', { moduleName: 'app.cli' }), dead('if __name__ == "__main__"'));
    assert.deepEqual(judge(["if __name__ != '__main__':", '    import as_module'], 'as_module', { moduleName: 'app.cli' }), ALWAYS);
  });
});

describe('judgeGuards: and, or, not with unknown operands', () => {
  it('decides by a known operand that settles the result, in either position', () => {
    assert.deepEqual(branches('sys.platform == "win32" and settings.DEBUG').then, dead('if sys.platform == "win32" and settings.DEBUG'));
    assert.deepEqual(branches('settings.DEBUG and sys.platform == "win32"').then, dead('if settings.DEBUG and sys.platform == "win32"'));
    assert.deepEqual(branches('settings.DEBUG or sys.platform == "linux"').then, ALWAYS);
    assert.deepEqual(branches('sys.version_info >= (3, 8) or settings.DEBUG').then, ALWAYS);
    assert.deepEqual(branches('settings.DEBUG or sys.platform == "linux"').else, dead('else of if settings.DEBUG or sys.platform == "linux"'));
  });

  it('stays undecided when the known operands do not settle it', () => {
    assert.deepEqual(branches('settings.DEBUG and sys.platform == "linux"').then, conditionally('if settings.DEBUG and sys.platform == "linux"'));
    assert.deepEqual(branches('settings.DEBUG or sys.platform == "win32"').then, conditionally('if settings.DEBUG or sys.platform == "win32"'));
    assert.deepEqual(branches('not settings.DEBUG'), { then: conditionally('if not settings.DEBUG'), else: conditionally('else of if not settings.DEBUG') });
  });

  it('negates known values with not', () => {
    assert.deepEqual(branches('not (sys.platform == "win32")').then, ALWAYS);
    assert.deepEqual(branches('not sys.platform.startswith("linux")').then, dead('if not sys.platform.startswith(...)'));
    assert.deepEqual(branches('sys.platform == "linux" and not sys.version_info < (3, 9)').then, ALWAYS);
  });
});

describe('judgeGuards: unknown conditions and functions', () => {
  it("makes an unknown condition 'conditionally', described by the outermost unknown test", () => {
    assert.deepEqual(judge(['import os', 'if os.environ.get("SENTRY_DSN"):', '    import sentry_sdk'], 'sentry_sdk'), conditionally('if os.environ.get(...)'));
    assert.deepEqual(judge(['if FEATURE:', '    if OTHER:', '        import deep'], 'deep'), conditionally('if FEATURE'));
    assert.deepEqual(judge(['if sys.platform == "linux":', '    if FEATURE:', '        import mixed'], 'mixed'), conditionally('if FEATURE'));
  });

  it("makes an import inside a function, method or lambda 'when-called'", () => {
    assert.deepEqual(judge(['def load():', '    import heavy'], 'heavy'), { runs: 'when-called', caught: false, describe: 'inside load()' });
    assert.deepEqual(judge(['class Service:', '    def start(self):', '        import worker'], 'worker'), { runs: 'when-called', caught: false, describe: 'inside start()' });
    assert.deepEqual(judge(['def outer():', '    def inner():', '        import nested'], 'nested'), { runs: 'when-called', caught: false, describe: 'inside outer()' });
    assert.deepEqual(judge(['loader = lambda: __import__("lazy")'], 'lazy'), { runs: 'when-called', caught: false, describe: 'inside <lambda>()' });
    assert.deepEqual(judge(['if FEATURE:', '    def load():', '        import both'], 'both'), { runs: 'when-called', caught: false, describe: 'inside load()' });
  });

  it('runs a class body at import time', () => {
    assert.deepEqual(judge(['class Config:', '    import settings_module'], 'settings_module'), ALWAYS);
  });

  it('still finds a dead branch inside a function', () => {
    assert.deepEqual(judge(['def load():', '    if sys.platform == "win32":', '        import winreg'], 'winreg'), dead('if sys.platform == "win32"'));
  });
});

describe('judgeGuards: handlers', () => {
  function underTry(handler: string, extra: Partial<GuardContext> = {}): GuardVerdict {
    return judge(['try:', '    import optional', `${handler}:`, '    optional = None'], 'optional', extra);
  }

  it('catches with ImportError, ModuleNotFoundError, Exception, BaseException and a bare except', () => {
    assert.deepEqual(underTry('except ImportError'), { runs: 'always', caught: true, describe: 'try/except ImportError' });
    assert.deepEqual(underTry('except ModuleNotFoundError as error'), { runs: 'always', caught: true, describe: 'try/except ModuleNotFoundError' });
    assert.deepEqual(underTry('except Exception'), { runs: 'always', caught: true, describe: 'try/except Exception' });
    assert.deepEqual(underTry('except BaseException'), { runs: 'always', caught: true, describe: 'try/except BaseException' });
    assert.deepEqual(underTry('except'), { runs: 'always', caught: true, describe: 'try/except (bare)' });
    assert.deepEqual(underTry('except builtins.ImportError'), { runs: 'always', caught: true, describe: 'try/except ImportError' });
    assert.deepEqual(underTry('except* ImportError'), { runs: 'always', caught: true, describe: 'try/except ImportError' });
  });

  it('catches with a tuple that holds one of them', () => {
    assert.deepEqual(underTry('except (ValueError, ImportError)'), { runs: 'always', caught: true, describe: 'try/except ValueError, ImportError' });
    assert.deepEqual(judge(['try:', '    import optional', 'except ValueError:', '    pass', 'except ModuleNotFoundError:', '    pass'], 'optional'), { runs: 'always', caught: true, describe: 'try/except ValueError, ModuleNotFoundError' });
  });

  it('does not catch with unrelated exceptions or try/finally; a handler body runs only when its try body raised', () => {
    assert.deepEqual(underTry('except ValueError'), ALWAYS);
    assert.deepEqual(underTry('except (KeyError, AttributeError)'), ALWAYS);
    assert.deepEqual(judge(['try:', '    import optional', 'finally:', '    pass'], 'optional'), ALWAYS);
    assert.deepEqual(judge(['try:', '    import ujson as json', 'except ImportError:', '    import json'], 'json'), { runs: 'conditionally', caught: false, describe: 'in except ImportError handler' });
    assert.deepEqual(judge(['try:', '    set', 'except NameError:', '    from sets import Set as set'], 'sets'), { runs: 'conditionally', caught: false, describe: 'in except NameError handler' });
    assert.deepEqual(judge(['try:', '    pass', 'except ImportError:', '    pass', 'else:', '    import in_else'], 'in_else'), ALWAYS);
  });

  it('catches through an outer handler when the inner one does not match', () => {
    assert.deepEqual(judge(['try:', '    try:', '        import inner', '    except ValueError:', '        pass', 'except ImportError:', '    pass'], 'inner'), { runs: 'always', caught: true, describe: 'try/except ImportError' });
  });

  it('keeps the function and the condition in runs while the handler describes the guard', () => {
    assert.deepEqual(judge(['def load():', '    try:', '        import heavy', '    except ImportError:', '        heavy = None'], 'heavy'), { runs: 'when-called', caught: true, describe: 'try/except ImportError' });
    assert.deepEqual(judge(['if FEATURE:', '    try:', '        import extra', '    except ImportError:', '        pass'], 'extra'), { runs: 'conditionally', caught: true, describe: 'try/except ImportError' });
  });

  it('catches with contextlib.suppress(ImportError), also imported by name', () => {
    assert.deepEqual(judge(['import contextlib', 'with contextlib.suppress(ImportError):', '    import optional'], 'optional'), { runs: 'always', caught: true, describe: 'contextlib.suppress(ImportError)' });
    assert.deepEqual(judge(['from contextlib import suppress', 'with suppress(ValueError, ModuleNotFoundError):', '    import optional'], 'optional'), { runs: 'always', caught: true, describe: 'contextlib.suppress(ValueError, ModuleNotFoundError)' });
    assert.deepEqual(judge(['import contextlib', 'with contextlib.suppress(KeyError):', '    import optional'], 'optional'), ALWAYS);
  });
});

describe('judgeGuards: a handler that ends the program is no fallback', () => {
  const under = (...handler: string[]): GuardVerdict => judge(['import sys, os', 'try:', '    import optional', ...handler], 'optional');

  it('takes `except ImportError:` ending in sys.exit(), exit(), os._exit() or raise as not catching the failure (s3cmd prints a banner and exits)', () => {
    assert.deepEqual(under('except ImportError as e:', '    print("install it")', '    sys.exit(1)'), ALWAYS);
    assert.deepEqual(under('except ImportError:', '    exit(2)'), ALWAYS);
    assert.deepEqual(under('except ImportError: os._exit(3)'), ALWAYS);
    assert.deepEqual(under('except ImportError as e:', '    raise RuntimeError("needs optional") from e'), ALWAYS);
    assert.deepEqual(under('except (ImportError, OSError):', '    raise'), ALWAYS);
  });

  it('still counts a handler that may go on as catching it: an exit under a condition, in the middle, or after another handler takes ImportError', () => {
    const caught = (describe: string): GuardVerdict => ({ runs: 'always', caught: true, describe });
    assert.deepEqual(under('except ImportError:', '    if os.environ.get("STRICT"):', '        sys.exit(1)'), caught('try/except ImportError'));
    assert.deepEqual(under('except ImportError:', '    sys.exit(1) if False else None', '    optional = None'), caught('try/except ImportError'));
    assert.deepEqual(under('except Exception:', '    optional = None', 'except ImportError:', '    sys.exit(1)'), caught('try/except Exception, ImportError'));
    assert.deepEqual(under('except ImportError:', '    optional = None'), caught('try/except ImportError'));
  });
});
