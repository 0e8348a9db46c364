// Slack's message markup -> the Markdown-ish plain text a timeline event holds.
// https://api.slack.com/reference/surfaces/formatting: `<@U…>`, `<#C…|name>`, `<!here>`,
// `<url|label>`, and only `&amp; &lt; &gt;` escaped.
import { isRecord, stringOf } from '../review';

/** Names for the ids a message mentions; undefined when the export does not know one. */
export interface SlackNames {
  user(id: string): string | undefined;
  channel(id: string): string | undefined;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>' };

/** `text` with mentions, channel links and links rewritten and the three entities decoded. */
export function slackText(text: string, names: SlackNames): string {
  if (!text.includes('<') && !text.includes('&')) return text; // most chat lines: nothing to rewrite
  return text
    .replace(/<([^<>]*)>/g, (_, inner: string) => {
      const [target, label] = splitLabel(inner);
      if (target.startsWith('@')) return names.user(target.slice(1)) ?? label ?? target;
      if (target.startsWith('#')) return `#${names.channel(target.slice(1)) ?? label ?? target.slice(1)}`;
      if (target.startsWith('!')) return special(target.slice(1), label);
      return label && label !== target ? `[${label}](${target})` : target;
    })
    .replace(/&(amp|lt|gt);/g, (entity) => ENTITIES[entity]);
}

function splitLabel(inner: string): [string, string | undefined] {
  const bar = inner.indexOf('|');
  return bar < 0 ? [inner, undefined] : [inner.slice(0, bar), inner.slice(bar + 1)];
}

/** `<!here>` -> `@here`; `<!subteam^S1|@oncall>` -> `@oncall`; `<!date^…|fallback>` -> the fallback. */
function special(command: string, label: string | undefined): string {
  if (label) return label;
  const name = command.split('^')[0];
  return name === 'here' || name === 'channel' || name === 'everyone' ? `@${name}` : '';
}

/** A bot message's text when `text` is empty: its attachments' pretext and text (or fallback), else its blocks' text. */
export function attachmentText(message: Record<string, unknown>): string {
  const fromAttachments = (Array.isArray(message.attachments) ? message.attachments : []).filter(isRecord).map((attachment) => {
    const parts = [stringOf(attachment.pretext), stringOf(attachment.title), stringOf(attachment.text)].filter((part): part is string => !!part);
    return parts.length ? parts.join('\n') : (stringOf(attachment.fallback) ?? '');
  });
  const text = fromAttachments.filter(Boolean).join('\n');
  return text || blockText(message.blocks);
}

/** The text in Block Kit blocks: section and header text, fields, rich text runs. */
function blockText(blocks: unknown): string {
  const lines: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!isRecord(node)) return;
    if (node.type === 'rich_text_section' || node.type === 'rich_text_preformatted' || node.type === 'rich_text_quote') {
      lines.push((Array.isArray(node.elements) ? node.elements : []).map(richRun).join(''));
      return;
    }
    if (isRecord(node.text) && typeof node.text.text === 'string') lines.push(node.text.text);
    walk(node.fields);
    walk(node.elements);
  };
  walk(blocks);
  return lines.filter(Boolean).join('\n');
}

/** One run of rich text, in the same markup `text` uses so that `slackText` can rewrite it. */
function richRun(element: unknown): string {
  if (!isRecord(element)) return '';
  switch (element.type) {
    case 'text': // raw in blocks: escape it as `text` is, for slackText to decode
      return (stringOf(element.text) ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    case 'link':
      return element.text ? `<${element.url}|${element.text}>` : `<${element.url}>`;
    case 'user':
      return `<@${element.user_id}>`;
    case 'channel':
      return `<#${element.channel_id}>`;
    case 'broadcast':
      return `<!${element.range}>`;
    case 'emoji':
      return `:${element.name}:`;
    default:
      return '';
  }
}
