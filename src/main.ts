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
import { runName } from './github/run-name.ts';
import { scanImage } from './guard.ts';
import { splitArchiveReference } from './image/source.ts';
import type { Logger } from './logger.ts';
import { planAnnotations } from './report/annotations.ts';
import { bootRan, type BootReport, type Finding, type ScanReport } from './report/findings.ts';
import { reportCounts, toJsonReport } from './report/json.ts';
import { neutralizeWorkflowCommands } from './report/log-text.ts';
import { toSarif } from './report/sarif.ts';
import { API_SUMMARY_BYTES, bootLine, formatSummary, headline, plural, verdictLine } from './report/summary.ts';
import { loadSettings } from './config-file.ts';
import { TOOL_HOME, TOOL_VERSION } from './version.ts';

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

/**
 * Workflow-command annotations for the findings no check run holds (GitHub shows 10 of each level
 * per step), leaving out the cause lines the check run marked.
 */
function printAnnotations(findings: readonly Finding[], causesMarked: ReadonlySet<string>): void {
  for (const annotation of planAnnotations(findings).annotations) {
    if (annotation.cause && causesMarked.has(`${annotation.file}:${annotation.line}`)) continue;
    const properties: core.AnnotationProperties = { title: annotation.title };
    if (annotation.file) properties.file = annotation.file;
    if (annotation.line) properties.startLine = annotation.line;
    if (annotation.column) properties.startColumn = annotation.column;
    core[annotation.level](annotation.message, properties);
  }
}

/** `comment` input: when the pull request gets a comment. */
const COMMENT_MODES = ['always', 'on-failure', 'never'] as const;
type CommentMode = (typeof COMMENT_MODES)[number];

function commentMode(): CommentMode {
  const value = core.getInput('comment').trim().toLowerCase() || 'on-failure';
  if (!(COMMENT_MODES as readonly string[]).includes(value)) throw new ConfigurationError(`input comment is ${JSON.stringify(value)}; expected one of ${COMMENT_MODES.join(', ')}`);
  return value as CommentMode;
}

/** Which of several import-guard steps this is: the check run's name, the comment's key, the SARIF category. */
interface Naming {
  name: string;
  /** The name was derived, not given: the comment of a version without names may be this step's. */
  isDefault: boolean;
}

function publishable(): boolean {
  if (process.env.GITHUB_REPOSITORY) return true;
  core.warning('github-token is set, but GITHUB_REPOSITORY is not: no check run or comment can be published outside a workflow run');
  return false;
}

/**
 * The check run, with an annotation for each finding in a repository file. Returns the findings
 * it annotated, and the cause lines it marked, so that no workflow command repeats them.
 */
async function publishCheck(token: string, naming: Naming, report: ScanReport, summary: string): Promise<{ findings: Set<Finding>; causes: Set<string> }> {
  const octokit = github.getOctokit(token);
  const target = targetFromContext(github.context);
  const annotations = checkAnnotations(report.findings);
  const checkRun = await publishCheckRun(
    octokit,
    target,
    { name: `import-guard (${naming.name})`, conclusion: report.result === 'fail' ? 'failure' : 'success', title: verdictLine(report).replace(/\*\*/g, ''), summary, annotations },
    actionsLogger,
  );
  if (!checkRun.ok) core.warning(checkRun.warning);
  const sent = annotations.slice(0, checkRun.annotated);
  return {
    findings: new Set(sent.flatMap((annotation) => (annotation.finding ? [annotation.finding] : []))),
    causes: new Set(sent.filter((annotation) => !annotation.finding).map((annotation) => `${annotation.path}:${annotation.startLine}`)),
  };
}

/**
 * The comment on the pull request, by the `comment` input. `on-failure`: a passing image leaves
 * none, but its earlier comment, from a failing push, is edited to say the failure is fixed.
 */
