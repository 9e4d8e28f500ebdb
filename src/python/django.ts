/**
 * Django loads modules named by dotted strings in its settings: INSTALLED_APPS, MIDDLEWARE,
 * ROOT_URLCONF, database engines... Each is an import the settings file makes, read here from
 * its tokens.
 */
import { type Token, tokenize } from './tokenizer.ts';

export interface DottedImport {
  /** The module Django imports for this string. */
  module: string;
  /** The string as written. */
  value: string;
  setting: string;
  line: number;
  /** 1-based. */
  column: number;
  /** For INSTALLED_APPS: a string that may be an AppConfig class path when it is no module. */
  appEntry?: true;
}

/** Settings whose every string is a dotted path: a module or `module.attribute`. */
const MODULE_SETTINGS = new Set(['ROOT_URLCONF', 'SESSION_ENGINE', 'URLCONF']);
const ATTRIBUTE_SETTINGS = new Set(['MIDDLEWARE', 'MIDDLEWARE_CLASSES', 'AUTHENTICATION_BACKENDS', 'PASSWORD_HASHERS', 'WSGI_APPLICATION', 'ASGI_APPLICATION', 'DEFAULT_AUTO_FIELD', 'TEST_RUNNER', 'DEFAULT_EXCEPTION_REPORTER', 'MESSAGE_STORAGE', 'CSRF_FAILURE_VIEW']);
/** Settings that hold dictionaries: only the values of these keys are dotted paths. */
const NESTED_SETTINGS = new Set(['DATABASES', 'CACHES', 'TEMPLATES', 'AUTH_PASSWORD_VALIDATORS', 'STORAGES']);
const NESTED_KEYS = new Set(['ENGINE', 'BACKEND', 'NAME', 'context_processors']);

const DOTTED = /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)+$|^[A-Za-z_]\w*$/;
/** Keywords a `(` may follow without being a call. */
const EXPRESSION_KEYWORDS = new Set(['if', 'else', 'in', 'not', 'and', 'or', 'is', 'lambda', 'for', 'await', 'yield', 'return']);

function parent(dotted: string): string {
  return dotted.includes('.') ? dotted.slice(0, dotted.lastIndexOf('.')) : dotted;
}

function plainString(token: Token): string | undefined {
  return token.type === 'string' && (token.prefix === '' || token.prefix === 'r' || token.prefix === 'u') ? token.body : undefined;
}

/** The dotted strings of a settings module that Django turns into imports. */
export function djangoSettingsImports(text: string, minor: number): DottedImport[] {
  let tokens: Token[];
  try {
    tokens = tokenize(text, minor);
  } catch {
    return [];
  }
  const found: DottedImport[] = [];
  /** Indentation depth: settings are module-level statements. */
  let level = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type === 'indent') level++;
    else if (token.type === 'dedent') level--;
    const previous = tokens[i - 1];
    const atStatementStart = !previous || previous.type === 'newline' || previous.type === 'indent' || previous.type === 'dedent' || (previous.type === 'op' && previous.value === ';');
    if (token.type !== 'name' || !atStatementStart || level !== 0) continue;
    const setting = token.value;
    const assign = tokens[i + 1];
    if (!assign || assign.type !== 'op' || (assign.value !== '=' && assign.value !== '+=')) continue;
    const isModule = MODULE_SETTINGS.has(setting) || setting === 'INSTALLED_APPS';
    const nested = NESTED_SETTINGS.has(setting);
    if (!isModule && !nested && !ATTRIBUTE_SETTINGS.has(setting)) continue;
    let key: string | undefined;
    let depthAtKey = -1;
    let depth = 0;
    /** For each open bracket: whether it holds the arguments of a call. */
    const calls: boolean[] = [];
    for (let j = i + 2; j < tokens.length && tokens[j]!.type !== 'newline'; j++) {
      const item = tokens[j]!;
      if (item.type === 'op' && item.value === ';' && depth === 0) break; // the next statement on the line
      if (item.type === 'op' && '([{'.includes(item.value)) {
        depth++;
        const before = tokens[j - 1]!;
        calls.push(item.value === '(' && ((before.type === 'name' && !EXPRESSION_KEYWORDS.has(before.value)) || (before.type === 'op' && (before.value === ')' || before.value === ']'))));
      } else if (item.type === 'op' && ')]}'.includes(item.value)) {
        depth--;
        calls.pop();
        if (depth < depthAtKey) key = undefined;
      }
      const value = plainString(item);
      if (value === undefined) continue;
      // The arguments of a call (`os.environ.get('DB_ENGINE', ...)`) are computed at run time, not dotted paths.
      if (calls.includes(true)) continue;
      const next = tokens[j + 1];
      if (nested && next?.type === 'op' && next.value === ':') {
        key = NESTED_KEYS.has(value) ? value : undefined;
        depthAtKey = depth;
        continue;
      }
      if (!DOTTED.test(value) || (nested && key === undefined)) continue;
      if (nested && key === 'NAME' && setting !== 'AUTH_PASSWORD_VALIDATORS') continue;
      const entry: DottedImport = { module: value, value, setting, line: item.line, column: item.col + 1 };
      if (setting === 'INSTALLED_APPS') entry.appEntry = true;
      else if (nested && key === 'ENGINE' && setting === 'DATABASES') entry.module = `${value}.base`; // django.db.utils.load_backend
      else if (!isModule) entry.module = parent(value);
      if (nested && key !== 'context_processors') key = undefined;
      found.push(entry);
    }
  }
  return found;
}

/** `os.environ.setdefault("DJANGO_SETTINGS_MODULE", "x.settings")` in a manage.py or wsgi.py. */
export function djangoSettingsDefault(text: string): string | undefined {
  return /environ\.setdefault\(\s*['"]DJANGO_SETTINGS_MODULE['"]\s*,\s*['"]([\w.]+)['"]/.exec(text)?.[1];
}
