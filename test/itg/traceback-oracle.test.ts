// The traceback parser against CPython itself: each interpreter 3.6-3.13 runs programs that die
// in different ways, prints the traceback as it always does, and writes what its traceback module
// knows of the exception (types, messages, frames, chain) as JSON. The parser must read the same.
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { missingImport } from '../../src/boot/boot-findings.ts';
import { parseTracebacks, type Traceback } from '../../src/boot/tracebacks.ts';
import { tempFolder } from '../helpers/layouts.ts';
import { pyenvInterpreters, pythonReady } from '../helpers/python.ts';

const ORACLE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../scripts/python/traceback_oracle.py');
const interpreters = await pyenvInterpreters();

/** Programs that die, each a few files and the module to run. */
const CASES: Record<string, { files: Record<string, string>; run: string; names?: { module: string; name: string } }> = {
  'a missing module imported two packages down': {
    files: {
      'app/__init__.py': '',
      'app/main.py': 'from app.middleware import auth\n',
      'app/middleware/__init__.py': '',
      'app/middleware/auth.py': '"""Auth."""\nimport os\n\nfrom app.services.monitoring import metrics\n',
      'app/services/__init__.py': '',
    },
    run: 'app.main',
  },
  'a name a package does not have': {
    files: { 'shop/__init__.py': '', 'shop/main.py': '"""Shop."""\nfrom shop import payments\n' },
    run: 'shop.main',
    names: { module: 'shop', name: 'payments' },
  },
  'a name a circular import has not bound yet (3.8+: from partially initialized module)': {
    files: { 'cycle/__init__.py': '', 'cycle/main.py': 'import cycle.a\n', 'cycle/a.py': 'from cycle.b import helper\nVALUE = 1\n', 'cycle/b.py': 'from cycle.a import VALUE\n\n\ndef helper():\n    pass\n' },
    run: 'cycle.main',
    names: { module: 'cycle.a', name: 'VALUE' },
  },
  'a custom exception with a dotted type and a message over three lines': {
    files: { 'svc/__init__.py': '', 'svc/errors.py': 'class BootError(Exception):\n    pass\n', 'svc/main.py': 'from svc.errors import BootError\n\n\ndef start():\n    raise BootError("cannot start:\\n  port 8000 is taken\\n  retry later")\n\n\nstart()\n' },
    run: 'svc.main',
  },
  'an exception raised while handling another': {
    files: { 'handling.py': 'def load(config):\n    try:\n        return config["port"]\n    except KeyError:\n        raise RuntimeError("no port: " + repr(config))\n\n\nload({})\n' },
    run: 'handling',
  },
  'an explicit cause': {
    files: { 'caused.py': 'import json\n\n\ndef parse(text):\n    try:\n        return json.loads(text)\n    except ValueError as error:\n        raise LookupError("bad settings") from error\n\n\nparse("{")\n' },
    run: 'caused',
  },
  'a context suppressed with from None': {
    files: { 'suppressed.py': 'def parse(text):\n    try:\n        return int(text)\n    except ValueError:\n        raise LookupError("not a number") from None\n\n\nparse("x")\n' },
    run: 'suppressed',
  },
  'a syntax error in an imported module': {
    files: { 'pkg/__init__.py': '', 'pkg/main.py': 'import pkg.broken\n', 'pkg/broken.py': 'x = 1\ndef f(:\n    pass\n' },
    run: 'pkg.main',
  },
  'an exception without a message, and one whose message has a colon': {
    files: { 'bare.py': 'class Stop(Exception):\n    pass\n\n\ntry:\n    raise ValueError("key: value: more")\nexcept ValueError:\n    raise Stop\n' },
    run: 'bare',
  },
};

