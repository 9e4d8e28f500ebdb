/** What a booted container may use unless told otherwise: enough to import a large service, not to harm the runner. */
export const DEFAULT_MEMORY = '512m';
export const DEFAULT_PIDS = 256;
