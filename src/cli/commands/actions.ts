import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { filterActions } from '../../core/action-groups';
import { isClosed, isOverdue } from '../../core/action-items';
import { plural } from '../../core/labels';
import { markdownInline, markdownLink } from '../../core/render/markdown-text';
import type { ActionStatus } from '../../core/review';
import type { DependencyGraph } from '../../core/dependencies/workspace';
import type { IndexedActionItem } from '../../core/workspace-index';
import { workspaceGraph } from '../dependency-graph';
import { expandPaths, loadConfig, parseNow, readReviews } from '../files';
import { EXIT_OK, EXIT_USAGE, UsageError, type CliIo } from '../io';
import { alignColumns } from '../table';

export const usage = `pir actions [paths or globs...] [--open] [--overdue] [--owner NAME] [--format text|json|csv|markdown] [--now ISO-DATE]
  Lists the action items of reviews. With no paths: **/*.pir.{yaml,yml}.
  --open leaves out done and won't-do items; --overdue keeps items past their due date;
  --owner keeps one owner's items (any case). In CSV, a cell starting with = + - or @ gets a
  leading ' so that spreadsheets show it instead of running it as a formula.
  markdown: a digest to paste into chat or e-mail, overdue items first, grouped by owner.
  Exit code 0, or 2 for usage or I/O errors.`;

/** One action item as `--format json` prints it (and the columns of `--format csv`). */
export interface JsonActionItem {
  file: string;
  /** 1-based line where the item starts. */
  line: number;
  review: string;
  id?: string;
  title: string;
  type?: string;
  owner?: string;
  priority?: string;
  due?: string;
  status: string;
  /** The day a done item was done (YYYY-MM-DD), as written. */
  completed?: string;
  overdue: boolean;
  outcome?: string;
  tracker?: string;
  dependsOn?: string[];
  /** Open, and waiting for these open items (as `dependsOn` names them). */
  blockedBy: string[];
}

const FORMATS = ['text', 'json', 'csv', 'markdown'];

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      open: { type: 'boolean', default: false },
      overdue: { type: 'boolean', default: false },
      owner: { type: 'string' },
      format: { type: 'string', default: 'text' },
      now: { type: 'string' },
    },
  });
  if (!FORMATS.includes(values.format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
  const now = parseNow(values.now);

  const files = await expandPaths(positionals, io.cwd);
  if (files.length === 0) {
    io.stderr('pir actions: no *.pir.yaml files found\n');
    return EXIT_USAGE;
  }
  const { index, unreadable } = await readReviews(files, io, loadConfig(io.cwd).config);

  const graph = await workspaceGraph(index.entries(), io.cwd);
  const items = filterActions(index.actionItems(), { hideClosed: values.open, overdueOnly: values.overdue, owner: values.owner, now })
    .map((item) => toJson(item, relative(io.cwd, item.reviewUri) || item.reviewUri, now, graph));
  if (values.format === 'json') io.stdout(`${JSON.stringify(items, null, 2)}\n`);
  else if (values.format === 'csv') io.stdout(toCsv(items));
  else if (values.format === 'markdown') io.stdout(toDigest(items, now));
  else {
    if (items.length) io.stdout(`${toTable(items)}\n`);
    const overdue = items.filter((item) => item.overdue).length;
    io.stderr(`${plural(items.length, 'action item')} (${overdue} overdue) in ${plural(files.length, 'file')}\n`);
  }
  return unreadable ? EXIT_USAGE : EXIT_OK;
}

function toJson(item: IndexedActionItem, file: string, now: Date, graph: DependencyGraph): JsonActionItem {
  return {
    file,
    line: item.line,
    review: item.reviewTitle,
    id: item.id,
    title: item.title,
    type: item.type,
    owner: item.owner,
    priority: item.priority,
    due: item.due,
    status: item.status,
    completed: item.completed,
    overdue: isOverdue(item, now),
    outcome: item.outcome,
    tracker: item.tracker,
    dependsOn: item.dependsOn,
    blockedBy: graph.blockedBy(item).map((target) => graph.refName(item, target)),
  };
}

/** Markdown for chat or e-mail: overdue, then other open, then closed items, each part grouped by owner. */
function toDigest(items: readonly JsonActionItem[], now: Date): string {
  const parts: [string, JsonActionItem[]][] = [
    ['Overdue', items.filter((item) => item.overdue)],
    ['Open', items.filter((item) => !item.overdue && !isClosed(item.status as ActionStatus))],
    ['Closed', items.filter((item) => isClosed(item.status as ActionStatus))],
  ];
  const lines = [`# Action items, ${now.toISOString().slice(0, 10)}`];
  for (const [name, list] of parts) {
    if (!list.length) continue;
    lines.push('', `## ${name} (${list.length})`);
    const owners = [...new Set(list.map((item) => item.owner ?? ''))].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)));
    for (const owner of owners) {
      lines.push('', `### ${owner ? markdownInline(owner) : 'No owner'}`, '');
      for (const item of list.filter((i) => (i.owner ?? '') === owner)) lines.push(digestLine(item));
    }
  }
  if (!items.length) lines.push('', 'No action items.');
  return `${lines.join('\n')}\n`;
}

