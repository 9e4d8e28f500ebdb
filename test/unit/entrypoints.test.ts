import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { emptyConfig, type ImageConfig } from '../../src/image/config.ts';
import type { ImageFs } from '../../src/image/image-fs.ts';
import { deriveEntryPlan, type EntryPlan, type EntryPoint, parseEntryLines } from '../../src/python/entrypoints.ts';
import type { Launcher } from '../../src/python/environment.ts';
import { fsFromLayers } from '../helpers/image.ts';
import type { WriteEntry } from '../helpers/tar-writer.ts';

const PATH = 'PATH=/usr/local/bin:/usr/bin:/bin';

/** A Debian-style python3.11 and the console scripts of the usual servers, each with a `#!/usr/bin/python3` line. */
const BASE: WriteEntry[] = [
  { name: 'usr/bin/python3.11', content: 'ELF', mode: 0o755 },
  { name: 'usr/bin/python3', type: 'symlink', linkName: 'python3.11' },
  { name: 'usr/bin/python', type: 'symlink', linkName: 'python3.11' },
  { name: 'usr/lib/python3.11/os.py', content: '' },
  ...['gunicorn', 'uvicorn', 'hypercorn', 'daphne', 'celery', 'flask', 'django-admin'].map((name) => consoleScript(name)),
  { name: 'app/', type: 'dir' },
];

function consoleScript(name: string, shebang = '#!/usr/bin/python3'): WriteEntry {
  return { name: `usr/local/bin/${name}`, content: `${shebang}\nimport sys\nfrom ${name.replace('-', '_')}.cli import main\nsys.exit(main())\n`, mode: 0o755 };
}

function shellScript(name: string, text: string, shebang = '#!/bin/sh'): WriteEntry {
  return { name, content: `${shebang}\n${text}`, mode: 0o755 };
}

async function image(...files: WriteEntry[]): Promise<ImageFs> {
  return fsFromLayers([BASE, files]);
}

function config(overrides: Partial<ImageConfig> = {}): ImageConfig {
  return { ...emptyConfig(), env: [PATH], workingDir: '/app', ...overrides };
}

function plan(fs: ImageFs, imageConfig: ImageConfig): EntryPlan {
  const result = deriveEntryPlan(fs, imageConfig);
  if ('error' in result) assert.fail(`expected a plan, got: ${result.error}`);
  return result;
}

interface Expected {
  command: string[];
  interpreter?: string;
  launcher: Launcher;
  entries: EntryPoint[];
  notes?: string[];
  /** The working directory and environment the command sees, when they differ from the image's. */
  workingDir?: string;
  env?: string[];
}

/** Compares the whole plan: command, interpreter, launcher, the command's configuration, entries and notes. */
function assertPlan(fs: ImageFs, imageConfig: ImageConfig, expected: Expected): void {
  const whole: EntryPlan = {
    command: expected.command,
    launcher: expected.launcher,
    config: { ...imageConfig, workingDir: expected.workingDir ?? imageConfig.workingDir, env: expected.env ?? imageConfig.env },
    entries: expected.entries,
    notes: expected.notes ?? [],
  };
  if (expected.interpreter !== undefined) whole.interpreter = expected.interpreter;
  assert.deepEqual(plan(fs, imageConfig), whole);
}

const PY = '/usr/bin/python3';

function script(name: string): EntryPoint {
  return { role: 'script', module: '__main__', file: `/usr/local/bin/${name}`, how: `console script /usr/local/bin/${name}` };
}

function server(name: string, prepend: string[]): Launcher {
  return { kind: 'server', script: `/usr/local/bin/${name}`, prepend };
}

function app(module: string, attr: string | undefined, how: string): EntryPoint {
  return attr === undefined ? { role: 'app', module, how } : { role: 'app', module, attr, how };
}

function gunicornApp(module: string, attr = 'application'): EntryPoint {
  return app(module, attr, 'gunicorn app argument');
}

function worker(module: string, attr: string, name: string): EntryPoint {
  return { role: 'worker-class', module, attr, how: `gunicorn worker class ${name}` };
}

const SYNC = worker('gunicorn.workers.sync', 'SyncWorker', 'sync');

const MANAGE_PY = "#!/usr/bin/env python\nimport os\nimport sys\n\nif __name__ == '__main__':\n    os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'proj.settings')\n    from django.core.management import execute_from_command_line\n    execute_from_command_line(sys.argv)\n";

