// Imported text is redacted by default: contact details and things that look like secrets
// become `[redacted]`, so a review in git does not spread them. Patterns are deliberately
// specific (an IP address, a date or a commit hash is not a phone number or a key).

export const REDACTED = '[redacted]';

interface Pattern {
  regex: RegExp;
  /** The first group is a label to keep (`password=`), only the rest is replaced. */
  keepsLabel?: boolean;
  /** Minimum digits for a match to count (phone numbers: a date like 2016-01-15 has 8). */
  minDigits?: number;
}

// No lookbehinds: they are tried at every position and made redaction the slowest part of an import.
const PATTERNS: readonly Pattern[] = [
  // PEM private keys, whole.
  { regex: /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g },
  // `Authorization: Bearer <token>` and the like: the token.
  { regex: /(\b(?:Bearer|Basic|token)\s+)[A-Za-z0-9\-._~+/]{16,}=*/gi, keepsLabel: true },
  // `password=…`, `api_key: …`, `secret = …`: the value.
  { regex: /(\b(?:api[_-]?key|apikey|secret(?:[_-]?access[_-]?key)?|access[_-]?token|auth[_-]?token|password|passwd|pwd|token)["']?\s*[:=]\s*["']?)[^\s"',;]{6,}/gi, keepsLabel: true },
  // AWS access key ids.
  { regex: /\b(?:AKIA|ASIA|AGPA|AIDA|AROA)[0-9A-Z]{16}\b/g },
  // Well-known token shapes: Slack, GitHub, Stripe, Google, JWTs.
  { regex: /\bxox[abposr]-[A-Za-z0-9-]{10,}/g },
  { regex: /\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,})/g },
  { regex: /\b[sr]k_(?:live|test)_[A-Za-z0-9]{16,}/g },
  { regex: /\bAIza[0-9A-Za-z\-_]{35}\b/g },
  { regex: /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g },
  // E-mail addresses (a mailto: link's too).
  { regex: /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g },
  // Phone numbers: +CC then 8-14 digits, or digit groups split by spaces, dashes or parentheses;
  // the label group is whatever precedes them, which must not glue them to a word, path or number.
  { regex: /(^|[^\w+.:/-])(?:\+\d{8,14}|(?:\+\d{1,3}[ -]?)?(?:\(\d{1,4}\)[ -]?)?\d{2,4}(?:[ -]\d{2,4}){1,4})(?![\w.:/-])/g, keepsLabel: true, minDigits: 9 },
];

/** What every pattern needs somewhere in the text: one pass that lets most chat lines skip all of them. */
const MAYBE = /@|\d[\d ()-]{6,}\d|\+\d|key|token|secret|pass|pwd|bearer|basic|xox|gh[pousr]_|github_pat|eyJ|AIza|[sr]k_|BEGIN|AKIA|ASIA|AGPA|AIDA|AROA/i;

/** `text` with secrets and contact details replaced, and how many were replaced. */
export function redact(text: string): { text: string; count: number } {
  if (!MAYBE.test(text)) return { text, count: 0 };
  let count = 0;
  let result = text;
  for (const { regex, keepsLabel, minDigits } of PATTERNS) {
    result = result.replace(regex, (match: string, label: unknown) => {
      const prefix = keepsLabel && typeof label === 'string' ? label : '';
      const secret = match.slice(prefix.length);
      if (secret === REDACTED || (minDigits && secret.replace(/\D/g, '').length < minDigits)) return match;
      count++;
      return prefix + REDACTED;
    });
  }
  return { text: result, count };
}
