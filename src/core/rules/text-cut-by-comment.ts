import { valueAt } from '../review';
import type { Rule, RuleFinding } from '../rule';
import { valueScalars } from '../source-tree';

// In YAML, ` #` starts a comment even in the middle of unquoted text, so
// `text: opens a thread in #inc-checkout` silently becomes "opens a thread in". A comment that
// starts right after the `#`, with no space, is almost always a channel, a ticket or an issue
// number that the author meant as text. Real comments are written `# like this`.

/** What follows a plain scalar on its line when the author meant it as text. */
const CUT_TAIL = /^[ \t]*#(\S[^\r\n]*)/;

/**
 * The `#word…` comment that follows a plain scalar ending at `end` on the same line: text the
 * author probably meant as part of the value. `tracker: #1095` has an empty (null) value and
 * the comment `#1095`. Returns the comment without its `#`, and where the comment ends.
 */
export function cutTail(text: string, end: number): { comment: string; end: number } | undefined {
  const lineEnd = text.indexOf('\n', end);
  const tail = CUT_TAIL.exec(text.slice(end, lineEnd < 0 ? undefined : lineEnd));
  if (!tail) return undefined;
  const comment = tail[1].trimEnd();
  return { comment, end: end + tail[0].length - tail[1].length + comment.length };
}

export const textCutByComment: Rule = {
  id: 'text-cut-by-comment',
  description: 'Unquoted text followed by `#word` on the same line: YAML reads it as a comment and drops it from the text.',
  defaultSeverity: 'warning',
  check({ parsed }): RuleFinding[] {
    const findings: RuleFinding[] = [];
    // Visiting every node of a large review costs more than this scan of its text.
    if (!/\s#\S/.test(parsed.text)) return findings;
    for (const [node, path] of valueScalars(parsed.root)) {
      if (!node.plain) continue;
      const tail = cutTail(parsed.text, node.end);
      if (!tail) continue;
      const value = valueAt(parsed.value, path);
      if (typeof value !== 'string') continue;
      findings.push({
        message: `The text ends at "${value}": YAML reads \`#${tail.comment}\` as a comment. Quote the whole text to keep it.`,
        range: { start: node.start, end: tail.end },
      });
    }
    return findings;
  },
};
