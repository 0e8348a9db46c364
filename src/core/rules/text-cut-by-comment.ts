import { visit, type Scalar } from 'yaml';
import type { Rule, RuleFinding } from '../rule';

// In YAML, ` #` starts a comment even in the middle of unquoted text, so
// `text: opens a thread in #inc-checkout` silently becomes "opens a thread in". A comment that
// starts right after the `#`, with no space, is almost always a channel, a ticket or an issue
// number that the author meant as text. Real comments are written `# like this`.

export const textCutByComment: Rule = {
  id: 'text-cut-by-comment',
  description: 'Unquoted text followed by `#word` on the same line: YAML reads it as a comment and drops it from the text.',
  defaultSeverity: 'warning',
  check({ parsed }): RuleFinding[] {
    const findings: RuleFinding[] = [];
    // Visiting every node of a large review costs more than this scan of its text.
    if (!/\s#\S/.test(parsed.text)) return findings;
    visit(parsed.doc, {
      Scalar(key, node) {
        if (key === 'key' || !isCutText(node)) return;
        const [start, valueEnd, nodeEnd] = node.range!;
        const hash = parsed.text.lastIndexOf('#', nodeEnd);
        if (hash < valueEnd) return;
        const comment = node.comment!.trimEnd();
        findings.push({
          message: `The text ends at "${String(node.value)}": YAML reads \`#${comment}\` as a comment. Quote the whole text to keep it.`,
          range: { start, end: hash + 1 + comment.length },
        });
      },
    });
    return findings;
  },
};

function isCutText(node: Scalar): boolean {
  return node.type === 'PLAIN' && typeof node.value === 'string' && node.range !== undefined
    && typeof node.comment === 'string' && /^\S/.test(node.comment) && !node.comment.includes('\n');
}
