import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applicationFrame, parseTracebacks } from '../../src/boot/tracebacks.ts';

const GUNICORN_LOG = [
  '[2026-11-29 10:00:00 +0000] [1] [INFO] Starting gunicorn 22.0.0',
  '[2026-11-29 10:00:00 +0000] [8] [ERROR] Exception in worker process',
  'Traceback (most recent call last):',
  '  File "/usr/lib/python3/dist-packages/gunicorn/arbiter.py", line 609, in spawn_worker',
  '    worker.init_process()',
  '  File "/srv/netra_backend/app/main.py", line 3, in <module>',
  '    from netra_backend.app.middleware import gcp_auth_context_middleware',
  '  File "/srv/netra_backend/app/middleware/gcp_auth_context_middleware.py", line 23, in <module>',
  '    from netra_backend.app.services.monitoring import metrics',
  '  File "<frozen importlib._bootstrap>", line 1176, in _find_and_load',
  "ModuleNotFoundError: No module named 'netra_backend.app.services.monitoring'",
  '[2026-11-29 10:00:00 +0000] [8] [INFO] Worker exiting (pid: 8)',
  '[2026-11-29 10:00:01 +0000] [1] [ERROR] Reason: Worker failed to boot.',
].join('\n');

describe('tracebacks in container logs', () => {
  it("reads a gunicorn worker's boot failure between log records, and finds the application's innermost frame", () => {
    const [traceback, ...rest] = parseTracebacks(GUNICORN_LOG);
    assert.deepEqual(rest, []);
    assert.equal(traceback!.exception, 'ModuleNotFoundError');
    assert.equal(traceback!.message, "No module named 'netra_backend.app.services.monitoring'");
    assert.equal(traceback!.logLine, 3);
    assert.equal(traceback!.frames.length, 4);
    const own = applicationFrame(traceback!, (file) => file.startsWith('/srv/'));
    assert.deepEqual(own, { file: '/srv/netra_backend/app/middleware/gcp_auth_context_middleware.py', line: 23, function: '<module>' });
    assert.equal(applicationFrame(traceback!, () => false), undefined);
  });

  it('reads tracebacks inside JSON log lines, in exc_info, stack_trace and nested error.stack fields', () => {
    const inner = 'Traceback (most recent call last):\n  File "/app/jobs.py", line 9, in run\n    import boto3\nModuleNotFoundError: No module named \'boto3\'';
    const log = [
      JSON.stringify({ level: 'info', message: 'starting' }),
      JSON.stringify({ level: 'error', message: 'job failed', exc_info: inner }),
      `2026-11-29T10:00:00Z ${JSON.stringify({ severity: 'ERROR', stack_trace: inner.replace('boto3', 'redis').replace('boto3', 'redis') })}`,
      JSON.stringify({ error: { stack: inner.replace(/boto3/g, 'celery') } }),
      '{"not": "closed"',
    ].join('\n');
    assert.deepEqual(
      parseTracebacks(log).map((traceback) => [traceback.logLine, traceback.message, traceback.frames[0]!.line]),
      [
        [2, "No module named 'boto3'", 9],
        [3, "No module named 'redis'", 9],
        [4, "No module named 'celery'", 9],
      ],
    );
  });

  it('keeps the chain: the exception being handled when another was raised', () => {
    const log = [
      'Traceback (most recent call last):',
      '  File "/app/settings.py", line 4, in load',
      '    return config["port"]',
      "KeyError: 'port'",
      '',
      'During handling of the above exception, another exception occurred:',
      '',
      'Traceback (most recent call last):',
      '  File "/app/settings.py", line 6, in load',
      '    raise RuntimeError("no port")',
      'RuntimeError: no port',
    ].join('\n');
    const [traceback] = parseTracebacks(log);
    assert.equal(traceback!.exception, 'RuntimeError');
    assert.equal(traceback!.previous?.relation, 'context');
    assert.equal(traceback!.previous?.traceback.message, "'port'");
    assert.equal(traceback!.logLine, 1);
  });

  it("reads a traceback whose first line carries a log record's prefix, as uvicorn logs a failed startup", () => {
    const log = [
      'INFO:     Waiting for application startup.',
      'ERROR:    Traceback (most recent call last):',
      '  File "/usr/lib/python3/dist-packages/starlette/routing.py", line 656, in startup',
      '    handler()',
      '  File "/srv/service.py", line 7, in connect',
      '    raise ConnectionError("database at db:5432 refused the connection")',
      'ConnectionError: database at db:5432 refused the connection',
      '',
      'ERROR:    Application startup failed. Exiting.',
    ].join('\n');
    const [traceback, ...rest] = parseTracebacks(log);
    assert.deepEqual(rest, []);
    assert.deepEqual([traceback!.exception, traceback!.message, traceback!.logLine, traceback!.frames.at(-1)], ['ConnectionError', 'database at db:5432 refused the connection', 2, { file: '/srv/service.py', line: 7, function: 'connect' }]);
    // A prefix ends in `:` or `]` and white space, as log records' do: prose that mentions a traceback is not one.
    assert.deepEqual(parseTracebacks('see the Traceback (most recent call last):\nnothing\n'), []);
  });

  it('reads nothing from text that only looks like a traceback', () => {
    assert.deepEqual(parseTracebacks('Traceback (most recent call last):\nnothing else\n'), []);
    assert.deepEqual(parseTracebacks('INFO all good\n'), []);
  });
});
