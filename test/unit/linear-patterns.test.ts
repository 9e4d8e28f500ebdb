// The pattern matchers of .dockerignore rules, COPY sources and module globs run in linear time.
// Properties: each agrees with the regular expression it replaced (kept here only as the
// reference) on random small patterns and paths. Regressions: the hostile patterns that made
// those expressions backtrack for minutes finish, with the right answer.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { globMatcher } from '../../src/explain/dockerfile.ts';
import { compileIgnorePattern, goPatternProblem } from '../../src/explain/dockerignore.ts';
import type { StepsMatcher } from '../../src/pattern.ts';
import { moduleMatcher } from '../../src/settings.ts';

type Matcher = (path: string) => boolean;

/** The reference: a .dockerignore pattern as the regular expression Docker builds, written for JavaScript. */
function regexIgnorePattern(pattern: string): Matcher {
  const REGEX_ONLY = new Set(['.', '+', '(', ')', '|', '{', '}', '$']);
  const SHARED_ESCAPES = new Set(['d', 'D', 's', 'S', 'w', 'W', 'b', 'B', 't', 'n', 'r', 'f', 'v']);
  const literal = (char: string): string => `\\u{${char.codePointAt(0)!.toString(16)}}`;
  const chars = [...pattern];
  let source = '^';
  let kind: 'exact' | 'prefix' | 'suffix' | 'regexp' = 'exact';
  let inClass = false;
  for (let index = 0, step = 0; index < chars.length; index++, step++) {
    const char = chars[index]!;
    if (inClass && (char === '*' || char === '?')) throw new Error(`a ${char} inside [...] is not matched as written`);
    if (char === '*') {
      if (chars[index + 1] === '*') {
        index++;
        if (chars[index + 1] === '/') index++;
        if (index + 1 >= chars.length) {
          if (kind === 'exact') kind = 'prefix';
          else {
            source += '.*';
            kind = 'regexp';
          }
        } else {
          source += '(?:.*/)?';
          kind = 'regexp';
        }
        if (step === 0) kind = 'suffix';
      } else {
        source += '[^/]*';
        kind = 'regexp';
      }
    } else if (char === '?') {
      source += '[^/]';
      kind = 'regexp';
    } else if (char === '\\') {
      const next = chars[index + 1];
      if (next === undefined) {
        source += literal(char);
        continue;
      }
      index++;
      kind = 'regexp';
      if (!/[A-Za-z0-9]/.test(next)) source += literal(next);
      else if (SHARED_ESCAPES.has(next)) source += `\\${next}`;
      else throw new Error(`\\${next} is an escape Docker's regular expressions refuse`);
    } else if (char === '[' && !inClass) {
      source += char;
      inClass = true;
      kind = 'regexp';
    } else if (char === ']' && inClass) {
      source += char;
      inClass = false;
    } else if (REGEX_ONLY.has(char) || char === '[' || char === ']' || char === '/') {
      source += literal(char);
    } else source += char;
  }
  if (kind === 'exact') return (path) => path === pattern;
  if (kind === 'prefix') return (path) => path.startsWith(pattern.slice(0, -2));
  if (kind === 'suffix') {
    const suffix = pattern.slice(2);
    return (path) => path.endsWith(suffix) || (suffix.startsWith('/') && path === suffix.slice(1));
  }
  const regexp = new RegExp(`${source}$`, 'u');
  return (path) => regexp.test(path);
}

/** The reference: a COPY source as a regular expression. */
function regexGlob(pattern: string): Matcher {
  let source = '^';
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern[index]!;
    if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else if (char === '\\' && index + 1 < pattern.length) source += `\\u{${pattern.codePointAt(++index)!.toString(16)}}`;
    else if (char === '[') {
      const end = pattern.indexOf(']', index + 2);
      if (end === -1) source += '\\[';
      else {
        source += `[${pattern.slice(index + 1, end).replace(/^!/, '^').replace(/[\\\]]/g, '\\$&')}]`;
        index = end;
      }
    } else source += char.replace(/[.+^${}()|/\]]/g, '\\$&');
  }
  const regexp = new RegExp(`${source}$`, 'u');
  return (path) => regexp.test(path);
}