describe('deriveEntryPlan: forms of the command', () => {
  it('reads an exec-form CMD that runs a console script', async () => {
    const fs = await image();
    const imageConfig = config({ cmd: ['gunicorn', 'proj.wsgi:application', '-b', '0.0.0.0:8000'] });
    assertPlan(fs, imageConfig, {
      command: ['gunicorn', 'proj.wsgi:application', '-b', '0.0.0.0:8000'],
      interpreter: PY,
      launcher: server('gunicorn', ['/app']),
      entries: [script('gunicorn'), gunicornApp('proj.wsgi'), SYNC],
    });
  });

  it('joins ENTRYPOINT and CMD', async () => {
    const fs = await image();
    const imageConfig = config({ entrypoint: ['gunicorn'], cmd: ['proj.wsgi'] });
    assertPlan(fs, imageConfig, { command: ['gunicorn', 'proj.wsgi'], interpreter: PY, launcher: server('gunicorn', ['/app']), entries: [script('gunicorn'), gunicornApp('proj.wsgi'), SYNC] });
  });

  it('reads the shell form, ["/bin/sh", "-c", "..."]', async () => {
    const fs = await image();
    const imageConfig = config({ cmd: ['/bin/sh', '-c', 'gunicorn --workers 2 proj.wsgi:app'] });
    assertPlan(fs, imageConfig, { command: ['gunicorn', '--workers', '2', 'proj.wsgi:app'], interpreter: PY, launcher: server('gunicorn', ['/app']), entries: [script('gunicorn'), gunicornApp('proj.wsgi', 'app'), SYNC] });
  });

  it('follows cd in sh -c: the server starts in, and puts on sys.path, the new folder', async () => {
    const fs = await image();
    const imageConfig = config({ cmd: ['sh', '-c', 'cd /srv/site && exec gunicorn site.wsgi'] });
    assertPlan(fs, imageConfig, { command: ['gunicorn', 'site.wsgi'], interpreter: PY, launcher: server('gunicorn', ['/srv/site']), entries: [script('gunicorn'), gunicornApp('site.wsgi'), SYNC], workingDir: '/srv/site' });
  });

  it('resolves a relative cd against the working directory, and cd alone goes to HOME', async () => {
    const fs = await image();
    const relative = config({ cmd: ['sh', '-c', 'cd src; python3 -m service'] });
    assertPlan(fs, relative, { command: ['python3', '-m', 'service'], interpreter: PY, launcher: { kind: 'module', cwd: '/app/src' }, entries: [{ role: 'module', module: 'service', how: 'python -m service' }], workingDir: '/app/src' });
    const home = config({ env: [PATH, 'HOME=/home/app'], cmd: ['bash', '-c', 'cd && python3 -m service'] });
    assertPlan(fs, home, { command: ['python3', '-m', 'service'], interpreter: PY, launcher: { kind: 'module', cwd: '/home/app' }, entries: [{ role: 'module', module: 'service', how: 'python -m service' }], workingDir: '/home/app' });
  });

  it('carries export VAR=... to later commands of the shell', async () => {
    const fs = await image();
    const imageConfig = config({ cmd: ['sh', '-c', 'export FLASK_APP=hello.py DEBUG=1 && exec flask run --host 0.0.0.0'] });
    assertPlan(fs, imageConfig, {
      command: ['flask', 'run', '--host', '0.0.0.0'],
      interpreter: PY,
      launcher: server('flask', ['/app']),
      entries: [script('flask'), app('hello', undefined, 'FLASK_APP')],
      env: [PATH, 'FLASK_APP=hello.py', 'DEBUG=1'],
    });
  });

  it('gives VAR=x cmd to that command only', async () => {
    const fs = await image();
    const imageConfig = config({ cmd: ['sh', '-c', 'FLASK_APP=hello flask routes; exec flask run'] });
    const result = plan(fs, imageConfig);
    // The last command runs without FLASK_APP: no app, no default file in /app.
    assert.deepEqual(result.command, ['flask', 'run']);
    assert.deepEqual(result.entries, [script('flask'), app('hello', undefined, 'FLASK_APP')]);
    assert.deepEqual(result.config.env, [PATH]);
  });

  it('applies a bare VAR=x assignment to the later commands of the shell', async () => {
    const fs = await image();
    const imageConfig = config({ cmd: ['sh', '-c', 'CELERY_APP=proj.tasks; exec celery worker'] });
    assertPlan(fs, imageConfig, {
      command: ['celery', 'worker'],
      interpreter: PY,
      launcher: server('celery', ['/app']),
      entries: [script('celery'), { role: 'module', module: 'proj.tasks', how: 'celery -A' }],
      env: [PATH, 'CELERY_APP=proj.tasks'],
    });
  });

  it('takes exec and nohup off the command', async () => {
    const fs = await image();
    const imageConfig = config({ cmd: ['exec', 'nohup', 'python3', '-m', 'service'] });
    assertPlan(fs, imageConfig, { command: ['python3', '-m', 'service'], interpreter: PY, launcher: { kind: 'module', cwd: '/app' }, entries: [{ role: 'module', module: 'service', how: 'python -m service' }] });
  });

  for (const wrapper of [['tini', '--'], ['/usr/bin/tini'], ['/sbin/tini', '-s', '--'], ['tini', '-g', '-p', 'SIGTERM', '-e', '143', '--'], ['tini-static', '-s'], ['dumb-init', '--'], ['/usr/bin/dumb-init', '--single-child'], ['dumb-init', '-r', '15:2', '--rewrite', '2:15'], ['catatonit', '--']]) {
    it(`takes the init wrapper ${JSON.stringify(wrapper)} off the command`, async () => {
      const fs = await image();
      const imageConfig = config({ entrypoint: wrapper, cmd: ['gunicorn', '-k', 'gevent', 'proj.wsgi'] });
      assertPlan(fs, imageConfig, {
        command: ['gunicorn', '-k', 'gevent', 'proj.wsgi'],
        interpreter: PY,
        launcher: server('gunicorn', ['/app']),
        entries: [script('gunicorn'), gunicornApp('proj.wsgi'), worker('gunicorn.workers.ggevent', 'GeventWorker', 'gevent')],
      });
    });
  }

  it('applies env A=B to the command it runs', async () => {
    const fs = await image();
    const imageConfig = config({ env: [PATH, 'DJANGO_SETTINGS_MODULE=proj.settings.base'], cmd: ['env', 'DJANGO_SETTINGS_MODULE=proj.settings.prod', 'LANG=C', 'django-admin', 'check'] });
    assertPlan(fs, imageConfig, {
      command: ['django-admin', 'check'],
      interpreter: PY,
      launcher: server('django-admin', ['/app']),
      entries: [script('django-admin'), { role: 'django-settings', module: 'proj.settings.prod', how: 'DJANGO_SETTINGS_MODULE' }],
      env: [PATH, 'DJANGO_SETTINGS_MODULE=proj.settings.prod', 'LANG=C'],
    });
  });

  it('applies env -u and env -i', async () => {
    const fs = await image();
    const unset = config({ env: [PATH, 'CELERY_APP=proj'], cmd: ['env', '-u', 'CELERY_APP', 'celery', 'worker'] });
    assertPlan(fs, unset, { command: ['celery', 'worker'], interpreter: PY, launcher: server('celery', ['/app']), entries: [script('celery')], notes: ['celery is started without -A/--app'], env: [PATH] });
    // Without PATH, the default search path still finds /usr/local/bin/celery.
    const ignore = config({ env: [PATH, 'CELERY_APP=proj'], cmd: ['env', '-i', 'CELERY_APP=other', 'celery', 'worker'] });
    assertPlan(fs, ignore, { command: ['celery', 'worker'], interpreter: PY, launcher: server('celery', ['/app']), entries: [script('celery'), { role: 'module', module: 'other', how: 'celery -A' }], env: ['CELERY_APP=other'] });
  });

  it('does not let env -u in one command of a shell change the others', async () => {
    const fs = await image();
    const imageConfig = config({ env: [PATH, 'CELERY_APP=proj'], cmd: ['sh', '-c', 'env -u CELERY_APP python3 -c pass; exec celery worker'] });
    const result = plan(fs, imageConfig);
    assert.deepEqual(result.entries.at(-1), { role: 'module', module: 'proj', how: 'celery -A' });
    assert.deepEqual(result.config.env, [PATH, 'CELERY_APP=proj']);
  });

  for (const wrapper of [['gosu', 'app'], ['su-exec', '1000:1000'], ['/usr/local/bin/gosu', 'www-data']]) {
    it(`takes ${wrapper[0]!} and its user off the command`, async () => {
      const fs = await image();
      const imageConfig = config({ entrypoint: wrapper, cmd: ['uvicorn', 'main:app'] });
      assertPlan(fs, imageConfig, { command: ['uvicorn', 'main:app'], interpreter: PY, launcher: server('uvicorn', ['/app']), entries: [script('uvicorn'), app('main', 'app', 'uvicorn app argument')] });
    });
  }

  it('runs an entrypoint shell script and hands it CMD as "$@"', async () => {
    const fs = await image(
      shellScript('docker-entrypoint.sh', 'set -e\n# migrate first\npython3 manage.py migrate --noinput\nexec "$@"\n'),
      { name: 'app/manage.py', content: MANAGE_PY },
    );
    const imageConfig = config({ entrypoint: ['/docker-entrypoint.sh'], cmd: ['gunicorn', 'proj.wsgi:application', '--bind', '0.0.0.0:8000'] });
    assertPlan(fs, imageConfig, {
      command: ['gunicorn', 'proj.wsgi:application', '--bind', '0.0.0.0:8000'],
      interpreter: PY,
      launcher: server('gunicorn', ['/app']),
      entries: [
        { role: 'script', module: '__main__', file: '/app/manage.py', how: 'python manage.py' },
        { role: 'django-settings', module: 'proj.settings', how: 'Django settings of manage.py' },
        script('gunicorn'),
        gunicornApp('proj.wsgi'),
        SYNC,
      ],
    });
  });

  it('finds an entrypoint script on PATH, with a #!/usr/bin/env bash line', async () => {
    const fs = await image(
      { name: 'bin/bash', content: 'ELF', mode: 0o755 },
      shellScript('usr/local/bin/start', 'cd /srv\nexec "$@" --workers 3\n', '#!/usr/bin/env bash'),
    );
    const imageConfig = config({ entrypoint: ['start'], cmd: ['gunicorn', 'svc:app'] });
    assertPlan(fs, imageConfig, { command: ['gunicorn', 'svc:app', '--workers', '3'], interpreter: PY, launcher: server('gunicorn', ['/srv']), entries: [script('gunicorn'), gunicornApp('svc', 'app'), SYNC], workingDir: '/srv' });
  });

  it('runs `sh script args` with the args as "$@"', async () => {
    const fs = await image(shellScript('app/run.sh', 'exec python3 "$@"\n'));
    const imageConfig = config({ cmd: ['sh', '-e', 'run.sh', '-m', 'worker'] });
    assertPlan(fs, imageConfig, { command: ['python3', '-m', 'worker'], interpreter: PY, launcher: { kind: 'module', cwd: '/app' }, entries: [{ role: 'module', module: 'worker', how: 'python -m worker' }] });
  });

  it('notes a shell script it cannot read', async () => {
    const fs = await image();
    const result = deriveEntryPlan(fs, config({ cmd: ['sh', '/missing.sh'] }));
    assert.ok('error' in result);
    assert.deepEqual(result.notes, ['/missing.sh is run by a shell but could not be read from the image']);
  });

  it('expands $VAR and ${VAR:-default} from the image Env in sh -c', async () => {
    const fs = await image();
    const imageConfig = config({ env: [PATH, 'APP_MODULE=api.main:app'], cmd: ['sh', '-c', 'exec uvicorn $APP_MODULE --loop ${LOOP:-uvloop} --host 0.0.0.0'] });
    assertPlan(fs, imageConfig, {
      command: ['uvicorn', 'api.main:app', '--loop', 'uvloop', '--host', '0.0.0.0'],
      interpreter: PY,
      launcher: server('uvicorn', ['/app']),
      entries: [script('uvicorn'), app('api.main', 'app', 'uvicorn app argument'), { role: 'module', module: 'uvloop', how: 'uvicorn --loop uvloop' }],
    });
  });

  it('expands variables a script set earlier, as the shell reaches each command', async () => {
    const fs = await image(shellScript('start.sh', 'MODULE_NAME=${MODULE_NAME:-app.main}\nexport APP_MODULE=${APP_MODULE:-"$MODULE_NAME:app"}\nexec gunicorn -k uvicorn.workers.UvicornWorker "$APP_MODULE"\n'));
    const imageConfig = config({ cmd: ['/start.sh'] });
    assertPlan(fs, imageConfig, {
      command: ['gunicorn', '-k', 'uvicorn.workers.UvicornWorker', 'app.main:app'],
      interpreter: PY,
      launcher: server('gunicorn', ['/app']),
      entries: [script('gunicorn'), gunicornApp('app.main', 'app'), worker('uvicorn.workers', 'UvicornWorker', 'uvicorn.workers.UvicornWorker')],
      env: [PATH, 'MODULE_NAME=app.main', 'APP_MODULE=app.main:app'],
    });
  });

  it('gives a later export to later commands only', async () => {
    const fs = await image({ name: 'app/manage.py', content: 'from django.core.management import execute_from_command_line\n' });
    const imageConfig = config({ cmd: ['sh', '-c', 'python3 manage.py migrate; export DJANGO_SETTINGS_MODULE=proj.settings; exec django-admin runserver'] });
    assertPlan(fs, imageConfig, {
      command: ['django-admin', 'runserver'],
      interpreter: PY,
      launcher: server('django-admin', ['/app']),
      entries: [
        { role: 'script', module: '__main__', file: '/app/manage.py', how: 'python manage.py' },
        script('django-admin'),
        { role: 'django-settings', module: 'proj.settings', how: 'DJANGO_SETTINGS_MODULE' },
      ],
      notes: ["manage.py looks like Django's manage.py, but no DJANGO_SETTINGS_MODULE was found"],
      env: [PATH, 'DJANGO_SETTINGS_MODULE=proj.settings'],
    });
  });

  it('takes the word after sh -c "..." as $0, not as an argument', async () => {
    const fs = await image();
    const imageConfig = config({ entrypoint: ['/bin/sh', '-c', 'exec gunicorn "$@"', 'sh'], cmd: ['proj.wsgi:app'] });
    assertPlan(fs, imageConfig, { command: ['gunicorn', 'proj.wsgi:app'], interpreter: PY, launcher: server('gunicorn', ['/app']), entries: [script('gunicorn'), gunicornApp('proj.wsgi', 'app'), SYNC] });
  });

  it('reads sh -ec and bash -lc, and options before -c', async () => {
    const fs = await image();
    for (const shell of [['sh', '-ec'], ['bash', '-lc'], ['/bin/bash', '-o', 'pipefail', '-c']]) {
      const result = plan(fs, config({ cmd: [...shell, 'python3 -m service'] }));
      assert.deepEqual(result.entries, [{ role: 'module', module: 'service', how: 'python -m service' }], JSON.stringify(shell));
    }
  });

  it('follows commands after then, else and do in a script', async () => {
    const fs = await image(shellScript('entry.sh', 'if [ "$1" = "worker" ]; then exec celery -A proj worker; else exec gunicorn proj.wsgi; fi\n'));
    const imageConfig = config({ entrypoint: ['/entry.sh'], cmd: ['web'] });
    assertPlan(fs, imageConfig, {
      command: ['gunicorn', 'proj.wsgi'],
      interpreter: PY,
      launcher: server('gunicorn', ['/app']),
      entries: [script('celery'), { role: 'module', module: 'proj', how: 'celery -A' }, script('gunicorn'), gunicornApp('proj.wsgi'), SYNC],
    });
    const loop = await image(shellScript('entry.sh', 'for i in 1 2; do python3 -m warmup; done\nexec python3 -m service\n'));
    assert.deepEqual(plan(loop, config({ cmd: ['/entry.sh'] })).entries, [{ role: 'module', module: 'warmup', how: 'python -m warmup' }, { role: 'module', module: 'service', how: 'python -m service' }]);
  });

  it('skips shell builtins and helpers that run no program', async () => {
    const fs = await image(shellScript('entry.sh', 'set -eu\numask 002\nmkdir -p /data\nchown app /data\necho starting\ntrap "" TERM\n[ -d /data ]\ntest -f x\n. /etc/profile\nexec "$@"\n'));
    const result = plan(fs, config({ entrypoint: ['/entry.sh'], cmd: ['python3', '-m', 'svc'] }));
    assert.deepEqual(result.entries, [{ role: 'module', module: 'svc', how: 'python -m svc' }]);
    assert.deepEqual(result.notes, []);
  });

  it('stops following wrappers that nest too deep', async () => {
    const fs = await image(shellScript('loop.sh', 'exec /loop.sh\n'));
    const result = deriveEntryPlan(fs, config({ cmd: ['/loop.sh'] }));
    assert.ok('error' in result);
    assert.deepEqual(result.notes, ['stopped following ["exec","/loop.sh"]: wrappers nest too deep']);
  });
});

