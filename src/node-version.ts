/**
 * The oldest Node the command line runs on. It is checked before anything else loads: on an older
 * Node the engine refuses the flags runtime-tuning.ts sets, with a message that names no version.
 * Written so that any Node can parse it.
 */
export const REQUIRED_NODE_MAJOR = 24;

/** Why the Node at `execPath`, of `version` (process.versions.node), cannot run the command line; undefined when it can. */
export function nodeTooOld(version: string, execPath: string): string | undefined {
  const major = Number(/^v?(\d+)\./.exec(version)?.[1]);
  if (major >= REQUIRED_NODE_MAJOR) return undefined;
  return `this is Node ${version.replace(/^v/, '')} (${execPath}); import-guard needs Node ${REQUIRED_NODE_MAJOR} or newer`;
}