/** The reference: module globs as regular expressions. */
function regexModules(patterns: readonly string[]): Matcher {
  const expressions = patterns.map((pattern) => {
    const body = pattern
      .split('**')
      .map((part) => part.split('*').map((text) => text.replace(/[.]/g, '\\.')).join('[^.]*'))
      .join('.*');
    return new RegExp(`^${body}(\\..*)?$`);
  });
  return (module) => expressions.some((expression) => expression.test(module));
}

/** What a compiler makes of a pattern: its matcher, or why it refuses it and whether the regular expression engine did. */
function attempt(compile: (pattern: string) => Matcher, pattern: string): Matcher | { refused: string; bySyntax: boolean } {
  try {
    return compile(pattern);
  } catch (error) {
    return { refused: (error as Error).message, bySyntax: error instanceof SyntaxError };
  }
}

/** A walk reads a folder once and goes on from there: the same verdict from every folder of the path. */
function assertResumes(steps: StepsMatcher, path: string, expected: boolean, pattern: string): void {
  for (let slash = path.indexOf('/'); slash !== -1; slash = path.indexOf('/', slash + 1)) {
    const above = steps.advance(steps.start, path.slice(0, slash));
    const below = above && steps.advance(above, path.slice(slash));
    assert.equal(below !== undefined && steps.accepts(below), expected, `${JSON.stringify(pattern)} against ${JSON.stringify(path)} from ${JSON.stringify(path.slice(0, slash))}`);
  }
}

const pathText = (pieces: readonly string[]): fc.Arbitrary<string> => fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((parts) => parts.join(''));
/** Characters that tell the expressions' corners apart: separators, word and space classes, line terminators, astral ones. */
const PATH_PIECES = ['a', 'b', 'x', 'z', 'c', '1', '_', '/', '.', '-', '^', '$', ' ', '\t', '\n', '\r', '\b', '\u2028', '\u00a0', '\ufeff', 'é', '😀', '[', ']', '*', '?', '\\', 'a/b', '/x'];

