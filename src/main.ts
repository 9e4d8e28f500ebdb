import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import * as github from '@actions/github';
import { randomUUID } from 'node:crypto';
import { BOOT_RUN_STATE, bootRunId, runTempDir, TEMP_STATE } from './action-temp.ts';
import { readEnvFile, secretValues } from './boot/env-lines.ts';
import { removeBootContainersOnSignal } from './boot/interrupt.ts';
import { ConfigurationError, isUserError } from './errors.ts';
import { checkAnnotations, publishCheckRun, targetFromContext, upsertPullRequestComment } from './github/publish.ts';
import { scanImage } from './guard.ts';
import type { Logger } from './logger.ts';
import { planAnnotations } from './report/annotations.ts';
import { bootRan, type BootReport, type ScanReport } from './report/findings.ts';
import { reportCounts, toJsonReport } from './report/json.ts';
import { neutralizeWorkflowCommands } from './report/log-text.ts';
import { toSarif } from './report/sarif.ts';
import { API_SUMMARY_BYTES, bootLine, formatSummary, headline, plural, verdictLine } from './report/summary.ts';
import { loadSettings } from './config-file.ts';
import { TOOL_VERSION } from './version.ts';

/**
 * A plain log line that may hold text from the image: no line of it is read as a workflow command.
 * (`core.warning`, `core.error` and `core.debug` are commands themselves and escape their message
 * onto one line.)
 */
function info(message: string): void {
  core.info(neutralizeWorkflowCommands(message));
}

const actionsLogger: Logger = {
  info,
  warn: (message) => core.warning(message),
  debug: (message) => core.debug(message),
};

function booleanInput(name: string): boolean {
  const value = core.getInput(name).trim().toLowerCase();
  if (value === '' || value === 'true') return true;
  if (value === 'false') return false;
  throw new ConfigurationError(`input ${name} is ${JSON.stringify(value)}; expected true or false`);
}

function lines(name: string): string[] {
  return core.getMultilineInput(name);
}

async function writeReport(file: string, text: string): Promise<string> {
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await writeFile(file, text);
  return path.resolve(file);
}

/** Links in the summary point at the files of the commit under test. */
function fileLink(): ((file: string, line: number) => string) | undefined {
  if (!process.env.GITHUB_REPOSITORY || !github.context.sha) return undefined;
  const { serverUrl, repo } = github.context;
  const target = targetFromContext(github.context);
  return (file, line) => `${serverUrl}/${repo.owner}/${repo.repo}/blob/${target.headSha}/${file.split('/').map(encodeURIComponent).join('/')}#L${line}`;
}

async function publish(token: string, report: ScanReport, summary: string): Promise<void> {
  if (!process.env.GITHUB_REPOSITORY) {
    core.warning('github-token is set, but GITHUB_REPOSITORY is not: no check run or comment can be published outside a workflow run');
    return;
  }
  const octokit = github.getOctokit(token);
  const target = targetFromContext(github.context);
  const checkRun = await publishCheckRun(
    octokit,
    target,
    { name: 'import-guard', conclusion: report.result === 'fail' ? 'failure' : 'success', title: verdictLine(report).replace(/\*\*/g, ''), summary, annotations: checkAnnotations(report.findings) },
    actionsLogger,
  );
  if (!checkRun.ok) core.warning(checkRun.warning);
  if (target.pullNumber !== undefined) {
    const comment = await upsertPullRequestComment(octokit, target, summary, actionsLogger);
    if (!comment.ok) core.warning(comment.warning);
    else core.info(`Pull request comment ${comment.action}`);
  }
}

/** The `boot` output: how the boot went, in one word. */
function bootOutcome(boot: BootReport | undefined): 'passed' | 'failed' | 'not-booted' | 'error' {
  if (!boot || 'reason' in boot) return 'not-booted';
  if ('error' in boot) return 'error';
  return boot.ok ? 'passed' : 'failed';
}

/**
 * The whole boot log in a collapsed group; the runner is told not to read workflow commands in it.
 * The token is drawn after the container has ended, so its log cannot hold the end marker.
 */
function printBootLog(logs: string): void {
  core.startGroup('Boot log');
  const token = randomUUID();
  core.info(`::stop-commands::${token}`);
  core.info(logs.trimEnd() || '(the container wrote nothing)');
  core.info(`::${token}::`);
  core.endGroup();
}

