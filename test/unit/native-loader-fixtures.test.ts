import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { EM_X86_64 } from '../../src/native/elf-machine.ts';
import { readLoaderSetup, type SetupOptions } from '../../src/native/loader-setup.ts';
import { ImageLoader, type LoadProblem, type ModuleLoad } from '../../src/native/loader.ts';
import { tempFolder } from '../helpers/layouts.ts';
import { diskFileSystem, ldd, loaderVerdict, normalized, skipWithout } from '../helpers/native-files.ts';

const run = promisify(execFile);
const X86_64 = { elfClass: 64, endian: 'little', machine: EM_X86_64 } as const;

function loaderFor(options: SetupOptions = {}): ImageLoader {
  const setup = readLoaderSetup(diskFileSystem(), X86_64, options);
  assert.equal(setup.status, 'ok');
  if (setup.status !== 'ok') throw new Error('unreachable');
  return new ImageLoader(diskFileSystem(), setup.setup);
}

function problemOf<K extends LoadProblem['kind']>(load: ModuleLoad, kind: K): Extract<LoadProblem, { kind: K }> {
  const problem = load.problems.find((candidate) => candidate.kind === kind);
  assert.ok(problem, `a ${kind} problem in ${JSON.stringify(load.problems)}`);
  return problem as Extract<LoadProblem, { kind: K }>;
}