describe('deriveEntryPlan: gunicorn', () => {
  async function gunicorn(args: string[], files: WriteEntry[] = [], env: string[] = [PATH]): Promise<EntryPlan> {
    return plan(await image(...files), config({ env, cmd: ['gunicorn', ...args] }));
  }

  it('defaults the attribute of a bare module to application', async () => {
    assert.deepEqual((await gunicorn(['proj.wsgi'])).entries, [script('gunicorn'), gunicornApp('proj.wsgi'), SYNC]);
  });

  it('takes the name of an app factory call', async () => {
    assert.deepEqual((await gunicorn(['pkg:create_app()'])).entries, [script('gunicorn'), gunicornApp('pkg', 'create_app'), SYNC]);
    assert.deepEqual((await gunicorn(["pkg.web:make_app('prod', debug=False)"])).entries, [script('gunicorn'), gunicornApp('pkg.web', 'make_app'), SYNC]);
  });

  it('reads the worker class: a class path, a short name, --worker-class=, -kNAME and egg:gunicorn#NAME', async () => {
    const cases: Array<[string[], EntryPoint]> = [
      [['-k', 'uvicorn.workers.UvicornWorker'], worker('uvicorn.workers', 'UvicornWorker', 'uvicorn.workers.UvicornWorker')],
      [['-k', 'gevent'], worker('gunicorn.workers.ggevent', 'GeventWorker', 'gevent')],
      [['--worker-class=gthread'], worker('gunicorn.workers.gthread', 'ThreadWorker', 'gthread')],
      [['--worker-class', 'eventlet'], worker('gunicorn.workers.geventlet', 'EventletWorker', 'eventlet')],
      [['-ktornado'], worker('gunicorn.workers.gtornado', 'TornadoWorker', 'tornado')],
      [['-k', 'egg:gunicorn#gevent_pywsgi'], worker('gunicorn.workers.ggevent', 'GeventPyWSGIWorker', 'egg:gunicorn#gevent_pywsgi')],
      [['-k', 'sync', '-k', 'gevent_wsgi'], worker('gunicorn.workers.ggevent', 'GeventPyWSGIWorker', 'gevent_wsgi')],
    ];
    for (const [options, expected] of cases) assert.deepEqual((await gunicorn([...options, 'app:app'])).entries, [script('gunicorn'), gunicornApp('app', 'app'), expected], options.join(' '));
  });

  it('skips the values of options and knows the flags that take none', async () => {
    const result = await gunicorn(['--preload', '-w', '4', '--reload', '-b', ':8000', '--capture-output', '--timeout', '30', '-D', '--log-syslog', 'site.wsgi:app', '--disable-redirect-access-to-syslog', '-w', '2']);
    assert.deepEqual(result.entries, [script('gunicorn'), gunicornApp('site.wsgi', 'app'), SYNC]);
  });

  it('runs the gthread worker for a sync worker with more than one thread', async () => {
    assert.deepEqual((await gunicorn(['--threads', '4', 'app:app'])).entries, [script('gunicorn'), gunicornApp('app', 'app'), { role: 'worker-class', module: 'gunicorn.workers.gthread', attr: 'ThreadWorker', how: 'gunicorn worker class gthread (sync with 4 threads)' }]);
    assert.deepEqual((await gunicorn(['--threads=2', '-k', 'gunicorn.workers.sync.SyncWorker', 'app:app'])).entries.at(-1), { role: 'worker-class', module: 'gunicorn.workers.gthread', attr: 'ThreadWorker', how: 'gunicorn worker class gthread (gunicorn.workers.sync.SyncWorker with 2 threads)' });
    const conf = { name: 'app/gunicorn.conf.py', content: 'threads = 8\n' };
    assert.deepEqual((await gunicorn(['app:app'], [conf])).entries.at(-1), { role: 'worker-class', module: 'gunicorn.workers.gthread', attr: 'ThreadWorker', how: 'gunicorn worker class gthread (sync with 8 threads)' });
    assert.deepEqual((await gunicorn(['--threads', '1', 'app:app'])).entries.at(-1), SYNC);
    assert.deepEqual((await gunicorn(['--threads', '4', '-k', 'gevent', 'app:app'])).entries.at(-1), worker('gunicorn.workers.ggevent', 'GeventWorker', 'gevent'));
  });

  it('changes folder with --chdir and puts it on sys.path, ahead of the folder it started in', async () => {
    const result = await gunicorn(['--chdir', '/srv/site', 'site.wsgi']);
    assert.deepEqual(result.launcher, server('gunicorn', ['/srv/site', '/app']));
    assert.equal(result.config.workingDir, '/srv/site');
    const relative = await gunicorn(['--chdir=src', 'site.wsgi']);
    assert.deepEqual(relative.launcher, server('gunicorn', ['/app/src', '/app']));
  });

  it('puts --pythonpath entries in front, last first, each resolved against the --chdir folder', async () => {
    assert.deepEqual((await gunicorn(['--pythonpath', 'a,b', 'app:app'])).launcher, server('gunicorn', ['/app/b', '/app/a', '/app']));
    assert.deepEqual((await gunicorn(['--chdir', '/srv', '--pythonpath', 'lib,/opt/extra', 'app:app'])).launcher, server('gunicorn', ['/opt/extra', '/srv/lib', '/srv', '/app']));
  });

  it('inserts a folder only once, keeping the place of its first insertion', async () => {
    // chdir goes in first; a --pythonpath entry already on sys.path is not inserted again.
    assert.deepEqual((await gunicorn(['--chdir', '/srv', '--pythonpath', '/lib,/srv,/lib', 'app:app'])).launcher, server('gunicorn', ['/lib', '/srv', '/app']));
    assert.deepEqual((await gunicorn(['--pythonpath', '.,lib', 'app:app'])).launcher, server('gunicorn', ['/app/lib', '/app']));
  });

  it('reads a configuration file given with -c: wsgi_app, worker_class, chdir and pythonpath settings', async () => {
    const conf = { name: 'app/conf/gunicorn.py', content: 'import multiprocessing\nbind = "0.0.0.0:8000"\nworkers = multiprocessing.cpu_count()\nwsgi_app = "site.wsgi:app"  # the app\nworker_class = \'gevent\'\nchdir = "/srv"\npythonpath = "vendor"\n' };
    const result = await gunicorn(['-c', 'conf/gunicorn.py'], [conf]);
    assert.deepEqual(result.entries, [
      script('gunicorn'),
      { role: 'config', module: '__config__', file: '/app/conf/gunicorn.py', how: 'gunicorn --config' },
      gunicornApp('site.wsgi', 'app'),
      worker('gunicorn.workers.ggevent', 'GeventWorker', 'gevent'),
    ]);
    assert.deepEqual(result.launcher, server('gunicorn', ['/srv/vendor', '/srv', '/app']));
    assert.deepEqual(result.notes, []);
  });

  it('lets the command line override the configuration file, and its app argument win over wsgi_app', async () => {
    const conf = { name: 'app/gunicorn.conf.py', content: 'wsgi_app = "from_file:app"\nworker_class = "gevent"\n' };
    const result = await gunicorn(['--config=gunicorn.conf.py', '-k', 'gthread', 'from_cli:app'], [conf]);
    assert.deepEqual(result.entries, [
      script('gunicorn'),
      { role: 'config', module: '__config__', file: '/app/gunicorn.conf.py', how: 'gunicorn --config' },
      gunicornApp('from_cli', 'app'),
      worker('gunicorn.workers.gthread', 'ThreadWorker', 'gthread'),
    ]);
  });

  it('reads ./gunicorn.conf.py by default, from the folder gunicorn starts in', async () => {
    const conf = { name: 'app/gunicorn.conf.py', content: 'wsgi_app = "site.wsgi"\n' };
    const result = await gunicorn([], [conf]);
    assert.deepEqual(result.entries, [script('gunicorn'), { role: 'config', module: '__config__', file: '/app/gunicorn.conf.py', how: "gunicorn's default ./gunicorn.conf.py" }, gunicornApp('site.wsgi'), SYNC]);
    assert.deepEqual(result.notes, []);
  });

  it('does not take a folder named gunicorn.conf.py for the default file', async () => {
    const result = await gunicorn(['site.wsgi'], [{ name: 'app/gunicorn.conf.py/', type: 'dir' }]);
    assert.deepEqual(result.entries, [script('gunicorn'), gunicornApp('site.wsgi'), SYNC]);
  });

  it('reads -c file:PATH as the file at PATH', async () => {
    const conf = { name: 'app/conf.py', content: 'wsgi_app = "site.wsgi"\n' };
    const result = await gunicorn(['-c', 'file:conf.py'], [conf]);
    assert.deepEqual(result.entries, [script('gunicorn'), { role: 'config', module: '__config__', file: '/app/conf.py', how: 'gunicorn --config' }, gunicornApp('site.wsgi'), SYNC]);
  });

  it('takes -c python:module as a configuration module', async () => {
    const result = await gunicorn(['-c', 'python:site.gunicorn_conf', 'site.wsgi']);
    assert.deepEqual(result.entries, [script('gunicorn'), { role: 'config', module: 'site.gunicorn_conf', how: 'gunicorn --config python:' }, gunicornApp('site.wsgi'), SYNC]);
  });

  it('notes a configuration file that is not in the image', async () => {
    const result = await gunicorn(['-c', '/etc/gunicorn.py', 'site.wsgi']);
    assert.deepEqual(result.entries, [script('gunicorn'), gunicornApp('site.wsgi'), SYNC]);
    assert.deepEqual(result.notes, ["gunicorn's configuration file /etc/gunicorn.py is not in the image"]);
  });

  it('notes a gunicorn without an app', async () => {
    const result = await gunicorn(['-w', '2']);
    assert.deepEqual(result.entries, [script('gunicorn'), SYNC]);
    assert.deepEqual(result.notes, ['gunicorn is started without an app argument or wsgi_app setting']);
  });

  it('reads GUNICORN_CMD_ARGS between the configuration file and the command line', async () => {
    const conf = { name: 'app/gunicorn.conf.py', content: 'worker_class = "gevent"\nchdir = "/from-file"\n' };
    const envOnly = await gunicorn(['site.wsgi'], [conf], [PATH, 'GUNICORN_CMD_ARGS=-k eventlet --chdir /from-env']);
    assert.deepEqual(envOnly.entries.at(-1), worker('gunicorn.workers.geventlet', 'EventletWorker', 'eventlet'));
    assert.deepEqual(envOnly.launcher, server('gunicorn', ['/from-env', '/app']));
    const both = await gunicorn(['-k', 'gthread', '--chdir', '/from-cli', 'site.wsgi'], [conf], [PATH, 'GUNICORN_CMD_ARGS=-k eventlet --chdir /from-env']);
    assert.deepEqual(both.entries.at(-1), worker('gunicorn.workers.gthread', 'ThreadWorker', 'gthread'));
    assert.deepEqual(both.launcher, server('gunicorn', ['/from-cli', '/app']));
    const fileOnly = await gunicorn(['site.wsgi'], [conf]);
    assert.deepEqual(fileOnly.entries.at(-1), worker('gunicorn.workers.ggevent', 'GeventWorker', 'gevent'));
    assert.deepEqual(fileOnly.launcher, server('gunicorn', ['/from-file', '/app']));
  });

  it('reads the configuration file GUNICORN_CMD_ARGS names when the command line names none', async () => {
    const files = [{ name: 'app/env.conf.py', content: 'wsgi_app = "env_site.wsgi"\n' }, { name: 'app/cli.conf.py', content: 'wsgi_app = "cli_site.wsgi"\n' }];
    const fromEnv = await gunicorn([], files, [PATH, "GUNICORN_CMD_ARGS=--config 'env.conf.py' --workers=3"]);
    assert.deepEqual(fromEnv.entries, [script('gunicorn'), { role: 'config', module: '__config__', file: '/app/env.conf.py', how: 'gunicorn --config' }, gunicornApp('env_site.wsgi'), SYNC]);
    const fromCli = await gunicorn(['-c', 'cli.conf.py'], files, [PATH, 'GUNICORN_CMD_ARGS=-c env.conf.py']);
    assert.deepEqual(fromCli.entries, [script('gunicorn'), { role: 'config', module: '__config__', file: '/app/cli.conf.py', how: 'gunicorn --config' }, gunicornApp('cli_site.wsgi'), SYNC]);
  });

  it('takes no app from GUNICORN_CMD_ARGS: gunicorn ignores its positional arguments', async () => {
    const result = await gunicorn([], [], [PATH, 'GUNICORN_CMD_ARGS=--workers 2 site.wsgi']);
    assert.deepEqual(result.entries, [script('gunicorn'), SYNC]);
    assert.deepEqual(result.notes, ['gunicorn is started without an app argument or wsgi_app setting']);
  });

  it('sets -e/--env variables in the environment the app sees', async () => {
    const result = await gunicorn(['-e', 'DJANGO_SETTINGS_MODULE=proj.settings', '--env=MODE=prod', '--env', 'NOVALUE', 'proj.wsgi']);
    assert.deepEqual(result.config.env, [PATH, 'DJANGO_SETTINGS_MODULE=proj.settings', 'MODE=prod']);
    assert.deepEqual(result.entries, [script('gunicorn'), gunicornApp('proj.wsgi'), SYNC]);
  });

  it('takes -e from the command line in place of GUNICORN_CMD_ARGS, as a later setting replaces the list', async () => {
    const cli = await gunicorn(['-e', 'B=cli', 'proj.wsgi'], [], [PATH, 'GUNICORN_CMD_ARGS=-e A=env -e B=env']);
    assert.deepEqual(cli.config.env, [PATH, 'GUNICORN_CMD_ARGS=-e A=env -e B=env', 'B=cli']);
    const env = await gunicorn(['proj.wsgi'], [], [PATH, 'GUNICORN_CMD_ARGS=-e A=env -e B=env']);
    assert.deepEqual(env.config.env, [PATH, 'GUNICORN_CMD_ARGS=-e A=env -e B=env', 'A=env', 'B=env']);
  });

  it('runs from python -m gunicorn: a server launcher without a script', async () => {
    const fs = await image();
    const imageConfig = config({ cmd: ['python3', '-m', 'gunicorn', '--chdir', 'src', 'site.wsgi:app'] });
    assertPlan(fs, imageConfig, {
      command: ['python3', '-m', 'gunicorn', '--chdir', 'src', 'site.wsgi:app'],
      interpreter: PY,
      launcher: { kind: 'server', prepend: ['/app/src', '/app'] },
      entries: [{ role: 'module', module: 'gunicorn', how: 'python -m gunicorn' }, gunicornApp('site.wsgi', 'app'), SYNC],
      workingDir: '/app/src',
    });
  });
});

