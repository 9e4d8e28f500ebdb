import * as core from '@actions/core';
import { runTempDir, TEMP_STATE } from './action-temp.ts';
import { ConfigurationError, isUserError } from './errors.ts';
import { inspectImage } from './guard.ts';
import type { Logger } from './logger.ts';
import { formatInspectMarkdown } from './report/inspect-markdown.ts';
import { makeSettings } from './settings.ts';

const actionsLogger: Logger = {
  info: (message) => core.info(message),
  warn: (message) => core.warning(message),
  debug: (message) => core.debug(message),
};

function booleanInput(name: string): boolean {
  const value = core.getInput(name).trim().toLowerCase();
  if (value === '' || value === 'true') return true;
  if (value === 'false') return false;
  throw new ConfigurationError(`input ${name} is ${JSON.stringify(value)}; expected true or false`);
}

/** The Action's main step: a thin adapter from inputs to the library and back to outputs. */
export async function run(): Promise<void> {
  try {
    const tempDir = runTempDir();
    core.saveState(TEMP_STATE, tempDir);
    const settings = makeSettings({
      image: core.getInput('image', { required: true }),
      platform: core.getInput('platform'),
      imageConfig: core.getInput('image-config'),
      tempDir,
    });
    const writeSummary = booleanInput('summary');
    const report = await core.group('Reading the image', () => inspectImage(settings, actionsLogger));
    core.info(`${report.source.location}: ${report.layers.length} layers, ${report.paths.total} paths`);
    core.setOutput('layers', report.layers.length);
    core.setOutput('paths', report.paths.total);
    if (writeSummary && process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(formatInspectMarkdown(report)).write();
  } catch (error) {
    if (isUserError(error)) core.setFailed(error.message);
    else core.setFailed(`internal error, please report it: ${(error as Error).stack ?? String(error)}`);
  }
}
