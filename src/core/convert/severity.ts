// Severity as postmortems write it ("SEV1", "P2", "Severity: high") on the team's scale.
import { SEVERITIES } from '../review';

/** The team's severity levels, most severe first; the format's P1–P4 unless a team has its own. */
export type SeverityScale = readonly string[];

export const DEFAULT_SCALE: SeverityScale = SEVERITIES;

const WORDS: [RegExp, number][] = [
  [/^(critical|crit|highest|blocker|emergency|major outage|sev(ere)?)$/, 0],
  [/^(high|major|serious|important)$/, 1],
  [/^(medium|moderate|normal|med)$/, 2],
  [/^(low|minor|lowest|trivial|info|informational)$/, 3],
];

const letters = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * A severity value ("SEV-1", "P0", "Sev 2", "high", a level of the scale itself) as a level of
 * `scale`, or undefined. A number picks the level with that number when the scale has one
 * (SEV0–SEV3); otherwise numbers count from the top of the scale, and 0 and 1 are both its
 * first level, since some teams start at SEV0.
 */
export function severityFromText(value: string, scale: SeverityScale = DEFAULT_SCALE): string | undefined {
  const plain = value.replace(/[*_`()[\]]/g, ' ').trim();
  if (!plain) return undefined;
  const exact = scale.find((level) => letters(level) === letters(plain));
  if (exact) return exact;
  const numbered = /^(?:sev(?:erity)?|p|priority|s)?[\s-]?([0-9])\b/i.exec(plain);
  if (numbered) {
    const sameNumber = scale.find((level) => /^\D*(\d+)$/.exec(level)?.[1] === numbered[1]);
    return sameNumber ?? scale[Math.min(Math.max(Number(numbered[1]) - 1, 0), scale.length - 1)];
  }
  const word = plain.toLowerCase().split(/[\s,;(/]/)[0];
  const rank = WORDS.find(([pattern]) => pattern.test(word))?.[1];
  return rank === undefined ? undefined : scale[Math.min(rank, scale.length - 1)];
}

/** The severity a document states: a "Severity:" line, or a "SEV1"-style token anywhere. */
export function findSeverity(text: string, scale: SeverityScale = DEFAULT_SCALE): { level: string; written: string } | undefined {
  const labelled = /\b(?:severity|sev|incident level|priority)\b\**\s*[:=]\s*\**\s*([^\n|]{1,40})/i.exec(text);
  if (labelled) {
    const level = severityFromText(labelled[1], scale);
    if (level) return { level, written: labelled[0].trim() };
  }
  const token = /\bSEV[-\s]?([0-9])\b/i.exec(text);
  if (token) return { level: severityFromText(token[0], scale)!, written: token[0] };
  return undefined;
}