describe('deriveEntryPlan: other servers', () => {
  it('reads uvicorn: app, --app-dir, --factory, --loop, --http and --ws', async () => {
    const fs = await image();
    const imageConfig = config({ cmd: ['uvicorn', '--factory', 'api.main:create_app', '--app-dir', 'src', '--loop', 'uvloop', '--http', 'httptools', '--ws=websockets', '--reload', '--port', '80'] });
    assertPlan(fs, imageConfig, {
      command: imageConfig.cmd!,
      interpreter: PY,
      launcher: server('uvicorn', ['/app/src']),
      entries: [
        script('uvicorn'),
        app('api.main', 'create_app', 'uvicorn app argument'),
        { role: 'module', module: 'uvloop', how: 'uvicorn --loop uvloop' },
        { role: 'module', module: 'httptools', how: 'uvicorn --http httptools' },
        { role: 'module', module: 'websockets', how: 'uvicorn --ws websockets' },
      ],
    });
  });

  it('reads a custom uvicorn loop setup function, and leaves the auto choices alone', async () => {
    const fs = await image();
    assert.deepEqual(plan(fs, config({ cmd: ['uvicorn', 'main:app', '--loop', 'loops:setup'] })).entries, [script('uvicorn'), app('main', 'app', 'uvicorn app argument'), app('loops', 'setup', 'uvicorn --loop')]);
    assert.deepEqual(plan(fs, config({ cmd: ['uvicorn', 'main:app', '--loop', 'auto', '--http', 'auto', '--ws', 'none'] })).entries, [script('uvicorn'), app('main', 'app', 'uvicorn app argument')]);
  });

  it('notes a uvicorn without an app', async () => {
    const fs = await image();
    const result = plan(fs, config({ cmd: ['uvicorn', '--port', '80'] }));
    assert.deepEqual(result.entries, [script('uvicorn')]);
    assert.deepEqual(result.notes, ['uvicorn is started without an app argument']);
  });

  it('reads hypercorn: the app (attribute app by default), its folder on sys.path, and -k uvloop/trio', async () => {
    const fs = await image();
    const imageConfig = config({ cmd: ['hypercorn', '--bind', '0.0.0.0:8000', '-k', 'uvloop', 'service.asgi'] });
    assertPlan(fs, imageConfig, {
      command: imageConfig.cmd!,
      interpreter: PY,
      launcher: server('hypercorn', ['/app']),
      entries: [script('hypercorn'), app('service.asgi', 'app', 'hypercorn app argument'), { role: 'module', module: 'uvloop', how: 'hypercorn -k uvloop' }],
    });
    assert.deepEqual(plan(fs, config({ cmd: ['hypercorn', '--worker-class', 'trio', 'main:application'] })).entries, [script('hypercorn'), app('main', 'application', 'hypercorn app argument'), { role: 'module', module: 'trio', how: 'hypercorn -k trio' }]);
  });

  it('puts the folder of a hypercorn app given as a path on sys.path', async () => {
    const fs = await image({ name: 'app/src/main.py', content: 'app = None\n' });
    const result = plan(fs, config({ cmd: ['hypercorn', 'src/main.py:app'] }));
    assert.deepEqual(result.entries, [script('hypercorn'), app('main', 'app', 'hypercorn app argument')]);
    assert.deepEqual(result.launcher, server('hypercorn', ['/app/src']));
  });

  it('reads daphne: the app, and "." on sys.path', async () => {
    const fs = await image();
    const imageConfig = config({ cmd: ['daphne', '-b', '0.0.0.0', '-p', '8000', '--proxy-headers', 'proj.asgi:application', '-v', '2'] });
    assertPlan(fs, imageConfig, {
      command: imageConfig.cmd!,
      interpreter: PY,
      launcher: server('daphne', ['/app']),
      entries: [script('daphne'), app('proj.asgi', 'application', 'daphne app argument')],
    });
  });

  it('reads celery -A, -Aname and --app=module:attr, and CELERY_APP', async () => {
    const fs = await image();
    const celery = (cmd: string[], env = [PATH]) => plan(fs, config({ env, cmd: ['celery', ...cmd] }));
    const imageConfig = config({ cmd: ['celery', '-A', 'proj', 'worker', '-l', 'info'] });
    assertPlan(fs, imageConfig, { command: imageConfig.cmd!, interpreter: PY, launcher: server('celery', ['/app']), entries: [script('celery'), { role: 'module', module: 'proj', how: 'celery -A' }] });
    assert.deepEqual(celery(['--app=proj.celery:app', 'beat']).entries, [script('celery'), { role: 'module', module: 'proj.celery', how: 'celery -A' }]);
    assert.deepEqual(celery(['-Atasks', 'worker']).entries, [script('celery'), { role: 'module', module: 'tasks', how: 'celery -A' }]);
    assert.deepEqual(celery(['worker'], [PATH, 'CELERY_APP=proj.tasks']).entries, [script('celery'), { role: 'module', module: 'proj.tasks', how: 'celery -A' }]);
    assert.deepEqual(celery(['-A', 'cli', 'worker'], [PATH, 'CELERY_APP=env']).entries, [script('celery'), { role: 'module', module: 'cli', how: 'celery -A' }]);
  });

  it('notes a celery without an app', async () => {
    const fs = await image();
    const result = plan(fs, config({ cmd: ['celery', 'worker'] }));
    assert.deepEqual(result.entries, [script('celery')]);
    assert.deepEqual(result.notes, ['celery is started without -A/--app']);
  });

  it('reads flask --app, -A, FLASK_APP, and a file path', async () => {
    const fs = await image();
    const flask = (cmd: string[], env = [PATH]) => plan(fs, config({ env, cmd: ['flask', ...cmd] })).entries;
    const imageConfig = config({ cmd: ['flask', '--app', 'hello', 'run', '--host', '0.0.0.0'] });
    assertPlan(fs, imageConfig, { command: imageConfig.cmd!, interpreter: PY, launcher: server('flask', ['/app']), entries: [script('flask'), app('hello', undefined, 'flask --app')] });
    assert.deepEqual(flask(['-A', 'web:create_app()', 'run']), [script('flask'), app('web', 'create_app', 'flask --app')]);
    assert.deepEqual(flask(['--app=hello.py:app', 'run']), [script('flask'), app('hello', 'app', 'flask --app')]);
    assert.deepEqual(flask(['run'], [PATH, 'FLASK_APP=site.app:server']), [script('flask'), app('site.app', 'server', 'FLASK_APP')]);
    assert.deepEqual(flask(['run'], [PATH, 'FLASK_APP=hello.py']), [script('flask'), app('hello', undefined, 'FLASK_APP')]);
    assert.deepEqual(flask(['--app', 'cli', 'run'], [PATH, 'FLASK_APP=env']), [script('flask'), app('cli', undefined, 'flask --app')]);
  });

  it('imports a flask app given as a file path from its folder, or from above the packages that hold it', async () => {
    const fs = await image({ name: 'app/src/hello.py', content: '' }, { name: 'app/site/__init__.py', content: '' }, { name: 'app/site/web/__init__.py', content: '' }, { name: 'app/site/web/main.py', content: '' });
    const flask = (spec: string) => {
      const result = plan(fs, config({ cmd: ['flask', '--app', spec, 'run'] }));
      return { entries: result.entries.slice(1), prepend: result.launcher.kind === 'server' ? result.launcher.prepend : [] };
    };
    assert.deepEqual(flask('src/hello.py'), { entries: [app('hello', undefined, 'flask --app')], prepend: ['/app/src'] });
    assert.deepEqual(flask('src/hello:create()'), { entries: [app('hello', 'create', 'flask --app')], prepend: ['/app/src'] });
    assert.deepEqual(flask('site/web/main.py:app'), { entries: [app('site.web.main', 'app', 'flask --app')], prepend: ['/app'] });
    assert.deepEqual(flask('site/web/__init__.py'), { entries: [app('site.web', undefined, 'flask --app')], prepend: ['/app'] });
    assert.deepEqual(flask('/app/site/web'), { entries: [app('site.web', undefined, 'flask --app')], prepend: ['/app'] });
  });

  it("falls back to flask's wsgi.py, then app.py, in the working directory", async () => {
    const both = await image({ name: 'app/wsgi.py', content: '' }, { name: 'app/app.py', content: '' });
    assert.deepEqual(plan(both, config({ cmd: ['flask', 'run'] })).entries, [script('flask'), app('wsgi', undefined, "flask's default wsgi.py")]);
    const appOnly = await image({ name: 'app/app.py', content: '' });
    assert.deepEqual(plan(appOnly, config({ cmd: ['flask', 'run'] })).entries, [script('flask'), app('app', undefined, "flask's default app.py")]);
    const none = await image();
    assert.deepEqual(plan(none, config({ cmd: ['flask', 'run'] })).entries, [script('flask')]);
  });

  it('reads django-admin --settings, --settings=, and DJANGO_SETTINGS_MODULE', async () => {
    const fs = await image();
    const admin = (cmd: string[], env = [PATH]) => plan(fs, config({ env, cmd: ['django-admin', ...cmd] }));
    const imageConfig = config({ cmd: ['django-admin', 'runserver', '--settings', 'proj.settings'] });
    assertPlan(fs, imageConfig, { command: imageConfig.cmd!, interpreter: PY, launcher: server('django-admin', ['/app']), entries: [script('django-admin'), { role: 'django-settings', module: 'proj.settings', how: 'django-admin --settings' }] });
    assert.deepEqual(admin(['check', '--settings=proj.prod']).entries.at(-1), { role: 'django-settings', module: 'proj.prod', how: 'django-admin --settings' });
    assert.deepEqual(admin(['check'], [PATH, 'DJANGO_SETTINGS_MODULE=proj.env']).entries.at(-1), { role: 'django-settings', module: 'proj.env', how: 'DJANGO_SETTINGS_MODULE' });
    assert.deepEqual(admin(['check', '--settings', 'proj.cli'], [PATH, 'DJANGO_SETTINGS_MODULE=proj.env']).entries.at(-1), { role: 'django-settings', module: 'proj.cli', how: 'django-admin --settings' });
    const none = admin(['check']);
    assert.deepEqual(none.entries, [script('django-admin')]);
    assert.deepEqual(none.notes, ['django-admin is started without --settings or DJANGO_SETTINGS_MODULE']);
  });
});

