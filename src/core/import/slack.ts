// Slack: a workspace or channel export (folder or zip: channels.json, users.json,
// <channel>/<YYYY-MM-DD>.json), or a raw conversations.history / conversations.replies response.
// Day files are named by the workspace's local date, so a file's name only says which files can
// be skipped (those more than a day outside the window); each message's time comes from its `ts`.
import { DAY, dayOf } from '../time';
import { isRecord, stringOf } from '../review';
import type { Collector } from './collect';
import { parseJson, type FileTree } from './files';
import { parseSlackTs } from './instant';
import { attachmentText, slackText, type SlackNames } from './slack-text';
import { ImportCancelled, ImportError, type ImportOptions, type ImportWindow } from './types';

/** Subtypes that carry no event: membership changes, deletions, integrations coming and going. */
const NOISE_SUBTYPES = new Set([
  'channel_join', 'channel_leave', 'group_join', 'group_leave', 'tombstone', 'message_deleted', 'bot_add', 'bot_remove',
  'channel_archive', 'channel_unarchive', 'group_archive', 'group_unarchive', 'pinned_item', 'unpinned_item', 'joiner_notification',
]);

const DAY_FILE = /^(.*?)([^/]+)\/(\d{4})-(\d{2})-(\d{2})\.json$/;
const LIST_FILES = ['channels.json', 'groups.json', 'mpims.json', 'dms.json'];
const EXPECTED_EXPORT = 'a Slack export: channels.json, users.json and <channel>/<YYYY-MM-DD>.json day files';

/** Where a conversation's messages go: its id (for permalinks and origins) and the names it knows. */
interface Conversation {
  id: string;
  names: SlackNames;
  slackUrl?: string;
}

/**
 * Where the export's lists are in the tree: '' when channels.json or users.json is at the top,
 * 'name/' when the export is one folder down (a zip of the export folder); undefined when the
 * tree is not a Slack export.
 */
export function exportRoot(tree: FileTree): string | undefined {
  const isRoot = (names: string[]) => names.includes('channels.json') || names.includes('users.json');
  const top = tree.list('');
  if (isRoot(top)) return '';
  const folders = top.filter((name) => name.endsWith('/'));
  return folders.length === 1 && isRoot(tree.list(folders[0])) ? folders[0] : undefined;
}

/** The first day file worth reading and the last, as local dates: a day's margin around the window. */
function dayRange(window: ImportWindow): { first: string; last: string } | undefined {
  if (window.since === undefined || window.until === undefined) return undefined;
  return { first: dayOf(window.since - DAY), last: dayOf(window.until + DAY) };
}

/** True when a day file at `path` may hold messages in the window: its local date is at most a day outside it. */
export function dayFileWanted(path: string, window: ImportWindow): boolean {
  const match = DAY_FILE.exec(path);
  if (!match) return false;
  const date = `${match[3]}-${match[4]}-${match[5]}`;
  return (window.since === undefined || date >= dayOf(window.since - DAY)) && (window.until === undefined || date <= dayOf(window.until + DAY));
}

/** True for the files a Slack export import reads: the lists and the day files the window needs. */
export function slackFileWanted(path: string, window: ImportWindow): boolean {
  return /(^|\/)(users|channels|groups|mpims|dms)\.json$/.test(path) || dayFileWanted(path, window);
}

/** Longest window whose day files are looked up by name rather than by listing each channel's folder. */
const LOOKUP_DAYS = 31;

/** The day files to read, sorted: named by date for a short window (some may not exist), else listed and filtered. */
function dayFilesFor(tree: FileTree, root: string, window: ImportWindow): string[] {
  const folders = tree.list(root).filter((name) => name.endsWith('/'));
  const range = dayRange(window);
  const days = range ? (Date.parse(range.last) - Date.parse(range.first)) / DAY + 1 : Infinity;
  if (range && days <= LOOKUP_DAYS) {
    const dates = Array.from({ length: days }, (_, i) => dayOf(Date.parse(range.first) + i * DAY));
    return folders.flatMap((folder) => dates.map((date) => `${root}${folder}${date}.json`)).sort();
  }
  return folders.flatMap((folder) => tree.list(root + folder).map((name) => root + folder + name).filter((path) => dayFileWanted(path, window))).sort();
}

