/**
 * Wildcard patterns matched in time linear in the text, whatever the pattern.
 *
 * A pattern is a list of steps. Matching keeps the set of steps the text read so far can have
 * reached and advances the whole set by one character at a time, so nothing backtracks: a
 * match costs O(steps x characters), where a backtracking regular expression for
 * `a*a*a*a*b` or `(.*\/)?(.*\/)?x` grows exponentially or polynomially with the pattern.
 * `.dockerignore` rules, COPY sources and module globs come from the checkout and the inputs,
 * so they are matched this way.
 */

/** Whether one character (a code point) may be taken. */
export type CharTest = (char: number) => boolean;

export type PatternStep =
  /** Exactly one character that passes the test. */
  | { kind: 'one'; test: CharTest }
  /** Any number of characters that pass the test, none included. */
  | { kind: 'many'; test: CharTest }
  /** The `length` steps that follow may be skipped as a whole: an optional group. */
  | { kind: 'optional'; length: number }
  /** Takes no character; holds or not between the character before and the one after (-1 at either end). */
  | { kind: 'assert'; test: (before: number, after: number) => boolean };

/** Whether the whole text matches. */
export type Matcher = (text: string) => boolean;

/**
 * What `.` takes in a JavaScript regular expression: any character but a line terminator. (Go's
 * `.`, in the expressions Docker builds, leaves out only `\n`.)
 */
export const notLineEnd: CharTest = (char) => char !== 0x0a && char !== 0x0d && char !== 0x2028 && char !== 0x2029;

/** A step that takes exactly this character. */
export function literalStep(char: number): PatternStep {
  return { kind: 'one', test: (candidate) => candidate === char };
}

/** The matcher of a list of steps: true when the steps, in order, take the whole text. */
export function stepsMatcher(steps: readonly PatternStep[]): Matcher {
  const accept = steps.length;
  /** Adds every step reachable without taking a character. Each such move goes forward, so one pass is enough. */
  const close = (reached: Uint8Array, before: number, after: number): void => {
    for (let index = 0; index < accept; index++) {
      if (!reached[index]) continue;
      const step = steps[index]!;
      if (step.kind === 'many') reached[index + 1] = 1;
      else if (step.kind === 'optional') {
        reached[index + 1] = 1;
        reached[index + 1 + step.length] = 1;
      } else if (step.kind === 'assert' && step.test(before, after)) reached[index + 1] = 1;
    }
  };
  return (text) => {
    const chars = Array.from(text, (char) => char.codePointAt(0)!);
    let reached = new Uint8Array(accept + 1);
    let following = new Uint8Array(accept + 1);
    reached[0] = 1;
    close(reached, -1, chars[0] ?? -1);
    for (let position = 0; position < chars.length; position++) {
      const char = chars[position]!;
      following.fill(0);
      let alive = false;
      for (let index = 0; index < accept; index++) {
        if (!reached[index]) continue;
        const step = steps[index]!;
        if (step.kind === 'one' && step.test(char)) {
          following[index + 1] = 1;
          alive = true;
        } else if (step.kind === 'many' && step.test(char)) {
          following[index] = 1;
          alive = true;
        }
      }
      if (!alive) return false;
      close(following, char, chars[position + 1] ?? -1);
      [reached, following] = [following, reached];
    }
    return reached[accept] === 1;
  };
}
