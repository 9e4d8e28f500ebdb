/**
 * Settings kept in the checkout, as ruff and deptry keep theirs: `.import-guard.toml` at its
 * root, else the `[tool.import-guard]` table of its `pyproject.toml`. The more specific file wins
 * whole: when `.import-guard.toml` exists, `pyproject.toml` is not read for settings. Inputs and
 * command-line flags win over either, key by key. The checkout belongs to the pull request: the
 * file is read as every other checkout file is (inside the repository, bounded), and it holds
 * only keys that change what is checked, never where the step writes or which secrets it uses.
 */
import { parse as parseToml, TomlError } from 'smol-toml';
import { ConfigurationError } from './errors.ts';
import { readRepositoryFile, quoted } from './explain/repository-files.ts';
import type { Logger } from './logger.ts';
import { listValue, makeSettings, type RawSettings, type Settings } from './settings.ts';

export const CONFIG_FILE = '.import-guard.toml';
export const PYPROJECT_FILE = 'pyproject.toml';
const PYPROJECT_TABLE = 'tool.import-guard';

/** How a key's TOML value is read: text, lists of text, numbers given as such or as text, tables. */
type ValueType = 'string' | 'lines' | 'scalar' | 'boolean' | 'path-map' | 'env';

/** The keys a file may hold: the inputs of the same name. */
const FILE_KEYS = {
  'entrypoints': { field: 'entrypoints', type: 'lines' },
  'python-path': { field: 'pythonPath', type: 'lines' },
  'ignore': { field: 'ignore', type: 'lines' },
  'path-map': { field: 'pathMap', type: 'path-map' },
  'fail-on': { field: 'failOn', type: 'string' },
  'platform': { field: 'platform', type: 'string' },
  'docker-read': { field: 'dockerRead', type: 'string' },
  'native': { field: 'native', type: 'boolean' },
  'context': { field: 'context', type: 'string' },
  'dockerfile': { field: 'dockerfile', type: 'string' },
  'target': { field: 'target', type: 'string' },
  'baseline': { field: 'baseline', type: 'string' },
  'boot': { field: 'boot', type: 'string' },
  'env': { field: 'fileEnv', type: 'env' },
  'port': { field: 'port', type: 'scalar' },
  'health-path': { field: 'healthPath', type: 'string' },
  'boot-timeout': { field: 'bootTimeout', type: 'scalar' },
  'boot-memory': { field: 'bootMemory', type: 'scalar' },
} as const satisfies Record<string, { field: keyof RawSettings; type: ValueType }>;

export type FileKey = keyof typeof FILE_KEYS;

/** Inputs a file may not set, and why: a pull request must not choose what the step reads, writes or publishes. */
const STEP_ONLY_KEYS: Record<string, string> = {
  'image': 'the image is given by each run',
  'image-config': 'it names a file outside the checkout',
  'env-file': 'it names a file outside the checkout; set variables in the env table',
  'github-token': 'a token never belongs in the checkout',
  'sarif-file': 'it names where the step writes',
  'json-file': 'it names where the step writes',
  'summary': 'it decides what the step publishes',
  'write-baseline': 'it is a command-line option',
};

/** The settings one file holds, as inputs would give them, and the line each key is on. */
export interface ConfigFile {
  /** Repository-relative. */
  file: string;
  values: Partial<RawSettings>;
  /** The keys set, in the file's order. */
  keys: FileKey[];
  /** 1-based; absent when the key's line cannot be told. */
  lines: Partial<Record<FileKey, number>>;
}

const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value instanceof Date) return 'a date';
  if (value === null || value === undefined) return 'nothing';
  if (typeof value === 'object') return 'a table';
  if (typeof value === 'bigint') return 'an integer';
  return `a ${typeof value}`;
}