/** Programs that die of an exception group, which CPython 3.11 and later print in a box. */
const GROUP_CASES: typeof CASES = {
  'an exception group with a chained member and a group never raised': {
    files: {
      'grouped.py': [
        'def load():',
        '    import redis',
        '',
        '',
        'def config():',
        '    try:',
        '        {}["port"]',
        '    except KeyError as error:',
        '        raise LookupError("no port") from error',
        '',
        '',
        'def start():',
        '    errors = []',
        '    for step in (load, config):',
        '        try:',
        '            step()',
        '        except Exception as error:',
        '            errors.append(error)',
        '    try:',
        '        raise ValueError("inner one")',
        '    except ValueError as error:',
        '        errors.append(ExceptionGroup("nested", [error, KeyError("never raised")]))',
        '    raise ExceptionGroup("startup failed", errors)',
        '',
        '',
        'start()',
        '',
      ].join('\n'),
    },
    run: 'grouped',
  },
  'an asyncio task group whose task cannot import, raised while handling a group': {
    files: {
      'tasks.py': [
        'import asyncio',
        '',
        '',
        'async def connect():',
        '    import redis',
        '',
        '',
        'async def main():',
        '    async with asyncio.TaskGroup() as group:',
        '        group.create_task(connect())',
        '',
        '',
        'try:',
        '    raise ExceptionGroup("first", [OSError("disk full")])',
        'except ExceptionGroup:',
        '    asyncio.run(main())',
        '',
      ].join('\n'),
    },
    run: 'tasks',
  },
};

/** What the oracle writes, and what the parser's result is compared as. */
interface Described {
  exception: string;
  message: string;
  frames: Array<{ file: string; line: number; function?: string }>;
  previous?: { relation: 'context' | 'cause'; traceback: Described };
  group?: Described[];
}

function described(traceback: Traceback): Described {
  const result: Described = { exception: traceback.exception, message: traceback.message, frames: traceback.frames };
  if (traceback.previous) result.previous = { relation: traceback.previous.relation, traceback: described(traceback.previous.traceback) };
  if (traceback.group) result.group = traceback.group.map(described);
  return result;
}

describe('traceback parser agrees with CPython', { concurrency: 2 }, () => {
  for (const minor of [6, 7, 8, 9, 10, 11, 12, 13]) {
    const cases = minor >= 11 ? { ...CASES, ...GROUP_CASES } : CASES;
    it(`CPython 3.${minor}: ${Object.keys(cases).length} programs that die`, async (t) => {
      if (!pythonReady(t, interpreters, [minor])) return;
      const interpreter = interpreters.find((candidate) => candidate.minor === minor)!;
      await using tmp = await tempFolder();
      let frames = 0;
      for (const [name, program] of Object.entries(cases)) {
        const folder = path.join(tmp.dir, name.replace(/\W+/g, '-'));
        for (const [file, text] of Object.entries(program.files)) {
          await mkdir(path.dirname(path.join(folder, file)), { recursive: true });
          await writeFile(path.join(folder, file), text);
        }
        const out = path.join(folder, 'oracle.json');
        const run = await execa(interpreter.executable, [ORACLE, folder, program.run, out], { reject: false, env: { PYTHONDONTWRITEBYTECODE: '1' } });
        assert.notEqual(run.exitCode, 0, `${name} dies`);
        const expected = JSON.parse(await readFile(out, 'utf8')) as Described;
        const log = `[2026-11-29 10:00:00 +0000] [7] [INFO] Booting worker with pid: 7\n${run.stderr}\n[2026-11-29 10:00:01 +0000] [1] [INFO] Shutting down: Master\n`;
        const parsed = parseTracebacks(log);
        assert.equal(parsed.length, 1, `${name}: one traceback chain in\n${run.stderr}`);
        assert.deepEqual(described(parsed[0]!), expected, `${name} on CPython ${interpreter.version}:\n${run.stderr}`);
        assert.equal(parsed[0]!.logLine, 2, 'the chain starts on the log line after the first record');
        // What the boot reads the failure as: 3.6 does not name the module (`cannot import name 'x'`).
        if (program.names) assert.deepEqual(missingImport(parsed[0]!), minor >= 7 ? program.names : undefined, `${name} on CPython ${interpreter.version}: ${parsed[0]!.message}`);
        frames += expected.frames.length;
      }
      console.log(`  CPython ${interpreter.version}: ${Object.keys(cases).length} tracebacks (${frames} frames) read as the traceback module describes them`);
    });
  }
});