describe('deriveEntryPlan: python commands', () => {
  it('reads python -m pkg: a module launcher in the working directory', async () => {
    const fs = await image();
    const imageConfig = config({ cmd: ['python3', '-u', '-X', 'dev', '-W', 'ignore', '-m', 'pkg.service', '--port', '80'] });
    assertPlan(fs, imageConfig, { command: imageConfig.cmd!, interpreter: PY, launcher: { kind: 'module', cwd: '/app' }, entries: [{ role: 'module', module: 'pkg.service', how: 'python -m pkg.service' }] });
  });

  it('reads python -mpkg', async () => {
    const fs = await image();
    assert.deepEqual(plan(fs, config({ cmd: ['python3', '-mpkg'] })).entries, [{ role: 'module', module: 'pkg', how: 'python -m pkg' }]);
  });

  it('reads python -m uvicorn as the server', async () => {
    const fs = await image();
    const imageConfig = config({ cmd: ['python', '-m', 'uvicorn', 'main:app'] });
    assertPlan(fs, imageConfig, {
      command: imageConfig.cmd!,
      interpreter: '/usr/bin/python',
      launcher: { kind: 'server', prepend: ['/app'] },
      entries: [{ role: 'module', module: 'uvicorn', how: 'python -m uvicorn' }, app('main', 'app', 'uvicorn app argument')],
    });
  });

  it('reads python script.py: a script launcher with the file resolved against the working directory', async () => {
    const fs = await image();
    const imageConfig = config({ cmd: ['/usr/bin/python3.11', '-B', 'src/run.py', '--flag'] });
    assertPlan(fs, imageConfig, {
      command: imageConfig.cmd!,
      interpreter: '/usr/bin/python3.11',
      launcher: { kind: 'script', script: '/app/src/run.py' },
      entries: [{ role: 'script', module: '__main__', file: '/app/src/run.py', how: 'python src/run.py' }],
    });
  });

  it('reads python -c code', async () => {
    const fs = await image();
    const imageConfig = config({ cmd: ['python3', '-c', 'import app; app.main()'] });
    assertPlan(fs, imageConfig, { command: imageConfig.cmd!, interpreter: PY, launcher: { kind: 'command' }, entries: [{ role: 'script', module: '__main__', code: 'import app; app.main()', how: 'python -c' }] });
  });

  it('notes a python that is not on PATH and keeps its name', async () => {
    const fs = await image();
    const imageConfig = config({ env: [PATH], cmd: ['python3.12', '-m', 'svc'] });
    assertPlan(fs, imageConfig, { command: imageConfig.cmd!, interpreter: 'python3.12', launcher: { kind: 'module', cwd: '/app' }, entries: [{ role: 'module', module: 'svc', how: 'python -m svc' }], notes: ["python3.12 is not on the image's PATH"] });
  });

  it('reads python manage.py with DJANGO_SETTINGS_MODULE from the image Env', async () => {
    const fs = await image({ name: 'app/manage.py', content: MANAGE_PY });
    const imageConfig = config({ env: [PATH, 'DJANGO_SETTINGS_MODULE=proj.settings.prod'], cmd: ['python', 'manage.py', 'runserver', '0.0.0.0:8000'] });
    assertPlan(fs, imageConfig, {
      command: imageConfig.cmd!,
      interpreter: '/usr/bin/python',
      launcher: { kind: 'script', script: '/app/manage.py' },
      entries: [
        { role: 'script', module: '__main__', file: '/app/manage.py', how: 'python manage.py' },
        { role: 'django-settings', module: 'proj.settings.prod', how: 'Django settings of manage.py' },
      ],
    });
  });

  it('reads python manage.py --settings=, which wins over the Env', async () => {
    const fs = await image({ name: 'app/manage.py', content: MANAGE_PY });
    for (const settings of [['--settings=proj.settings.test'], ['--settings', 'proj.settings.test']]) {
      const result = plan(fs, config({ env: [PATH, 'DJANGO_SETTINGS_MODULE=proj.settings.prod'], cmd: ['python3', 'manage.py', 'runserver', ...settings] }));
      assert.deepEqual(result.entries.at(-1), { role: 'django-settings', module: 'proj.settings.test', how: 'Django settings of manage.py' });
    }
  });

  it("reads the settings from manage.py's os.environ.setdefault when nothing else names them", async () => {
    const fs = await image({ name: 'srv/manage.py', content: MANAGE_PY });
    const result = plan(fs, config({ cmd: ['python3', '/srv/manage.py', 'runserver'] }));
    assert.deepEqual(result.entries, [
      { role: 'script', module: '__main__', file: '/srv/manage.py', how: 'python /srv/manage.py' },
      { role: 'django-settings', module: 'proj.settings', how: 'Django settings of /srv/manage.py' },
    ]);
    assert.deepEqual(result.notes, []);
  });

  it('notes a manage.py without any settings module', async () => {
    const fs = await image({ name: 'app/manage.py', content: 'import sys\n' });
    const result = plan(fs, config({ cmd: ['python3', 'manage.py', 'runserver'] }));
    assert.deepEqual(result.entries, [{ role: 'script', module: '__main__', file: '/app/manage.py', how: 'python manage.py' }]);
    assert.deepEqual(result.notes, ["manage.py looks like Django's manage.py, but no DJANGO_SETTINGS_MODULE was found"]);
  });

  it('runs a bare python as a command launcher without entries', async () => {
    const fs = await image();
    const result = deriveEntryPlan(fs, config({ cmd: ['python3'] }));
    assert.ok('error' in result);
  });
});

