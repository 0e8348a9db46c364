// Action items from a postmortem's follow-up section: table rows (columns found by meaning, in
// any order), checklist entries (`- [x]` is done) and plain list entries; in a section with no
// list or table, its paragraphs. A bug or issue link becomes the item's `tracker`. A heading
// inside the section ("### Prevention") groups the items under it: `x-group`, and `type` when it
// names one.
import MarkdownIt from 'markdown-it';
import type { ActionItem } from '../review';
import { columnRoles, otherCells } from './columns';
import type { Block } from './markdown';
import { findDate } from './times';
import { severityFromText, type SeverityScale } from './severity';

export interface ActionItemsResult {
  items: (ActionItem & Record<`x-${string}`, string>)[];
  /** Markdown in the section that is not an action item (an introduction, a note), in order. */
  notes: string[];
}

const ROLES = {
  title: /\b(action|actions|item|items|task|tasks|what|description|title|follow up|todo|remediation)\b/,
  owner: /\b(owner|owners|assignee|assigned|who|responsible|dri)\b/,
  tracker: /\b(bug|bugs|issue|issues|ticket|tickets|tracker|jira|link|pr)\b/,
  priority: /\b(priority|prio|severity|p)\b/,
  due: /\b(due|deadline|eta|target|by when|date)\b/,
  status: /\b(status|state|done|progress)\b/,
  type: /\b(type|kind|category)\b/,
};

// linkify: a bare issue URL ("(filed https://github.com/o/r/issues/1)") is a tracker too.
const md = new MarkdownIt({ html: false, linkify: true });

/** "None.", "N/A": a paragraph that says there is nothing to do. */
const NOTHING = /^(none|n\/a|nothing|tbd|-)\.?$/i;

export function extractActionItems(blocks: readonly Block[], scale: SeverityScale): ActionItemsResult {
  const result: ActionItemsResult = { items: [], notes: [] };
  const paragraphsAreItems = !blocks.some((block) => block.kind === 'list' || block.kind === 'table');
  // The group heading stays in the notes only when no item takes it.
  let group: { text: string; source: string; used: boolean } | undefined;
  const addItems = (items: ActionItemsResult['items']) => {
    if (group) for (const item of items) Object.assign(item, { 'x-group': group.text }, item.type ? {} : typeOf(group.text));
    if (group && items.length) group.used = true;
    result.items.push(...items);
  };
  const addNote = (source: string) => {
    if (group && !group.used) result.notes.push(group.source);
    if (group) group.used = true;
    result.notes.push(source);
  };
  for (const block of blocks) {
    if (block.kind === 'heading') {
      if (group && !group.used) result.notes.push(group.source);
      group = { text: block.text.trim(), source: block.source, used: false };
    } else if (block.kind === 'list') {
      addItems(block.items.map((item) => {
        const { title, priority } = leadingPriority(item.text, scale);
        return {
          title,
          ...(priority ? { priority } : {}),
          ...(item.checked === undefined ? {} : { status: item.checked ? 'done' : 'open' }),
          ...trackerOf(item.text),
        } as ActionItemsResult['items'][number];
      }));
    } else if (block.kind === 'table') {
      addItems(tableItems(block.header, block.rows, scale));
    } else if (block.kind === 'paragraph' && paragraphsAreItems && !NOTHING.test(block.source.trim())) {
      addItems([{ title: block.source.trim(), ...trackerOf(block.source) }]);
    } else {
      addNote(block.source);
    }
  }
  if (group && !group.used) result.notes.push(group.source);
  return result;
}

function tableItems(header: readonly string[], rows: readonly string[][], scale: SeverityScale): ActionItemsResult['items'] {
  const roles = columnRoles(header, ROLES);
  // A table with no column named like a task takes its widest column as the title.
  const titleColumn = roles.get('title') ?? widestColumn(rows);
  const items: ActionItemsResult['items'] = [];
  for (const row of rows) {
    const cell = (role: keyof typeof ROLES) => {
      const index = role === 'title' ? titleColumn : roles.get(role);
      return index === undefined ? '' : (row[index] ?? '').trim();
    };
    const title = cell('title');
    if (!title) continue;
    const used = new Set<number>([titleColumn]);
    const item: ActionItemsResult['items'][number] = { title };
    const take = (role: keyof typeof ROLES, value: Partial<ActionItem> | undefined) => {
      if (!value) return;
      Object.assign(item, value);
      used.add(roles.get(role)!);
    };
    const owner = cell('owner');
    take('owner', owner && !/^(-|—|n\/?a|tbd|\?)$/i.test(owner) ? { owner } : undefined);
    const trackerCell = cell('tracker');
    const tracker = trackerOf(trackerCell).tracker ?? trackerCell;
    take('tracker', tracker ? { tracker } : undefined);
    // "[PR #6575](…/pull/6765)": a cell that says more than its link is also kept as written.
    if (saysMore(trackerCell, tracker)) used.delete(roles.get('tracker')!);
    take('priority', priorityOf(cell('priority'), scale));
    take('due', dueOf(cell('due')));
    take('status', statusOf(cell('status')));
    take('type', typeOf(cell('type')));
    Object.assign(item, otherCells(header, row, used));
    if (!item.tracker) Object.assign(item, trackerOf(title));
    items.push(item);
  }
  return items;
}

