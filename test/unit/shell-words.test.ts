import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ALL_ARGUMENTS, eachShellCommand, eachShellStatement, shellCommands } from '../../src/python/shell-words.ts';

const ENV = new Map([
  ['APP', 'proj.wsgi:application'],
  ['PORT', '8000'],
  ['EMPTY', ''],
  ['OPTS', '-w 4  --bind 0.0.0.0'],
]);

function words(text: string, env: Map<string, string> = ENV): string[][] {
  return shellCommands(text, (name) => env.get(name));
}

describe('shellCommands', () => {
  it('splits a simple command on blanks and tabs, ignoring leading and trailing blanks', () => {
    assert.deepEqual(words('  gunicorn\t-b 0.0.0.0:8000   app:app  '), [['gunicorn', '-b', '0.0.0.0:8000', 'app:app']]);
  });

  it('returns no command for empty or blank text', () => {
    assert.deepEqual(words(''), []);
    assert.deepEqual(words(' \t \n\n ; ;'), []);
  });

  it('keeps single-quoted text literally: no escapes, no expansion', () => {
    assert.deepEqual(words(`echo 'a  b' '$APP' 'c\\d' '"x"'`), [['echo', 'a  b', '$APP', 'c\\d', '"x"']]);
  });

  it('reads an unterminated single quote to the end of the text', () => {
    assert.deepEqual(words(`echo 'open quote`), [['echo', 'open quote']]);
  });

  it('expands $ and keeps only \\$ \\` \\" \\\\ and \\newline as escapes inside double quotes', () => {
    assert.deepEqual(words('echo "a  $PORT" "\\$PORT" "\\"q\\"" "\\\\" "\\n" "x\\\ny"'), [['echo', 'a  8000', '$PORT', '"q"', '\\', '\\n', 'xy']]);
  });

  it('keeps an empty quoted word as a word', () => {
    assert.deepEqual(words(`cmd "" '' "$EMPTY" x`), [['cmd', '', '', '', 'x']]);
  });

  it('joins adjacent quoted and unquoted parts into one word', () => {
    assert.deepEqual(words(`--bind="0.0.0.0:"$PORT'/x'y`), [['--bind=0.0.0.0:8000/xy']]);
  });

  it('takes a backslash outside quotes as an escape of the next character, and backslash-newline as a continuation', () => {
    assert.deepEqual(words('echo a\\ b \\$PORT \\; c\\\nd'), [['echo', 'a b', '$PORT', ';', 'cd']]);
    assert.deepEqual(words('gunicorn \\\n  --workers 2 \\\n  app:app'), [['gunicorn', '--workers', '2', 'app:app']]);
  });

  it('expands $NAME and ${NAME} from the lookup; unknown names expand to nothing', () => {
    assert.deepEqual(words('serve $APP ${PORT}x $PORT.1 "${MISSING}"'), [['serve', 'proj.wsgi:application', '8000x', '8000.1', '']]);
  });

  it('applies ${NAME:-default}, ${NAME-default}, ${NAME:=default} and ${NAME:+alternative}', () => {
    assert.deepEqual(words('echo "${MISSING:-d1}" "${EMPTY:-d2}" "${EMPTY-d3}" "${PORT:-d4}" "${MISSING-d5}"'), [['echo', 'd1', 'd2', '', '8000', 'd5']]);
    assert.deepEqual(words('echo "${MISSING:=d6}" "${PORT:+alt}" "${MISSING:+alt}" "${EMPTY+set}" "${EMPTY:+set}"'), [['echo', 'd6', 'alt', '', 'set', '']]);
  });

  it('keeps a default with blanks and colons whole inside double quotes', () => {
    assert.deepEqual(words('exec gunicorn "${WSGI_APP:-proj.wsgi:application}" -b "${BIND:-0.0.0.0:8000}"'), [['exec', 'gunicorn', 'proj.wsgi:application', '-b', '0.0.0.0:8000']]);
  });

  it('takes a lone $, a $ before a non-name character and an unclosed ${ as text', () => {
    assert.deepEqual(words('echo $ a$ $1 ${PORT'), [['echo', '$', 'a$', '$1', '${PORT']]);
  });

  it('expands a malformed ${...} to nothing', () => {
    assert.deepEqual(words('echo x${1bad}y'), [['echo', 'xy']]);
  });

  it('marks "$@", $@ and $* as the script arguments', () => {
    assert.deepEqual(words('exec "$@"'), [['exec', ALL_ARGUMENTS]]);
    assert.deepEqual(words('exec $@'), [['exec', ALL_ARGUMENTS]]);
    assert.deepEqual(words('exec gunicorn $*'), [['exec', 'gunicorn', ALL_ARGUMENTS]]);
  });

  it('splits commands on &&, ||, ;, |, & and newlines', () => {
    assert.deepEqual(words('cd /app && python manage.py migrate; gunicorn a:b | tee log || true & wait\nexec x'), [
      ['cd', '/app'],
      ['python', 'manage.py', 'migrate'],
      ['gunicorn', 'a:b'],
      ['tee', 'log'],
      ['true'],
      ['wait'],
      ['exec', 'x'],
    ]);
  });

  it('splits on parentheses of subshells', () => {
    assert.deepEqual(words('(cd /srv; run) && next'), [['cd', '/srv'], ['run'], ['next']]);
  });

  it('does not split on separators inside quotes', () => {
    assert.deepEqual(words(`sh -c "a && b; c | d" 'e;f'`), [['sh', '-c', 'a && b; c | d', 'e;f']]);
  });

  it('skips comments at the start of a word, to the end of the line', () => {
    assert.deepEqual(words('#!/bin/sh\n# set up\nset -e # strict\nexec "$@" # hand over\n'), [['set', '-e'], ['exec', ALL_ARGUMENTS]]);
  });

  it('keeps # inside a word, after a quote, and quoted', () => {
    assert.deepEqual(words(`echo a#b "x"#y '#z' \\#w`), [['echo', 'a#b', 'x#y', '#z', '#w']]);
  });

  it('takes a comment right after a separator as a comment', () => {
    assert.deepEqual(words('run;# note\nnext'), [['run'], ['next']]);
  });

  it('reads an unterminated double quote to the end of the text', () => {
    assert.deepEqual(words('echo "open $PORT'), [['echo', 'open 8000']]);
  });

  it('looks every name up in order', () => {
    const seen: string[] = [];
    shellCommands('echo $A; echo "${B:-x}" ${C}', (name) => {
      seen.push(name);
      return undefined;
    });
    assert.deepEqual(seen, ['A', 'B', 'C']);
  });

  it('expands each command only when the caller reaches it, so earlier commands can set variables', () => {
    const env = new Map<string, string>();
    const seen: string[][] = [];
    for (const command of eachShellCommand('APP=${APP:-main}\nexport MODULE="$APP:app"; exec uvicorn "$MODULE" $EXTRA', (name) => env.get(name))) {
      seen.push(command);
      const assignment = command.at(-1)!;
      if (assignment.includes('=')) env.set(assignment.slice(0, assignment.indexOf('=')), assignment.slice(assignment.indexOf('=') + 1));
    }
    assert.deepEqual(seen, [['APP=main'], ['export', 'MODULE=main:app'], ['exec', 'uvicorn', 'main:app']]);
  });

  it('expands the word of ${NAME:-word} and removes its quotes', () => {
    const env = new Map([['MODULE', 'app.main'], ['EMPTY', '']]);
    assert.deepEqual(words('export APP_MODULE=${APP_MODULE:-"$MODULE:app"}', env), [['export', 'APP_MODULE=app.main:app']]);
    assert.deepEqual(words('run "${MISSING:-\'kept\'}" ${MISSING:-\'removed\'} "${MODULE:+${EMPTY:-x}y}"', env), [['run', "'kept'", 'removed', 'xy']]);
  });

  it('finds the brace that closes ${...} past nested expansions and quoted braces', () => {
    const env = new Map([['INNER', 'in']]);
    assert.deepEqual(words('echo ${A:-${B:-${INNER}}}tail "${A:-"}"}" ${A:-\\}}x', env), [['echo', 'intail', '}', '}x']]);
  });

  it('takes # after an empty expansion as part of the word', () => {
    assert.deepEqual(words('run $EMPTY#x'), [['run', '#x']]);
  });

  it('splits an unquoted expansion into words and drops it when it is empty, as field splitting does', () => {
    assert.deepEqual(words('gunicorn $OPTS $EMPTY $MISSING app:app'), [['gunicorn', '-w', '4', '--bind', '0.0.0.0', 'app:app']]);
    assert.deepEqual(words('gunicorn "$OPTS"'), [['gunicorn', '-w 4  --bind 0.0.0.0']]);
    assert.deepEqual(words('run x$OPTS"y"'), [['run', 'x-w', '4', '--bind', '0.0.0.0y']]);
    assert.deepEqual(words('run ${MISSING:--w 2} ${EMPTY}z'), [['run', '-w', '2', 'z']]);
  });

  it('splits an expansion with blanks at its edges off the words around it', () => {
    assert.deepEqual(words('run a$SPACED"b"', new Map([['SPACED', ' x ']])), [['run', 'a', 'x', 'b']]);
  });

  it('expands $0 and ${0} through the lookup, and keeps them as written when it does not know them', () => {
    const lookup = (name: string): string | undefined => (name === '0' ? '/usr/bin/tool' : undefined);
    assert.deepEqual(shellCommands('exec python3 "$0" ${0}.py $0', lookup), [['exec', 'python3', '/usr/bin/tool', '/usr/bin/tool.py', '/usr/bin/tool']]);
    assert.deepEqual(words('exec python3 "$0" ${0}'), [['exec', 'python3', '$0', '${0}']]);
  });

  it('marks the commands that follow &&, ||, | or & or run in a subshell as conditional', () => {
    const statements = [...eachShellStatement('a; b && c || d | e & f\ng\n(h; i)\nj\ncase x in y) k;; esac', () => undefined)];
    assert.deepEqual(
      statements.map((statement) => [statement.words[0], statement.conditional]),
      [['a', false], ['b', false], ['c', true], ['d', true], ['e', true], ['f', true], ['g', false], ['h', true], ['i', true], ['j', false], ['case', false], ['k', false], ['esac', false]],
    );
  });
});
