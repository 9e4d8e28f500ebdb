import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addedIn, builtinModules, isStdlibModule, knownVersions, removedIn, stdlibModules } from '../../src/python/stdlib.ts';

describe('standard-library data', () => {
  it('covers 3.6 to 3.15', () => {
    assert.deepEqual(knownVersions(), ['3.6', '3.7', '3.8', '3.9', '3.10', '3.11', '3.12', '3.13', '3.14', '3.15']);
    for (const version of knownVersions()) assert.ok(stdlibModules(version)!.size > 250, version);
  });

  it('knows when modules were removed, with the version', () => {
    assert.equal(removedIn('distutils'), '3.12');
    assert.equal(removedIn('imp'), '3.12');
    assert.equal(removedIn('asyncore'), '3.12');
    for (const name of ['cgi', 'cgitb', 'imghdr', 'telnetlib', 'nntplib', 'pipes', 'crypt', 'audioop', 'lib2to3']) assert.equal(removedIn(name), '3.13', name);
    assert.equal(removedIn('_compression'), '3.14');
    for (const name of ['sre_compile', 'sre_constants', 'sre_parse']) assert.equal(removedIn(name), '3.15', name);
    assert.equal(removedIn('os'), undefined);
    assert.equal(removedIn('requests'), undefined);
  });

  it('knows when modules were added', () => {
    assert.equal(addedIn('tomllib'), '3.11');
    assert.equal(addedIn('annotationlib'), '3.14');
    assert.equal(addedIn('compression'), '3.14');
    assert.equal(addedIn('profiling'), '3.15');
    assert.equal(addedIn('zoneinfo'), '3.9');
    assert.equal(addedIn('graphlib'), '3.9');
    assert.equal(addedIn('contextvars'), '3.7');
    assert.equal(addedIn('json'), undefined);
  });

  it('tells standard-library names from others, per version', () => {
    assert.ok(isStdlibModule('asyncio', '3.12'));
    assert.ok(isStdlibModule('distutils', '3.11'));
    assert.ok(!isStdlibModule('distutils', '3.12'));
    assert.ok(!isStdlibModule('yaml', '3.12'));
    assert.ok(!isStdlibModule('test', '3.12'), 'the test package is not counted, as CPython does not');
  });

  it("has Debian's built-in modules apart from a python.org build's", () => {
    assert.ok(builtinModules('3.11', 'debian-bookworm').has('_socket'));
    assert.ok(!builtinModules('3.11').has('_socket'));
    assert.ok(builtinModules('3.11').has('sys') && builtinModules('3.11', 'debian-bookworm').has('sys'));
    // 3.15 compiles math.integer's module in; Debian's build compiles in the new _zstd too.
    assert.ok(builtinModules('3.15', 'debian-sid').has('_math_integer') && builtinModules('3.15', 'debian-sid').has('_zstd'));
    assert.ok(!builtinModules('3.14', 'debian-sid').has('_math_integer'));
  });
});