/** `[tool.import-guard]`, `[ "tool" . 'import-guard' ]`, or a sub-table of it. */
function tableHeader(line: string): string | undefined {
  const match = /^\s*\[\s*([^\][]+?)\s*\]\s*(#.*)?$/.exec(line);
  return match?.[1]!.split('.').map((part) => part.trim().replace(/^(["'])(.*)\1$/, '$2')).join('.');
}

/**
 * The 1-based line where `key` is set in the table `table` ('' for the top level): the TOML
 * parser gives values without places, so the text is searched for `key =` or a `[table.key]`
 * header. Undefined when neither is found (a dotted key, an inline table).
 */
export function keyLine(text: string, table: string, key: string): number | undefined {
  const lines = text.split(/\r?\n/);
  let current = '';
  const escaped = key.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
  const assignment = new RegExp(`^\\s*(?:${escaped}|"${escaped}"|'${escaped}')\\s*=`);
  for (let index = 0; index < lines.length; index++) {
    const header = tableHeader(lines[index]!);
    if (header !== undefined) {
      current = header;
      if (header === (table ? `${table}.${key}` : key)) return index + 1;
      continue;
    }
    if (current === table && assignment.test(lines[index]!)) return index + 1;
  }
  return undefined;
}

function where(file: string, line: number | undefined): string {
  return line === undefined ? file : `${file} line ${line}`;
}

function stringLines(value: unknown): string[] | undefined {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value;
  return undefined;
}

/** One key's TOML value as the input's text, or why it is of the wrong type. */
function inputValue(type: ValueType, value: unknown): string | string[] | { name: string; lines: string[] } | { wrong: string } {
  switch (type) {
    case 'string':
      return typeof value === 'string' ? value : { wrong: 'a string' };
    case 'boolean':
      if (typeof value === 'boolean') return String(value);
      if (typeof value === 'string') return value;
      return { wrong: 'true or false' };
    case 'scalar':
      if (typeof value === 'string') return value;
      if ((typeof value === 'number' && Number.isFinite(value)) || typeof value === 'bigint') return String(value);
      return { wrong: 'a number or a string' };
    case 'lines':
      return stringLines(value) ?? { wrong: 'an array of strings' };
    case 'path-map': {
      const lines = stringLines(value);
      if (lines) return lines;
      if (typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date) && Object.values(value).every((item) => typeof item === 'string')) {
        return Object.entries(value as Record<string, string>).map(([image, repo]) => `${image}=${repo}`);
      }
      return { wrong: 'an array of "IMAGE=REPO" strings or a table of image folder = repository folder' };
    }
    case 'env': {
      if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof Date) return { wrong: 'a table of NAME = "value"' };
      const lines: string[] = [];
      for (const [name, text] of Object.entries(value)) {
        if (!VARIABLE_NAME.test(name)) return { wrong: `a table of NAME = "value", and ${JSON.stringify(quoted(name))} is not a variable name` };
        if (typeof text !== 'string' || /[\r\n]/.test(text)) return { wrong: `a table of NAME = "value" (one line of text), and ${name} is ${typeof text === 'string' ? 'several lines' : describe(text)}` };
        lines.push(`${name}=${text}`);
      }
      return { name: '', lines };
    }
  }
}

/** The key a file author most likely meant: the same with dashes for underscores, or case folded. */
function meant(key: string): string | undefined {
  const folded = key.toLowerCase().replace(/_/g, '-');
  return folded in FILE_KEYS ? folded : undefined;
}

/**
 * The settings in one file's text: the whole of `.import-guard.toml`, or the `[tool.import-guard]`
 * table of `pyproject.toml` (undefined when it has none). Not TOML, an unknown key or a value of
 * the wrong type is a ConfigurationError naming the file, the key and its line.
 */
export function parseConfigFile(text: string, file: string): ConfigFile | undefined {
  const pyproject = file === PYPROJECT_FILE || file.endsWith(`/${PYPROJECT_FILE}`);
  let document: Record<string, unknown>;
  try {
    document = parseToml(text);
  } catch (error) {
    if (!(error instanceof TomlError)) throw error;
    // A pyproject.toml that holds no settings of the guard is not the guard's to judge.
    if (pyproject && !/^\s*\[\s*["']?tool["']?\s*\.\s*["']?import-guard/m.test(text)) return undefined;
    throw new ConfigurationError(`${where(file, error.line)} is not valid TOML: ${error.message.split('\n')[0]!.replace(/^Invalid TOML document: /, '')}`);
  }
  const table = pyproject ? (document.tool as Record<string, unknown> | undefined)?.['import-guard'] : document;
  if (table === undefined) return undefined;
  const tableName = pyproject ? PYPROJECT_TABLE : '';
  const shown = pyproject ? `${file} [${PYPROJECT_TABLE}]` : file;
  // Where a key is, after the file and line: the table it is in, for pyproject.toml.
  const inTable = pyproject ? ` in [${PYPROJECT_TABLE}]` : '';
  if (typeof table !== 'object' || table === null || Array.isArray(table)) throw new ConfigurationError(`${shown} is ${describe(table)}; expected a table of settings`);
  const config: ConfigFile = { file, values: {}, keys: [], lines: {} };
  for (const [key, value] of Object.entries(table)) {
    const line = keyLine(text, tableName, key);
    const at = where(file, line);
    const name = JSON.stringify(quoted(key));
    if (key in STEP_ONLY_KEYS) throw new ConfigurationError(`${at}: ${name} can be given only as an input of the step (or a command-line option), not in a settings file: ${STEP_ONLY_KEYS[key]}`);
    if (!(key in FILE_KEYS)) {
      const guess = meant(key);
      throw new ConfigurationError(`${at}: unknown key ${name}${inTable}${guess ? `; did you mean "${guess}"?` : `; the keys are ${Object.keys(FILE_KEYS).join(', ')}`}`);
    }
    const fileKey = key as FileKey;
    const { field, type } = FILE_KEYS[fileKey];
    const read = inputValue(type, value);
    if (typeof read === 'object' && 'wrong' in read) throw new ConfigurationError(`${at}: ${key}${inTable} is ${describe(value)}; expected ${read.wrong}`);
    (config.values as Record<string, unknown>)[field] = typeof read === 'object' && 'lines' in read ? { name: `env in ${at}`, lines: read.lines } : read;
    config.keys.push(fileKey);
    if (line !== undefined) config.lines[fileKey] = line;
  }
  return config;
}

/**
 * The checkout's settings file: `.import-guard.toml` at `root`, else `pyproject.toml`'s table.
 * Read through `readRepositoryFile`: a file that leads outside the checkout or is too large is
 * skipped with a warning that names it.
 */
export function readConfigFile(root: string, logger: Logger): ConfigFile | undefined {
  const own = readRepositoryFile(root, CONFIG_FILE, logger);
  const pyprojectText = readRepositoryFile(root, PYPROJECT_FILE, logger);
  if (own !== undefined) {
    if (pyprojectText !== undefined && /^\s*\[\s*["']?tool["']?\s*\.\s*["']?import-guard["']?\s*[\].]/m.test(pyprojectText)) {
      logger.warn(`both ${CONFIG_FILE} and ${PYPROJECT_FILE} [${PYPROJECT_TABLE}] hold settings: ${CONFIG_FILE} is used, and ${PYPROJECT_FILE}'s table is not read`);
    }
    return parseConfigFile(own, CONFIG_FILE) ?? { file: CONFIG_FILE, values: {}, keys: [], lines: {} };
  }
  return pyprojectText === undefined ? undefined : parseConfigFile(pyprojectText, PYPROJECT_FILE);
}

/** Whether an input or flag gave a value: empty text and empty lists are "not given". */
function given(value: RawSettings[keyof RawSettings]): boolean {
  if (value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return listValue(value).length > 0;
  return true;
}

/** The keys whose value the file gives and no input overrides. */
export function keysFromFile(raw: RawSettings, config: ConfigFile): FileKey[] {
  // The file's env is a layer of its own under env-file and env, so it always counts.
  return config.keys.filter((key) => key === 'env' || !given(raw[FILE_KEYS[key].field]));
}

/** The raw settings with the file's values where no input or flag gave one. */
export function withConfigFile(raw: RawSettings, config: ConfigFile | undefined): RawSettings {
  if (!config) return raw;
  const merged: RawSettings = { ...raw };
  for (const key of keysFromFile(raw, config)) {
    const { field } = FILE_KEYS[key];
    (merged as unknown as Record<string, unknown>)[field] = config.values[field];
  }
  return merged;
}

/** The file key a settings message is about: the longest key it starts with (`boot-timeout is`, not `boot`). */
function keyOfMessage(message: string, keys: readonly FileKey[]): FileKey | undefined {
  return keys.filter((key) => message.startsWith(`${key} `)).sort((a, b) => b.length - a.length)[0];
}

/**
 * Settings from inputs (or flags) and, with a checkout, its settings file under them. A bad
 * value that came from the file is reported with the file and line it is on.
 */
export function loadSettings(raw: RawSettings, logger: Logger): { settings: Settings; config?: ConfigFile } {
  const root = raw.repository?.trim();
  const config = root ? readConfigFile(root, logger) : undefined;
  if (!config) return { settings: makeSettings(raw) };
  const fromFile = keysFromFile(raw, config);
  if (fromFile.length > 0) logger.info(`Settings from ${config.file}: ${fromFile.join(', ')}`);
  try {
    return { settings: makeSettings(withConfigFile(raw, config)), config };
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    const key = keyOfMessage(error.message, fromFile);
    if (key === undefined || key === 'env') throw error;
    throw new ConfigurationError(`${error.message} (set in ${where(config.file, config.lines[key])})`);
  }
}
