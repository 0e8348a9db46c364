// Imported text is redacted by default: contact details and things that look like secrets
// become `[redacted]`, so a review in git does not spread them. Patterns are deliberately
// specific (an IP address, a date, a version or a commit hash is not a phone number or a key),
// and a bare word after `token:` or `Bearer` is only a secret when it looks random.

export const REDACTED = '[redacted]';

interface Pattern {
  regex: RegExp;
  /** The first group is a label to keep (`password=`), only the rest is replaced. */
  keepsLabel?: boolean;
  /** Minimum digits for a match to count (phone numbers: a date like 2016-01-15 has 8). */
  minDigits?: number;
  /** The replaced part must pass this too (a value after `token:` must look random). */
  check?: (secret: string) => boolean;
}

/** A digit, mixed case inside the word, base64 padding, or length: not a word someone typed. */
function looksRandom(value: string): boolean {
  return /\d/.test(value) || /[a-z][A-Z]/.test(value) || value.endsWith('=') || value.length >= 32;
}

/** Not glued to a word, path or number on the right (a sentence's final full stop is fine). */
const END = String.raw`(?!\w|[.:/-]\w)`;
/** Not glued to a word, path or number on the left: kept as the label, no lookbehind. */
const START = String.raw`(^|[^\w+.:/-])`;

// No lookbehinds: they are tried at every position and made redaction the slowest part of an import.
const PATTERNS: readonly Pattern[] = [
  // Private keys, whole (or to the end of the text when it was cut off).
  { regex: /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)/g },
  // An Authorization header's credentials, whatever the scheme.
  { regex: /(\b(?:Proxy-)?Authorization["']?\s*[:=]\s*["']?(?:(?:Bearer|Basic|Token|Digest)\s+)?)[^\s"',;]{4,}/gi, keepsLabel: true },
  // `Bearer <token>`, `Basic <base64>` elsewhere in a line.
  { regex: /(\b(?:Bearer|Basic)\s+)[A-Za-z0-9\-._~+/]{8,}=*/g, keepsLabel: true, check: looksRandom },
  // `password=…`, `DB_PASSWORD: …`, `"client_secret": "…"`: the value; a password is one whatever it looks like.
  { regex: /(\b[\w-]*?(?:password|passwd|passphrase|pwd)["']?\s*[:=]\s*["']?)[^\s"',;]{4,}/gi, keepsLabel: true },
  {
    regex: /(\b[\w-]*?(?:api[_-]?key|apikey|secret|access[_-]?key|private[_-]?key|token|credentials?)["']?\s*[:=]\s*["']?)[^\s"',;]{6,}/gi,
    keepsLabel: true,
    check: looksRandom,
  },
  // A password in a URL: https://user:[redacted]@host.
  { regex: /(\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:)[^\s@/]+(?=@)/gi, keepsLabel: true },
  // AWS access key ids.
  { regex: /\b(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|APKA)[0-9A-Z]{16}\b/g },
  // Well-known token shapes: Slack (and its webhooks), GitHub, GitLab, Stripe, Google, npm, SendGrid, OpenAI/Anthropic, JWTs.
  { regex: /\bxox[abposre]-[A-Za-z0-9-]{10,}|\bxapp-[A-Za-z0-9-]{10,}/g },
  { regex: /https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9/_-]+/g },
  { regex: /\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,}|glpat-[A-Za-z0-9_-]{20,})/g },
  { regex: /\b(?:[sr]k_(?:live|test)_[A-Za-z0-9]{16,}|whsec_[A-Za-z0-9]{20,})/g },
  { regex: /\bAIza[0-9A-Za-z\-_]{35}\b|\bya29\.[0-9A-Za-z_-]{20,}|\bGOCSPX-[0-9A-Za-z_-]{20,}/g },
  { regex: /\bnpm_[A-Za-z0-9]{36}\b|\bSG\.[\w-]{20,}\.[\w-]{20,}|\bsk-(?:proj-|ant-)?[A-Za-z0-9_-]{20,}/g },
  { regex: /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g },
  // E-mail addresses (a mailto: link's too).
  { regex: /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g },
  // Phone numbers. With a country code (+46 8 123 456, +1 (415) 555-0134) from 7 digits; after
  // a word that says so (tel:, call, mobile) from 7; US dotted 415.555.0134; else digit groups
  // split by spaces, dashes or parentheses from 9 digits (a date has 8).
  { regex: new RegExp(`${START}\\+\\d{1,3}(?:[ .-]?(?:\\(\\d{1,4}\\)|\\d{1,5})){1,6}${END}`, 'g'), keepsLabel: true, minDigits: 7 },
  { regex: new RegExp(`(\\b(?:tel|phone|call|mobile|cell|sms|fax|whatsapp)\\b[:.]?\\s*(?:(?:me|us|them)\\s+)?(?:(?:at|on)\\s+)?)\\(?\\d[\\d ().-]{5,}\\d${END}`, 'gi'), keepsLabel: true, minDigits: 7 },
  { regex: new RegExp(`${START}\\(?\\d{3}\\)?\\.\\d{3}\\.\\d{4}${END}`, 'g'), keepsLabel: true },
  { regex: new RegExp(`${START}(?:\\(\\d{1,4}\\)[ -]?)?\\d{2,4}(?:[ -]\\d{2,4}){1,4}${END}`, 'g'), keepsLabel: true, minDigits: 9 },
];

/** What every pattern needs somewhere in the text: one pass that lets most chat lines skip all of them. */
const MAYBE =
  /@|\d[\d ()-]{6,}\d|\d{3}\.\d{3}\.\d{4}|\+\d|key|token|secret|pass|pwd|credential|bearer|basic|authorization|tel|phone|call|mobile|cell|sms|fax|whatsapp|xox|xapp|hooks\.slack|gh[pousr]_|github_pat|glpat|eyJ|AIza|ya29|GOCSPX|npm_|SG\.|sk-|[sr]k_|whsec_|BEGIN|AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|APKA/i;

/** `text` with secrets and contact details replaced, and how many were replaced. */
export function redact(text: string): { text: string; count: number } {
  if (!MAYBE.test(text)) return { text, count: 0 };
  let count = 0;
  let result = text;
  for (const { regex, keepsLabel, minDigits, check } of PATTERNS) {
    result = result.replace(regex, (match: string, label: unknown) => {
      const prefix = keepsLabel && typeof label === 'string' ? label : '';
      const secret = match.slice(prefix.length);
      if (secret === REDACTED || secret.startsWith(REDACTED) || (minDigits && secret.replace(/\D/g, '').length < minDigits) || (check && !check(secret))) return match;
      count++;
      return prefix + REDACTED;
    });
  }
  return { text: result, count };
}