describe('linear-time patterns agree with the regular expressions they replace', () => {
  it('.dockerignore patterns: same verdicts, same refusals', () => {
    const token = fc.constantFrom(
      'a', 'b', 'x', '/', '*', '**', '**/', '?', '.', '-', '^', '$', '+', '(', ' ', 'é', '😀',
      '[ab]', '[^a]', '[a-c]', '[!a]', '[^/]', '[\\d]', '[\\s]', '[\\W]', '[z-a]', '[\\d-z]', '[a-\\w]', '[\\b]', '[\\B]', '[\\]]', '[\\-]', '[a^]', '[^^]', '[\\t-\\r]', '[😀-😀]', '[a-b]', '[', ']',
      '\\d', '\\D', '\\s', '\\S', '\\w', '\\W', '\\b', '\\B', '\\t', '\\n', '\\r', '\\f', '\\v', '\\.', '\\*', '\\?', '\\[', '\\]', '\\\\', '\\a', '\\1', '\\😀',
    );
    let compared = 0;
    fc.assert(
      fc.property(fc.array(token, { minLength: 1, maxLength: 7 }), fc.array(pathText(PATH_PIECES), { minLength: 1, maxLength: 25 }), (tokens, paths) => {
        const pattern = tokens.join('');
        // Go's own check runs first and is unchanged.
        if (goPatternProblem(pattern)) return;
        const reference = attempt(regexIgnorePattern, pattern);
        const linear = attempt((text) => compileIgnorePattern(text).matches, pattern);
        const steps = typeof linear === 'function' ? compileIgnorePattern(pattern).steps : undefined;
        if (typeof reference !== 'function' || typeof linear !== 'function') {
          assert.equal(typeof linear, typeof reference, `${pattern}: ${JSON.stringify(reference)} / ${JSON.stringify(linear)}`);
          if (typeof reference !== 'function' && !reference.bySyntax) assert.deepEqual(linear, reference, pattern);
          return;
        }
        compared++;
        for (const path of [...paths, pattern]) {
          const expected = reference(path);
          assert.equal(linear(path), expected, `${JSON.stringify(pattern)} against ${JSON.stringify(path)}`);
          if (steps) assertResumes(steps, path, expected, pattern);
        }
      }),
      { numRuns: 4000 },
    );
    assert.ok(compared > 1000, `only ${compared} valid patterns were compared`);
  });

  it('.dockerignore escapes and `.` take exactly the characters of the regular expression, over all of Unicode', () => {
    const patterns = ['\\d', '\\D', '\\s', '\\S', '\\w', '\\W', '[\\s]', '[^\\w]', '[\\t-\\r]', 'x\\b?', '?\\B?', 'x/**/y'];
    const compiled = patterns.map((pattern) => [pattern, compileIgnorePattern(pattern).matches, regexIgnorePattern(pattern)] as const);
    // Every code point up to U+3100 and the special ones above it, then a sample of the rest.
    const codes = new Set([...Array.from({ length: 0x3100 }, (_, code) => code), 0xd800, 0xdfff, 0xfeff, 0xfffe, 0xffff, 0x10ffff]);
    for (let code = 0x3100; code <= 0x10ffff; code += code < 0x10000 ? 7 : 997) codes.add(code);
    for (const code of codes) {
      const char = String.fromCodePoint(code);
      for (const [pattern, linear, reference] of compiled) {
        for (const path of [char, `x${char}`, `x/${char}/y`]) assert.equal(linear(path), reference(path), `${pattern} against U+${code.toString(16)} in ${JSON.stringify(path)}`);
      }
    }
  });

  it('COPY source patterns', () => {
    // A trailing lone `\` and a reversed range were no pattern to the regular expression (the
    // first swallowed its `$`, the second threw); they are left out of the comparison.
    const token = fc.constantFrom('a', 'b', '/', '*', '?', '.', '+', '$', '^', '(', '{', '|', '-', 'é', '😀', '[ab]', '[!a]', '[^a]', '[a-c]', '[]a]', '[!]', '[^]', '[a-]', '[-a]', '[a\\]', '[a-b-c]', '[😀]', '\\*', '\\[', '\\\\', '\\a', '[', ']', '!');
    fc.assert(
      fc.property(fc.array(token, { minLength: 1, maxLength: 7 }), fc.array(pathText(PATH_PIECES), { minLength: 1, maxLength: 25 }), (tokens, paths) => {
        const pattern = tokens.join('');
        const reference = attempt(regexGlob, pattern);
        if (typeof reference !== 'function') return;
        const linear = globMatcher(pattern);
        for (const path of [...paths, pattern]) {
          const expected = reference(path);
          assert.equal(linear.matches(path), expected, `${JSON.stringify(pattern)} against ${JSON.stringify(path)}`);
          assertResumes(linear, path, expected, pattern);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('module globs', () => {
    const glob = fc.array(fc.constantFrom('a', 'b', '_', '.', '*', '**'), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(glob, { minLength: 1, maxLength: 3 }), fc.array(pathText(['a', 'b', '_', '.', 'ab', 'a.b']), { minLength: 1, maxLength: 25 }), (patterns, modules) => {
        const linear = moduleMatcher(patterns);
        const reference = regexModules(patterns);
        for (const module of modules) assert.equal(linear(module), reference(module), `${JSON.stringify(patterns)} against ${JSON.stringify(module)}`);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('where the step matchers differ from the regular expressions', () => {
  it('module globs read every character but * literally', () => {
    const ignored = moduleMatcher(['a+b', 'c(d)', 'e.*']);
    assert.deepEqual(['a+b', 'aab', 'c(d).x', 'cd', 'e.f', 'e.f.g', 'exf'].filter(ignored), ['a+b', 'c(d).x', 'e.f', 'e.f.g']);
  });

  it('a COPY source with a reversed range matches nothing where the expression threw', () => {
    assert.equal(globMatcher('[z-a]*').matches('b.py'), false);
    assert.equal(globMatcher('[a-c]*').matches('b.py'), true);
    assert.equal(globMatcher('\\😀*').matches('😀.py'), true, 'an escaped character outside the BMP is itself');
  });
});

/**
 * Runs a script in a child Node process and returns what it printed. A hang guard: the regular
 * expressions these patterns replaced backtracked for minutes (past 10 minutes for the first),
 * so a child still running after HANG_GUARD_MS is killed and the test fails. No timing is
 * asserted beyond that generous bound; the matchers take milliseconds.
 */
const HANG_GUARD_MS = 10_000;
function runBounded(script: string): string {
  const result = spawnSync(process.execPath, ['--input-type=module', '--eval', script], { encoding: 'utf8', timeout: HANG_GUARD_MS });
  assert.equal(result.signal, null, `the match was still running after ${HANG_GUARD_MS / 1000} s (killed by ${result.signal})`);
  assert.equal(result.status, 0, result.stderr);
  return result.stdout.trim();
}

const source = (file: string): string => JSON.stringify(new URL(`../../src/${file}`, import.meta.url).href);
/** `a*` twelve times then `b`, against 48 `a`s: every way to split the `a`s among the stars is tried by a backtracking matcher. */
const STARS = `${'a*'.repeat(12)}b`;
const NAME = 'a'.repeat(48);
/** Twenty `**` folders then `x`, against a path forty folders deep. */
const DEEP_PATTERN = `${'**/'.repeat(20)}x`;
const DEEP_PATH = `${'d/'.repeat(40)}y`;

describe('hostile patterns finish', () => {
  it('.dockerignore: **/a*a*...*b against a 48-character name', () => {
    const printed = runBounded(`
      import { DockerIgnore } from ${source('explain/dockerignore.ts')};
      const rules = new DockerIgnore(${JSON.stringify(`**/${STARS}\n`)}, '.dockerignore');
      console.log(JSON.stringify([rules.sends(${JSON.stringify(`src/${NAME}`)}), rules.sends(${JSON.stringify(`src/${NAME}b`)})]));
    `);
    assert.equal(printed, JSON.stringify([true, false]));
  });

  it('.dockerignore: twenty **/ against a path forty folders deep, and a thousand against one a thousand deep', () => {
    // The walk reads each folder once per rule; matching every folder's whole path anew costs depth^2 x pattern.
    const deeper = `${'**/\\b'.repeat(1000)}x`;
    const printed = runBounded(`
      import { DockerIgnore } from ${source('explain/dockerignore.ts')};
      const rules = new DockerIgnore(${JSON.stringify(`${DEEP_PATTERN}\n`)}, '.dockerignore');
      const more = new DockerIgnore(${JSON.stringify(`${deeper}\n`)}, '.dockerignore');
      const path = ${JSON.stringify(`${'d/'.repeat(1000)}y`)};
      console.log(JSON.stringify([
        rules.sends(${JSON.stringify(DEEP_PATH)}), rules.sends(${JSON.stringify(DEEP_PATH.replace(/y$/, 'x'))}),
        more.sends(path), more.sends(path.replace(/y$/, 'x')),
      ]));
    `);
    assert.equal(printed, JSON.stringify([true, false, true, false]));
  });

  it('COPY a*a*...*b against a 48-character name', () => {
    const printed = runBounded(`
      import { parseDockerfile, placementsOf } from ${source('explain/dockerfile.ts')};
      const dockerfile = parseDockerfile(${JSON.stringify(`FROM python\nCOPY ${STARS} /srv/\n`)}, 'Dockerfile');
      console.log(JSON.stringify([placementsOf(dockerfile, ${JSON.stringify(NAME)}).length, placementsOf(dockerfile, ${JSON.stringify(`${NAME}b`)}).map((placement) => placement.imagePath)]));
    `);
    assert.equal(printed, JSON.stringify([0, [`/srv/${NAME}b`]]));
  });

  it('module globs: a*a*...*b against a 48-character module name', () => {
    const printed = runBounded(`
      import { moduleMatcher } from ${source('settings.ts')};
      const ignored = moduleMatcher([${JSON.stringify(STARS)}]);
      console.log(JSON.stringify([ignored(${JSON.stringify(NAME)}), ignored(${JSON.stringify(`${NAME}b.sub`)})]));
    `);
    assert.equal(printed, JSON.stringify([false, true]));
  });
});
