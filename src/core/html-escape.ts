const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const SPECIAL = /[&<>"']/g;

/** Text made safe for HTML and SVG, in element content and in quoted attribute values alike. */
export function escapeHtml(text: string): string {
  // One pass, and none when there is nothing to escape: the site escapes every title and cell of a thousand reviews.
  return text.replace(SPECIAL, (char) => ENTITIES[char]);
}
