/** What a booted container may use unless told otherwise: enough to import a large service, not to harm the runner. */
export const DEFAULT_MEMORY = '512m';
export const DEFAULT_PIDS = 256;
/** CPUs the container may use: one, so a busy loop in the image leaves the runner room to work. */
export const DEFAULT_CPUS = 1;
/**
 * The daemon keeps at most this much of the container's log (json-file, two files of half of it): a
 * container that writes without end fills neither the runner's disk nor the reports. What is kept
 * is the end of the log, where a traceback is.
 */
export const LOG_LIMIT_BYTES = 1024 * 1024;
