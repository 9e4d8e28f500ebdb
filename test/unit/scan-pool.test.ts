import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ContentStore, isPacked, type StoredContent } from '../../src/image/content-store.ts';
import { type ScanOutcome, ScanPool } from '../../src/python/scan-pool.ts';
import { decodeScan, encodeScan } from '../../src/python/scan-wire.ts';
import { scanSource } from '../../src/python/scanner.ts';

const SOURCES = [
  'import os\nimport a.b as c, d\n',
  'from . import x\nfrom ..pkg import (y as z, w)\nfrom m import *\n',
  'try:\n    import fast\nexcept (ImportError, AttributeError):\n    fast = None\n',
  'if sys.version_info >= (3, 11):\n    import tomllib\nelse:\n    import tomli as tomllib\n',
  'import importlib\nm = importlib.import_module(".sub", "pkg")\n__all__ = ["m"]\n',
  'def f():\n    import lazy\nclass A:\n    import in_class\n',
  'print "python 2"\n',
  '',
  'lazy import a.b as c\nlazy from .d import (e as f, g)\nif x:\n    lazy import h\nimport i\n',
];

describe('scan results on the wire', () => {
  it('come back as the scan that was sent, failures and all', () => {
    for (const source of SOURCES) {
      for (const options of [{}, { skipFunctionBodies: true }, { skipFunctionBodies: true, importsOnly: true }]) {
        const scan = scanSource(source, 15, options);
        assert.deepEqual(decodeScan(encodeScan(scan)), scan, `${JSON.stringify(source)} ${JSON.stringify(options)}`);
      }
    }
  });

  it('take less than half the text of the scan as JSON, for an installed module', () => {
    const scan = scanSource(Array.from({ length: 200 }, (_, index) => `from package.module_${index} import name_${index}, other_${index}\n`).join(''), 12, { skipFunctionBodies: true, importsOnly: true });
    assert.ok(encodeScan(scan).length * 2 < JSON.stringify(scan).length, `${encodeScan(scan).length} vs ${JSON.stringify(scan).length}`);
  });
});

describe('ScanPool', () => {
  it('scans a file the caller needs now, or the newest waiting, on its own thread, and the rest on the worker', async () => {
    const pool = new ScanPool({ size: 1, threshold: 0 });
    try {
      const files = Array.from({ length: 400 }, (_, index) => [`/pkg/mod_${index}.py`, Buffer.from(SOURCES[index % SOURCES.length]!)] as const);
      const outcomes = new Map<string, ScanOutcome | Error>();
      const allIn = Promise.withResolvers<void>();
      const contents = new Map<string, Buffer>(files);
      for (const [path] of files) {
        pool.scan(path, (key) => contents.get(key), 15, { skipFunctionBodies: true }, (key, outcome) => {
          assert.ok(!outcomes.has(key), `${key} told twice`);
          outcomes.set(key, outcome);
          if (outcomes.size === files.length) allIn.resolve();
        });
      }
      // The last one waits behind the rest: scanned here, at once; then the newest still waiting.
      pool.expedite(files.at(-1)![0]);
      assert.equal(pool.scanNewestHere(), true);
      await allIn.promise;
      const results = files.map(([path]) => outcomes.get(path));
      assert.ok(results.every((result) => result !== undefined && !(result instanceof Error)), 'every file was scanned');
      // A scan the caller needs now comes decoded; any other (the worker's, the newest taken here) encoded, for the caller to decode when it reads it.
      const decoded = results.map((result) => (typeof result === 'string' ? decodeScan(result) : result));
      for (const [index, [, bytes]] of files.entries()) assert.deepEqual(decoded[index], scanSource(bytes, 15, { skipFunctionBodies: true }), files[index]![0]);
      assert.deepEqual(results.flatMap((result, index) => (typeof result === 'string' ? [] : [index])), [files.length - 1], 'only the file needed now comes decoded');
      assert.equal(pool.scannedOnWorkers, files.length - 2, 'all but the two files scanned here were scanned on the worker');
      pool.expedite('/pkg/mod_0.py');
      assert.equal(pool.scanNewestHere(), false, 'nothing waits any more');
      assert.equal(pool.scannedOnWorkers, files.length - 2, 'a file already scanned is not scanned again');
    } finally {
      await pool.close();
    }
  });

  it('scans contents packed in compressed blocks, on the worker and on this thread, as the source itself', async () => {
    const pool = new ScanPool({ size: 1, threshold: 0 });
    const store = new ContentStore({ memoryBudget: 0, compressedBudget: 1 << 30 });
    try {
      const files = Array.from({ length: 300 }, (_, index): [string, Buffer] => [`/pkg/mod_${index}.py`, Buffer.from(SOURCES[index % SOURCES.length]!.repeat(40) + `value_${index} = ${index}\n`)]);
      const stored = new Map<string, StoredContent>(files.map(([path, bytes]) => [path, store.put(bytes)]));
      // Packed in blocks, most of them sealed (compressed), the last one still open.
      const blocks = files.map(([path]) => stored.get(path)!).map((content) => (isPacked(content) ? content.block : undefined));
      assert.ok(blocks.every((block) => block !== undefined), 'all packed');
      assert.ok(blocks.filter((block) => block.packed !== undefined).length > 200 && blocks.at(-1)!.raw !== undefined, 'sealed blocks and an open one');
      const outcomes = new Map<string, ScanOutcome | Error>();
      const allIn = Promise.withResolvers<void>();
      for (const [path] of files) {
        pool.scan(path, (key) => stored.get(key), 15, {}, (key, outcome) => {
          outcomes.set(key, outcome);
          if (outcomes.size === files.length) allIn.resolve();
        });
      }
      pool.expedite(files.at(-1)![0]);
      await allIn.promise;
      assert.ok(pool.scannedOnWorkers > 0, 'the worker scanned some');
      for (const [path, bytes] of files) {
        const outcome = outcomes.get(path);
        assert.ok(outcome !== undefined && !(outcome instanceof Error), path);
        assert.deepEqual(typeof outcome === 'string' ? decodeScan(outcome) : outcome, scanSource(bytes, 15, {}), path);
      }
    } finally {
      store.close();
      await pool.close();
    }
  });

  it('tells why a file could not be read, whether a worker or this thread read it', async () => {
    const pool = new ScanPool({ size: 1, threshold: 0 });
    try {
      const told = new Map<string, ScanOutcome | Error>();
      const allIn = Promise.withResolvers<void>();
      const done = (key: string, outcome: ScanOutcome | Error): void => {
        told.set(key, outcome);
        if (told.size === 3) allIn.resolve();
      };
      // A range of a descriptor that is not open: the worker's read fails.
      pool.scan('/bad/range.py', () => ({ fd: 1 << 20, offset: 0, length: 10 }), 12, {}, done);
      pool.scan('/bad/loader.py', () => {
        throw new Error('the image is closed');
      }, 12, {}, done);
      pool.scan('/good.py', () => Buffer.from('import os\n'), 12, {}, done);
      // The failing loader runs here, when the caller needs its file now.
      pool.expedite('/bad/loader.py');
      await allIn.promise;
      const [range, loader] = [told.get('/bad/range.py'), told.get('/bad/loader.py')];
      assert.ok(range instanceof Error && loader instanceof Error, 'both are errors');
      assert.match(range.message, /EBADF/);
      assert.match(loader.message, /the image is closed/);
      assert.equal(typeof told.get('/good.py'), 'string');
    } finally {
      await pool.close();
    }
  });
});
