/**
 * Wildcard patterns matched in time linear in the text, whatever the pattern.
 *
 * A pattern is a list of steps. Matching keeps the set of steps the text read so far can have
 * reached and advances the whole set by one character at a time, so nothing backtracks: a
 * match costs at most O(steps x characters), where a backtracking regular expression for
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

/** How far a match has come: the steps reachable after the text read so far, and its last character (-1 for none). */
export interface Progress {
  readonly steps: readonly number[];
  readonly before: number;
}

/**
 * A list of steps, matched a character at a time. The match can stop after a prefix and go on
 * from there, so a walk down a folder tree reads each folder's name once, not once per path
 * below it.
 */
export class StepsMatcher {
  private readonly steps: readonly PatternStep[];
  /** Marks for the steps already in the set being built, told apart by `generation`. */
  private readonly seen: Uint32Array;
  private generation = 0;

  constructor(steps: readonly PatternStep[]) {
    this.steps = steps;
    this.seen = new Uint32Array(steps.length + 1);
  }

  readonly start: Progress = { steps: [0], before: -1 };

  /** Whether the whole text matches. */
  readonly matches: Matcher = (text) => {
    const progress = this.advance(this.start, text);
    return progress !== undefined && this.accepts(progress);
  };

  /** The progress after reading `text` too; undefined once no step is left, so nothing that follows can match. */
  advance(progress: Progress, text: string): Progress | undefined {
    let { steps: reached, before } = progress;
    for (const letter of text) {
      const char = letter.codePointAt(0)!;
      const closed = this.closure(reached, before, char);
      const following: number[] = [];
      const generation = this.nextGeneration();
      for (const index of closed) {
        const step = this.steps[index];
        let target: number | undefined;
        if (step?.kind === 'one' && step.test(char)) target = index + 1;
        else if (step?.kind === 'many' && step.test(char)) target = index;
        if (target !== undefined && this.seen[target] !== generation) {
          this.seen[target] = generation;
          following.push(target);
        }
      }
      if (following.length === 0) return undefined;
      reached = following;
      before = char;
    }
    return { steps: reached, before };
  }

  /** Whether the text read so far matches as a whole. */
  accepts(progress: Progress): boolean {
    return this.closure(progress.steps, progress.before, -1).includes(this.steps.length);
  }

  /** The steps reachable without taking a character, between `before` and `after`. */
  private closure(reached: readonly number[], before: number, after: number): number[] {
    const generation = this.nextGeneration();
    const found: number[] = [];
    const pending = [...reached];
    const reach = (index: number): void => {
      if (this.seen[index] === generation) return;
      this.seen[index] = generation;
      found.push(index);
      pending.push(index);
    };
    for (const index of reached) this.seen[index] = generation;
    found.push(...reached);
    for (let index = pending.pop(); index !== undefined; index = pending.pop()) {
      const step = this.steps[index];
      if (step?.kind === 'many') reach(index + 1);
      else if (step?.kind === 'optional') {
        reach(index + 1);
        reach(index + 1 + step.length);
      } else if (step?.kind === 'assert' && step.test(before, after)) reach(index + 1);
    }
    return found;
  }

  private nextGeneration(): number {
    if (this.generation === 0xffffffff) {
      this.seen.fill(0);
      this.generation = 0;
    }
    return ++this.generation;
  }
}

/** The matcher of a list of steps: true when the steps, in order, take the whole text. */
export function stepsMatcher(steps: readonly PatternStep[]): Matcher {
  return new StepsMatcher(steps).matches;
}