async function publishComment(token: string, naming: Naming, mode: CommentMode, failed: boolean, summary: string): Promise<void> {
  const target = targetFromContext(github.context);
  if (target.pullNumber === undefined || mode === 'never') return;
  const octokit = github.getOctokit(token);
  const key = { key: naming.name, adoptUnkeyed: naming.isDefault };
  const fixed = mode === 'on-failure' && !failed;
  const body = fixed ? `**Fixed** as of commit \`${target.headSha.slice(0, 7)}\`: the failure this comment reported before is gone.\n\n${summary}` : summary;
  const comment = await upsertPullRequestComment(octokit, target, body, actionsLogger, { ...key, create: !fixed });
  if (!comment.ok) core.warning(comment.warning);
  else if (comment.action === 'none') core.info(`No pull request comment: import-guard (${naming.name}) passes and has no earlier comment to update (comment: on-failure)`);
  else core.info(`Pull request comment ${comment.action}${fixed ? ' to say the failure is fixed' : ''}`);
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
    // Masked before anything could print it.
    const registryPassword = core.getInput('registry-password', { trimWhitespace: false });
    if (registryPassword !== '') core.setSecret(registryPassword);
    const { settings } = loadSettings({
      image: core.getInput('image', { required: true }),
      platform: core.getInput('platform'),
      dockerRead: core.getInput('docker-read'),
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
      registryUsername: core.getInput('registry-username'),
      registryPassword,
      registryCa: core.getInput('registry-ca'),
      registryInsecure: core.getInput('registry-insecure'),
      native: core.getInput('native'),
    }, actionsLogger);
    // Each value and its base64, hex and URL-encoded forms: the runner hides them all in the step's log.
    for (const secret of secretValues(settings.boot.env)) core.setSecret(secret);
    const writeSummary = booleanInput('summary');
    const naming = runName(core.getInput('name'), await splitArchiveReference(settings.source), settings.platform, process.env.GITHUB_WORKSPACE);
    const comment = commentMode();
    const report = await core.group('Reading the image, walking its imports and booting it', () => scanImage(settings, actionsLogger));
    const counts = reportCounts(report);
    if (bootRan(report.boot)) printBootLog(report.boot.logs);

    const jsonFile = await writeReport(core.getInput('json-file') || path.join(tempDir, 'import-guard.json'), JSON.stringify(toJsonReport(report), null, 2) + '\n');
    const sarifFile = await writeReport(core.getInput('sarif-file') || path.join(tempDir, 'import-guard.sarif'), JSON.stringify(toSarif(report, { version: TOOL_VERSION, informationUri: TOOL_HOME }, { automationId: `import-guard/${naming.name}/` }), null, 2) + '\n');
    core.setOutput('result', report.result);
    core.setOutput('errors', counts.error);
    core.setOutput('warnings', counts.warning);
    core.setOutput('report-json', jsonFile);
    core.setOutput('sarif-file', sarifFile);
    core.setOutput('boot', bootOutcome(report.boot));
    core.setOutput('name', naming.name);

    const linkTo = fileLink();
    const links = { ...(linkTo && { linkTo }), name: naming.name };
    if (writeSummary && process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(formatSummary(report, links)).write();
    const token = core.getInput('github-token');
    const canPublish = token !== '' && publishable();
    // The comment and the check run hold less than the job summary.
    const apiSummary = canPublish ? formatSummary(report, { ...links, maxBytes: API_SUMMARY_BYTES }) : '';
    // One channel per finding: the check run when it takes it, else a workflow command.
    const inCheckRun = canPublish ? await publishCheck(token, naming, report, apiSummary) : { findings: new Set<Finding>(), causes: new Set<string>() };
    printAnnotations(report.findings.filter((finding) => !inCheckRun.findings.has(finding)), inCheckRun.causes);

    const bootProblem = report.boot && 'error' in report.boot ? report.boot.error : undefined;
    if (canPublish) await publishComment(token, naming, comment, report.result === 'fail' || bootProblem !== undefined, apiSummary);
    if (bootProblem) {
      core.setFailed(`import-guard could not boot the image: ${bootProblem}. The static check's findings are reported above.`);
      return;
    }
    const verdict = `${report.image.label}: ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.notice, 'notice')} ${report.baseline ? `(${report.baseline.accepted} more accepted by the baseline) ` : ''}in ${plural(report.stats.files, 'file')} (${report.stats.seconds.toFixed(2)} s)${bootRan(report.boot) ? `; ${bootLine(report.boot)}` : ''}`;
    // Each platform's verdict, when several were checked; the run fails when any one does.
    for (const each of report.platforms ?? []) info(`${each.platform}: ${each.result === 'fail' ? 'fails' : 'passes'} (${plural(each.counts.error, 'error')}, ${plural(each.counts.warning, 'warning')}, ${plural(each.counts.notice, 'notice')})${each.boot ? `; ${bootLine(each.boot)}` : ''}`);
    if (report.result === 'fail') core.setFailed(`import-guard: ${headline(report)} (fails on ${report.failOn}). ${verdict}`);
    else info(`import-guard passed. ${verdict}`);
  } catch (error) {
    if (isUserError(error)) core.setFailed(error.message);
    else core.setFailed(`internal error, please report it: ${(error as Error).stack ?? String(error)}`);
  }
}
