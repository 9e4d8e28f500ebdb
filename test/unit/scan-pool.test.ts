import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ScanPool } from '../../src/python/scan-pool.ts';
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
];

describe('scan results on the wire', () => {
  it('come back as the scan that was sent, failures and all', () => {
    for (const source of SOURCES) {
      for (const options of [{}, { skipFunctionBodies: true }, { skipFunctionBodies: true, importsOnly: true }]) {
        const scan = scanSource(source, 12, options);
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
      const scans = files.map(([path, bytes]) => pool.scan(path, () => bytes, 12, { skipFunctionBodies: true }));
      // The last one waits behind the rest: scanned here, at once; then the newest still waiting.
      pool.expedite(files.at(-1)![0]);
      assert.equal(pool.scanNewestHere(), true);
      const results = await Promise.all(scans);
      // A scan the caller needs now comes decoded; any other (the worker's, the newest taken here) encoded, for the caller to decode when it reads it.
      const decoded = results.map((result) => (typeof result === 'string' ? decodeScan(result) : result));
      for (const [index, [, bytes]] of files.entries()) assert.deepEqual(decoded[index], scanSource(bytes, 12, { skipFunctionBodies: true }), files[index]![0]);
      assert.deepEqual(results.flatMap((result, index) => (typeof result === 'string' ? [] : [index])), [files.length - 1], 'only the file needed now comes decoded');
      assert.equal(pool.scannedOnWorkers, files.length - 2, 'all but the two files scanned here were scanned on the worker');
      pool.expedite('/pkg/mod_0.py');
      assert.equal(pool.scanNewestHere(), false, 'nothing waits any more');
      assert.equal(pool.scannedOnWorkers, files.length - 2, 'a file already scanned is not scanned again');
    } finally {
      await pool.close();
    }
  });
});