describe('deriveEntryPlan: several commands and other programs', () => {
  it('takes the entries of every Python command and the launcher of the last', async () => {
    const fs = await image({ name: 'app/manage.py', content: MANAGE_PY });
    const imageConfig = config({ cmd: ['sh', '-c', 'python manage.py migrate && python manage.py collectstatic --noinput && gunicorn proj.wsgi'] });
    assertPlan(fs, imageConfig, {
      command: ['gunicorn', 'proj.wsgi'],
      interpreter: PY,
      launcher: server('gunicorn', ['/app']),
      entries: [
        { role: 'script', module: '__main__', file: '/app/manage.py', how: 'python manage.py' },
        { role: 'django-settings', module: 'proj.settings', how: 'Django settings of manage.py' },
        script('gunicorn'),
        gunicornApp('proj.wsgi'),
        SYNC,
      ],
    });
  });

  it('skips commands that are not Python on the way', async () => {
    const fs = await image({ name: 'usr/bin/nginx', content: 'ELF', mode: 0o755 }, shellScript('usr/local/bin/helper', 'exit 0\n'));
    const result = plan(fs, config({ cmd: ['sh', '-c', 'nginx; ./missing-tool; python3 -m svc'] }));
    assert.deepEqual(result.command, ['python3', '-m', 'svc']);
    assert.deepEqual(result.entries, [{ role: 'module', module: 'svc', how: 'python -m svc' }]);
    assert.deepEqual(result.notes, []);
  });

  it('runs a console script known only from entry_points.txt', async () => {
    const wrapper: WriteEntry = { name: 'usr/local/bin/serve-api', content: '#!/usr/bin/python3\nimport sys\nfrom api_pkg.cli import Server\nsys.exit(Server.run())\n', mode: 0o755 };
    const fs = await image(wrapper, {
      name: 'usr/lib/python3/dist-packages/api_pkg-1.0.dist-info/entry_points.txt',
      content: '[gui_scripts]\nserve-api = api_pkg.gui:main\n\n[console_scripts]\nother = api_pkg.other:main\nserve-api = api_pkg.cli:Server.run [extra]\n',
    });
    const imageConfig = config({ cmd: ['serve-api', '--port', '80'] });
    assertPlan(fs, imageConfig, {
      command: imageConfig.cmd!,
      interpreter: PY,
      launcher: { kind: 'server', script: '/usr/local/bin/serve-api', prepend: [] },
      entries: [script('serve-api'), { role: 'app', module: 'api_pkg.cli', attr: 'Server', how: 'console script serve-api in /usr/lib/python3/dist-packages/api_pkg-1.0.dist-info/entry_points.txt', called: true }],
    });
  });

  it('leaves out a console_scripts target the script does not run: Debian installs some apps as the script itself', async () => {
    const metadata = { name: 'usr/lib/python3/dist-packages/buku-4.7.egg-info/entry_points.txt', content: '[console_scripts]\nbuku = buku:main\n' };
    // The app itself, with its code in the script: no `buku` module is on sys.path.
    const whole: WriteEntry = { name: 'usr/local/bin/buku', content: '#!/usr/bin/python3\nimport argparse\n\ndef main():\n    argparse.ArgumentParser(prog="buku").parse_args()\n\nif __name__ == "__main__":\n    main()\n', mode: 0o755 };
    assert.deepEqual(plan(await image(whole, metadata), config({ cmd: ['buku'] })).entries, [script('buku')]);
    // A wrapper that imports the target, or loads it by metadata, runs it.
    const wrapper: WriteEntry = { name: 'usr/local/bin/buku', content: '#!/usr/bin/python3\nimport sys\nfrom buku import main\nsys.exit(main())\n', mode: 0o755 };
    const target: EntryPoint = { role: 'app', module: 'buku', attr: 'main', called: true, how: 'console script buku in /usr/lib/python3/dist-packages/buku-4.7.egg-info/entry_points.txt' };
    assert.deepEqual(plan(await image(wrapper, metadata), config({ cmd: ['buku'] })).entries, [script('buku'), target]);
    const template: WriteEntry = { name: 'usr/local/bin/buku', content: "#!/usr/bin/python3\n__requires__ = 'buku==4.7'\nimport re\nimport sys\nfrom pkg_resources import load_entry_point\nsys.exit(load_entry_point('buku==4.7', 'console_scripts', 'buku')())\n", mode: 0o755 };
    assert.deepEqual(plan(await image(template, metadata), config({ cmd: ['buku'] })).entries, [script('buku'), target]);
  });

  it('finds a console script through a #!/usr/bin/env python3 line', async () => {
    const fs = await image(consoleScript('tool', '#!/usr/bin/env python3'));
    const result = plan(fs, config({ cmd: ['tool'] }));
    assert.equal(result.interpreter, PY);
    assert.deepEqual(result.entries, [script('tool')]);
  });

  it('asks for the entrypoints input for a command that is not Python', async () => {
    const fs = await image({ name: 'usr/bin/node', content: 'ELF', mode: 0o755 });
    assert.deepEqual(deriveEntryPlan(fs, config({ cmd: ['node', 'server.js'] })), {
      error: `the image's command ["node","server.js"] starts no Python entry point the guard recognizes; list the modules or scripts it runs in the entrypoints input (--entrypoint on the command line)`,
      notes: [],
    });
  });

  it('asks for the entrypoints input when the image has no command', async () => {
    const fs = await image();
    const expected = { error: 'the image has no ENTRYPOINT or CMD; list the modules or scripts it runs in the entrypoints input (--entrypoint on the command line)', notes: [] };
    assert.deepEqual(deriveEntryPlan(fs, config()), expected);
    assert.deepEqual(deriveEntryPlan(fs, config({ entrypoint: [], cmd: [] })), expected);
  });

  it('notes a server that is not on PATH', async () => {
    const fs = await fsFromLayers([BASE.filter((file) => file.name !== 'usr/local/bin/uvicorn')]);
    assert.deepEqual(deriveEntryPlan(fs, config({ cmd: ['uvicorn', 'main:app'] })), {
      error: `the image's command ["uvicorn","main:app"] starts no Python entry point the guard recognizes; list the modules or scripts it runs in the entrypoints input (--entrypoint on the command line)`,
      notes: ["uvicorn is not on the image's PATH: the container cannot start"],
    });
  });

  it('does not take a script without execute permission from PATH', async () => {
    const fs = await image({ name: 'usr/local/bin/svc', content: '#!/usr/bin/python3\n', mode: 0o644 });
    assert.ok('error' in deriveEntryPlan(fs, config({ cmd: ['svc'] })));
  });
});