/** The Action's main step: a thin adapter from inputs to the library and back to outputs. */
export async function run(): Promise<void> {
  try {
    const tempDir = runTempDir();
    core.saveState(TEMP_STATE, tempDir);
    // Saved before anything starts, so that the post step finds the containers of a cancelled run.
    const runId = bootRunId();
    core.saveState(BOOT_RUN_STATE, runId);
    // A cancelled job's SIGINT or SIGTERM mid-boot removes the container here already.
    removeBootContainersOnSignal(actionsLogger);
    const envFileName = core.getInput('env-file');
    const { settings } = loadSettings({
      image: core.getInput('image', { required: true }),
      platform: core.getInput('platform'),
      imageConfig: core.getInput('image-config'),
      entrypoints: lines('entrypoints'),
      pythonPath: lines('python-path'),
      ignore: lines('ignore'),
      pathMap: lines('path-map'),
      failOn: core.getInput('fail-on'),
      repository: process.env.GITHUB_WORKSPACE,
      context: core.getInput('context'),
      dockerfile: core.getInput('dockerfile'),
      target: core.getInput('target'),
      baseline: core.getInput('baseline'),
      tempDir,
      boot: core.getInput('boot'),
      // Untrimmed: a value keeps its spaces, as docker --env-file keeps them.
      env: core.getInput('env', { trimWhitespace: false }).split('\n'),
      envFile: envFileName ? { name: envFileName, lines: await readEnvFile(envFileName) } : undefined,
      port: core.getInput('port'),
      healthPath: core.getInput('health-path'),
      bootTimeout: core.getInput('boot-timeout'),
      bootMemory: core.getInput('boot-memory'),
      runId,
    }, actionsLogger);
    // Each value and its base64, hex and URL-encoded forms: the runner hides them all in the step's log.
    for (const secret of secretValues(settings.boot.env)) core.setSecret(secret);
    const writeSummary = booleanInput('summary');
    const report = await core.group('Reading the image, walking its imports and booting it', () => scanImage(settings, actionsLogger));
    const counts = reportCounts(report);
    if (bootRan(report.boot)) printBootLog(report.boot.logs);

    const plan = planAnnotations(report.findings);
    for (const annotation of plan.annotations) {
      const properties: core.AnnotationProperties = { title: annotation.title };
      if (annotation.file) properties.file = annotation.file;
      if (annotation.line) properties.startLine = annotation.line;
      if (annotation.column) properties.startColumn = annotation.column;
      core[annotation.level](annotation.message, properties);
    }

    const jsonFile = await writeReport(core.getInput('json-file') || path.join(tempDir, 'import-guard.json'), JSON.stringify(toJsonReport(report), null, 2) + '\n');
    const sarifFile = await writeReport(core.getInput('sarif-file') || path.join(tempDir, 'import-guard.sarif'), JSON.stringify(toSarif(report, { version: TOOL_VERSION }), null, 2) + '\n');
    core.setOutput('result', report.result);
    core.setOutput('errors', counts.error);
    core.setOutput('warnings', counts.warning);
    core.setOutput('report-json', jsonFile);
    core.setOutput('sarif-file', sarifFile);
    core.setOutput('boot', bootOutcome(report.boot));

    const linkTo = fileLink();
    const links = linkTo ? { linkTo } : {};
    if (writeSummary && process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(formatSummary(report, links)).write();
    const token = core.getInput('github-token');
    // The comment and the check run hold less than the job summary.
    if (token) await publish(token, report, formatSummary(report, { ...links, maxBytes: API_SUMMARY_BYTES }));

    const bootProblem = report.boot && 'error' in report.boot ? report.boot.error : undefined;
    if (bootProblem) {
      core.setFailed(`import-guard could not boot the image: ${bootProblem}. The static check's findings are reported above.`);
      return;
    }
    const verdict = `${report.image.label}: ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.notice, 'notice')} ${report.baseline ? `(${report.baseline.accepted} more accepted by the baseline) ` : ''}in ${plural(report.stats.files, 'file')} (${report.stats.seconds.toFixed(2)} s)${bootRan(report.boot) ? `; ${bootLine(report.boot)}` : ''}`;
    if (report.result === 'fail') core.setFailed(`import-guard: ${headline(report)} (fails on ${report.failOn}). ${verdict}`);
    else info(`import-guard passed. ${verdict}`);
  } catch (error) {
    if (isUserError(error)) core.setFailed(error.message);
    else core.setFailed(`internal error, please report it: ${(error as Error).stack ?? String(error)}`);
  }
}
