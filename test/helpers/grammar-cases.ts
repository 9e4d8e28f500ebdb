// The grammar CPython 3.14 and 3.15 added, case by case: what the scanner must say of each
// snippet, which is what the real interpreters say (test/itg/grammar-cases.test.ts runs every
// case through them, so these expectations are theirs, not made up).
import type { ScanFailure, ScanResult } from '../../src/python/syntax.ts';
import { type ImportRow, type OracleResult, scannerRows } from './python.ts';

/** CPython's verdict on a file: the imports `ast` finds (rows as the ast oracle writes them), or its SyntaxError. */
export type Verdict = { imports: ImportRow[] } | { error: string; line: number };

export interface GrammarCase {
  name: string;
  source: string;
  /** The first minor version whose grammar this is. */
  minor: 14 | 15;
  /** The verdict of Python 3.`minor`. */
  expect: Verdict;
  /** The verdict of the version before it. */
  before: Verdict;
}

const NOT_BEFORE_314 = { error: 'invalid syntax', line: 1 };

export const GRAMMAR_CASES: GrammarCase[] = [
  // PEP 750: template strings.
  {
    name: 't-string with a conversion, a nested format spec and a self-documenting field',
    source: 'x = t"hi {a!r:>{w}} {b=} {c=!s:{d}.{e}}"\nimport m\n',
    minor: 14,
    expect: { imports: [['import', 'm', 0, [], 2]] },
    before: NOT_BEFORE_314,
  },
  {
    name: 'every t-string prefix, in any case and order',
    source: 'x = T"a" t"b" tr"c" rt"d" Rt"e" tR"f" RT\'g\' TR"{h}"\nimport m\n',
    minor: 14,
    expect: { imports: [['import', 'm', 0, [], 2]] },
    before: NOT_BEFORE_314,
  },
  {
    name: 'triple-quoted t-string over lines, holding an f-string with the same quotes',
    source: 'x = t"""a {f"{b!r}"}\n{c:{d}}\n"""\nimport m\n',
    minor: 14,
    expect: { imports: [['import', 'm', 0, [], 4]] },
    before: NOT_BEFORE_314,
  },
  {
    name: 'an f-string holding a t-string',
    source: "x = f\"{t'{a}'!r}\"\nimport m\n",
    minor: 14,
    expect: { imports: [['import', 'm', 0, [], 2]] },
    before: { error: "f-string: expecting '=', or '!', or ':', or '}'", line: 1 },
  },
  {
    name: 't-strings concatenated with t-strings',
    source: 'x = t"{a}" \\\n    t"b" rt"\\{c}"\nimport m\n',
    minor: 14,
    expect: { imports: [['import', 'm', 0, [], 3]] },
    before: { error: 'invalid syntax', line: 1 },
  },
  { name: 'a t-string then a string', source: 'x = t"a" "b"\n', minor: 14, expect: { error: 'cannot mix t-string literals with string or bytes literals', line: 1 }, before: NOT_BEFORE_314 },
  { name: 'a string then a t-string', source: 'x = "a" t"b"\n', minor: 14, expect: { error: 'cannot mix t-string literals with string or bytes literals', line: 1 }, before: NOT_BEFORE_314 },
  { name: 'a t-string then an f-string', source: 'x = t"a" f"{b}"\n', minor: 14, expect: { error: 'cannot mix t-string literals with string or bytes literals', line: 1 }, before: NOT_BEFORE_314 },
  { name: 'bytes then a t-string', source: 'x = b"a" t"b"\n', minor: 14, expect: { error: 'cannot mix t-string literals with string or bytes literals', line: 1 }, before: NOT_BEFORE_314 },
  { name: 'the b and t prefixes together', source: 'x = bt"a"\n', minor: 14, expect: { error: "'b' and 't' prefixes are incompatible", line: 1 }, before: NOT_BEFORE_314 },
  { name: 'the f and t prefixes together', source: 'x = Ft"a"\n', minor: 14, expect: { error: "'f' and 't' prefixes are incompatible", line: 1 }, before: NOT_BEFORE_314 },
  { name: 'the u and t prefixes together', source: 'x = tu"a"\n', minor: 14, expect: { error: "'u' and 't' prefixes are incompatible", line: 1 }, before: NOT_BEFORE_314 },
  { name: 'a t-string field with no expression', source: 'x = t"{}"\n', minor: 14, expect: { error: "t-string: valid expression required before '}'", line: 1 }, before: NOT_BEFORE_314 },
  {
    name: 'a t-string field with an unknown conversion',
    source: 'x = t"{a!x}"\n',
    minor: 14,
    expect: { error: "t-string: invalid conversion character 'x': expected 's', 'r', or 'a'", line: 1 },
    before: NOT_BEFORE_314,
  },
  // PEP 758: several exception types without parentheses, unless bound with `as`.
  {
    name: 'except with two types and no parentheses',
    source: 'try:\n    import m\nexcept ImportError, AttributeError:\n    import n\n',
    minor: 14,
    expect: { imports: [['import', 'm', 0, [], 2], ['import', 'n', 0, [], 4]] },
    before: { error: 'multiple exception types must be parenthesized', line: 3 },
  },
  {
    name: 'except* with three types and a trailing comma',
    source: 'try:\n    import m\nexcept* ValueError, TypeError, KeyError,:\n    pass\n',
    minor: 14,
    expect: { imports: [['import', 'm', 0, [], 2]] },
    before: { error: 'multiple exception types must be parenthesized', line: 3 },
  },
  {
    name: 'except with two types bound with as',
    source: 'try:\n    pass\nexcept ImportError, AttributeError as error:\n    pass\n',
    minor: 14,
    expect: { error: "multiple exception types must be parenthesized when using 'as'", line: 3 },
    before: { error: 'multiple exception types must be parenthesized', line: 3 },
  },
  // PEP 765: only a SyntaxWarning.
  {
    name: 'return, break and continue in finally',
    source: 'def f():\n    try:\n        pass\n    finally:\n        return 1\nfor x in y:\n    try:\n        pass\n    finally:\n        break\nimport m\n',
    minor: 14,
    expect: { imports: [['import', 'm', 0, [], 11]] },
    before: { imports: [['import', 'm', 0, [], 11]] },
  },

  // PEP 810: explicit lazy imports.
  {
    name: 'every form of lazy import',
    source: 'lazy import a.b\nlazy import c as d, e\nlazy from f import g, h as i\nlazy from .j import (k,)\nlazy from .. import l\nimport m\nlazy \\\n  import n\n',
    minor: 15,
    expect: {
      imports: [
        ['import', 'a.b', 0, [], 1, true],
        ['import', 'c', 0, [], 2, true],
        ['import', 'e', 0, [], 2, true],
        ['from', 'f', 0, ['g', 'h'], 3, true],
        ['from', 'j', 1, ['k'], 4, true],
        ['from', '', 2, ['l'], 5, true],
        ['import', 'm', 0, [], 6],
        ['import', 'n', 0, [], 7, true],
      ],
    },
    before: NOT_BEFORE_314,
  },
  {
    name: 'lazy imports in blocks of the module that are not try: if, with, for, while, match',
    source: 'if x:\n    lazy import a\nwith y:\n    lazy from b import c\nfor z in w:\n    lazy import d\nwhile v:\n    lazy import e\nmatch u:\n    case 1:\n        lazy import f\nif x: lazy import g\n',
    minor: 15,
    expect: {
      imports: [
        ['import', 'a', 0, [], 2, true],
        ['from', 'b', 0, ['c'], 4, true],
        ['import', 'd', 0, [], 6, true],
        ['import', 'e', 0, [], 8, true],
        ['import', 'f', 0, [], 11, true],
        ['import', 'g', 0, [], 12, true],
      ],
    },
    before: { error: 'invalid syntax', line: 2 },
  },
  {
    name: 'lazy as an ordinary name',
    source: 'lazy = 1\nlazy(x)\nlazy.attr\nlazy [x]\nlazy: int = 2\ndef lazy(): pass\nclass lazy: pass\nimport lazy\nfrom lazy import lazy\nx = [lazy for lazy in y]\n',
    minor: 15,
    expect: { imports: [['import', 'lazy', 0, [], 8], ['from', 'lazy', 0, ['lazy'], 9]] },
    before: { imports: [['import', 'lazy', 0, [], 8], ['from', 'lazy', 0, ['lazy'], 9]] },
  },
  { name: 'lazy before a parenthesized name', source: '(lazy) import a\n', minor: 15, expect: { error: 'invalid syntax', line: 1 }, before: { error: 'invalid syntax', line: 1 } },
  { name: 'lazy import in a function', source: 'def f():\n    lazy import a\n', minor: 15, expect: { error: 'lazy import not allowed inside functions', line: 2 }, before: { error: 'invalid syntax', line: 2 } },
  { name: 'lazy import in an async function', source: 'async def f():\n    async with x:\n        lazy import a\n', minor: 15, expect: { error: 'lazy import not allowed inside functions', line: 3 }, before: { error: 'invalid syntax', line: 3 } },
  { name: 'lazy from in a class', source: 'class C:\n    if x:\n        lazy from a import b\n', minor: 15, expect: { error: 'lazy from ... import not allowed inside classes', line: 3 }, before: { error: 'invalid syntax', line: 3 } },
  { name: 'lazy import in a one-line class', source: 'class C: lazy import a\n', minor: 15, expect: { error: 'lazy import not allowed inside classes', line: 1 }, before: { error: 'invalid syntax', line: 1 } },
  {
    name: 'lazy import in the body of a try',
    source: 'try:\n    lazy import a\nexcept ImportError:\n    pass\n',
    minor: 15,
    expect: { error: 'lazy import not allowed inside try/except blocks', line: 2 },
    before: { error: 'invalid syntax', line: 2 },
  },
  {
    name: 'lazy import in an except handler',
    source: 'try:\n    pass\nexcept* ImportError:\n    lazy import a\n',
    minor: 15,
    expect: { error: 'lazy import not allowed inside try/except blocks', line: 4 },
    before: { error: 'invalid syntax', line: 4 },
  },
  {
    name: 'lazy import in the else of a try',
    source: 'try:\n    pass\nexcept E:\n    pass\nelse:\n    lazy import a\n',
    minor: 15,
    expect: { error: 'lazy import not allowed inside try/except blocks', line: 6 },
    before: { error: 'invalid syntax', line: 6 },
  },
  {
    name: 'lazy from in a finally, under an if and a with',
    source: 'try:\n    pass\nfinally:\n    if x:\n        with y:\n            lazy from a import b\n',
    minor: 15,
    expect: { error: 'lazy from ... import not allowed inside try/except blocks', line: 6 },
    before: { error: 'invalid syntax', line: 6 },
  },
  {
    name: 'lazy import in a try in a function: the try is named',
    source: 'def f():\n    try:\n        lazy import a\n    finally:\n        pass\n',
    minor: 15,
    expect: { error: 'lazy import not allowed inside try/except blocks', line: 3 },
    before: { error: 'invalid syntax', line: 3 },
  },
  {
    name: 'lazy import in a function in a try: the function is named',
    source: 'try:\n    def f():\n        lazy import a\nfinally:\n    pass\n',
    minor: 15,
    expect: { error: 'lazy import not allowed inside functions', line: 3 },
    before: { error: 'invalid syntax', line: 3 },
  },
  {
    name: 'a lazy import after a try, at module level',
    source: 'try:\n    import a\nexcept ImportError:\n    a = None\nlazy import b\n',
    minor: 15,
    expect: { imports: [['import', 'a', 0, [], 2], ['import', 'b', 0, [], 5, true]] },
    before: { error: 'invalid syntax', line: 5 },
  },
  { name: 'lazy star import', source: 'lazy from a import *\n', minor: 15, expect: { error: 'lazy from ... import * is not allowed', line: 1 }, before: NOT_BEFORE_314 },
  { name: 'lazy relative star import in a function', source: 'def f():\n    lazy from . import *\n', minor: 15, expect: { error: 'lazy from ... import not allowed inside functions', line: 2 }, before: { error: 'invalid syntax', line: 2 } },
  { name: 'lazy future import', source: 'lazy from __future__ import annotations\n', minor: 15, expect: { error: 'lazy from __future__ import is not allowed', line: 1 }, before: NOT_BEFORE_314 },
  {
    name: 'a misplaced lazy import is found only once the file parses',
    source: 'def f():\n    lazy import a\nx = 1 +\n',
    minor: 15,
    expect: { error: 'invalid syntax', line: 3 },
    before: { error: 'invalid syntax', line: 2 },
  },
  // PEP 798: unpacking in comprehensions.
  {
    name: 'unpacking in list, set, dict and generator comprehensions',
    source: 'a = [*x for x in y]\nb = {*x for x in y}\nc = (*x for x in y)\nd = {**x for x in y}\ne = {**x if z else w for x in y}\nf(*x for x in y)\nimport m\n',
    minor: 15,
    expect: { imports: [['import', 'm', 0, [], 7]] },
    before: { error: 'iterable unpacking cannot be used in comprehension', line: 1 },
  },
  {
    name: 'unpacking any expression in a generator or a dict comprehension',
    source: 'x = (*a or b for a in c)\ny = {**a if b else c for a in d}\nz = (*(a or b) for a in c)\nimport m\n',
    minor: 15,
    expect: { imports: [['import', 'm', 0, [], 4]] },
    before: { error: 'iterable unpacking cannot be used in comprehension', line: 1 },
  },
  { name: 'unpacking more than a bitwise or in a tuple', source: 'x = (*a or b, c)\n', minor: 15, expect: { error: 'invalid syntax', line: 1 }, before: { error: 'invalid syntax', line: 1 } },
  { name: 'dict unpacking in a dict comprehension', source: 'd = {**x for x in y}\n', minor: 15, expect: { imports: [] }, before: { error: 'dict unpacking cannot be used in dict comprehension', line: 1 } },
  { name: 'unpacking in an unparenthesized generator among arguments', source: 'f(a, *x for x in y)\n', minor: 15, expect: { error: 'Generator expression must be parenthesized', line: 1 }, before: { error: 'Generator expression must be parenthesized', line: 1 } },
  // Numbers with a unary plus in patterns.
  {
    name: 'unary plus in literal patterns',
    source: 'match x:\n    case +1 | -2 | +1.5 + 2j:\n        pass\n    case {+1: y}:\n        pass\nimport m\n',
    minor: 15,
    expect: { imports: [['import', 'm', 0, [], 6]] },
    before: { error: 'invalid syntax', line: 2 },
  },
];

/** The scanner's verdict on a source, as a Verdict (its message without the line it appends). */
export function scannerVerdict(result: ScanResult | ScanFailure): Verdict {
  if (result.ok) return { imports: scannerRows(result) };
  return { error: result.error.replace(/ \(line \d+\)$/, ''), line: result.line ?? 0 };
}

/** The interpreter's verdict, from the ast oracle's answer. */
export function oracleVerdict(result: OracleResult): Verdict {
  if (result.ok) return { imports: result.imports ?? [] };
  return { error: result.message ?? result.error ?? '', line: result.line ?? 0 };
}

/** What Python 3.`minor` must say of a case, or undefined for a version the case does not speak of. */
export function verdictFor(grammarCase: GrammarCase, minor: number): Verdict | undefined {
  if (minor === grammarCase.minor - 1) return grammarCase.before;
  return minor >= grammarCase.minor ? grammarCase.expect : undefined;
}
