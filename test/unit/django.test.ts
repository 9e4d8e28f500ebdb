import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type DottedImport, djangoSettingsDefault, djangoSettingsImports } from '../../src/python/django.ts';

function lines(...text: string[]): string {
  return `${text.join('\n')}\n`;
}

function dotted(setting: string, value: string, module: string, line: number, column: number): DottedImport {
  return { module, value, setting, line, column };
}

function app(value: string, line: number, column: number): DottedImport {
  return { module: value, value, setting: 'INSTALLED_APPS', line, column, appEntry: true };
}

describe('djangoSettingsImports', () => {
  it('reads a whole settings module: apps, middleware, URLconf, WSGI app, engines, backends, context processors, validators', () => {
    const text = lines(
      'import os', // 1
      'from pathlib import Path', // 2
      '', // 3
      'BASE_DIR = Path(__file__).resolve().parent.parent', // 4
      "SECRET_KEY = 'django.insecure.key'", // 5
      "ALLOWED_HOSTS = ['example.com', 'localhost']", // 6
      '', // 7
      'INSTALLED_APPS = [', // 8
      "    'django.contrib.admin',", // 9
      '    "django.contrib.auth",', // 10
      "    'shop.apps.ShopConfig',", // 11
      ']', // 12
      '', // 13
      'MIDDLEWARE = [', // 14
      "    'django.middleware.security.SecurityMiddleware',", // 15
      "    'whitenoise.middleware.WhiteNoiseMiddleware',", // 16
      ']', // 17
      '', // 18
      "ROOT_URLCONF = 'proj.urls'", // 19
      "WSGI_APPLICATION = 'proj.wsgi.application'", // 20
      '', // 21
      'DATABASES = {', // 22
      "    'default': {", // 23
      "        'ENGINE': 'django.db.backends.postgresql',", // 24
      "        'NAME': 'shopdb',", // 25
      "        'USER': 'postgres',", // 26
      "        'HOST': 'db.internal',", // 27
      "        'OPTIONS': {'sslmode': 'require', 'service': 'shop'},", // 28
      '    },', // 29
      '}', // 30
      "CACHES = {'default': {'BACKEND': 'django.core.cache.backends.redis.RedisCache', 'LOCATION': 'redis://cache:6379', 'KEY_PREFIX': 'shop'}}", // 31
      'TEMPLATES = [', // 32
      '    {', // 33
      "        'BACKEND': 'django.template.backends.django.DjangoTemplates',", // 34
      "        'DIRS': [BASE_DIR / 'templates'],", // 35
      "        'APP_DIRS': True,", // 36
      "        'OPTIONS': {", // 37
      "            'context_processors': [", // 38
      "                'django.template.context_processors.request',", // 39
      "                'shop.context.cart',", // 40
      '            ],', // 41
      "            'string_if_invalid': 'invalid',", // 42
      '        },', // 43
      '    },', // 44
      ']', // 45
      'AUTH_PASSWORD_VALIDATORS = [', // 46
      "    {'NAME': 'django.contrib.auth.password_validation.MinimumLengthValidator', 'OPTIONS': {'min_length': 9}},", // 47
      ']', // 48
      "LANGUAGE_CODE = 'en'", // 49
      "TIME_ZONE = 'UTC'", // 50
      "STATIC_URL = 'static.files'", // 51
    );
    assert.deepEqual(djangoSettingsImports(text, 12), [
      app('django.contrib.admin', 9, 5),
      app('django.contrib.auth', 10, 5),
      app('shop.apps.ShopConfig', 11, 5),
      dotted('MIDDLEWARE', 'django.middleware.security.SecurityMiddleware', 'django.middleware.security', 15, 5),
      dotted('MIDDLEWARE', 'whitenoise.middleware.WhiteNoiseMiddleware', 'whitenoise.middleware', 16, 5),
      dotted('ROOT_URLCONF', 'proj.urls', 'proj.urls', 19, 16),
      dotted('WSGI_APPLICATION', 'proj.wsgi.application', 'proj.wsgi', 20, 20),
      dotted('DATABASES', 'django.db.backends.postgresql', 'django.db.backends.postgresql.base', 24, 19),
      dotted('CACHES', 'django.core.cache.backends.redis.RedisCache', 'django.core.cache.backends.redis', 31, 34),
      dotted('TEMPLATES', 'django.template.backends.django.DjangoTemplates', 'django.template.backends.django', 34, 20),
      dotted('TEMPLATES', 'django.template.context_processors.request', 'django.template.context_processors', 39, 17),
      dotted('TEMPLATES', 'shop.context.cart', 'shop.context', 40, 17),
      dotted('AUTH_PASSWORD_VALIDATORS', 'django.contrib.auth.password_validation.MinimumLengthValidator', 'django.contrib.auth.password_validation', 47, 14),
    ]);
  });

  it('reads INSTALLED_APPS as a tuple and extended with +=', () => {
    const text = lines("INSTALLED_APPS = ('core', 'api.apps.ApiConfig')", "INSTALLED_APPS += ['debug_toolbar']", 'INSTALLED_APPS += ("extra.app",)');
    assert.deepEqual(djangoSettingsImports(text, 11), [app('core', 1, 19), app('api.apps.ApiConfig', 1, 27), app('debug_toolbar', 2, 20), app('extra.app', 3, 20)]);
  });

  it('reads MIDDLEWARE += and the other class-path settings as their parent module', () => {
    const text = lines(
      "MIDDLEWARE += ['corsheaders.middleware.CorsMiddleware']",
      "AUTHENTICATION_BACKENDS = ['django.contrib.auth.backends.ModelBackend']",
      "DEFAULT_AUTO_FIELD = 'django.db.models.BigAutoField'",
      "ASGI_APPLICATION = 'proj.asgi.application'",
      "SESSION_ENGINE = 'django.contrib.sessions.backends.cache'",
      "STORAGES = {'default': {'BACKEND': 'storages.backends.s3.S3Storage', 'OPTIONS': {'bucket_name': 'media'}}}",
    );
    assert.deepEqual(djangoSettingsImports(text, 11), [
      dotted('MIDDLEWARE', 'corsheaders.middleware.CorsMiddleware', 'corsheaders.middleware', 1, 16),
      dotted('AUTHENTICATION_BACKENDS', 'django.contrib.auth.backends.ModelBackend', 'django.contrib.auth.backends', 2, 28),
      dotted('DEFAULT_AUTO_FIELD', 'django.db.models.BigAutoField', 'django.db.models', 3, 22),
      dotted('ASGI_APPLICATION', 'proj.asgi.application', 'proj.asgi', 4, 20),
      dotted('SESSION_ENGINE', 'django.contrib.sessions.backends.cache', 'django.contrib.sessions.backends.cache', 5, 18),
      dotted('STORAGES', 'storages.backends.s3.S3Storage', 'storages.backends.s3', 6, 36),
    ]);
  });

  it('imports <engine>.base for every database, and none of the NAME, USER or other strings', () => {
    const text = lines(
      'DATABASES = {',
      "    'default': {'ENGINE': 'django.db.backends.sqlite3', 'NAME': 'db.sqlite3'},",
      "    'replica': {'NAME': 'replica', 'USER': 'reader', 'ENGINE': 'django.contrib.gis.db.backends.postgis', 'PASSWORD': 'secret', 'TEST': {'NAME': 'test_replica'}},",
      '}',
    );
    assert.deepEqual(djangoSettingsImports(text, 11), [
      dotted('DATABASES', 'django.db.backends.sqlite3', 'django.db.backends.sqlite3.base', 2, 27),
      dotted('DATABASES', 'django.contrib.gis.db.backends.postgis', 'django.contrib.gis.db.backends.postgis.base', 3, 64),
    ]);
  });

  it('takes no strings from settings it does not know, even dotted ones', () => {
    const text = lines(
      "SECRET_KEY = 'django.insecure.key'",
      "DEFAULT_FROM_EMAIL = 'noreply.example'",
      "LOGGING = {'handlers': {'console': {'class': 'logging.StreamHandler'}}}",
      "CELERY_BROKER_URL = 'redis.local'",
      "LANGUAGE_CODE = 'en'",
    );
    assert.deepEqual(djangoSettingsImports(text, 11), []);
  });

  it('takes no keys but the engine, backend, name and context processor keys from dictionary settings', () => {
    const text = lines("CACHES = {'default': {'LOCATION': 'cache.local', 'KEY_FUNCTION': 'shop.cache.make_key', 'BACKEND': 'django.core.cache.backends.locmem.LocMemCache'}}");
    assert.deepEqual(djangoSettingsImports(text, 11), [dotted('CACHES', 'django.core.cache.backends.locmem.LocMemCache', 'django.core.cache.backends.locmem', 1, 100)]);
  });

  it('takes only strings that are dotted names: no URLs, paths, blanks or dashes', () => {
    const text = lines("INSTALLED_APPS = ['good.app', 'redis://x', 'my-app', 'a b', 'path/to', '.relative', 'trailing.', '9lives', '']");
    assert.deepEqual(djangoSettingsImports(text, 11), [app('good.app', 1, 19)]);
  });

  it('takes plain and r/u strings, not f-strings or bytes', () => {
    const text = lines("INSTALLED_APPS = [r'raw.app', u'uni.app', f'fmt.app', b'bytes.app', rb'rawbytes.app']");
    assert.deepEqual(djangoSettingsImports(text, 11), [app('raw.app', 1, 19), app('uni.app', 1, 31)]);
  });

  it('takes no arguments of calls: values computed at run time, such as os.environ.get defaults', () => {
    const text = lines(
      "ROOT_URLCONF = os.environ.get('URLCONF_MODULE', 'proj.urls')",
      "INSTALLED_APPS = ['core'] + env.list('EXTRA_APPS', default=['extra'])",
      "MIDDLEWARE = ('a.middleware.First',) + tuple(load('b.middleware.Second'))",
      "DATABASES = {'default': {'ENGINE': os.getenv('DB_ENGINE') or 'django.db.backends.sqlite3', 'NAME': 'x'}}",
      "CACHES = {'default': {'BACKEND': ('django.core.cache.backends.dummy.DummyCache')}}",
      "TEMPLATES = [{'BACKEND': 'django.template.backends.jinja2.Jinja2' if (JINJA) else 'unused.backend'}]",
    );
    assert.deepEqual(djangoSettingsImports(text, 11), [
      app('core', 2, 19),
      dotted('MIDDLEWARE', 'a.middleware.First', 'a.middleware', 3, 15),
      dotted('DATABASES', 'django.db.backends.sqlite3', 'django.db.backends.sqlite3.base', 4, 62),
      dotted('CACHES', 'django.core.cache.backends.dummy.DummyCache', 'django.core.cache.backends.dummy', 5, 35),
      dotted('TEMPLATES', 'django.template.backends.jinja2.Jinja2', 'django.template.backends.jinja2', 6, 26),
    ]);
  });

  it('reads only module-level assignments of the settings, each statement of a line on its own', () => {
    const text = lines(
      'if DEBUG:',
      "    INSTALLED_APPS += ['debug_toolbar']",
      'print(INSTALLED_APPS)',
      "settings.ROOT_URLCONF = 'other.urls'",
      "INSTALLED_APPS == ['compared']",
      "ROOT_URLCONF = 'proj.urls'; WSGI_APPLICATION = 'proj.wsgi.application'",
    );
    assert.deepEqual(djangoSettingsImports(text, 11), [dotted('ROOT_URLCONF', 'proj.urls', 'proj.urls', 6, 16), dotted('WSGI_APPLICATION', 'proj.wsgi.application', 'proj.wsgi', 6, 48)]);
  });

  it('counts lines and columns of the source, multi-line strings and tabs included', () => {
    const text = lines('DOC = """one', 'two', 'three"""', "ROOT_URLCONF =\t'proj.urls'", "INSTALLED_APPS = ['é.app', 'core']");
    assert.deepEqual(djangoSettingsImports(text, 11), [dotted('ROOT_URLCONF', 'proj.urls', 'proj.urls', 4, 16), app('core', 5, 28)]);
  });

  it('returns nothing for a file the tokenizer refuses', () => {
    assert.deepEqual(djangoSettingsImports("INSTALLED_APPS = ['core'\n", 11), []);
    assert.deepEqual(djangoSettingsImports("INSTALLED_APPS = ['core']\nx = 'unterminated\n", 11), []);
  });
});

describe('djangoSettingsDefault', () => {
  it("reads manage.py's os.environ.setdefault", () => {
    assert.equal(djangoSettingsDefault("    os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'proj.settings')\n"), 'proj.settings');
    assert.equal(djangoSettingsDefault('os.environ.setdefault(\n    "DJANGO_SETTINGS_MODULE" ,  "proj.settings.prod"\n)\n'), 'proj.settings.prod');
    assert.equal(djangoSettingsDefault("from os import environ\nenviron.setdefault('DJANGO_SETTINGS_MODULE', 'site_settings')\n"), 'site_settings');
  });

  it('returns the first setdefault of the settings variable only', () => {
    assert.equal(djangoSettingsDefault("os.environ.setdefault('OTHER', 'x.y')\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'a.settings')\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'b.settings')\n"), 'a.settings');
  });

  it('returns undefined without a literal setdefault', () => {
    assert.equal(djangoSettingsDefault("os.environ['DJANGO_SETTINGS_MODULE'] = 'proj.settings'\n"), undefined);
    assert.equal(djangoSettingsDefault("os.environ.setdefault('DJANGO_SETTINGS_MODULE', SETTINGS)\n"), undefined);
    assert.equal(djangoSettingsDefault(''), undefined);
  });
});
