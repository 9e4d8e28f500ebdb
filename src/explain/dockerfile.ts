/**
 * A Dockerfile, read as far as the question "which files of the build context end up where in
 * the image" needs: stages, WORKDIR, ARG and ENV for variables, and every COPY and ADD.
 *
 * Read as Docker reads it: parser directives (`# escape=`), comments, line continuations,
 * heredocs (whose lines are not instructions), case-insensitive keywords, exec (JSON) and shell
 * forms, `$VAR` / `${VAR}` / `${VAR:-default}` / `${VAR:+alternative}` substitution.
 */
import { literalStep, type PatternStep, type Progress, StepsMatcher } from '../pattern.ts';
import { cleanPath } from './dockerignore.ts';

export interface Instruction {
  /** Upper-cased keyword. */
  keyword: string;
  /** The arguments as written (continuations joined), before any substitution. */
  rest: string;
  /** 1-based line where the instruction starts. */
  line: number;
}

/** A COPY or ADD that takes files from the build context or from another stage. */
export interface CopyStep {
  keyword: 'COPY' | 'ADD';
  line: number;
  /** The instruction as written, for messages. */
  text: string;
  /** Source paths or patterns: relative to the context (cleaned, no leading `/`), or image paths of `from`. */
  sources: string[];
  /** Absolute destination in the image; ends with `/` when it is a folder. */
  destination: string;
  /** The stage (or image) named by `--from`; undefined for the build context. */
  from?: string;
  /** `--parents`: the sources keep their folders under the destination. */
  parents: boolean;
}

export interface Stage {
  /** `AS name`, lower-cased, if given. */
  name?: string;
  /** The image or earlier stage it starts from. */
  base: string;
  line: number;
  copies: CopyStep[];
  /** The stage's last CMD or ENTRYPOINT, or the one it inherits from an earlier stage: the line that says how the image starts. */
  command?: { keyword: 'CMD' | 'ENTRYPOINT'; line: number };
}

export interface Dockerfile {
  /** Path relative to the repository, for annotations. */
  file: string;
  stages: Stage[];
}

