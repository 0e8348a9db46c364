// What a hover on a review key shows: the schema's description and the allowed values.
import { keyAt } from './cursor';
import type { ResolvedConfig } from './config';
import { pathName, reviewSchemaFor, schemaAt } from './schema';
import type { Range } from './types';
import { valueMeaning } from './value-descriptions';

export interface HoverInfo {
  /** Markdown. */
  markdown: string;
  /** The key the hover is about. */
  range: Range;
}

/** With a team's `config`, its scales and sections are described. */
export function hoverAt(text: string, offset: number, config?: ResolvedConfig): HoverInfo | undefined {
  const key = keyAt(text, offset);
  const schema = key && schemaAt(key.path, reviewSchemaFor(config));
  if (!key || !schema?.description) return undefined;
  const lines = [`**${pathName(key.path)}**`, '', schema.description];
  if (schema.enum) {
    lines.push('', 'Allowed values:', '');
    for (const value of schema.enum.map(String)) {
      const meaning = valueMeaning(key.path, value, config);
      lines.push(`- \`${value}\`${meaning ? ` — ${meaning}` : ''}`);
    }
  }
  return { markdown: lines.join('\n'), range: key.range };
}