function pyScript(file: string, how: string): EntryPoint {
  return { role: 'script', module: '__main__', file, how };
}

function pyModule(module: string): EntryPoint {
  return { role: 'module', module, how: `python -m ${module}` };
}

/** A venv at /srv/venv whose interpreters link to the system's. */
const VENV: WriteEntry[] = [
  { name: 'srv/venv/bin/python3', type: 'symlink', linkName: '/usr/bin/python3' },
  { name: 'srv/venv/bin/python', type: 'symlink', linkName: 'python3' },
  { name: 'srv/venv/pyvenv.cfg', content: 'home = /usr/bin\ninclude-system-site-packages = false\n' },
];

describe('deriveEntryPlan: $0 in shell text', () => {
  it("runs a sh/python polyglot's own file as Python, and reads none of its Python as shell", async () => {
    const python = 'import shutil\npython3 = shutil.which("python3")\nexec(open("x").read())\n';
    const fs = await image(shellScript('usr/local/bin/tool', `''''exec python3 "$0" "$@" #'''\n${python}`));
    assertPlan(fs, config({ cmd: ['tool', '--verbose'] }), {
      command: ['python3', '/usr/local/bin/tool', '--verbose'],
      interpreter: PY,
      launcher: { kind: 'script', script: '/usr/local/bin/tool' },
      entries: [pyScript('/usr/local/bin/tool', 'python /usr/local/bin/tool')],
    });
  });

  it('reads the "exec" "python3" "$0" "$@" form, and ${0}', async () => {
    const fs = await image(shellScript('app/tool.py', '"exec" "python3" "$0" "$@"\nimport sys\n'), shellScript('app/other', 'exec python3 -B "${0}.py"\n'));
    assert.deepEqual(plan(fs, config({ cmd: ['./tool.py'] })).entries, [pyScript('/app/tool.py', 'python /app/tool.py')]);
    assert.deepEqual(plan(fs, config({ cmd: ['/app/other'] })).entries, [pyScript('/app/other.py', 'python /app/other.py')]);
  });

  it('takes $0 of `sh script` as the script as written, and of `sh -c string name` as name', async () => {
    const fs = await image(shellScript('app/run.sh', 'exec python3 "$0.py"\n'));
    assert.deepEqual(plan(fs, config({ cmd: ['sh', 'run.sh'] })).entries, [pyScript('/app/run.sh.py', 'python run.sh.py')]);
    assert.deepEqual(plan(fs, config({ cmd: ['sh', '-c', 'exec python3 "$0" "$@"', 'main.py', '-v'] })).command, ['python3', 'main.py', '-v']);
  });
});

describe('deriveEntryPlan: chains of shell scripts', () => {
  it('follows a script run by a relative path, with the cd before it', async () => {
    const fs = await image(shellScript('srv/run', 'cd /srv\nexec ./script/serve "$@"\n'), shellScript('srv/script/serve', 'exec gunicorn app:app "$@"\n', '#!/bin/bash'), { name: 'bin/bash', content: 'ELF', mode: 0o755 });
    const result = plan(fs, config({ entrypoint: ['/srv/run'], cmd: ['-w', '2'] }));
    assert.deepEqual([result.command, result.entries], [['gunicorn', 'app:app', '-w', '2'], [script('gunicorn'), gunicornApp('app', 'app'), SYNC]]);
  });

  it('runs a script without #! with /bin/sh when a shell or a wrapper starts it, not when docker does', async () => {
    const noShebang: WriteEntry = { name: 'srv/start', content: 'exec python3 -m svc\n', mode: 0o755 };
    const fs = await image(noShebang, { name: 'usr/bin/tini', content: '\x7fELF', mode: 0o755 });
    for (const cmd of [['sh', '-c', '/srv/start'], ['tini', '--', '/srv/start'], ['env', 'A=1', '/srv/start']]) {
      assert.deepEqual(plan(fs, config({ cmd })).entries, [pyModule('svc')], JSON.stringify(cmd));
    }
    assert.ok('error' in deriveEntryPlan(fs, config({ cmd: ['/srv/start'] })), 'exec format error: docker runs no shell');
    // A binary is not shell text.
    assert.ok('error' in deriveEntryPlan(fs, config({ cmd: ['sh', '-c', 'tini'] })));
  });

  it('reads `. file` and `source file` in the same shell: its cd and export stay', async () => {
    const fs = await image(
      shellScript('srv/run', '. /srv/env.sh\nsource ./more.sh\nexec python3 -m "$APP"\n'),
      { name: 'srv/env.sh', content: 'export APP=svc.main\ncd /srv\n' },
      { name: 'srv/more.sh', content: 'export MODE=web\n' },
    );
    const result = plan(fs, config({ cmd: ['/srv/run'] }));
    assert.deepEqual([result.entries, result.config.workingDir, result.config.env], [[pyModule('svc.main')], '/srv', [PATH, 'APP=svc.main', 'MODE=web']]);
  });

  it('ends a script at an exec or exit that surely runs, not at one in a branch, after && or ||, or at exec >log', async () => {
    const fs = await image(shellScript('srv/run', 'exec >>/var/log/app.log 2>&1\n[ -f /srv/x ] && exec python3 -m first\ntest -n "$A" || exec python3 -m second\nif [ "$1" = x ]; then\n  exec python3 -m third\nfi\nexec python3 -m fourth\nexit 0\npython3 -m never\n'));
    assert.deepEqual(plan(fs, config({ cmd: ['/srv/run'] })).entries, ['first', 'second', 'third', 'fourth'].map(pyModule));
    const exits = await image(shellScript('srv/run', 'python3 -m migrate\nexit 0\nexec python3 -m never\n'));
    assert.deepEqual(plan(exits, config({ cmd: ['/srv/run'] })).entries, [pyModule('migrate')]);
  });

  it('stops at a script whose content was not kept, or kept only in part, and names it', async () => {
    const files: WriteEntry[] = [shellScript('srv/run', 'exec /srv/next "$@"\n'), shellScript('srv/next', `# ${'x'.repeat(600)}\nexec python3 -m svc\n`)];
    const cut = await fsFromLayers([BASE, files], (file, size) => (file === '/srv/next' ? 512 : size));
    const result = deriveEntryPlan(cut, config({ cmd: ['/srv/run'] }));
    assert.ok('error' in result);
    const stop = '/srv/next is run by a shell, but only its first 512 of 633 bytes were kept: the chain of entry points is not followed past it';
    assert.deepEqual(result.stops, [stop]);
    assert.ok(result.error.endsWith(`; ${stop}; list the modules or scripts it runs in the entrypoints input (--entrypoint on the command line)`), result.error);
    const left = await fsFromLayers([BASE, files], (file, size) => (file === '/srv/next' ? 0 : size));
    assert.deepEqual((deriveEntryPlan(left, config({ cmd: ['/srv/run'] })) as { stops: string[] }).stops, ['/srv/next is run, but its content was not kept when the image was read: the chain of entry points is not followed past it']);
  });

  it('stops at a script that sources itself', async () => {
    const fs = await image(shellScript('srv/run', '. /srv/run\nexec python3 -m svc\n'));
    const result = plan(fs, config({ cmd: ['/srv/run'] }));
    assert.deepEqual(result.entries, [pyModule('svc')]);
    // The sourcing stops at the nesting limit; so does the exec of the deepest copy.
    assert.deepEqual(result.notes, ['stopped following [".","/srv/run"]: wrappers nest too deep', 'stopped following ["exec","python3","-m","svc"]: wrappers nest too deep']);
  });
});