/** "**HIGH** Automate the smoke tests", "[P2] …": a priority written before the item. */
function leadingPriority(text: string, scale: SeverityScale): { title: string; priority?: ActionItem['priority'] } {
  const match = /^(?:\*\*|__|\[|\()?\s*(critical|high|medium|low|p[0-4]|sev-?[0-4])\s*(?:\*\*|__|\]|\))?\s*[:–—-]?\s+(?=\S)/i.exec(text);
  const priority = match ? priorityOf(match[1], scale)?.priority : undefined;
  return priority ? { title: text.slice(match![0].length), priority } : { title: text };
}

function widestColumn(rows: readonly string[][]): number {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = (widths[i] ?? 0) + cell.length));
  return widths.indexOf(Math.max(...widths, 0));
}

// A link is a tracker link when it points at an issue, a pull request or a ticket.
const TRACKER_URL = /\/(issues?|pulls?|merge_requests|bugs?|tickets?|browse|show_bug\.cgi)\b|\bjira\b|\blinear\.app\//i;

/** The first issue or bug link in an item's Markdown (inline or reference-style), as `tracker`. */
export function trackerOf(markdown: string): { tracker?: string } {
  for (const token of md.parseInline(markdown, {})[0]?.children ?? []) {
    const href = token.type === 'link_open' ? token.attrGet('href') : null;
    if (href && TRACKER_URL.test(href)) return { tracker: href };
  }
  return {};
}

function saysMore(cell: string, url: string): boolean {
  const label = cell.replace(/\]\([^)]*\)/g, ' ').replace(/<[^>]*>/g, ' ');
  return [...label.matchAll(/\p{L}+/gu)].some(([word]) => !url.toLowerCase().includes(word.toLowerCase()));
}

function priorityOf(value: string, scale: SeverityScale): Partial<ActionItem> | undefined {
  const level = severityFromText(value, scale);
  // The schema's priorities are P1–P4; a team scale with other names keeps the cell as written.
  return level && (['P1', 'P2', 'P3', 'P4'] as string[]).includes(level) ? { priority: level as ActionItem['priority'] } : undefined;
}

function dueOf(value: string): Partial<ActionItem> | undefined {
  const found = findDate(value);
  // Only a cell that is just a date: "before the Q3 freeze (2026-05-01)" stays as written.
  return found && value.replace(/[*_`]/g, '').trim().length === found.length ? { due: found.day } : undefined;
}

const STATUS_WORDS: [RegExp, ActionItem['status']][] = [
  [/^(done|closed|complete|completed|fixed|resolved|merged|shipped|yes|✅|✔️?|☑️?|\[x\])$/i, 'done'],
  [/^(in[ -]?progress|wip|started|ongoing|doing|in review)$/i, 'in-progress'],
  [/^(won'?t[ -]?(do|fix)|wontfix|cancell?ed|dropped|rejected|obsolete)$/i, 'wont-do'],
  [/^(open|todo|to do|not started|pending|planned|new|no|❌|\[ \])$/i, 'open'],
];

function statusOf(value: string): Partial<ActionItem> | undefined {
  const plain = value.replace(/[*_`]/g, '').trim();
  const status = STATUS_WORDS.find(([pattern]) => pattern.test(plain))?.[1];
  return status ? { status } : undefined;
}

function typeOf(value: string): Partial<ActionItem> | undefined {
  const plain = value.toLowerCase().trim();
  if (/^(prevent|preventive|preventative|prevention)$/.test(plain)) return { type: 'preventive' };
  if (/^(mitigate|mitigation|repair|fix|corrective|correction)$/.test(plain)) return { type: 'corrective' };
  return undefined;
}
