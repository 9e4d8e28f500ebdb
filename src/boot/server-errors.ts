/**
 * The one-line errors app servers print, with no traceback, when they cannot load the app:
 * uvicorn's `Error loading ASGI app. Could not import module "m".` and `Attribute "a" not found
 * in module "m".`, gunicorn's `Failed to find attribute 'a' in 'm'.`. Each is read as the
 * exception the import raised, so that it meets the static finding of the same module or name.
 */
import type { Traceback } from './tracebacks.ts';

const UVICORN_MODULE = /Error loading ASGI app\. Could not import module "([^"]+)"\./;
const UVICORN_ATTRIBUTE = /Error loading ASGI app\. Attribute "([^"]+)" not found in module "([^"]+)"\./;
const GUNICORN_ATTRIBUTE = /^Failed to find attribute '([^']+)' in '([^']+)'\.$/;

export function serverLoadErrors(log: string): Traceback[] {
  const found: Traceback[] = [];
  log.split(/\r?\n/).forEach((line, index) => {
    const logLine = index + 1;
    const noModule = UVICORN_MODULE.exec(line);
    if (noModule) {
      found.push({ exception: 'ModuleNotFoundError', message: `No module named '${noModule[1]}'`, frames: [], logLine });
      return;
    }
    const noAttribute = UVICORN_ATTRIBUTE.exec(line) ?? GUNICORN_ATTRIBUTE.exec(line.trim());
    if (noAttribute) found.push({ exception: 'AttributeError', message: `module '${noAttribute[2]}' has no attribute '${noAttribute[1]}'`, frames: [], logLine });
  });
  return found;
}
