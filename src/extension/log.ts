// The "Post-Incident Review" Output channel (View > Output): activation, lint timings of large
// reviews, new reviews, exports and errors, for a user or a bug report to look at. Any feature
// imports `log`; until activation creates the channel, messages go nowhere.
import * as vscode from 'vscode';

export const OUTPUT_CHANNEL_NAME = 'Post-Incident Review';

let channel: vscode.LogOutputChannel | undefined;

/** Log levels as VS Code's LogOutputChannel has them; the user picks the level in the Output view. */
export const log = {
  trace: (message: string) => channel?.trace(message),
  debug: (message: string) => channel?.debug(message),
  info: (message: string) => channel?.info(message),
  warn: (message: string) => channel?.warn(message),
  error: (message: string | Error) => channel?.error(message),
};

export function register(context: vscode.ExtensionContext): void {
  channel = vscode.window.createOutputChannel(OUTPUT_CHANNEL_NAME, { log: true });
  context.subscriptions.push(channel, { dispose: () => (channel = undefined) });
}
