// Extension modules whose shared libraries the image lacks, built by the engine: Debian's OpenCV
// with its GL library removed, an extension built for another machine, one that needs a glibc
// symbol version the image's libc does not define. The guard must say so at the import line, and
// the boot must confirm it; over every extension module of the test images, its verdict must be
// the image's own loader's (ldd in a container of the image).
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { execa } from 'execa';
import { openImage } from '../../src/image/open-image.ts';
import { pythonAnalysisContent } from '../../src/image/content.ts';
import { nativeCheck } from '../../src/python/native-imports.ts';
import { environmentOf } from '../../src/python/environment.ts';
import { cli } from '../helpers/cli.ts';
import { buildFixture, dockerReady, guardContainers, PYTHON_BIG_IMAGE, PYTHON_IMAGE } from '../helpers/docker.ts';
import { tempFolder } from '../helpers/layouts.ts';
import { parseJsonReport } from '../helpers/json-report.ts';

const OPENCV_IMAGE = 'import-guard-test/debian-python3-opencv:bookworm-1';
const WITH_GL = 'import-guard-test/native-with-gl:itg';
const NO_GL = 'import-guard-test/native-no-gl:itg';
const OTHER_ARCH = 'import-guard-test/native-other-arch:itg';
const NEWER_GLIBC = 'import-guard-test/native-newer-glibc:itg';
const DYNLOAD = '/usr/lib/python3.11/lib-dynload';
/** Where pip installs for Debian's python3: an installed package's extension module goes here. */
const SITE = '/usr/local/lib/python3.11/dist-packages';

interface JsonFinding {
  kind: string;
  severity: string;
  module: string;
  imagePath: string;
  line: number;
  message: string;
  cause: string | null;
  native?: { extension: string; library?: string; objects: string[]; searched?: string[]; provider?: string };
  boot: { predicted: boolean; exception?: string; exceptionMessage?: string } | null;
}

/** Builds an image from a Dockerfile and files given as text. */
async function build(tag: string, files: Record<string, string>): Promise<void> {
  await using tmp = await tempFolder();
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(tmp.dir, name)), { recursive: true });
    await writeFile(path.join(tmp.dir, name), text);
  }
  await buildFixture(tmp.dir, tag);
}

async function scan(image: string, boot: 'none' | 'import', ...more: string[]): Promise<{ findings: JsonFinding[]; stats: { extensionModules?: { checked: number; unchecked: number } }; stderr: string }> {
  const run = await cli(['scan', `docker:${image}`, '--boot', boot, '--format', 'json', '--fail-on', 'never', ...more]);
  assert.equal(run.code, 0, run.stderr);
  const report = parseJsonReport(run.stdout);
  return { ...report, stderr: run.stderr };
}

const NATIVE = new Set(['missing-library', 'wrong-architecture', 'libc-mismatch']);

/** A Python script, run in the image, that writes a copy of an extension module with some of its bytes changed. */
function patchScript(from: string, to: string, change: string): string {
  return `data = bytearray(open(${JSON.stringify(from)}, 'rb').read())\n${change}\nopen(${JSON.stringify(to)}, 'wb').write(data)\n`;
}

