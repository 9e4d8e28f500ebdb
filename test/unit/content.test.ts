import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pythonAnalysisContent } from '../../src/image/content.ts';

describe('pythonAnalysisContent', () => {
  it('keeps what the Python analysis reads, whole', () => {
    for (const path of [
      '/app/main.py',
      '/usr/lib/python3.11/_sysconfigdata__x86_64-linux-gnu.py',
      '/usr/local/lib/python3.12/site-packages/distutils-precedence.pth',
      '/venv/pyvenv.cfg',
      '/etc/passwd',
      '/usr/lib/python3/dist-packages/fastapi-0.92.0.dist-info/RECORD',
      '/usr/lib/python3/dist-packages/PyYAML-6.0.egg-info/top_level.txt',
      '/venv/lib/python3.12/site-packages/app.egg-link',
    ]) {
      assert.ok(pythonAnalysisContent(path, 1000) >= 1000, path);
    }
  });

  it('keeps the head of an egg-info file, where its Name and Version are', () => {
    assert.equal(pythonAnalysisContent('/usr/lib/python3/dist-packages/dill-0.3.6.egg-info', 900), 900);
    assert.equal(pythonAnalysisContent('/usr/lib/python3/dist-packages/big-1.0.egg-info', 1_000_000), 16 * 1024);
  });

  it('keeps scripts in bin folders whole, and only the #! line region of larger programs', () => {
    assert.equal(pythonAnalysisContent('/usr/local/bin/gunicorn', 200), 200);
    assert.equal(pythonAnalysisContent('/usr/bin/scrapy', 953), 953, "setuptools' EASY-INSTALL template");
    assert.equal(pythonAnalysisContent('/usr/local/bin/docker-entrypoint.sh', 16 * 1024), 16 * 1024);
    assert.equal(pythonAnalysisContent('/usr/local/bin/docker-entrypoint.sh', 16 * 1024 + 1), 512);
    assert.equal(pythonAnalysisContent('/usr/bin/python3.11', 6_000_000), 512);
  });

  it('reads the folder a file is in by its whole name', () => {
    assert.ok(pythonAnalysisContent('/pyvenv.cfg', 100) >= 100);
    assert.equal(pythonAnalysisContent('/bin/sh', 100), 100);
    assert.equal(pythonAnalysisContent('/a.dist-info/RECORD', 100) >= 100, true);
    for (const path of ['/usr/xbin/tool', '/opt/sbin2/tool', '/a/fake.dist-info.bak/METADATA', '/a/x-info/METADATA', '/a/b.dist-info/sub/RECORD', '/a/pyvenv.cfg.bak']) assert.equal(pythonAnalysisContent(path, 100), 0, path);
  });

  it('skips everything else', () => {
    for (const path of ['/usr/lib/python3.11/lib-dynload/_ssl.cpython-311-x86_64-linux-gnu.so', '/usr/share/doc/x/README', '/app/static/logo.png', '/usr/lib/python3/dist-packages/x.dist-info/LICENSE', '/etc/shadow']) {
      assert.equal(pythonAnalysisContent(path, 1000), 0, path);
    }
  });
});
