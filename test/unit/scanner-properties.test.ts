import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { glob } from 'glob';
import { scanSource, scanWork } from '../../src/python/scanner.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Real Python files that ship with the project: the example service and the test fixtures. */
async function realSources(): Promise<Buffer[]> {
  const files = await glob(['examples/**/*.py', 'test/fixtures/**/*.py', 'scripts/**/*.py'], { cwd: ROOT, absolute: true });
  return Promise.all(files.sort().map((file) => readFile(file)));
}

function assertScanned(result: ReturnType<typeof scanSource>): void {
  if (result.ok) assert.ok(Array.isArray(result.imports));
  else assert.equal(typeof result.error, 'string');
}

describe('scanner properties', () => {
  it('never throws on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), fc.integer({ min: 6, max: 15 }), (bytes, minor) => assertScanned(scanSource(bytes, minor))),
      { numRuns: 2000 },
    );
  });

  it('never throws on random text built from Python tokens', () => {
    const piece = fc.constantFrom('import ', 'from ', ' . ', 'x', 'as', '(', ')', '[', ']', '{', '}', ':', '\n', '    ', '\t', '"', "'", '"""', 'f"{', '}"', '\\', '#', 'try:', 'except', ' if ', 'else', 'def f():', 'match', 'case', '*', '**', ',', ';', '=', ':=', 'lambda', 'yield', 'async ', 'await ', '0', '1_0', '0x', 'é', '\r\n', 't"{', 'rt\'', '!r', 'lazy ', 'lazy import ', 'except* ', 'class C:');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 200 }), fc.integer({ min: 6, max: 15 }), (pieces, minor) => assertScanned(scanSource(pieces.join(''), minor))),
      { numRuns: 3000 },
    );
  });

  it('never throws on mutated real files', async () => {
    const sources = await realSources();
    assert.ok(sources.length >= 5, `found ${sources.length} real Python files`);
    fc.assert(
      fc.property(fc.nat({ max: sources.length - 1 }), fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 }), fc.constantFrom('set', 'insert', 'delete')), { minLength: 1, maxLength: 12 }), (which, edits) => {
        let bytes = Buffer.from(sources[which]!);
        for (const [where, value, edit] of edits) {
          const at = Math.floor(where * bytes.length);
          if (edit === 'set' && bytes.length > 0) bytes[Math.min(at, bytes.length - 1)] = value;
          else if (edit === 'insert') bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from([value]), bytes.subarray(at)]);
          else bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + 1)]);
        }
        assertScanned(scanSource(bytes, 12));
      }),
      { numRuns: 1500 },
    );
  });

  it('does work linear in the size of the file: look-ahead never re-reads more than it read', async () => {
    const sources = (await realSources()).map((source) => source.toString('utf8'));
    const nested = 'with (' + '('.repeat(150) + 'a' + ')'.repeat(150) + ' as b, c):\n    pass\n';
    for (const text of [...sources, nested, 'match x:\n    case 1: pass\n'.repeat(200), sources.join('\n').repeat(5)]) {
      const result = scanSource(text, 12);
      if (!result.ok) continue;
      const { tokens, rewound } = scanWork(text, 12);
      assert.ok(rewound <= tokens, `re-parsed ${rewound} tokens of ${tokens}`);
    }
    // The grammar of 3.15: lazy imports, t-strings, unpacking comprehensions and dict displays nested in each other.
    const newest = 'lazy import a\nlazy from b import (c, d)\nx = t"{y!r:{z}}"\ntry:\n    pass\nexcept E, F:\n    pass\n'.repeat(200) + 'x = ' + '{**a for a in '.repeat(60) + 'b' + '}'.repeat(60) + '\ny = ' + '{**'.repeat(60) + 'b' + '}'.repeat(60) + '\n';
    const result = scanSource(newest, 15);
    assert.ok(result.ok, result.ok ? '' : result.error);
    const { tokens, rewound } = scanWork(newest, 15);
    assert.ok(rewound <= tokens, `re-parsed ${rewound} tokens of ${tokens}`);
  });
});
