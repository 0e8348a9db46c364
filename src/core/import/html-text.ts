// The little HTML that chat and annotation bodies hold (Teams messages, Grafana annotation text)
// -> plain text with Markdown links. Not a general HTML parser: these bodies are fragments of
// paragraphs, line breaks, lists, emphasis, links, mentions and emoji images.

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function htmlText(html: string): string {
  return decodeEntities(
    html
      .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, '')
      .replace(/<a\b[^>]*\bhref\s*=\s*["']([^"']*)["'][^>]*>([\s\S]*?)<\/a>/gi, (_, href: string, label: string) => {
        const text = label.replace(/<[^>]*>/g, '').trim();
        return /^https?:/i.test(href) && text && decodeEntities(text) !== decodeEntities(href) ? `[${text}](${href})` : text || href;
      })
      .replace(/<img\b[^>]*\balt\s*=\s*["']([^"']*)["'][^>]*>/gi, '$1')
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<li\b[^>]*>/gi, '\n- ')
      .replace(/<\/(p|div|li|ul|ol|h\d|blockquote|pre|tr)>/gi, '\n')
      .replace(/<[^>]*>/g, ''),
  )
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, code: string) => {
    if (code[0] === '#') return String.fromCodePoint(code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : Number(code.slice(1)));
    return ENTITIES[code.toLowerCase()] ?? entity;
  });
}
