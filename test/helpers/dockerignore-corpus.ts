// A generated build context and ignore files that exercise every part of Docker's ignore rules,
// for comparing the evaluator with the real `docker build`. Seeded: the same corpus every run.
import { random } from './random.ts';

const FOLDERS = [
  'app', 'app/services', 'app/services/monitoring', 'app/services/monitoring/exporters', 'app/services/billing', 'app/middleware',
  'app/api', 'app/api/v1', 'app/api/v2', 'monitoring', 'monitoring/dashboards', 'src', 'src/pkg_a', 'src/pkg_a/sub', 'src/pkg-b',
  'src/pkg_a/__pycache__', 'app/__pycache__', 'docs', 'docs/temp', 'tests', 'tests/unit', 'tests/unit/temp_data', 'temp', 'build',
  'build/lib', 'node_modules', 'node_modules/left-pad', '.git', '.git/objects', 'data', 'data/raw', 'data/raw/2024', 'scripts',
  'weird', 'weird/space dir', 'weird/café', 'deep/a/b/c/d', 'deep/a/b/x', 'vendor', 'vendor/keep',
];
const FILE_NAMES = [
  '__init__.py', 'main.py', 'models.py', 'utils.py', 'settings.py', 'README.md', 'notes.txt', 'data.json', 'cache.pyc',
  'temp_file.txt', 'tempo.py', '.env', '.hidden', 'Makefile', 'app.log', 'x1.py', 'x2.py', 'y1.py', 'setup.cfg',
];
const ODD_FILES = ['weird/star*name.txt', 'weird/what?.txt', 'weird/br[1].py', 'weird/space dir/file one.py', 'weird/café/crème.py', 'weird/back\\slash.txt', 'top.py', 'README.md', '.env', 'requirements.txt', 'setup.py'];

/** Every file of the context (relative paths), at least 300 of them. */
export function corpusTree(): string[] {
  const next = random(7);
  const files = new Set<string>(ODD_FILES);
  for (const folder of FOLDERS) {
    const count = 4 + Math.floor(next() * 8);
    for (let index = 0; index < count; index++) files.add(`${folder}/${FILE_NAMES[Math.floor(next() * FILE_NAMES.length)]}`);
  }
  return [...files].sort();
}

/** Every folder above the given files. */
export function foldersOf(files: readonly string[]): string[] {
  const folders = new Set<string>();
  for (const file of files) {
    const parts = file.split('/');
    for (let depth = 1; depth < parts.length; depth++) folders.add(parts.slice(0, depth).join('/'));
  }
  return [...folders].sort();
}

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)]!;
}

/** One pattern line, drawn from the forms Docker reads differently. */
function patternLine(next: () => number, files: readonly string[], folders: readonly string[]): string {
  const folder = pick(next, folders);
  const file = pick(next, files);
  const name = folder.slice(folder.lastIndexOf('/') + 1);
  const base = file.slice(file.lastIndexOf('/') + 1);
  const forms: Array<() => string> = [
    () => folder,
    () => `/${folder}`,
    () => `./${folder}/`,
    () => `${folder}//`,
    () => `${folder}/../${folder.split('/')[0]}`,
    () => file,
    () => `**/${name}`,
    () => `**/${name}/`,
    () => `**/${name}/**`,
    () => `${folder}/**`,
    () => `${folder.split('/')[0]}/**/${base}`,
    () => `**/${base}`,
    () => `**${base}`,
    () => `*/${name}`,
    () => `*/*/temp*`,
    () => `*.${pick(next, ['py', 'md', 'txt', 'pyc', 'log'])}`,
    () => `**/*.${pick(next, ['py', 'md', 'pyc', 'json'])}`,
    () => `${folder}/*`,
    () => `${folder}/*.py`,
    () => `temp?`,
    () => `${folder}/x?.py`,
    () => `${folder}/[xy]1.py`,
    () => `**/[a-m]*.py`,
    () => `${folder}/[^m]*`,
    () => `${folder}/[!m]*`,
    () => `[${folder[0]}${folder[1]}]*`,
    () => `weird/star\\*name.txt`,
    () => `weird/what\\?.txt`,
    () => `weird/br\\[1\\].py`,
    () => `weird/*\\[*`,
    () => `weird/space dir`,
    () => `weird/caf*/*`,
    () => `**/.*`,
    () => `.*`,
    () => `*`,
    () => `**`,
    () => `${folder}/`,
    () => `  ${folder}  `,
    () => `deep/**/d`,
    () => `**/b/**`,
  ];
  return pick(next, forms)();
}

/** Exceptions, some of which reach under a left-out folder only by their text's prefix. */
function exceptionLine(next: () => number, files: readonly string[], folders: readonly string[]): string {
  const file = pick(next, files);
  const folder = pick(next, folders);
  const base = file.slice(file.lastIndexOf('/') + 1);
  const forms: Array<() => string> = [
    () => `!${file}`,
    () => `!/${file}`,
    () => `! ${folder}`,
    () => `!**/${base}`,
    () => `!${folder}/*.py`,
    () => `!${folder}/**`,
    () => `!${file.split('/')[0]}/**/${base}`,
    () => `!*.md`,
  ];
  return pick(next, forms)();
}

/** The text of ignore file number `index`: 1 to 9 rules, comments, blank lines, some CRLF and BOMs. */
export function corpusIgnoreFile(index: number, files: readonly string[], folders: readonly string[]): string {
  const next = random(1000 + index);
  const lines: string[] = [];
  const count = 1 + Math.floor(next() * 9);
  for (let line = 0; line < count; line++) {
    const roll = next();
    if (roll < 0.08) lines.push(pick(next, ['# a comment', '   # an indented comment', '', '   ']));
    else if (roll < 0.35 && lines.length > 0) lines.push(exceptionLine(next, files, folders));
    else lines.push(patternLine(next, files, folders));
  }
  let text = lines.join(next() < 0.1 ? '\r\n' : '\n') + '\n';
  if (next() < 0.05) text = `\ufeff${text}`;
  return text;
}