function digestLine(item: JsonActionItem): string {
  const id = item.id && (item.tracker ? markdownLink(item.id, item.tracker) : markdownInline(item.id));
  const details = [
    item.due && `due ${item.due}`,
    item.priority,
    item.blockedBy.length ? `blocked by ${item.blockedBy.map((ref) => markdownInline(ref)).join(', ')}` : undefined,
    !item.id && item.tracker ? markdownLink('issue', item.tracker) : undefined,
    `${markdownInline(item.review)} (${markdownInline(`${item.file}:${item.line}`)})`,
  ].filter(Boolean);
  return `- ${[id, `**${markdownInline(item.title || '(no title)')}**`].filter(Boolean).join(' ')} · ${details.join(' · ')}`;
}

/** Titles longer than this are cut in the table, so a row fits a terminal. */
const TITLE_WIDTH = 60;

function toTable(items: readonly JsonActionItem[]): string {
  const header = ['REVIEW', 'ID', 'TITLE', 'OWNER', 'DUE', 'PRIORITY', 'STATUS', 'COMPLETED', 'TRACKER'];
  const rows = items.map((item) => [
    // file:line, which terminals (and VS Code's) open at the item.
    `${item.file}:${item.line}`,
    item.id ?? '',
    // One line per item, however the title was written.
    truncate(item.title.replace(/\s+/g, ' '), TITLE_WIDTH),
    item.owner ?? '',
    item.due ?? '',
    item.priority ?? '',
    [item.status, item.overdue && '(OVERDUE)', item.blockedBy.length > 0 && `(BLOCKED by ${item.blockedBy.join(', ')})`].filter(Boolean).join(' '),
    item.completed ?? '',
    item.tracker ?? '',
  ]);
  return alignColumns([header, ...rows]).join('\n');
}

function truncate(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text;
}

const CSV_COLUMNS: readonly (keyof JsonActionItem)[] = [
  'file', 'line', 'review', 'id', 'title', 'type', 'owner', 'priority', 'due', 'status', 'completed', 'overdue', 'outcome', 'tracker', 'blockedBy',
];

/** RFC 4180: a header row, CRLF line ends, fields quoted when they hold a comma, a quote or a line break. */
function toCsv(items: readonly JsonActionItem[]): string {
  const rows = [CSV_COLUMNS.map(String), ...items.map((item) => CSV_COLUMNS.map((column) => String(item[column] ?? '')))];
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function csvField(text: string): string {
  // A review is untrusted input: a title like `=HYPERLINK(...)` must not run when the CSV is
  // opened in a spreadsheet (CSV formula injection), so such a cell is prefixed with `'`.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
