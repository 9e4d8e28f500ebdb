/**
 * The URL of a worker thread's own file, `name` without extension, for the module at `moduleUrl`:
 * its .ts sibling when running from sources; in a bundle, `dist/<name>.js`, which sits one folder
 * up when the command line's bundle put the calling module in a chunk of its own.
 */
export function workerFileUrl(name: string, moduleUrl: string): URL {
  if (moduleUrl.endsWith('.ts')) return new URL(`./${name}.ts`, moduleUrl);
  return new URL(`${moduleUrl.includes('/cli-chunks/') ? '../' : './'}${name}.js`, moduleUrl);
}
