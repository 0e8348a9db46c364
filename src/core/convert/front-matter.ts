// A blog post's YAML front matter: the `---` block at the very top of the file.
import { parse } from 'yaml';
import { isRecord } from '../review';

export interface FrontMatter {
  /** The parsed mapping; empty when there is none or it is not a mapping. */
  data: Record<string, unknown>;
  /** The Markdown after the front matter. */
  body: string;
  /** Why the block could not be read, if it could not; the block then stays in the body. */
  error?: string;
}

export function splitFrontMatter(text: string): FrontMatter {
  const match = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return { data: {}, body: text };
  try {
    const data: unknown = parse(match[1]);
    if (!isRecord(data)) return { data: {}, body: text, error: 'the front matter is not a mapping of keys to values' };
    return { data, body: text.slice(match[0].length) };
  } catch (error) {
    return { data: {}, body: text, error: `the front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}` };
  }
}
