/**
 * What a checkout declares it needs: `requirements*.txt` (with `-r` and `-c` includes),
 * `pyproject.toml` (`[project]` dependencies and optional dependencies, Poetry's dependency
 * tables) and `setup.cfg` (`install_requires`, `extras_require`), each with file and line.
 */
import path from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { type Logger, silentLogger } from '../logger.ts';
import { normalizeName } from '../python/distributions.ts';
import { locateInRepository, quoted, readRepositoryFile } from './repository-files.ts';

export interface Requirement {
  /** The distribution name as written. */
  name: string;
  /** PEP 503 form, for comparing. */
  normalized: string;
  /** Repository-relative path of the file that declares it. */
  file: string;
  line: number;
  /** The declaration as written, trimmed, on one line and cut at QUOTED_TEXT_LIMIT characters. */
  text: string;
}

export interface DeclaredRequirements {
  /** Repository-relative paths of every file read. */
  files: string[];
  requirements: Requirement[];
}

const REQUIREMENT_NAME = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)/;

function requirement(name: string, file: string, line: number, text: string): Requirement {
  return { name, normalized: normalizeName(name), file, line, text: quoted(text.trim()) };
}

/**
 * One requirements file and those it includes. `seen` holds the real path of each file read, so
 * an include loop stops, also one through a symbolic link (`-r link/requirements.txt`, link -> .).
 */
function readRequirementsFile(root: string, file: string, declared: DeclaredRequirements, seen: Set<string>, logger: Logger): void {
  const located = locateInRepository(root, file);
  const key = 'real' in located ? located.real : file;
  if (seen.has(key)) return;
  seen.add(key);
  const text = readRepositoryFile(root, file, logger);
  if (text === undefined) return;
  declared.files.push(file);
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const number = index + 1;
    let text = lines[index]!;
    // A trailing backslash joins the next line.
    while (text.endsWith('\\') && index + 1 < lines.length) text = text.slice(0, -1) + lines[++index]!;
    text = text.replace(/(^|\s)#.*$/, '').trim();
    if (text === '') continue;
    const include = /^(?:-r|--requirement|-c|--constraint)(?:\s+|=)(\S+)/.exec(text);
    if (include) {
      // Constraints pin versions; they do not ask for an install, so only requirements count.
      // pip reads an absolute include as it is: outside the repository, so refused.
      const included = path.posix.isAbsolute(include[1]!) ? include[1]! : path.posix.join(path.posix.dirname(file), include[1]!);
      if (!/^(-c|--constraint)/.test(text)) readRequirementsFile(root, included, declared, seen, logger);
      continue;
    }
    const editable = /^(?:-e|--editable)\s+(\S+)/.exec(text);
    if (editable) {
      const egg = /#egg=([A-Za-z0-9._-]+)/.exec(lines[index]!);
      if (egg) declared.requirements.push(requirement(egg[1]!, file, number, text));
      continue;
    }
    if (text.startsWith('-')) continue;
    const name = REQUIREMENT_NAME.exec(text);
    if (name && !/^[a-z][a-z0-9+.-]*:\/\//i.test(text) && !text.startsWith('.') && !text.startsWith('/')) declared.requirements.push(requirement(name[1]!, file, number, text));
  }
}

/** The first line of `text` at or after `from` that holds `needle`; 1-based, `from`'s line when none does. */
function lineOf(lines: readonly string[], needle: string, from = 0): number {
  for (let index = from; index < lines.length; index++) if (lines[index]!.includes(needle)) return index + 1;
  return from + 1;
}

function tableLine(lines: readonly string[], header: string): number {
  return lines.findIndex((line) => line.trim() === `[${header}]`);
}

function readPyproject(root: string, file: string, declared: DeclaredRequirements, logger: Logger): void {
  const text = readRepositoryFile(root, file, logger);
  if (text === undefined) return;
  let document: Record<string, unknown>;
  try {
    document = parseToml(text);
  } catch {
    return;
  }
  declared.files.push(file);
  const lines = text.split(/\r?\n/);
  const project = (document.project ?? {}) as { 'dependencies'?: unknown; 'optional-dependencies'?: Record<string, unknown> };
  const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);
  const projectStart = Math.max(0, tableLine(lines, 'project'));
  for (const spec of [...strings(project.dependencies), ...Object.values(project['optional-dependencies'] ?? {}).flatMap(strings)]) {
    const name = REQUIREMENT_NAME.exec(spec);
    if (name) declared.requirements.push(requirement(name[1]!, file, lineOf(lines, spec, projectStart), spec));
  }
  // Poetry: [tool.poetry.dependencies] and [tool.poetry.group.NAME.dependencies], one key per distribution.
  const poetry = ((document.tool ?? {}) as { poetry?: { dependencies?: Record<string, unknown>; group?: Record<string, { dependencies?: Record<string, unknown> }> } }).poetry;
  const tables: Array<[string, Record<string, unknown>]> = [['tool.poetry.dependencies', poetry?.dependencies ?? {}], ...Object.entries(poetry?.group ?? {}).map(([group, table]): [string, Record<string, unknown>] => [`tool.poetry.group.${group}.dependencies`, table.dependencies ?? {}])];
  for (const [header, table] of tables) {
    const start = Math.max(0, tableLine(lines, header));
    for (const [name, value] of Object.entries(table)) {
      if (name.toLowerCase() === 'python') continue;
      const line = lineOf(lines, name, start);
      declared.requirements.push(requirement(name, file, line, lines[line - 1] ?? `${name} = ${JSON.stringify(value)}`));
    }
  }
}

