import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanPath, DockerIgnore } from '../../src/explain/dockerignore.ts';
import { ConfigurationError } from '../../src/errors.ts';

function ignore(...lines: string[]): DockerIgnore {
  return new DockerIgnore(lines.join('\n'), '.dockerignore');
}

/** The line and text of the rule that leaves the path out, or 'sent'. */
function verdict(rules: DockerIgnore, path: string, isFolder = false): string {
  const exclusion = rules.exclusion(path, isFolder);
  return exclusion ? `${exclusion.rule.line}: ${exclusion.rule.text}${exclusion.folder ? ` (folder ${exclusion.folder})` : ''}` : 'sent';
}

describe('.dockerignore evaluator', () => {
  it('follows the examples of Docker’s documentation', () => {
    const rules = ignore('# comment', '*/temp*', '*/*/temp*', 'temp?');
    assert.equal(verdict(rules, 'somedir/temporary.txt'), '2: */temp*');
    assert.equal(verdict(rules, 'somedir/temp/file.py'), '2: */temp* (folder somedir/temp)');
    assert.equal(verdict(rules, 'somedir/subdir/temporary.txt'), '3: */*/temp*');
    assert.equal(verdict(rules, 'tempa'), '4: temp?');
    assert.equal(verdict(rules, 'temporary.txt'), 'sent', '*/temp* does not reach the root');
    const markdown = ignore('*.md', '!README*.md', 'README-secret.md');
    assert.equal(verdict(markdown, 'notes.md'), '1: *.md');
    assert.equal(verdict(markdown, 'README.md'), 'sent');
    assert.equal(verdict(markdown, 'README-secret.md'), '3: README-secret.md');
    assert.equal(verdict(markdown, 'docs/notes.md'), 'sent', '*.md is only the root');
    assert.equal(verdict(ignore('**/*.go'), 'main.go'), '1: **/*.go', '**/ also matches no folder at all');
    assert.equal(verdict(ignore('**/*.go'), 'a/b/c.go'), '1: **/*.go');
  });

  it('names the rule that leaves out a module folder, and the line it is on', () => {
    const rules = ignore('.git/', '**/__pycache__/', '', '# dashboards', '**/monitoring/');
    assert.equal(verdict(rules, 'netra_backend/app/services/monitoring/__init__.py'), '5: **/monitoring/ (folder netra_backend/app/services/monitoring)');
    assert.equal(verdict(rules, 'monitoring/x.py'), '5: **/monitoring/ (folder monitoring)');
    assert.equal(verdict(rules, 'netra_backend/app/services/monitoring', true), '5: **/monitoring/');
    assert.equal(verdict(rules, 'netra_backend/app/services/monitor.py'), 'sent');
  });

  it('cleans patterns as Docker does: leading slash, ./, //, .., trailing slash, spaces', () => {
    for (const line of ['/app/lib', './app/lib/', 'app//lib', 'app/x/../lib', '  app/lib  ', '/./app/lib//']) assert.equal(verdict(ignore(line), 'app/lib/a.py'), `1: ${line.trim()} (folder app/lib)`, line);
    assert.equal(cleanPath('a/../../b'), '../b');
    assert.equal(cleanPath('/../a/./b/'), '/a/b');
    assert.equal(cleanPath(''), '.');
  });

  it('lets the last matching rule decide, and an exception reach into a folder only by its text', () => {
    assert.equal(verdict(ignore('app', '!app/keep.py'), 'app/keep.py'), 'sent');
    assert.equal(verdict(ignore('app', '!app/keep.py'), 'app/other.py'), '1: app');
    // Docker enters a left-out folder only when an exception's text starts with its path.
    assert.equal(verdict(ignore('**/monitoring/', '!**/monitoring/keep.py'), 'app/monitoring/keep.py'), '1: **/monitoring/ (folder app/monitoring)');
    assert.equal(verdict(ignore('**/monitoring/', '!app/monitoring/keep.py'), 'app/monitoring/keep.py'), 'sent');
    assert.equal(verdict(ignore('*.py', '!keep.py', 'keep.py'), 'keep.py'), '3: keep.py');
    assert.equal(verdict(ignore('!x.py'), 'x.py'), 'sent', 'an exception alone changes nothing');
  });

  it('reads wildcards, classes and escapes as Go does', () => {
    const rules = ignore('x?.py', '[ab]*.txt', '[^c]1.md', 'br\\[1\\].py', 'star\\*.txt', '**temp');
    assert.equal(verdict(rules, 'x1.py'), '1: x?.py');
    assert.equal(verdict(rules, 'x12.py'), 'sent');
    assert.equal(verdict(rules, 'b.txt'), '2: [ab]*.txt');
    assert.equal(verdict(rules, 'd1.md'), '3: [^c]1.md');
    assert.equal(verdict(rules, 'c1.md'), 'sent');
    assert.equal(verdict(rules, 'br[1].py'), '4: br\\[1\\].py');
    assert.equal(verdict(rules, 'star*.txt'), '5: star\\*.txt');
    assert.equal(verdict(rules, 'starx.txt'), 'sent');
    // A leading ** with nothing but literal text after it is a plain suffix, even mid-name.
    assert.equal(verdict(rules, 'a/attemp'), '6: **temp');
    assert.equal(verdict(rules, 'temp'), '6: **temp');
    assert.equal(verdict(rules, 'a/temper'), 'sent');
  });

  it('drops a BOM, reads CRLF lines, and always sends the Dockerfile and the ignore file', () => {
    const rules = new DockerIgnore('\ufeffapp\r\n*\r\n', '.dockerignore');
    assert.equal(verdict(rules, 'app/a.py'), '1: app (folder app)');
    assert.equal(verdict(rules, 'Dockerfile'), 'sent');
    assert.equal(verdict(rules, '.dockerignore'), 'sent');
    assert.equal(verdict(rules, 'other'), '2: *');
    const nested = new DockerIgnore('build\n', '.dockerignore', 'build/Dockerfile');
    assert.equal(verdict(nested, 'build/Dockerfile'), 'sent');
    assert.equal(verdict(nested, 'build/other'), '1: build');
  });

  it('refuses what Docker refuses, naming the file and line', () => {
    for (const [line, pattern] of [['!', /exception with no pattern/], ['[a-', /not a pattern Docker accepts/], ['ab\\', /lone backslash/], ['[]a]', /character class/], ['\\q', /escape/]] as const) {
      assert.throws(() => ignore('ok', line), (error: Error) => error instanceof ConfigurationError && /\.dockerignore line 2/.test(error.message) && pattern.test(error.message), line);
    }
  });
});
