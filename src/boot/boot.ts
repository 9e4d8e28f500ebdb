/**
 * One smoke boot of the image, `import` or `serve`, as the reporters see it: a verdict in words,
 * the log with secrets masked, and the tracebacks that explain a failure.
 */
import type { BootMode, BootRun } from '../report/findings.ts';
import { importCheck, type ImportTarget } from './import-check.ts';
import { maskSecrets } from './env-lines.ts';
import { whileContainersMayExist } from './interrupt.ts';
import { removeRunContainers, RUN_LABEL } from './runtime.ts';
import { serveCheck } from './serve-check.ts';
import { serverLoadErrors } from './server-errors.ts';
import { parseTracebacks, type Traceback } from './tracebacks.ts';

export interface BootPlan {
  mode: BootMode;
  /** A reference the daemon knows. */
  image: string;
  /** `import`: the image's interpreter, what it imports, and how the image's command sets sys.path and the working folder. */
  python: string;
  targets: ImportTarget[];
  front: string[];
  workdir?: string;
  /** Set in the container on top of the image's own variables: those the image's command sets, and the user's (which win). */
  env: Record<string, string>;
  secretEnv: Record<string, string>;
  /** Values never to show: masked in the log and in every message taken from it. */
  secrets: string[];
  /** `serve`: the container port to publish, and the path that answers 2xx when the service is up. */
  port?: number;
  healthPath?: string;
  /** The container's memory limit, in docker's notation (512m). */
  memory: string;
  timeoutSeconds: number;
  runId: string;
  dockerCommand?: string;
  /** `serve`: told every 10 s of waiting for the service. */
  onWait?: (seconds: number) => void;
}

/** A traceback that explains a failed boot; in `import` mode, with the target whose import raised it. */
export interface BootFailure {
  target?: string;
  traceback: Traceback;
}

export interface BootOutcome {
  run: BootRun;
  failures: BootFailure[];
}

function seconds(value: number): string {
  return `${value.toFixed(1)} s`;
}

/** Said of a process the kernel killed for its memory: a plain exit status 137 tells a user little. */
function killedForMemory(plan: BootPlan): string {
  return `, killed for going over its ${plan.memory} memory limit (boot-memory)`;
}

/** What both modes tell the container runtime. */
function containerOptions(plan: BootPlan, mask: (text: string) => string) {
  return { runId: plan.runId, timeoutSeconds: plan.timeoutSeconds, memory: plan.memory, env: plan.env, secretEnv: plan.secretEnv, mask, ...(plan.dockerCommand !== undefined && { dockerCommand: plan.dockerCommand }) };
}

async function bootByImport(plan: BootPlan, mask: (text: string) => string): Promise<BootOutcome> {
  const check = await importCheck(plan.image, plan.python, plan.targets, { ...containerOptions(plan, mask), front: plan.front, ...(plan.workdir !== undefined && { workdir: plan.workdir }) });
  const { container } = check;
  const failures = check.failures.flatMap((failure) => (failure.traceback ? [{ target: failure.target, traceback: failure.traceback }] : []));
  const base = { mode: 'import' as const, seconds: container.seconds, logs: container.logs, ...(container.exitCode !== null && { exitCode: container.exitCode }) };
  const what = `${plan.targets.length} entry point${plan.targets.length === 1 ? '' : 's'}`;
  if (container.timedOut) return { run: { ...base, ok: false, outcome: `importing ${what} did not finish in ${seconds(plan.timeoutSeconds)} (boot-timeout)` }, failures };
  if (check.failures.length > 0) {
    const failed = check.failures.map((failure) => failure.target).join(', ');
    return { run: { ...base, ok: false, outcome: `${check.failures.length} of ${what} failed to import with ${plan.python}: ${failed}` }, failures };
  }
  if (container.exitCode !== 0) {
    const how = container.oomKilled ? killedForMemory(plan) : '';
    return { run: { ...base, ok: false, outcome: `${plan.python} exited with status ${container.exitCode}${how} before importing ${what}` }, failures: parseTracebacks(container.logs).map((traceback) => ({ traceback })) };
  }
  return { run: { ...base, ok: true, outcome: `${plan.python} imported ${what} in ${seconds(container.seconds)}` }, failures };
}

async function bootByServing(plan: BootPlan, mask: (text: string) => string): Promise<BootOutcome> {
  const served = await serveCheck(plan.image, {
    ...containerOptions(plan, mask),
    ...(plan.port !== undefined && { port: plan.port }),
    ...(plan.healthPath !== undefined && { healthPath: plan.healthPath }),
    ...(plan.onWait && { onWait: plan.onWait }),
  });
  const base = { mode: 'serve' as const, seconds: served.seconds, logs: served.logs, ...(served.exitCode !== undefined && { exitCode: served.exitCode }) };
  const after = `after ${seconds(served.seconds)}`;
  switch (served.verdict) {
    case 'ready':
      return { run: { ...base, ok: true, outcome: served.readyBy === 'health-path' ? `GET ${plan.healthPath} answered ${served.status} ${after}` : `the image's HEALTHCHECK reported healthy ${after}` }, failures: [] };
    case 'running':
      return { run: { ...base, ok: true, outcome: `still running ${after}; there is no health-path or HEALTHCHECK to ask whether it serves` }, failures: [] };
    default: {
      // Whatever the service logged on its way down explains it; a healthy one's handled errors do not count.
      const failures = [...parseTracebacks(served.logs), ...serverLoadErrors(served.logs)].sort((a, b) => a.logLine - b.logLine).map((traceback) => ({ traceback }));
      const outcome =
        served.verdict === 'exited' ? `the process exited with status ${served.exitCode}${served.oomKilled ? killedForMemory(plan) : ''} ${after}` :
        served.verdict === 'restarted' ? `the container restarted ${after}` :
        `not ready ${after} (boot-timeout): ${plan.healthPath !== undefined ? `GET ${plan.healthPath} never answered 2xx` : "the image's HEALTHCHECK never reported healthy"}`;
      return { run: { ...base, ok: false, outcome }, failures };
    }
  }
}

/** Boots the image as the plan says; the container is gone when this returns or throws. */
export function bootImage(plan: BootPlan): Promise<BootOutcome> {
  const mask = (text: string): string => maskSecrets(text, plan.secrets);
  const containers = { filter: `label=${RUN_LABEL}=${plan.runId}`, remove: () => removeRunContainers(plan.runId, plan) };
  return whileContainersMayExist(containers, () => (plan.mode === 'import' ? bootByImport(plan, mask) : bootByServing(plan, mask)));
}
