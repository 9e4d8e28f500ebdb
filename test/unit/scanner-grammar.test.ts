// The grammar of Python 3.14 (t-strings, `except A, B:`) and 3.15 (lazy imports, unpacking in
// comprehensions, `case +1:`), case by case, in each version and the one before it; the same
// table is checked against the real interpreters in test/itg/grammar-cases.test.ts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanSource } from '../../src/python/scanner.ts';
import { GRAMMAR_CASES, scannerVerdict, verdictFor } from '../helpers/grammar-cases.ts';
import { scannerRows } from '../helpers/python.ts';

describe('scanner: the grammar of Python 3.14 and 3.15', () => {
  for (const grammarCase of GRAMMAR_CASES) {
    it(`3.${grammarCase.minor}: ${grammarCase.name}`, () => {
      for (const minor of [grammarCase.minor - 1, grammarCase.minor, 15]) {
        const expected = verdictFor(grammarCase, minor)!;
        assert.deepEqual(scannerVerdict(scanSource(grammarCase.source, minor)), expected, `Python 3.${minor}`);
        if (!('imports' in expected)) continue;
        // Reading only what runs on import keeps every import of these module-level cases, lazy or not.
        for (const options of [{ skipFunctionBodies: true }, { skipFunctionBodies: true, importsOnly: true }]) {
          const skimmed = scanSource(grammarCase.source, minor, options);
          assert.ok(skimmed.ok, `Python 3.${minor}, ${JSON.stringify(options)}`);
          assert.deepEqual(scannerRows(skimmed), expected.imports, `Python 3.${minor}, ${JSON.stringify(options)}`);
        }
      }
    });
  }

  it('marks only explicit lazy imports, and keeps their guards', () => {
    const result = scanSource('import a\nif TYPE_CHECKING:\n    lazy from b import c\nlazy import d\n', 15);
    assert.ok(result.ok);
    assert.deepEqual(
      result.imports.map((statement) => [statement.module, statement.lazy, statement.guards.map((guard) => guard.kind)]),
      [['a', undefined, []], ['b', true, ['if']], ['d', true, []]],
    );
  });

  it('an import under `try` guarded by `except A, B:` is caught by both, as with parentheses', () => {
    for (const handler of ['except ValueError, ImportError:', 'except (ValueError, ImportError):']) {
      const result = scanSource(`try:\n    import a\n${handler}\n    a = None\n`, 14);
      assert.ok(result.ok, handler);
      assert.deepEqual(result.imports[0]!.guards, [{ kind: 'try', catches: ['ValueError', 'ImportError'], handlers: [{ catches: ['ValueError', 'ImportError'], exits: false }] }], handler);
    }
  });

  it('a t-string is no text: a guard on one is not read as a string', () => {
    const result = scanSource('if t"":\n    import a\n', 14);
    assert.ok(result.ok);
    assert.deepEqual(result.imports[0]!.guards, [{ kind: 'if', test: { k: 'other', what: 't-string' }, branch: 'then' }]);
  });
});
