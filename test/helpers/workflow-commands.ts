// Reads a step's output as the Actions runner does (actions/runner ActionCommand.TryParseV2 and
// TryParse, ActionCommandManager's stop-commands), to tell which lines it takes for commands.

export interface WorkflowCommand {
  name: string;
  properties: Record<string, string>;
  data: string;
  /** The raw line, as the step printed it. */
  line: string;
}

/** The commands the runner knows (a name outside this set is plain output). */
const REGISTERED = ['add-mask', 'add-matcher', 'add-path', 'debug', 'echo', 'endgroup', 'error', 'group', 'notice', 'remove-matcher', 'save-state', 'set-env', 'set-output', 'stop-commands', 'warning'];

/** .NET's Char.IsWhiteSpace, which String.TrimStart trims. */
const DOTNET_BLANK = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*/;

function unescape(text: string, pairs: Array<[string, string]>): string {
  return pairs.reduce((value, [escaped, plain]) => value.split(escaped).join(plain), text);
}

const DATA: Array<[string, string]> = [['%0D', '\r'], ['%0A', '\n'], ['%25', '%']];
const PROPERTY: Array<[string, string]> = [['%0D', '\r'], ['%0A', '\n'], ['%3A', ':'], ['%2C', ','], ['%25', '%']];
const OLD: Array<[string, string]> = [['%3B', ';'], ['%0D', '\r'], ['%0A', '\n'], ['%5D', ']'], ['%25', '%']];

function parseV2(line: string, registered: Set<string>): WorkflowCommand | undefined {
  const message = line.replace(DOTNET_BLANK, '');
  if (!message.startsWith('::')) return undefined;
  const end = message.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = message.slice(2, end);
  const space = info.indexOf(' ');
  const name = space < 0 ? info : info.slice(0, space);
  if (!registered.has(name.toLowerCase())) return undefined;
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const pair of info.slice(space + 1).trim().split(',').filter(Boolean)) {
      const at = pair.indexOf('=');
      if (at > 0 && at < pair.length - 1) properties[pair.slice(0, at)] = unescape(pair.slice(at + 1), PROPERTY);
    }
  }
  return { name, properties, data: unescape(message.slice(end + 2), DATA), line };
}

function parseV1(line: string, registered: Set<string>): WorkflowCommand | undefined {
  const prefix = line.indexOf('##[');
  if (prefix < 0) return undefined;
  const close = line.indexOf(']', prefix);
  if (close < 0) return undefined;
  const info = line.slice(prefix + 3, close);
  const space = info.indexOf(' ');
  const name = space < 0 ? info : info.slice(0, space);
  if (!registered.has(name.toLowerCase())) return undefined;
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const pair of info.slice(space + 1).split(';').filter(Boolean)) {
      const at = pair.indexOf('=');
      if (at > 0 && at < pair.length - 1) properties[pair.slice(0, at)] = unescape(pair.slice(at + 1), OLD);
    }
  }
  return { name, properties, data: unescape(line.slice(close + 1), OLD), line };
}

/**
 * The commands the runner acts on in `output`, in order: lines split at CR, LF and CRLF as
 * .NET's ReadLine splits them; nothing after `::stop-commands::TOKEN` counts, up to and with
 * `::TOKEN::`.
 */
export function workflowCommands(output: string): WorkflowCommand[] {
  const registered = new Set(REGISTERED);
  const commands: WorkflowCommand[] = [];
  let stopToken: string | undefined;
  for (const line of output.split(/\r\n|\r|\n/)) {
    const command = parseV2(line, registered) ?? parseV1(line, registered);
    if (!command) continue;
    if (stopToken !== undefined) {
      if (command.name.toLowerCase() === stopToken.toLowerCase()) {
        registered.delete(stopToken.toLowerCase());
        stopToken = undefined;
      }
      continue;
    }
    if (command.name.toLowerCase() === 'stop-commands') {
      stopToken = command.data;
      registered.add(stopToken.toLowerCase());
    }
    commands.push(command);
  }
  return commands;
}