function readSetupCfg(root: string, file: string, declared: DeclaredRequirements, logger: Logger): void {
  const text = readRepositoryFile(root, file, logger);
  if (text === undefined) return;
  declared.files.push(file);
  const lines = text.split(/\r?\n/);
  let section = '';
  let collecting = false;
  lines.forEach((raw, index) => {
    const header = /^\[([^\]]+)\]/.exec(raw);
    if (header) {
      section = header[1]!.trim();
      collecting = false;
      return;
    }
    const key = /^([A-Za-z_][A-Za-z0-9_.-]*)\s*[=:]\s*(.*)$/.exec(raw);
    if (key) {
      collecting = (section === 'options' && key[1] === 'install_requires') || section === 'options.extras_require';
      if (collecting && key[2]!.trim() !== '' && section === 'options') {
        const name = REQUIREMENT_NAME.exec(key[2]!);
        if (name) declared.requirements.push(requirement(name[1]!, file, index + 1, key[2]!));
      }
      return;
    }
    if (!collecting || !/^\s+\S/.test(raw)) return;
    const text = raw.replace(/(^|\s)#.*$/, '').trim();
    const name = REQUIREMENT_NAME.exec(text);
    if (name && text !== '') declared.requirements.push(requirement(name[1]!, file, index + 1, text));
  });
}

/**
 * Reads what the checkout at `root` declares, from the files it lists (`files`, repository-relative)
 * in the context folder and at the repository root. A file that resolves outside the repository
 * is skipped with a warning to `logger`.
 */
export function readDeclaredRequirements(root: string, files: readonly string[], contextFolder: string, logger: Logger = silentLogger): DeclaredRequirements {
  const declared: DeclaredRequirements = { files: [], requirements: [] };
  const folders = [...new Set([contextFolder, ''])];
  const seen = new Set<string>();
  for (const folder of folders) {
    const prefix = folder === '' ? '' : `${folder}/`;
    const here = files.filter((file) => file.startsWith(prefix)).map((file) => file.slice(prefix.length));
    for (const file of here.filter((name) => /^(requirements[^/]*\.txt|requirements\/[^/]+\.txt)$/.test(name)).sort()) readRequirementsFile(root, `${prefix}${file}`, declared, seen, logger);
    if (here.includes('pyproject.toml')) readPyproject(root, `${prefix}pyproject.toml`, declared, logger);
    if (here.includes('setup.cfg')) readSetupCfg(root, `${prefix}setup.cfg`, declared, logger);
  }
  return declared;
}
