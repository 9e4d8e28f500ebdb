// The boot's inputs: the mode, the container's environment (env lines and an env file, read as
// docker reads --env-file), secret masking, port, health path and timeout, with clear errors.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { MASKED_LENGTH, maskSecrets, parseEnvLines, secretValues } from '../../src/boot/env-lines.ts';
import { ConfigurationError } from '../../src/errors.ts';
import { DEFAULT_BOOT_TIMEOUT, makeSettings, type RawSettings } from '../../src/settings.ts';

function boot(raw: Omit<RawSettings, 'image'>) {
  return makeSettings({ image: 'docker:app:1', ...raw }).boot;
}

describe('boot settings', () => {
  it('defaults: auto, no environment, 60 s, a run id of its own', () => {
    const settings = boot({});
    assert.deepEqual([settings.mode, settings.env, settings.timeoutSeconds, settings.memory, settings.port, settings.healthPath], ['auto', {}, DEFAULT_BOOT_TIMEOUT, '512m', undefined, undefined]);
    assert.equal(boot({ bootMemory: '2G' }).memory, '2g');
    assert.match(settings.runId, /^local-\d+-[0-9a-f]{8}$/);
    assert.notEqual(boot({}).runId, settings.runId);
    assert.equal(boot({ runId: 'gh-42-1' }).runId, 'gh-42-1');
  });

  it('serve with a port, a health path and a timeout', () => {
    const { runId, ...settings } = boot({ boot: 'serve', port: '8000/tcp', healthPath: '/healthz', bootTimeout: '90s' });
    assert.deepEqual(settings, { mode: 'serve', env: {}, port: 8000, healthPath: '/healthz', timeoutSeconds: 90, memory: '512m' });
    assert.ok(runId);
  });

  it('rejects values that cannot be right, naming the input and what it expects', () => {
    const cases: Array<[Omit<RawSettings, 'image'>, RegExp]> = [
      [{ boot: 'start' }, /^boot is "start"; expected one of auto, import, serve, none$/],
      [{ boot: 'serve', port: '80000' }, /^port is "80000"; expected the container port the service listens on, 1 to 65535$/],
      [{ boot: 'serve', healthPath: 'health' }, /^health-path is "health"; expected a path that starts with \/, for example \/health$/],
      [{ healthPath: '/health' }, /^health-path is used by boot: serve, and boot is auto; set boot: serve/],
      [{ boot: 'import', port: '8000' }, /^port is used by boot: serve, and boot is import/],
      [{ bootTimeout: '0' }, /^boot-timeout is "0"; expected a number of seconds above 0/],
      [{ bootTimeout: 'soon' }, /^boot-timeout is "soon"/],
      [{ bootMemory: '5m' }, /^boot-memory is "5m"; expected a memory limit of 6m or more in docker's notation, for example 512m or 2g$/],
      [{ bootMemory: 'lots' }, /^boot-memory is "lots"/],
      [{ env: ['NAME WITH SPACE=1'] }, /^env line 1: "NAME WITH SPACE" is not a variable name; write NAME=value$/],
      [{ envFile: { name: 'prod.env', lines: ['# comment', '=value'] } }, /^env-file prod.env line 2: "" is not a variable name/],
    ];
    for (const [raw, message] of cases) assert.throws(() => boot(raw), (error: unknown) => error instanceof ConfigurationError && message.test(error.message), JSON.stringify(raw));
  });

  it('env lines override the env file, as docker run --env-file F --env X=1 does', () => {
    const settings = boot({ envFile: { name: 'app.env', lines: ['MODE=file', 'TOKEN=from-file'] }, env: ['MODE=line\nEXTRA=1'] });
    assert.deepEqual(settings.env, { MODE: 'line', TOKEN: 'from-file', EXTRA: '1' });
  });
});

describe('env lines, read as docker --env-file reads them', () => {
  it('keeps values literally, takes a bare name from the host, skips comments and blank lines', () => {
    const lines = ['# a comment', '', '  INDENTED=yes', 'QUOTED="kept with quotes"', 'EMPTY=', 'EQUALS=a=b=c', 'SPACES=  around  ', 'FROM_HOST', 'NOT_ON_HOST', 'CRLF=line\r', '\t# indented comment'];
    assert.deepEqual(parseEnvLines(lines, 'env', {}, { FROM_HOST: 'host value' }), {
      INDENTED: 'yes',
      QUOTED: '"kept with quotes"',
      EMPTY: '',
      EQUALS: 'a=b=c',
      SPACES: '  around  ',
      FROM_HOST: 'host value',
      CRLF: 'line',
    });
  });
});

describe('masking secrets', () => {
  it('hides every value of four characters or more, the longest first', () => {
    const secrets = secretValues({ A: 'token-123', B: 'token-123-extended', C: '1', D: 'on', E: 'token-123' });
    assert.deepEqual(secrets.filter((secret) => secret.startsWith('token')), ['token-123-extended', 'token-123']);
    assert.deepEqual(secrets, [...secrets].sort((a, b) => b.length - a.length));
    assert.ok(!secrets.some((secret) => secret.length < MASKED_LENGTH));
    assert.equal(maskSecrets('using token-123-extended, then token-123 again; 1 retry', secrets), 'using ***, then *** again; 1 retry');
  });

  it('hides its base64 (standard and URL-safe, padded or not), hex (lower and upper case) and URL-encoded forms', () => {
    const secret = 'p@ss/wörd???';
    const secrets = secretValues({ PASSWORD: secret });
    const base64 = Buffer.from(secret).toString('base64');
    assert.equal(base64, 'cEBzcy93w7ZyZD8/Pw==');
    const hex = Buffer.from(secret).toString('hex');
    const forms = [secret, base64, 'cEBzcy93w7ZyZD8/Pw', 'cEBzcy93w7ZyZD8_Pw==', 'cEBzcy93w7ZyZD8_Pw', hex, hex.toUpperCase()];
    assert.equal(maskSecrets(forms.map((form) => `value ${form};`).join('\n'), secrets), forms.map(() => 'value ***;').join('\n'));
    assert.equal(maskSecrets(`https://db.example/?password=${encodeURIComponent(secret)}&x=1`, secrets), 'https://db.example/?password=***&x=1');
    // Inside longer base64: `user:` puts it two bytes into a group of three; the characters it shares with `user:` stay.
    const basic = Buffer.from(`user:${secret}`).toString('base64');
    assert.equal(basic, 'dXNlcjpwQHNzL3fDtnJkPz8/');
    assert.equal(maskSecrets(`Authorization: Basic ${basic}`, secrets), 'Authorization: Basic dXNlcjp***');
  });

  it('hides the base64 of a value inside a longer base64 stream, at any alignment, but for the characters it shares with its neighbours', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: MASKED_LENGTH, maxLength: 40 }), fc.uint8Array({ maxLength: 7 }), fc.uint8Array({ maxLength: 7 }), fc.boolean(), (secret, before, after, urlSafe) => {
        const bytes = Buffer.from(secret, 'utf8');
        let stream = Buffer.concat([before, bytes, after]).toString(urlSafe ? 'base64url' : 'base64');
        if (!urlSafe && before.length % 2 === 1) stream = stream.replace(/=+$/, '');
        // The characters whose six bits all lie in the secret's bytes.
        const first = Math.ceil((8 * before.length) / 6);
        const last = Math.floor((8 * (before.length + bytes.length)) / 6);
        const masked = maskSecrets(stream, secretValues({ SECRET: secret }));
        assert.ok(masked.includes('***'), masked);
        assert.ok(masked.length <= stream.length - (last - first) + 3, `${stream} masked as ${masked}`);
      }),
    );
  });

  it('leaves a value shorter than MASKED_LENGTH, and one split across lines, as they are', () => {
    assert.equal(maskSecrets('pin abc', secretValues({ PIN: 'abc' })), 'pin abc');
    assert.equal(maskSecrets('tok\nen-123', secretValues({ TOKEN: 'token-123' })), 'tok\nen-123');
  });
});
