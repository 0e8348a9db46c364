// Imported text is redacted by default: contact details and things that look like secrets
// become `[redacted]`, so a review in git does not spread them. Patterns are deliberately
// specific (an IP address, a date or a commit hash is not a phone number or a key).

export const REDACTED = '[redacted]';

const PATTERNS: readonly RegExp[] = [
  // PEM private keys, whole.
  /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g,
  // `Authorization: Bearer <token>` and the like: the token.
  /(?<=\b(?:Bearer|Basic|token)\s+)[A-Za-z0-9\-._~+/]{16,}=*/gi,
  // `password=…`, `api_key: …`, `secret = …`: the value.
  /(?<=\b(?:api[_-]?key|apikey|secret(?:[_-]?access[_-]?key)?|access[_-]?token|auth[_-]?token|password|passwd|pwd|token)["']?\s*[:=]\s*["']?)[^\s"',;]{6,}/gi,
  // AWS access key ids.
  /\b(?:AKIA|ASIA|AGPA|AIDA|AROA)[0-9A-Z]{16}\b/g,
  // Well-known token shapes: Slack, GitHub, Stripe, Google, JWTs.
  /\bxox[abposr]-[A-Za-z0-9-]{10,}/g,
  /\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,})/g,
  /\b[sr]k_(?:live|test)_[A-Za-z0-9]{16,}/g,
  /\bAIza[0-9A-Za-z\-_]{35}\b/g,
  /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g,
  // E-mail addresses (a mailto: link's too).
  /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g,
  // Phone numbers: +CC then 8-14 digits, or digit groups split by spaces, dashes or parentheses.
  /(?<![\w+.:/-])(?:\+\d{8,14}|(?:\+\d{1,3}[ -]?)?(?:\(\d{1,4}\)[ -]?)?\d{2,4}(?:[ -]\d{2,4}){1,4})(?![\w.:/-])/g,
];

/** Minimum digits for a digit-group run to count as a phone number (a date like 2016-01-15 has 8). */
const PHONE_MIN_DIGITS = 9;

/** `text` with secrets and contact details replaced, and how many were replaced. */
export function redact(text: string): { text: string; count: number } {
  let count = 0;
  let result = text;
  for (const pattern of PATTERNS) {
    result = result.replace(pattern, (match) => {
      if (match === REDACTED) return match;
      if (pattern === PATTERNS[PATTERNS.length - 1] && match.replace(/\D/g, '').length < PHONE_MIN_DIGITS) return match;
      count++;
      return REDACTED;
    });
  }
  return { text: result, count };
}
