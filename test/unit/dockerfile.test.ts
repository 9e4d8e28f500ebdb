import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { closestCopy, importedFolders, instructionsOf, parseDockerfile, placementsOf, substitute } from '../../src/explain/dockerfile.ts';

function places(text: string, contextPath: string): string[] {
  return placementsOf(parseDockerfile(text, 'Dockerfile'), contextPath).map((placement) => `${placement.imagePath} (line ${placement.steps.map((step) => step.line).join(', ')})`);
}

describe('Dockerfile reading', () => {
  it('joins continuations, drops comments inside them, skips heredoc bodies, honours the escape directive', () => {
    const text = ['# syntax=docker/dockerfile:1', 'FROM python:3.12 AS base', 'RUN apt-get update \\', '# a comment inside', '    && apt-get install -y curl', 'COPY <<EOF /srv/config.py', 'COPY not-an-instruction /x', 'EOF', 'copy app /srv/app'].join('\n');
    assert.deepEqual(instructionsOf(text).map((instruction) => [instruction.keyword, instruction.line, instruction.rest]), [
      ['FROM', 2, 'python:3.12 AS base'],
      ['RUN', 3, 'apt-get update     && apt-get install -y curl'],
      ['COPY', 6, '<<EOF /srv/config.py'],
      ['COPY', 9, 'app /srv/app'],
    ]);
    const backtick = ['# escape=`', 'FROM python', 'COPY app `', '     /srv/app'].join('\r\n');
    assert.deepEqual(instructionsOf(backtick).map((instruction) => instruction.rest), ['python', 'app      /srv/app']);
  });

  it('substitutes variables as the builder does', () => {
    const variables = new Map([['APP', '/srv'], ['EMPTY', '']]);
    assert.equal(substitute('$APP/x ${APP}/y ${MISSING:-/opt} ${EMPTY:-d} ${APP:+set} ${EMPTY:+unset} \\$APP', variables), '/srv/x /srv/y /opt d set  $APP');
  });

  it('reads COPY and ADD: flags, exec form, WORKDIR, ARG and ENV, URLs left out', () => {
    const text = ['ARG BASE=python:3.12', 'FROM ${BASE} AS build', 'ARG APP_DIR=/srv', 'ENV SRC=app', 'WORKDIR $APP_DIR', 'WORKDIR src', 'COPY --chown=app:app --link ${SRC} ./app', 'COPY ["main file.py", "requirements.txt", "./"]', 'ADD https://example.org/x.tar.gz /tmp/', 'COPY --from=build /srv/src /opt/src'].join('\n');
    const [stage] = parseDockerfile(text, 'Dockerfile').stages;
    assert.equal(stage!.name, 'build');
    assert.deepEqual(stage!.copies.map((copy) => [copy.line, copy.sources, copy.destination, copy.from ?? null]), [
      [7, ['app'], '/srv/src/app', null],
      [8, ['main file.py', 'requirements.txt'], '/srv/src/', null],
      [10, ['/srv/src'], '/opt/src', 'build'],
    ]);
  });
});

describe('where a context file lands in the image', () => {
  it('follows folder, file and whole-context copies relative to WORKDIR', () => {
    const text = ['FROM python', 'WORKDIR /srv', 'COPY requirements.txt .', 'COPY app app', 'COPY main.py /srv/entry.py', 'COPY . /all'].join('\n');
    assert.deepEqual(places(text, 'requirements.txt'), ['/srv/requirements.txt (line 3)', '/all/requirements.txt (line 6)']);
    assert.deepEqual(places(text, 'app/services/monitoring/__init__.py'), ['/srv/app/services/monitoring/__init__.py (line 4)', '/all/app/services/monitoring/__init__.py (line 6)']);
    assert.deepEqual(places(text, 'main.py'), ['/srv/entry.py (line 5)', '/all/main.py (line 6)']);
  });

  it('follows globs, --parents, and files handed from stage to stage', () => {
    const text = ['FROM python AS build', 'WORKDIR /build', 'COPY src/*.py ./', 'COPY pkg* ./', 'COPY --parents services/*/handlers /build/tree/', 'FROM build AS test', 'FROM python', 'COPY --from=build /build /srv'].join('\n');
    assert.deepEqual(places(text, 'src/main.py'), ['/srv/main.py (line 3, 8)']);
    assert.deepEqual(places(text, 'src/deep/x.py'), []);
    assert.deepEqual(places(text, 'pkg_a/mod.py'), ['/srv/mod.py (line 4, 8)'], 'a folder a pattern names is copied by its contents');
    assert.deepEqual(places(text, 'services/billing/handlers/pay.py'), ['/srv/tree/services/billing/handlers/pay.py (line 5, 8)']);
    assert.deepEqual(places(['FROM python AS base', 'COPY app /app', 'FROM base'].join('\n'), 'app/x.py'), ['/app/x.py (line 2)'], 'a stage built on another keeps its files');
  });

  it('names the nearest COPY for a file none brings in', () => {
    const dockerfile = parseDockerfile(['FROM python', 'COPY requirements.txt .', 'COPY app/api /srv/app/api', 'COPY app/core /srv/app/core', 'COPY tools /tools'].join('\n'), 'Dockerfile');
    assert.deepEqual(placementsOf(dockerfile, 'app/services/monitoring/__init__.py'), []);
    assert.equal(closestCopy(dockerfile, 'app/services/monitoring/__init__.py')?.line, 4);
    assert.equal(closestCopy(dockerfile, 'setup.py')?.line, 5, 'no shared folder: the last COPY');
  });

  it('tells which context folders land in a folder Python searches', () => {
    const dockerfile = parseDockerfile(['FROM python AS base', 'COPY lib/ /opt/lib/', 'FROM base', 'WORKDIR /srv', 'COPY src/ .', 'COPY . /app', 'COPY tools/*.py /tools/', 'COPY --from=base /opt/lib /elsewhere'].join('\n'), 'Dockerfile');
    assert.deepEqual([...importedFolders(dockerfile, ['/srv', '/app/src', '/opt/lib/python', '/usr/lib/python3.12'])].sort(), ['lib/python', 'src'], 'COPY src/ . into /srv and COPY . /app with /app/src searched both say src');
    assert.deepEqual([...importedFolders(dockerfile, ['/srv', '/app/src'])].sort(), ['src']);
    assert.deepEqual([...importedFolders(dockerfile, ['/app'])], ['']);
  });
});

describe('how the image starts', () => {
  it('remembers the final stage’s last CMD or ENTRYPOINT, or the one it inherits from an earlier stage', () => {
    const text = ['FROM python:3.12 AS base', 'CMD ["python3"]', 'FROM base AS app', 'COPY . /srv', 'ENTRYPOINT ["tini", "--"]', 'CMD ["gunicorn", "app:app"]', 'FROM app AS final', 'RUN true', 'FROM python:3.12 AS bare'].join('\n');
    const stages = parseDockerfile(text, 'Dockerfile').stages;
    assert.deepEqual(stages.map((stage) => stage.command), [{ keyword: 'CMD', line: 2 }, { keyword: 'CMD', line: 6 }, { keyword: 'CMD', line: 6 }, undefined]);
  });
});