describe('deriveEntryPlan: Python launchers', () => {
  const launcher = (name: string, text: string): WriteEntry => ({ name, content: `#!/usr/bin/env python3\n${text}`, mode: 0o755 });
  const launcherEntry = (file: string): EntryPoint => ({ role: 'script', module: '__main__', file, how: `console script ${file}`, launches: true });
  /** A launcher whose chain ends with itself: nothing else is walked for it. */
  const lastEntry = (file: string): EntryPoint => ({ role: 'script', module: '__main__', file, how: `console script ${file}` });

  it('follows a shell script to a launcher that runs python -m app with the env_exe of a venv.EnvBuilder', async () => {
    const fs = await image(
      ...VENV,
      shellScript('srv/run', 'cd /srv\nexec script/run "$@"\n'),
      launcher('srv/script/run', 'import subprocess, sys, venv\n\ndef main():\n    builder = venv.EnvBuilder(with_pip=True)\n    context = builder.ensure_directories("venv")\n    return subprocess.run([context.env_exe, "-m", "app", *sys.argv[1:]], check=True).returncode\n\nif __name__ == "__main__":\n    sys.exit(main())\n'),
    );
    assertPlan(fs, config({ entrypoint: ['/srv/run'], cmd: ['--port', '80'] }), {
      command: ['/srv/venv/bin/python3', '-m', 'app', '--port', '80'],
      interpreter: '/srv/venv/bin/python3',
      launcher: { kind: 'module', cwd: '/srv' },
      entries: [launcherEntry('/srv/script/run'), pyModule('app')],
      workingDir: '/srv',
    });
  });

  it('reads subprocess, os.exec* and os.spawn* calls, aliases, sys.executable, names bound once and paths from __file__', async () => {
    const cases: Array<[string, string[]]> = [
      ['import subprocess\nsubprocess.check_call([sys.executable, "-m", "svc"])\nimport sys\n', ['/usr/bin/python3', '-m', 'svc']],
      ['import subprocess as sp\nCMD = ["python3", "-m", "svc"]\nsp.Popen(CMD + ["--fast"]).wait()\n', ['python3', '-m', 'svc', '--fast']],
      ['from subprocess import call\ncall(args=("python3", "-msvc"))\n', ['python3', '-msvc']],
      ['import os\nos.execvp("python3", ["python3", "-m", "svc"])\n', ['python3', '-m', 'svc']],
      ['import os\nos.execv("venv/bin/python", ["python", "-m", "svc"])\n', ['venv/bin/python', '-m', 'svc']],
      ['from os import execl\nexecl("venv/bin/python3", "python3", "-m", "svc")\n', ['venv/bin/python3', '-m', 'svc']],
      ['import os\nos.spawnlp(os.P_WAIT, "python3", "python3", "-m", "svc")\n', ['python3', '-m', 'svc']],
      ['import os\nos.execve("/srv/venv/bin/python", ["py", "-m", "svc"], {})\n', ['/srv/venv/bin/python', '-m', 'svc']],
      ['import os\nfrom pathlib import Path\nROOT = Path(__file__).resolve().parent.parent\nos.execv(str(ROOT / "venv" / "bin" / "python"), ["python", "-m", "svc"])\n', ['/srv/venv/bin/python', '-m', 'svc']],
      ['import os, subprocess\nHERE = os.path.dirname(os.path.abspath(__file__))\nsubprocess.run([os.path.join(HERE, "..", "venv", "bin", "python"), "-m", "svc"])\n', ['/srv/bin/../venv/bin/python', '-m', 'svc']],
    ];
    for (const [text, command] of cases) {
      const fs = await image(...VENV, launcher('srv/bin/launch', text));
      const result = deriveEntryPlan(fs, config({ workingDir: '/srv', cmd: ['/srv/bin/launch'] }));
      assert.ok(!('error' in result), `${text}: ${'error' in result ? result.error : ''}`);
      assert.deepEqual([result.command, result.entries, result.stops], [command, [launcherEntry('/srv/bin/launch'), pyModule('svc')], undefined], text);
    }
  });

  it('runs a launch from its cwd= or after os.chdir, and shell text of shell=True and os.system', async () => {
    const fs = await image({ name: 'opt/svc/', type: 'dir' }, launcher('srv/bin/launch', 'import os, subprocess\nsubprocess.run("python3 -m a", shell=True, cwd="/opt/svc")\nos.chdir("/opt")\nos.system("cd svc && exec python3 -m b")\n'));
    const result = plan(fs, config({ workingDir: '/srv', cmd: ['/srv/bin/launch'] }));
    assert.deepEqual([result.entries, result.launcher, result.config.workingDir], [[launcherEntry('/srv/bin/launch'), pyModule('a'), pyModule('b')], { kind: 'module', cwd: '/opt/svc' }, '/opt/svc']);
  });

  it('does not follow arguments the text does not give, and names the file, the line and the call', async () => {
    const fs = await image(launcher('srv/bin/launch', 'import os, subprocess, sys\nfor module in ("a", "b"):\n    subprocess.run([sys.executable, "-m", module])\nname = "x"\nname = "y"\nos.execvp(name, [name])\nsubprocess.run(f"python3 -m {name}", shell=True)\n'));
    const result = deriveEntryPlan(fs, config({ workingDir: '/srv', cmd: ['/srv/bin/launch'] }));
    assert.ok(!('error' in result));
    assert.deepEqual(result.entries, [lastEntry('/srv/bin/launch')]);
    assert.deepEqual(result.stops, [
      '/srv/bin/launch:4 runs subprocess.run([sys.executable, "-m", module]), whose arguments are not literal: the chain of entry points is not followed past /srv/bin/launch',
      '/srv/bin/launch:7 runs os.execvp(name, [name]), whose arguments are not literal: the chain of entry points is not followed past /srv/bin/launch',
      '/srv/bin/launch:8 runs subprocess.run("...", shell=True), whose arguments are not literal: the chain of entry points is not followed past /srv/bin/launch',
    ]);
  });

  it('follows a launcher that runs itself only as deep as the nesting limit', async () => {
    const fs = await image(launcher('srv/bin/launch', 'import subprocess, sys\nsubprocess.run([sys.executable, __file__])\n'));
    const result = plan(fs, config({ cmd: ['/srv/bin/launch'] }));
    // The same file run again is the same entry, and it launches nothing else.
    assert.deepEqual(result.entries, [lastEntry('/srv/bin/launch')]);
    assert.deepEqual(result.notes, ['stopped following ["/usr/bin/python3","/srv/bin/launch"]: wrappers nest too deep']);
  });

  it('reads the folders the running script adds to sys.path, each whose value its text gives', async () => {
    const fs = await image(launcher('usr/bin/listchanges', 'import os, sys\nsys.path += [os.path.dirname(sys.argv[0]) + "/lc", "/usr/share/lc"]\nsys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "lib", "lc"))\nsys.path.append("vendor")\nsys.path[0:0] = ["/opt/first"]\nimport lclog\n'));
    const result = plan(fs, config({ workingDir: '/srv', cmd: ['/usr/bin/listchanges'] }));
    assert.deepEqual(result.pathAdditions, { front: ['/usr/lib/lc', '/opt/first'], back: ['/srv/vendor', '/usr/share/lc'] });
  });

  it('notes a launcher that does not parse', async () => {
    const fs = await image(launcher('srv/bin/launch', 'print "python 2"\n'));
    const result = plan(fs, config({ cmd: ['/srv/bin/launch'] }));
    assert.match(result.notes[0]!, /^\/srv\/bin\/launch does not parse as Python \(.*\): the programs it starts were not looked for$/);
  });
});

describe('parseEntryLines', () => {
  it('reads modules, module:attr, scripts, comments, blank lines and auto', () => {
    assert.deepEqual(parseEntryLines(['', '  # a comment', 'pkg.worker', '  pkg.web:app  ', 'pkg.factory:create_app()', '/srv/run.py', 'scripts/tool', 'manage.py', 'auto']), {
      entries: [
        { role: 'module', module: 'pkg.worker', how: 'entrypoints input' },
        { role: 'app', module: 'pkg.web', attr: 'app', how: 'entrypoints input' },
        { role: 'app', module: 'pkg.factory', attr: 'create_app', how: 'entrypoints input' },
        { role: 'script', module: '__main__', file: '/srv/run.py', how: 'entrypoints input' },
        { role: 'script', module: '__main__', file: 'scripts/tool', how: 'entrypoints input' },
        { role: 'script', module: '__main__', file: 'manage.py', how: 'entrypoints input' },
      ],
      keepDerived: true,
    });
  });

  it('replaces the derived entries unless a line says auto', () => {
    assert.deepEqual(parseEntryLines(['svc.main']), { entries: [{ role: 'module', module: 'svc.main', how: 'entrypoints input' }], keepDerived: false });
    assert.deepEqual(parseEntryLines(['auto', '# nothing else']), { entries: [], keepDerived: true });
    assert.deepEqual(parseEntryLines([]), { entries: [], keepDerived: false });
  });
});