const HEREDOC = /<<(-?)(["']?)([A-Za-z_][A-Za-z0-9_]*)\2/g;

/** Splits Dockerfile text into instructions: directives, comments, continuations and heredocs handled. */
export function instructionsOf(text: string): Instruction[] {
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/);
  let escape = '\\';
  let index = 0;
  // Parser directives: `# name=value` lines at the very top.
  for (; index < lines.length; index++) {
    const directive = /^\s*#\s*([a-zA-Z]+)\s*=\s*(.*?)\s*$/.exec(lines[index]!);
    if (!directive) break;
    if (directive[1]!.toLowerCase() === 'escape' && (directive[2] === '`' || directive[2] === '\\')) escape = directive[2];
  }
  const instructions: Instruction[] = [];
  while (index < lines.length) {
    const start = index;
    const first = lines[index++]!;
    if (/^\s*(#|$)/.test(first)) continue;
    let joined = first;
    // A line ending in the escape character goes on; comment lines inside are dropped.
    while (endsWithEscape(joined, escape) && index < lines.length) {
      joined = joined.replace(/\s*$/, '').slice(0, -1);
      while (index < lines.length && /^\s*(#|$)/.test(lines[index]!)) index++;
      if (index < lines.length) joined += lines[index++]!;
    }
    const match = /^\s*([A-Za-z]+)\s*(.*)$/s.exec(joined);
    if (!match) continue;
    instructions.push({ keyword: match[1]!.toUpperCase(), rest: match[2]!.trim(), line: start + 1 });
    // Heredoc bodies follow the instruction's line and are not instructions.
    for (const heredoc of match[2]!.matchAll(HEREDOC)) {
      const word = heredoc[3]!;
      while (index < lines.length && (heredoc[1] === '-' ? lines[index]!.replace(/^\t+/, '') : lines[index]!) !== word) index++;
      index++;
    }
  }
  return instructions;
}

function endsWithEscape(line: string, escape: string): boolean {
  return line.replace(/\s*$/, '').endsWith(escape);
}

/** Substitutes `$NAME`, `${NAME}`, `${NAME:-word}` and `${NAME:+word}`; unknown names become ''. */
export function substitute(text: string, variables: ReadonlyMap<string, string>): string {
  return text.replace(/\\\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?::([-+])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (whole, braced?: string, operator?: string, word?: string, bare?: string) => {
    if (whole === '\\$') return '$';
    const name = braced ?? bare!;
    const value = variables.get(name);
    if (operator === '-') return value ? value : substitute(word ?? '', variables);
    if (operator === '+') return value ? substitute(word ?? '', variables) : '';
    return value ?? '';
  });
}

/** Shell-form words: split on blanks, quotes grouping, as Docker's shell lexer does for COPY. */
function words(text: string): string[] {
  const result: string[] = [];
  let current = '';
  let quote = '';
  let inWord = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quote) {
      if (char === quote) quote = '';
      else current += char;
    } else if (char === '"' || char === "'") {
      quote = char;
      inWord = true;
    } else if (/\s/.test(char)) {
      if (inWord) result.push(current);
      current = '';
      inWord = false;
    } else {
      current += char;
      inWord = true;
    }
  }
  if (inWord) result.push(current);
  return result;
}

/** The arguments of an instruction, from its exec (JSON array) or shell form. */
function argumentsOf(rest: string): string[] {
  if (rest.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(rest);
      if (Array.isArray(parsed) && parsed.every((item) => typeof item === 'string')) return parsed;
    } catch {
      // Not valid JSON: Docker then reads the shell form.
    }
  }
  return words(rest);
}

/** `KEY=value KEY2="v 2"` or the old `KEY value` form. */
function assignments(rest: string, variables: ReadonlyMap<string, string>): Array<[string, string]> {
  const parts = words(rest);
  if (parts.length >= 2 && !parts[0]!.includes('=')) return [[parts[0]!, substitute(words(rest.slice(rest.indexOf(parts[0]!) + parts[0]!.length)).join(' '), variables)]];
  return parts.filter((part) => part.includes('=')).map((part) => [part.slice(0, part.indexOf('=')), substitute(part.slice(part.indexOf('=') + 1), variables)]);
}

function joinImagePath(workdir: string, target: string): string {
  const joined = target.startsWith('/') ? target : `${workdir.replace(/\/$/, '')}/${target}`;
  const clean = cleanPath(joined);
  return target.endsWith('/') || target.endsWith('/.') || target === '.' ? `${clean.replace(/\/$/, '')}/` : clean;
}

/** Reads the stages and their COPY and ADD steps. */
export function parseDockerfile(text: string, file: string): Dockerfile {
  const stages: Stage[] = [];
  const globalArgs = new Map<string, string>();
  let variables = new Map<string, string>();
  let workdir = '/';
  const stageState = new Map<Stage, { variables: Map<string, string>; workdir: string }>();
  for (const instruction of instructionsOf(text)) {
    const { keyword, rest, line } = instruction;
    const stage = stages.at(-1);
    if (keyword === 'FROM') {
      const parts = words(substitute(rest, globalArgs)).filter((part) => !part.startsWith('--'));
      const base = parts[0] ?? '';
      const name = parts[1]?.toUpperCase() === 'AS' ? parts[2]?.toLowerCase() : undefined;
      const parent = stages.find((candidate) => candidate.name === base.toLowerCase());
      const inherited = parent ? stageState.get(parent)! : { variables: new Map<string, string>(), workdir: '/' };
      const created: Stage = { base, line, copies: [], ...(name && { name }), ...(parent?.command && { command: parent.command }) };
      stages.push(created);
      variables = new Map(inherited.variables);
      workdir = inherited.workdir;
      stageState.set(created, { variables, workdir });
      continue;
    }
    if (keyword === 'ARG') {
      for (const [key, value] of assignments(rest.includes('=') ? rest : `${rest}=`, stage ? variables : globalArgs)) {
        const known = stage ? (value || globalArgs.get(key) || variables.get(key) || '') : value;
        (stage ? variables : globalArgs).set(key, known);
      }
      continue;
    }
    if (!stage) continue;
    if (keyword === 'ENV') for (const [key, value] of assignments(rest, variables)) variables.set(key, value);
    else if (keyword === 'WORKDIR') workdir = joinImagePath(workdir, substitute(rest.trim(), variables)).replace(/(.)\/$/, '$1');
    else if (keyword === 'CMD' || keyword === 'ENTRYPOINT') stage.command = { keyword, line };
    else if (keyword === 'COPY' || keyword === 'ADD') {
      const copy = copyStep(keyword, instruction, variables, workdir);
      if (copy) stage.copies.push(copy);
    }
    stageState.set(stage, { variables, workdir });
  }
  return { file, stages };
}

function copyStep(keyword: 'COPY' | 'ADD', instruction: Instruction, variables: ReadonlyMap<string, string>, workdir: string): CopyStep | undefined {
  let rest = instruction.rest;
  const flags = new Map<string, string>();
  for (let flag = /^--([a-z-]+)(?:=(\S*))?\s*/.exec(rest); flag; flag = /^--([a-z-]+)(?:=(\S*))?\s*/.exec(rest)) {
    flags.set(flag[1]!, flag[2] ?? 'true');
    rest = rest.slice(flag[0].length);
  }
  // A heredoc writes a file of its own: nothing comes from the context.
  if (/^<</.test(rest)) return undefined;
  const parts = argumentsOf(rest).map((part) => substitute(part, variables));
  if (parts.length < 2) return undefined;
  const destinationText = parts.at(-1)!;
  // URLs and git repositories (ADD) are not in the build context.
  const sources = parts.slice(0, -1).filter((source) => !/^[a-z][a-z0-9+.-]*:\/\//i.test(source) && !/^git@/.test(source));
  if (sources.length === 0) return undefined;
  const from = flags.get('from');
  const manySources = sources.length > 1 || sources.some(isPattern);
  const destination = joinImagePath(workdir, manySources && !destinationText.endsWith('/') ? `${destinationText}/` : destinationText);
  const clean = (source: string): string => (from === undefined ? cleanPath(source).replace(/^\/+/, '') || '.' : cleanPath(source.startsWith('/') ? source : `/${source}`));
  return {
    keyword,
    line: instruction.line,
    text: `${keyword} ${instruction.rest}`.replace(/\s+/g, ' '),
    sources: sources.map(clean),
    destination,
    ...(from !== undefined && { from: from.toLowerCase() }),
    parents: flags.get('parents') === 'true',
  };
}

const SLASH = 0x2f;
const notSlash = (char: number): boolean => char !== SLASH;

/**
 * A COPY source pattern, read much as Go's filepath.Match reads it: `*` and `?` within one
 * segment, `[...]` classes (`^` or `!` negates, `a-z` ranges; a `[` with no `]` is itself), `\`
 * escapes. Matched in linear time: the sources come from the checkout's Dockerfile.
 */
export function globMatcher(pattern: string): StepsMatcher {
  const chars = Array.from(pattern, (char) => char.codePointAt(0)!);
  const steps: PatternStep[] = [];
  for (let index = 0; index < chars.length; index++) {
    const char = chars[index]!;
    if (char === 0x2a) steps.push({ kind: 'many', test: notSlash });
    else if (char === 0x3f) steps.push({ kind: 'one', test: notSlash });
    else if (char === 0x5c && index + 1 < chars.length) steps.push(literalStep(chars[++index]!));
    else if (char === 0x5b) {
      // The class runs to the first `]` after at least one character, which may itself be a `]`.
      const end = chars.indexOf(0x5d, index + 2);
      if (end === -1) steps.push(literalStep(char));
      else {
        steps.push({ kind: 'one', test: classTest(chars.slice(index + 1, end)) });
        index = end;
      }
    } else steps.push(literalStep(char));
  }
  return new StepsMatcher(steps);
}

/** A class's members (between the brackets): negated by a leading `^` or `!`; `a-z` is a range, a reversed one matches nothing. */
function classTest(members: readonly number[]): (char: number) => boolean {
  const negated = members[0] === 0x5e || members[0] === 0x21;
  const ranges: Array<[number, number]> = [];
  for (let index = negated ? 1 : 0; index < members.length; index++) {
    const low = members[index]!;
    if (members[index + 1] === 0x2d && index + 2 < members.length) {
      ranges.push([low, members[index + 2]!]);
      index += 2;
    } else ranges.push([low, low]);
  }
  return (char) => ranges.some(([low, high]) => char >= low && char <= high) !== negated;
}

/** The compiled patterns of each step's sources, made once. */
const sourceMatchers = new WeakMap<CopyStep, Map<string, StepsMatcher>>();

function sourceMatcher(step: CopyStep, source: string): StepsMatcher {
  let matchers = sourceMatchers.get(step);
  if (!matchers) sourceMatchers.set(step, (matchers = new Map<string, StepsMatcher>()));
  let matcher = matchers.get(source);
  if (!matcher) matchers.set(source, (matcher = globMatcher(source)));
  return matcher;
}

function isPattern(source: string): boolean {
  return /[*?[]/.test(source);
}

/** Where one copied item lands: `item` (a file or folder the source names) holds `path`. */
function landing(step: CopyStep, item: string, path: string, itemIsPath: boolean): string {
  if (step.parents) return `${step.destination.replace(/\/$/, '')}/${path.replace(/^\/+/, '')}`;
  const below = itemIsPath ? '' : path.slice(item === '.' || item === '/' ? 0 : item.length + 1).replace(/^\/+/, '');
  if (itemIsPath) return step.destination.endsWith('/') ? `${step.destination}${path.slice(path.lastIndexOf('/') + 1)}` : step.destination;
  return `${step.destination.replace(/\/$/, '')}/${below}`;
}

/** Where `path` (relative to the context, or an image path of a `--from` stage) lands through one step, if it does. */
function throughStep(step: CopyStep, path: string): string | undefined {
  for (const source of step.sources) {
    if (!isPattern(source)) {
      if (source === path) return landing(step, source, path, true);
      if (source === '.' || source === '/' || path.startsWith(`${source}/`)) return landing(step, source, path, false);
      continue;
    }
    // A pattern names files and folders; the item is the path itself or the folder above it that matches.
    // Read one folder at a time, each once.
    const matcher = sourceMatcher(step, source);
    const parts = path.split('/');
    let progress: Progress | undefined = matcher.start;
    for (let depth = 1; depth <= parts.length && progress; depth++) {
      progress = matcher.advance(progress, depth === 1 ? parts[0]! : `/${parts[depth - 1]!}`);
      // An image path's leading '' is no item.
      if (progress && (depth > 1 || parts[0] !== '') && matcher.accepts(progress)) return landing(step, parts.slice(0, depth).join('/'), path, depth === parts.length);
    }
  }
  return undefined;
}

export interface Placement {
  /** Absolute path in the final image. */
  imagePath: string;
  /** The steps that put it there, in order. */
  steps: CopyStep[];
}

/** Where a file of the build context ends up in the final stage (the last one), through every COPY and ADD. */
export function placementsOf(dockerfile: Dockerfile, contextPath: string): Placement[] {
  const byStage = new Map<Stage, Placement[]>();
  for (const stage of dockerfile.stages) {
    const parent = dockerfile.stages.find((candidate) => candidate !== stage && candidate.name === stage.base.toLowerCase() && byStage.has(candidate));
    const placements = [...(parent ? byStage.get(parent)! : [])];
    for (const step of stage.copies) {
      if (step.from === undefined) {
        const imagePath = throughStep(step, contextPath);
        if (imagePath) placements.push({ imagePath, steps: [step] });
        continue;
      }
      const source = dockerfile.stages.find((candidate, index) => candidate.name === step.from || String(index) === step.from);
      for (const earlier of (source && byStage.get(source)) ?? []) {
        const imagePath = throughStep(step, earlier.imagePath);
        if (imagePath) placements.push({ imagePath, steps: [...earlier.steps, step] });
      }
    }
    byStage.set(stage, placements);
  }
  const last = dockerfile.stages.at(-1);
  return last ? byStage.get(last)! : [];
}

/** The COPY or ADD from the context whose sources share the most folders with `contextPath`; the later one on a tie. */
export function closestCopy(dockerfile: Dockerfile, contextPath: string): CopyStep | undefined {
  const wanted = contextPath.split('/');
  let best: CopyStep | undefined;
  let bestShared = -1;
  for (const step of dockerfile.stages.flatMap((stage) => stage.copies)) {
    if (step.from !== undefined) continue;
    for (const source of step.sources) {
      const parts = source === '.' ? [] : source.split('/');
      let shared = 0;
      while (shared < parts.length && shared < wanted.length && parts[shared] === wanted[shared]) shared++;
      if (shared >= bestShared) [best, bestShared] = [step, shared];
    }
  }
  return best;
}

/**
 * What the final image holds from the build context, as its COPY and ADD steps say: each plain
 * source (no pattern, no `--parents`, not `--from` another stage) with the image path it was
 * copied to, the latest step first (a later copy overwrites an earlier one). The stages the final
 * one is built on count too.
 */
export function contextCopies(dockerfile: Dockerfile): Array<{ source: string; destination: string }> {
  const copies: Array<{ source: string; destination: string }> = [];
  for (const step of finalChain(dockerfile).flatMap((stage) => stage.copies)) {
    if (step.from !== undefined || step.parents) continue;
    for (const source of step.sources) if (!isPattern(source)) copies.push({ source, destination: step.destination });
  }
  return copies.reverse();
}

/** The final stage and the stages it is built on, the earliest first. */
function finalChain(dockerfile: Dockerfile): Stage[] {
  const chain: Stage[] = [];
  for (let stage = dockerfile.stages.at(-1); stage && !chain.includes(stage); stage = dockerfile.stages.find((candidate) => candidate.name === stage.base.toLowerCase())) chain.push(stage);
  return chain.reverse();
}

/**
 * The context folders the final image imports modules from: for each folder Python searches
 * (`searched`, absolute image paths), the context folder a COPY or ADD puts there, as in
 * `COPY src/ /srv/` with /srv searched -> `src`. '' is the context folder itself.
 */
export function importedFolders(dockerfile: Dockerfile, searched: readonly string[]): Set<string> {
  const folders = new Set<string>();
  for (const step of finalChain(dockerfile).flatMap((stage) => stage.copies)) {
    if (step.from !== undefined || step.parents) continue;
    const destination = step.destination.replace(/\/$/, '') || '/';
    for (const source of step.sources) {
      if (isPattern(source)) continue;
      for (const entry of searched) {
        if (entry === destination) folders.add(source === '.' ? '' : source);
        else if (entry.startsWith(`${destination === '/' ? '' : destination}/`)) {
          const below = entry.slice(destination === '/' ? 1 : destination.length + 1);
          folders.add(source === '.' ? below : `${source}/${below}`);
        }
      }
    }
  }
  return folders;
}