function gcc(compiler: string, args: string[]): void {
  execFileSync(compiler, ['-shared', '-fPIC', '-Wl,--no-as-needed', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
}

describe('loader against ldd on built fixtures', { skip: skipWithout('gcc', 'ldd') }, () => {
  let tmp: Awaited<ReturnType<typeof tempFolder>>;
  let dir = '';
  const at = (...parts: string[]) => path.join(dir, ...parts);

  before(async () => {
    tmp = await tempFolder('native-fixtures-');
    dir = tmp.dir;
    for (const sub of ['src', 'lib', 'lib2', 'wl', 'mod', 'mod2', 'stub', 'v1']) mkdirSync(at(sub));
    const source = (name: string, text: string) => {
      writeFileSync(at('src', name), text);
      return at('src', name);
    };
    gcc('gcc', ['-o', at('lib/libb.so'), source('b.c', 'int b(void){return 2;}'), '-Wl,-soname,libb.so']);
    gcc('gcc', ['-o', at('lib/liba.so'), source('a.c', 'int b(void); int a(void){return b();}'), '-Wl,-soname,liba.so', `-L${at('lib')}`, '-lb']);
    copyFileSync(at('lib/liba.so'), at('lib2/liba.so'));
    const mod = source('m.c', 'int a(void); int m(void){return a();}');
    const linkA = [`-L${at('lib')}`, '-la'];
    gcc('gcc', ['-o', at('mod/rpath.so'), mod, ...linkA, '-Wl,--disable-new-dtags', '-Wl,-rpath,$ORIGIN/../lib']);
    gcc('gcc', ['-o', at('mod/runpath.so'), mod, ...linkA, '-Wl,--enable-new-dtags', '-Wl,-rpath,$ORIGIN/../lib']);
    gcc('gcc', ['-o', at('mod/plain.so'), mod, ...linkA]);
    gcc('gcc', ['-o', at('mod2/rpath.so'), mod, ...linkA, '-Wl,--disable-new-dtags', '-Wl,-rpath,${ORIGIN}/../lib2']);
    gcc('gcc', ['-o', at('mod/nodeflib.so'), source('z.c', 'int zlibVersion(void); int z(void){return !!zlibVersion();}'), '/lib/x86_64-linux-gnu/libz.so.1', '-Wl,-z,nodefaultlib']);
    // A library for another machine (e_machine patched to AArch64): glibc passes over it.
    const foreign = readFileSync(at('lib/libb.so'));
    foreign.writeUInt16LE(183, 18);
    writeFileSync(at('wl/libb.so'), foreign);
    gcc('gcc', ['-o', at('mod/skiparch.so'), source('s.c', 'int b(void); int s(void){return b();}'), `-L${at('lib')}`, '-lb', '-Wl,--disable-new-dtags', '-Wl,-rpath,$ORIGIN/../wl:$ORIGIN/../lib']);
    gcc('gcc', ['-o', at('mod/onlyarch.so'), at('src/s.c'), `-L${at('lib')}`, '-lb', '-Wl,--disable-new-dtags', '-Wl,-rpath,$ORIGIN/../wl']);
    // Symbol versions: the module is linked against V_2; the library it meets defines only V_1.
    writeFileSync(at('src/v2.map'), 'V_1 { global: v1; local: *; };\nV_2 { global: v2; } V_1;\n');
    writeFileSync(at('src/v1.map'), 'V_1 { global: v1; v2; local: *; };\n');
    gcc('gcc', ['-o', at('lib/libv.so'), source('v.c', 'int v1(void){return 1;} int v2(void){return 2;}'), '-Wl,-soname,libv.so', `-Wl,--version-script=${at('src/v2.map')}`]);
    gcc('gcc', ['-o', at('v1/libv.so'), at('src/v.c'), '-Wl,-soname,libv.so', `-Wl,--version-script=${at('src/v1.map')}`]);
    gcc('gcc', ['-o', at('mod/versioned.so'), source('mv.c', 'int v2(void); int mv(void){return v2();}'), `-L${at('lib')}`, '-lv', '-Wl,--disable-new-dtags', '-Wl,-rpath,$ORIGIN/../v1']);
    // A newer glibc than the machine's: linked against a stub libc.so.6 that defines GLIBC_2.99.
    writeFileSync(at('src/glibc.map'), 'GLIBC_2.99 { global: future_call; local: *; };\n');
    gcc('gcc', ['-nostdlib', '-o', at('stub/libc.so.6'), source('stub.c', 'int future_call(void){return 0;}'), '-Wl,-soname,libc.so.6', `-Wl,--version-script=${at('src/glibc.map')}`]);
    gcc('gcc', ['-nostdlib', '-o', at('mod/newglibc.so'), source('ng.c', 'int future_call(void); int ng(void){return future_call();}'), at('stub/libc.so.6')]);
  });
  after(async () => {
    await tmp[Symbol.asyncDispose]();
  });

  const cases: { module: string; env?: Record<string, string>; expect: (load: ModuleLoad) => void }[] = [
    { module: 'mod/rpath.so', expect: (load) => assert.equal(load.status, 'ok') },
    {
      module: 'mod/runpath.so',
      expect: (load) => {
        const problem = problemOf(load, 'missing-library');
        assert.equal(problem.library, 'libb.so');
        assert.deepEqual(problem.chain, [at('mod/runpath.so'), `${at('mod')}/../lib/liba.so`], 'RUNPATH is not inherited: liba.so cannot find libb.so');
        assert.ok(!problem.searched.some((place) => place.via === 'RUNPATH'));
      },
    },
    { module: 'mod/plain.so', env: { LD_LIBRARY_PATH: '' }, expect: (load) => assert.equal(problemOf(load, 'missing-library').library, 'liba.so') },
    { module: 'mod/plain.so', env: { LD_LIBRARY_PATH: 'LIB' }, expect: (load) => assert.equal(load.status, 'ok') },
    {
      module: 'mod2/rpath.so',
      expect: (load) => {
        const problem = problemOf(load, 'missing-library');
        assert.deepEqual([problem.library, problem.chain], ['libb.so', [at('mod2/rpath.so'), `${at('mod2')}/../lib2/liba.so`]]);
        assert.equal(problem.searched.find((place) => place.via === 'RPATH')?.directory, `${at('mod2')}/../lib2`, 'the module RPATH serves its dependencies too');
      },
    },
    { module: 'mod/nodeflib.so', expect: (load) => assert.equal(problemOf(load, 'missing-library').library, 'libz.so.1', 'nodefaultlib skips the cache and the trusted directories') },
    { module: 'mod/skiparch.so', expect: (load) => assert.deepEqual(load.loaded.map((object) => object.path).slice(1, 2), [`${at('mod')}/../lib/libb.so`]) },
    {
      module: 'mod/onlyarch.so',
      expect: (load) => {
        const problem = problemOf(load, 'wrong-architecture');
        assert.deepEqual([problem.library, problem.architecture, problem.expected], ['libb.so', 'aarch64', 'x86_64']);
      },
    },
    {
      module: 'mod/versioned.so',
      expect: (load) => {
        const problem = problemOf(load, 'missing-version');
        assert.deepEqual([problem.library, problem.version], ['libv.so', 'V_2']);
      },
    },
    {
      module: 'mod/newglibc.so',
      expect: (load) => {
        const problem = problemOf(load, 'libc-mismatch');
        assert.ok(problem.reason === 'missing-version' && problem.version === 'GLIBC_2.99' && problem.library === 'libc.so.6', JSON.stringify(problem));
      },
    },
  ];

  for (const { module, env, expect } of cases) {
    it(`${module}${env ? ` with ${JSON.stringify(env)}` : ''}: the same verdict as ldd`, async () => {
      const environment = Object.fromEntries(Object.entries(env ?? {}).map(([name, value]) => [name, value.replace('LIB', at('lib'))]));
      const load = loaderFor({ ldLibraryPath: environment.LD_LIBRARY_PATH }).resolve(at(module));
      assert.deepEqual(normalized(loaderVerdict(load)), normalized(await ldd(at(module), environment)));
      expect(load);
    });
  }
});

/** musl's loader run as a command lists what it loads; errors go to stderr. */
async function muslList(loader: string, file: string, env: Record<string, string> = {}): Promise<{ paths: string[]; notFound: string[] }> {
  let output: string;
  try {
    const result = await run(loader, ['--list', file], { env });
    output = `${result.stdout}\n${result.stderr}`;
  } catch (error) {
    output = `${(error as { stdout?: string }).stdout ?? ''}\n${(error as { stderr?: string }).stderr ?? ''}`;
  }
  return {
    paths: [...output.matchAll(/^\s+\S+ => (\/\S+) \(0x/gm)].map((match) => match[1]!).filter((found) => found !== loader),
    notFound: [...output.matchAll(/Error loading shared library (\S+): No such file/g)].map((match) => match[1]!),
  };
}

describe('loader against musl on built fixtures', { skip: skipWithout('musl-gcc', 'gcc') }, () => {
  it('finds libraries through the path file next to the loader, LD_LIBRARY_PATH and $ORIGIN, as musl does', async () => {
    await using tmp = await tempFolder('native-musl-');
    const at = (...parts: string[]) => path.join(tmp.dir, ...parts);
    for (const sub of ['root/lib', 'root/etc', 'plib', 'mod', 'src']) mkdirSync(at(sub), { recursive: true });
    const loader = at('root/lib/ld-musl-x86_64.so.1');
    copyFileSync(execFileSync('readlink', ['-f', '/lib/ld-musl-x86_64.so.1'], { encoding: 'utf8' }).trim(), loader);
    writeFileSync(at('src/b.c'), 'int mb(void){return 1;}');
    writeFileSync(at('src/m.c'), 'int mb(void); int mm(void){return mb();}');
    gcc('musl-gcc', ['-o', at('plib/libmb.so'), at('src/b.c'), '-Wl,-soname,libmb.so']);
    gcc('musl-gcc', ['-o', at('mod/plain.so'), at('src/m.c'), `-L${at('plib')}`, '-lmb']);
    gcc('musl-gcc', ['-o', at('mod/origin.so'), at('src/m.c'), `-L${at('plib')}`, '-lmb', '-Wl,-rpath,$ORIGIN/../plib']);
    const musl = (module: string, glibcCompatibility?: boolean, ldLibraryPath?: string) => {
      const setup = readLoaderSetup(diskFileSystem(), X86_64, { programInterpreter: loader, ldLibraryPath });
      assert.ok(setup.status === 'ok' && setup.setup.kind === 'musl');
      // This machine has glibc's loader too, which on a musl image would be a compatibility layer (gcompat).
      return new ImageLoader(diskFileSystem(), { ...setup.setup, glibcCompatibility: glibcCompatibility ?? setup.setup.glibcCompatibility }).resolve(at(module));
    };
    const compare = async (module: string, ldLibraryPath?: string) => {
      const load = musl(module, undefined, ldLibraryPath);
      const oracle = await muslList(loader, at(module), ldLibraryPath ? { LD_LIBRARY_PATH: ldLibraryPath } : {});
      assert.deepEqual(
        { paths: load.loaded.slice(1).map((object) => object.path).filter((found) => found !== loader).sort(), notFound: loaderVerdict(load).notFound },
        { paths: oracle.paths.sort(), notFound: oracle.notFound },
        module,
      );
      return load;
    };
    // No path file: musl's default directories, where libmb.so is not.
    assert.equal(problemOf(await compare('mod/plain.so'), 'missing-library').library, 'libmb.so');
    assert.equal((await compare('mod/origin.so')).status, 'ok');
    assert.equal((await compare('mod/plain.so', `/nonexistent:${at('plib')}`)).status, 'ok');
    writeFileSync(at('root/etc/ld-musl-x86_64.path'), `/nonexistent\n${at('plib')}\n`);
    const viaPathFile = await compare('mod/plain.so');
    assert.equal(viaPathFile.status, 'ok');
    // libc.so is musl itself.
    assert.equal(viaPathFile.loaded.find((object) => object.name === 'libc.so')?.path, loader);

    // A glibc-built module on this musl image, and a musl-built one on the machine's glibc.
    gcc('gcc', ['-o', at('mod/glibc.so'), at('src/m.c'), `-L${at('plib')}`, '-lmb']);
    const glibcOnMusl = problemOf(musl('mod/glibc.so', false), 'libc-mismatch');
    assert.deepEqual([glibcOnMusl.reason, glibcOnMusl.library, glibcOnMusl.chain], ['glibc-on-musl', 'libc.so.6', [at('mod/glibc.so')]]);
    assert.equal(musl('mod/glibc.so', true).status, 'ok', 'with a glibc compatibility layer the module is not refused outright');
    const muslOnGlibc = problemOf(loaderFor().resolve(at('mod/plain.so')), 'libc-mismatch');
    assert.deepEqual([muslOnGlibc.reason, muslOnGlibc.library], ['musl-on-glibc', 'libc.so']);
  });
});