describe('native imports: extension modules whose libraries the image lacks', () => {
  it('reports libGL.so.1 missing at the import of cv2, with the loader chain and its package, and the boot confirms it', async (t) => {
    if (!(await dockerReady(t, { images: [OPENCV_IMAGE] }))) return;
    const app = 'import cv2\nprint(cv2.__version__)\n';
    const dockerfile = (slimming: string): string => `FROM ${OPENCV_IMAGE}\nCOPY app.py /app/app.py\n${slimming}WORKDIR /app\nCMD ["python3", "-m", "app"]\n`;
    await build(WITH_GL, { 'Dockerfile': dockerfile(''), 'app.py': app });
    // A slimming step that takes the GL library away, as a slim base image would not have it.
    await build(NO_GL, { 'Dockerfile': dockerfile('RUN rm -f /usr/lib/x86_64-linux-gnu/libGL.so.1*\n'), 'app.py': app });
    const healthy = await scan(WITH_GL, 'import');
    assert.deepEqual(healthy.findings.filter((finding) => NATIVE.has(finding.kind)), []);
    assert.ok(healthy.stats.extensionModules!.checked >= 1 && healthy.stats.extensionModules!.unchecked === 0, JSON.stringify(healthy.stats));
    const broken = await scan(NO_GL, 'import');
    const native = broken.findings.filter((finding) => NATIVE.has(finding.kind));
    assert.equal(native.length, 1, JSON.stringify(native, null, 1));
    const [finding] = native;
    assert.equal(finding!.kind, 'missing-library');
    assert.equal(finding!.severity, 'error');
    assert.equal(finding!.module, 'cv2');
    assert.deepEqual([finding!.imagePath, finding!.line], ['/app/app.py', 1]);
    assert.equal(finding!.message, 'ImportError: libGL.so.1: cannot open shared object file: No such file or directory');
    assert.equal(finding!.native!.library, 'libGL.so.1');
    assert.match(finding!.native!.extension, /^\/usr\/lib\/python3\/dist-packages\/cv2\..*\.so$/);
    assert.ok(finding!.native!.objects.length >= 2 && finding!.native!.objects[0] === finding!.native!.extension, finding!.native!.objects.join(' '));
    assert.ok(finding!.native!.searched!.includes('/etc/ld.so.cache'), finding!.native!.searched!.join(', '));
    assert.equal(finding!.native!.provider, 'libgl1');
    assert.match(finding!.cause!, /libGL\.so\.1 is needed by .*; the loader looked in .*\/etc\/ld\.so\.cache.*; the image's package database names libgl1 as its package/);
    assert.ok(finding!.boot?.predicted, `confirmed at boot: ${JSON.stringify(finding!.boot)}`);
    assert.match(finding!.boot.exceptionMessage!, /libGL\.so\.1: cannot open shared object file/);
    // Turned off, the check says nothing of extension modules.
    const off = await scan(NO_GL, 'none', '--no-native');
    assert.deepEqual([off.findings.filter((item) => NATIVE.has(item.kind)), off.stats.extensionModules], [[], undefined]);
    assert.deepEqual(await guardContainers(), []);
  });

  it('reports an extension built for another machine, and one that needs a glibc version the image lacks; the boot confirms both', async (t) => {
    if (!(await dockerReady(t, { images: [PYTHON_IMAGE] }))) return;
    const json = `${DYNLOAD}/_json.cpython-311-x86_64-linux-gnu.so`;
    await build(OTHER_ARCH, {
      'Dockerfile': `FROM ${PYTHON_IMAGE}\nCOPY patch.py app.py /app/\nRUN python3 /app/patch.py\nWORKDIR /app\nCMD ["python3", "-m", "app"]\n`,
      // e_machine (bytes 18-19) set to AArch64: a wheel for arm64 in an amd64 image.
      'patch.py': patchScript(json, '/app/fastjson.cpython-311-x86_64-linux-gnu.so', 'data[18:20] = (183).to_bytes(2, "little")'),
      'app.py': 'import fastjson\n',
    });
    await build(NEWER_GLIBC, {
      'Dockerfile': `FROM ${PYTHON_IMAGE}\nCOPY patch.py app.py /app/\nRUN python3 /app/patch.py\nCMD ["python3", "/app/app.py"]\n`,
      // The first module of the standard library that needs glibc versions, those renamed (GLIBC_2.14
      // to GLIBC_9.14): versions no libc defines yet.
      'patch.py': `import os\nfolder = ${JSON.stringify(DYNLOAD)}\nfor name in sorted(os.listdir(folder)):\n    data = open(os.path.join(folder, name), 'rb').read()\n    if b'GLIBC_2.' in data:\n        break\nos.makedirs(SITE, exist_ok=True)\nopen(SITE + '/newjson.cpython-311-x86_64-linux-gnu.so', 'wb').write(data.replace(b'GLIBC_2.', b'GLIBC_9.'))\n`.replaceAll('SITE', JSON.stringify(SITE)),
      'app.py': 'try:\n    import newjson\nexcept ImportError:\n    newjson = None\n',
    });
    const other = (await scan(OTHER_ARCH, 'import')).findings.filter((finding) => NATIVE.has(finding.kind));
    assert.deepEqual(other.map((finding) => [finding.kind, finding.severity, finding.module, finding.imagePath, finding.line]), [['wrong-architecture', 'error', 'fastjson', '/app/app.py', 1]]);
    assert.match(other[0]!.message, /AArch64|aarch64/);
    assert.ok(other[0]!.boot?.predicted, JSON.stringify(other[0]!.boot));
    const newer = (await scan(NEWER_GLIBC, 'none')).findings.filter((finding) => NATIVE.has(finding.kind));
    // An installed package's module, its ImportError caught by a handler, as a missing module there would be: a notice.
    assert.deepEqual(newer.map((finding) => [finding.kind, finding.severity, finding.module, finding.line]), [['libc-mismatch', 'notice', 'newjson', 2]]);
    assert.match(newer[0]!.message, /GLIBC_9\./);
    // The boot of the same module without the handler: the loader's own words.
    const { stderr } = await execa('docker', ['run', '--rm', '--network', 'none', NEWER_GLIBC, 'python3', '-c', 'import newjson'], { reject: false });
    assert.match(stderr, /version `GLIBC_9\.[0-9.]+' not found \(required by \/usr\/local\/lib\/python3\.11\/dist-packages\/newjson/);
  });

  it("agrees with the image's own loader (ldd) on every extension module of the test images", async (t) => {
    if (!(await dockerReady(t, { images: [PYTHON_BIG_IMAGE, OPENCV_IMAGE, NO_GL, OTHER_ARCH, NEWER_GLIBC] }))) return;
    let compared = 0;
    for (const image of [PYTHON_BIG_IMAGE, OPENCV_IMAGE, NO_GL, OTHER_ARCH, NEWER_GLIBC]) {
      // The loader's verdict in a container of the image, per module: the libraries ldd finds
      // missing, the versions it finds undefined, or that the loader cannot load it at all.
      const listing = await execa('docker', ['run', '--rm', '--network', 'none', '--entrypoint', 'sh', image, '-c', 'find /usr/lib/python3* /usr/local/lib/python3* /app -name "*.so" -type f 2>/dev/null | sort | while read -r f; do echo "== $f"; ldd "$f" 2>&1; done']);
      const oracle = new Map<string, Set<string>>();
      let current: Set<string> | undefined;
      for (const line of listing.stdout.split('\n')) {
        const version = /version `([^']+)' not found/.exec(line);
        if (line.startsWith('== ')) oracle.set(line.slice(3), (current = new Set()));
        else if (/=> not found/.test(line)) current?.add(line.trim().split(' ')[0]!);
        else if (version) current?.add(`version ${version[1]}`);
        else if (/not a dynamic executable/.test(line)) current?.add('not loadable');
      }
      const opened = await openImage(`docker:${image}`, { select: pythonAnalysisContent });
      try {
        const check = nativeCheck(opened.fs, { python: '/usr/bin/python3.11', env: environmentOf(opened.config), workingDir: '/' });
        const disagreements: string[] = [];
        for (const [module, missing] of oracle) {
          const verdict = check.check(module);
          assert.ok(!('unchecked' in verdict), `${image} ${module}: ${JSON.stringify(verdict)}`);
          const ours = new Set(verdict.problems.map((problem) => (problem.kind === 'missing-library' ? problem.library! : problem.kind === 'libc-mismatch' ? `version ${problem.version}` : 'not loadable')));
          if ([...ours].sort().join() !== [...missing].sort().join()) disagreements.push(`${module}: guard ${[...ours].join(',') || 'loads'}, ldd ${[...missing].join(',') || 'loads'}`);
        }
        console.log(`${image}: ${oracle.size} extension modules, ${[...oracle.values()].filter((missing) => missing.size > 0).length} with libraries missing per ldd, ${disagreements.length} disagreements`);
        assert.deepEqual(disagreements.slice(0, 10), [], image);
        compared += oracle.size;
      } finally {
        opened.fs.close();
      }
    }
    assert.ok(compared > 250, `${compared} modules compared`);
  });
});
