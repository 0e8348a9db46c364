// Completion proposals for a review, from the schema and the cursor position. Pure: the
// extension turns them into CompletionItems, tests call them directly.
import { cursorContext } from './cursor';
import type { ResolvedConfig } from './config';
import { reviewSchemaFor, schemaAt, type JsonSchema } from './schema';
import { localDay } from './template';
import type { Path, Range } from './types';
import { valueMeaning } from './value-descriptions';

export interface Completion {
  label: string;
  kind: 'key' | 'value' | 'time' | 'person';
  /** Plain text, or with `snippet` a snippet with `$1` / `${1|a,b|}` placeholders. */
  insertText: string;
  snippet: boolean;
  detail?: string;
  /** Markdown. */
  documentation?: string;
  /** The text the proposal replaces: what is typed so far. */
  range: Range;
}

export interface CompletionOptions {
  /** The time `now` inserts. */
  now: Date;
  /** Action-item owners already used in the workspace, proposed for `owner`. */
  owners?: readonly string[];
  /** The team's config: its scales (with their descriptions) and sections are offered. */
  config?: ResolvedConfig;
}

export function completionsAt(text: string, offset: number, options: CompletionOptions): Completion[] {
  const cursor = cursorContext(text, offset);
  const schema = schemaAt(cursor.path, reviewSchemaFor(options.config));
  if (!schema) return [];
  // `- ` in a list of plain values: the item is a value, not a mapping.
  const valuePosition = cursor.kind === 'value' || (typeof cursor.path.at(-1) === 'number' && !schema.properties);
  if (!valuePosition) {
    return Object.entries(schema.properties ?? {})
      .filter(([key]) => !cursor.siblings.includes(key))
      .map(([key, property]) => ({
        label: key,
        kind: 'key',
        insertText: keySnippet(key, property),
        snippet: true,
        detail: schema.required?.includes(key) ? 'required' : undefined,
        documentation: property.description,
        range: cursor.range,
      }));
  }
  // Once a value is typed in full nothing is proposed: the list closes, and Enter starts a new
  // line instead of "accepting" the text that is already there.
  const typed = text.slice(cursor.range.start, cursor.range.end);
  const values = valueCompletions(cursor.path, schema, options);
  if (values.some((completion) => completion.insertText === typed)) return [];
  return values.map((completion) => ({ ...completion, range: cursor.range }));
}

function valueCompletions(path: Path, schema: JsonSchema, options: CompletionOptions): Omit<Completion, 'range'>[] {
  const value = (label: string, documentation?: string) => ({ label, kind: 'value' as const, insertText: label, snippet: false, documentation });
  if (schema.enum) return schema.enum.map(String).map((label) => value(label, valueMeaning(path, label, options.config)));
  if (schema.const !== undefined) return [value(String(schema.const), schema.description)];
  if (schema.type === 'boolean') return [value('true'), value('false')];
  if (schema.format === 'date-time' || schema.anyOf?.some((branch) => branch.format === 'date-time')) {
    const now = localDateTime(options.now);
    return [{ label: 'now', kind: 'time', insertText: now, snippet: false, detail: now, documentation: 'The current time, with your UTC offset.' }];
  }
  if (schema.format === 'date') {
    const today = localDay(options.now);
    return [{ label: 'today', kind: 'time', insertText: today, snippet: false, detail: today, documentation: "Today's date." }];
  }
  if (path[0] === 'actionItems' && path.at(-1) === 'owner') {
    return (options.owners ?? []).map((owner) => ({ label: owner, kind: 'person', insertText: owner, snippet: false, detail: 'owner in this workspace' }));
  }
  return [];
}

/** `key: ` followed by what its value needs: a choice, an indented mapping or a list item. */
function keySnippet(key: string, property: JsonSchema): string {
  if (property.enum) return `${key}: \${1|${property.enum.join(',')}|}`;
  if (property.const !== undefined) return `${key}: ${String(property.const)}`;
  if (property.type === 'boolean') return `${key}: \${1|true,false|}`;
  if (property.type === 'object') return `${key}:\n  $0`;
  if (property.type === 'array') return `${key}:\n  - $0`;
  return `${key}: $0`;
}

/** ISO 8601 in local time with the UTC offset, to the minute: `2026-03-14T10:12:00+01:00`. */
export function localDateTime(date: Date): string {
  const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');
  const offset = -date.getTimezoneOffset();
  const zone = `${offset < 0 ? '-' : '+'}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
  return `${localDay(date)}T${pad(date.getHours())}:${pad(date.getMinutes())}:00${zone}`;
}