/** Reads a Slack export into `sink`. */
export function readSlackExport(tree: FileTree, sink: Collector, options: ImportOptions): void {
  const root = exportRoot(tree);
  if (root === undefined) throw new ImportError(tree.name, `is not ${EXPECTED_EXPORT}.`);
  const lists = new Set(tree.list(root));
  const readList = (name: string): Record<string, unknown>[] => {
    const bytes = lists.has(name) ? tree.read(root + name) : undefined;
    if (bytes === undefined) return [];
    const value = parseJson(`${tree.name}/${root}${name}`, bytes, `a list of ${name.replace('.json', '')}`);
    return Array.isArray(value) ? value.filter(isRecord) : [];
  };
  const users = userNames(readList('users.json'));
  const folders = new Map<string, string>(); // folder name -> conversation id
  const channelNames = new Map<string, string>();
  for (const file of LIST_FILES) {
    for (const conversation of readList(file)) {
      const id = stringOf(conversation.id);
      if (!id) continue;
      const name = stringOf(conversation.name) ?? id;
      folders.set(name, id);
      channelNames.set(id, name);
    }
  }
  const names: SlackNames = { user: (id) => users.get(id), channel: (id) => channelNames.get(id) };
  const dayFiles = dayFilesFor(tree, root, sink.window);
  dayFiles.forEach((path, index) => {
    if (options.signal?.aborted) throw new ImportCancelled('The import was cancelled.');
    if (index % 64 === 0) options.onProgress?.({ done: index, total: dayFiles.length, file: path });
    const folder = DAY_FILE.exec(path)![2];
    const file = `${tree.name}/${path}`;
    const bytes = tree.read(path);
    if (bytes === undefined) return; // no messages in that channel that day
    if (!mayHoldWindow(bytes, sink)) return; // a margin day with nothing in the window: not parsed
    const messages = parseJson(file, bytes, 'a day file: a JSON list of Slack messages');
    if (!Array.isArray(messages)) throw new ImportError(file, 'is not a JSON list; expected a day file: a list of Slack messages.');
    readMessages(messages, { id: folders.get(folder) ?? folder, names, slackUrl: options.slackUrl }, tree.name, sink);
  });
}

/**
 * False when a day file's bytes show that none of its messages lies in the window: every
 * `"ts": "<digits>"` in it is outside. Parsing such a file would only count its messages as
 * outside the window, and most of the files a short window touches are like that (the margin
 * days, read because file names are local dates). Finding the times in the bytes costs a
 * fraction of decoding and parsing them. A `"ts"` inside a string has its quotes escaped, so it
 * does not match; a `ts` nested in a message (an edit, an old export's `replies`) can only make
 * this true, which is safe; so does a file with no readable `ts` at all (parsing then tells).
 */
export function mayHoldWindow(bytes: Buffer, sink: Pick<Collector, 'window' | 'inWindow'>): boolean {
  if (sink.window.since === undefined && sink.window.until === undefined) return true;
  // Latin-1 keeps every ASCII byte where it is (UTF-8 sequences are all bytes >= 0x80) and costs a copy, not a decode.
  const text = bytes.toString('latin1');
  let found = false;
  TS_KEY.lastIndex = 0;
  for (let match = TS_KEY.exec(text); match; match = TS_KEY.exec(text)) {
    const ms = parseSlackTs(match[1]);
    if (ms === undefined) continue; // not a time: no message is read with it either
    if (sink.inWindow(ms)) return true;
    found = true;
  }
  return !found;
}

