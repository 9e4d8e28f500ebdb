// Writes examples/fastapi-service/image: the OCI layout that `docker build` of the example
// produces, made without Docker so the example runs anywhere. Python and the installed packages
// are small stand-ins at the places a python:3.12-slim image holds them; the application layer
// is the example's real source, with what its .dockerignore drops (`**/monitoring/`) left out.
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ociLayout, writeLayoutDir } from '../test/helpers/layouts.ts';
import { tar, type WriteEntry } from '../test/helpers/tar-writer.ts';

const EXAMPLE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../examples/fastapi-service');
const STAND_IN = '# Stand-in for the real module: the example image needs no Docker to build.\n';
const LIB = 'usr/local/lib/python3.12';
const SITE = `${LIB}/site-packages`;

function modules(prefix: string, names: string[]): WriteEntry[] {
  return names.map((name) => ({ name: `${prefix}/${name}`, content: STAND_IN }));
}

const pythonLayer: WriteEntry[] = [
  { name: 'etc/passwd', content: 'root:x:0:0:root:/root:/bin/bash\n' },
  { name: 'usr/local/bin/python3.12', content: '\x7fELF stand-in interpreter\n', mode: 0o755 },
  { name: 'usr/local/bin/python3', type: 'symlink', linkName: 'python3.12' },
  { name: 'usr/local/bin/python', type: 'symlink', linkName: 'python3' },
  ...modules(LIB, ['__future__.py', 'contextlib.py', 'contextvars.py', 'os.py', 'typing.py', 'logging/__init__.py', 'json/__init__.py']),
  { name: `${LIB}/_sysconfigdata__linux_x86_64-linux-gnu.py`, content: "build_time_vars = {'EXT_SUFFIX': '.cpython-312-x86_64-linux-gnu.so', 'SOABI': 'cpython-312-x86_64-linux-gnu'}\n" },
];

const packagesLayer: WriteEntry[] = [
  { name: 'usr/local/bin/gunicorn', content: '#!/usr/local/bin/python3.12\nfrom gunicorn.app.wsgiapp import run\nrun()\n', mode: 0o755 },
  // The names the example imports from a package: Python (and the guard) check they exist.
  { name: `${SITE}/fastapi/__init__.py`, content: `${STAND_IN}class FastAPI: ...\nclass APIRouter: ...\n` },
  ...modules(SITE, ['starlette/__init__.py', 'starlette/middleware/__init__.py', 'starlette/middleware/base.py', 'uvicorn/__init__.py', 'uvicorn/workers.py', 'gunicorn/__init__.py', 'gunicorn/app/__init__.py', 'gunicorn/app/wsgiapp.py']),
  ...['fastapi-0.115.0', 'starlette-0.38.6', 'uvicorn-0.30.6', 'gunicorn-22.0.0'].map((dist) => ({ name: `${SITE}/${dist}.dist-info/top_level.txt`, content: `${dist.split('-')[0]}\n` })),
];

/** The example's source as COPY puts it in /srv, minus what .dockerignore excludes. */
async function appLayer(): Promise<WriteEntry[]> {
  const entries: WriteEntry[] = [{ name: 'srv/requirements.txt', content: await readFile(path.join(EXAMPLE, 'requirements.txt')) }];
  const walk = async (dir: string): Promise<void> => {
    for (const item of (await readdir(path.join(EXAMPLE, dir), { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      const relative = path.posix.join(dir, item.name);
      if (item.isDirectory()) {
        if (item.name === 'monitoring' || item.name === '__pycache__') continue;
        await walk(relative);
      } else if (item.isFile()) entries.push({ name: `srv/${relative}`, content: await readFile(path.join(EXAMPLE, relative)) });
    }
  };
  await walk('netra_backend');
  return entries;
}

export async function writeExampleImage(target: string): Promise<void> {
  const layout = ociLayout([
    {
      layers: [tar(pythonLayer), tar(packagesLayer), tar(await appLayer())],
      config: {
        Env: ['PATH=/usr/local/bin:/usr/local/sbin:/usr/sbin:/usr/bin:/sbin:/bin', 'LANG=C.UTF-8', 'PYTHON_VERSION=3.12.7'],
        Cmd: ['gunicorn', '-k', 'uvicorn.workers.UvicornWorker', '--bind', '0.0.0.0:8000', 'netra_backend.app.main:app'],
        WorkingDir: '/srv',
        ExposedPorts: { '8000/tcp': {} },
      },
    },
  ]);
  await rm(target, { recursive: true, force: true });
  await writeLayoutDir(layout, target);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await writeExampleImage(path.join(EXAMPLE, 'image'));
  console.log(`wrote ${path.relative(process.cwd(), path.join(EXAMPLE, 'image'))}`);
}
