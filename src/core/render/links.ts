// Reports link only to web pages and mail. Any other scheme (javascript:, data:, vbscript:,
// command:, file:) could run code or open something local when a reader clicks it, so such a
// link is shown as text instead.

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** Whether `url` is an absolute http(s) or mailto URL, read the way a browser reads an href. */
export function isSafeUrl(url: string): boolean {
  return safeUrl(url) !== undefined;
}

/** `url` parsed, when it is an absolute http(s) or mailto URL; undefined otherwise. */
export function safeUrl(url: string): URL | undefined {
  // Relative or malformed: nothing a standalone report can resolve. Asked first rather than
  // caught, because a thrown error costs far more than a parse, and tracker keys (OPS-12) are common.
  if (!URL.canParse(url)) return undefined;
  // The WHATWG parser strips the tabs, newlines and leading control characters browsers
  // ignore, so "java\tscript:" is caught as javascript: here just as it would run there.
  const parsed = new URL(url);
  return SAFE_PROTOCOLS.has(parsed.protocol) ? parsed : undefined;
}