/** `"ts": "1452845865.000008"` as JSON writes it (in a string the quotes would be escaped: `\"ts\"` does not match). */
const TS_KEY = /"ts"\s*:\s*"([^"\\]*)"/g;

/** Reads a raw `conversations.history` / `conversations.replies` response (`{ok, messages}`). */
export function readSlackHistory(value: Record<string, unknown>, file: string, sink: Collector, options: ImportOptions, users: Record<string, unknown>[] = []): void {
  const messages = Array.isArray(value.messages) ? value.messages : [];
  const base = file.split(/[\\/]/).pop()!.replace(/\.json$/i, '');
  const channel = stringOf(value.channel) ?? (/^[CGD][A-Z0-9]{6,}$/.test(base) ? base : undefined);
  const names = userNames(users);
  const conversation = { id: channel ?? 'unknown', names: { user: (id: string) => names.get(id), channel: () => undefined }, slackUrl: channel ? options.slackUrl : undefined };
  readMessages(messages, conversation, file, sink);
}

function readMessages(messages: readonly unknown[], conversation: Conversation, file: string, sink: Collector): void {
  for (const message of messages) {
    if (!isRecord(message)) continue;
    const ts = message.ts;
    const ms = parseSlackTs(ts);
    // Most messages of a day file lie outside a window of hours: count them and move on first.
    if (ms === undefined || !sink.countIfOutside(ms)) continue;
    if (message.hidden === true || NOISE_SUBTYPES.has(stringOf(message.subtype) ?? '')) {
      sink.skip();
      continue;
    }
    const raw = stringOf(message.text) || attachmentText(message);
    const origin = `slack:${conversation.id}/${ts}`;
    sink.add('slack', file, ms, () => ({
      text: slackText(raw, conversation.names),
      actor: actorOf(message, conversation.names),
      origin,
      source: conversation.slackUrl ? permalink(conversation.slackUrl, conversation.id, ts as string, stringOf(message.thread_ts)) : origin,
      keyMoment: hasItems(message.pinned_to) || hasItems(message.reactions),
    }));
  }
}

/** Who wrote a message: the profile in the message, the user in users.json, or the bot's name. */
function actorOf(message: Record<string, unknown>, names: SlackNames): string | undefined {
  const profile = isRecord(message.user_profile) ? message.user_profile : undefined;
  const fromProfile = profile && (stringOf(profile.display_name) || stringOf(profile.real_name));
  const user = stringOf(message.user);
  const bot = isRecord(message.bot_profile) ? stringOf(message.bot_profile.name) : undefined;
  return fromProfile || (user && names.user(user)) || stringOf(message.username) || bot || undefined;
}

/** id -> the name people see: display name, else real name, else the account name. */
function userNames(users: readonly Record<string, unknown>[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const user of users) {
    const id = stringOf(user.id);
    const profile = isRecord(user.profile) ? user.profile : {};
    const name = stringOf(profile.display_name) || stringOf(profile.real_name) || stringOf(user.real_name) || stringOf(user.name);
    if (id && name) names.set(id, name);
  }
  return names;
}

/** https://acme.slack.com/archives/C0G9QF9GZ/p1452845865000008 (with the thread for a reply). */
export function permalink(slackUrl: string, channel: string, ts: string, threadTs?: string): string {
  const base = `${slackUrl.replace(/\/+$/, '')}/archives/${channel}/p${ts.replace('.', '')}`;
  return threadTs && threadTs !== ts ? `${base}?thread_ts=${threadTs}&cid=${channel}` : base;
}

/** The origin a Slack permalink stands for, so a hand-pasted permalink is recognised too. */
export function originOfPermalink(link: string): string | undefined {
  const match = /\/archives\/([A-Z0-9]+)\/p(\d{10})(\d{6})/.exec(link);
  return match ? `slack:${match[1]}/${match[2]}.${match[3]}` : undefined;
}

function hasItems(value: unknown): boolean {
  return Array.isArray(value) && value.length > 0;
}
