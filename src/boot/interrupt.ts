/**
 * Ctrl-C or a CI runner's SIGINT or SIGTERM while a boot's container may exist: the
 * run's containers are removed, found by their label (so also one whose `docker create` had not
 * answered yet), and then the process ends by the same signal, as if it had not caught it.
 *
 * Outside a boot nothing listens: a signal then ends the process at once, also in the middle of
 * long synchronous work, where a JavaScript handler would only run once the work is done.
 * Only an entry point turns this on: the library leaves a host process's signals alone.
 */
import { constants } from 'node:os';
import type { Logger } from '../logger.ts';

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/** How long removing the containers may take after a signal before the process ends anyway. */
export const INTERRUPT_CLEANUP_SECONDS = 10;

/** The containers of one boot: how to name them in a message, and how to remove them. */
export interface BootContainers {
  /** `label=VALUE`, as `docker ps --filter` takes it. */
  filter: string;
  /** Removes every container of the run; returns how many there were. */
  remove(): Promise<number>;
}

let logger: Logger | undefined;
const boots = new Set<BootContainers>();
const creations = new Set<Promise<unknown>>();
let interrupted: NodeJS.Signals | undefined;

/** Called by an entry point: from now on, a signal during a boot removes its containers first. */
export function removeBootContainersOnSignal(log: Logger): void {
  logger = log;
}

/**
 * True while a boot runs: its docker calls then go in a process group of their own, because a
 * terminal's Ctrl-C reaches the whole foreground group, and a `docker create` it cut short may
 * still make its container after the cleanup has looked for it.
 */
export function bootCallsInOwnGroup(): boolean {
  return logger !== undefined && (boots.size > 0 || interrupted !== undefined);
}

/**
 * Runs a docker call that creates a container. After a signal none starts (the promise never
 * settles: the process is ending); one in flight is waited for before the cleanup looks.
 */
export function creatingContainer<T>(create: () => Promise<T>): Promise<T> {
  if (interrupted) return new Promise<T>(() => {});
  const call = create();
  creations.add(call);
  void call.then(
    () => creations.delete(call),
    () => creations.delete(call),
  );
  return call;
}

/** Ends the process by the signal itself, so that a calling shell sees 128 + its number (130, 143). */
function endBy(signal: NodeJS.Signals): void {
  for (const name of SIGNALS) process.off(name, onSignal);
  process.kill(process.pid, signal);
  // Only reached if another listener (a subprocess's exit hook) caught the signal again.
  setTimeout(() => process.exit(128 + constants.signals[signal]), 1000);
}

async function removeContainers(targets: BootContainers[]): Promise<void> {
  const removal = (async () => {
    await Promise.allSettled([...creations]);
    for (const boot of targets) await boot.remove();
  })();
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`docker did not answer within ${INTERRUPT_CLEANUP_SECONDS} s`)), INTERRUPT_CLEANUP_SECONDS * 1000);
  });
  try {
    await Promise.race([removal, limit]);
  } catch (error) {
    const filters = targets.map((boot) => `--filter ${boot.filter}`).join(' ');
    logger?.warn(`could not remove the boot's container (${(error as Error).message}); remove it with: docker rm --force $(docker ps --all --quiet ${filters})`);
  } finally {
    clearTimeout(timer);
  }
}

function onSignal(signal: NodeJS.Signals): void {
  if (interrupted) {
    endBy(signal);
    return;
  }
  interrupted = signal;
  logger?.info(`${signal}: removing the boot's container before exiting (send ${signal} again to exit at once)`);
  void removeContainers([...boots]).finally(() => endBy(signal));
}

/**
 * Runs a boot whose containers `containers` finds and removes. While it runs, SIGINT and SIGTERM
 * remove them and end the process; after such a signal the boot's own result is dropped.
 */
export function whileContainersMayExist<T>(containers: BootContainers, work: () => Promise<T>): Promise<T> {
  if (!logger) return work();
  if (boots.size === 0 && !interrupted) for (const name of SIGNALS) process.on(name, onSignal);
  boots.add(containers);
  const done = (async () => {
    try {
      return await work();
    } finally {
      boots.delete(containers);
      if (boots.size === 0 && !interrupted) for (const name of SIGNALS) process.off(name, onSignal);
    }
  })();
  return new Promise<T>((resolve, reject) => {
    done.then(
      (value) => interrupted || resolve(value),
      (error: unknown) => interrupted || reject(error as Error),
    );
  });
}
