import { isRecord, LIFECYCLE_KEYS, type LifecycleKey } from '../review';
import type { Rule, RuleFinding } from '../rule';
import { parseDateTime } from '../time';

export const lifecycleOrder: Rule = {
  id: 'lifecycle-order',
  description: 'Lifecycle times out of order: started ≤ detected ≤ acknowledged ≤ mitigated ≤ resolved.',
  defaultSeverity: 'error',
  check({ parsed, review, config }): RuleFinding[] {
    const times = isRecord(review.times) ? review.times : {};
    const findings: RuleFinding[] = [];
    // Compare each time with the nearest earlier one that is present: one wrong time gives one
    // finding, instead of every later time being reported against it.
    let previous: { key: LifecycleKey; ms: number } | undefined;
    for (const key of LIFECYCLE_KEYS) {
      const ms = parseDateTime(times[key], config.timeZone);
      if (ms === undefined) continue;
      if (previous && ms < previous.ms) {
        const path = ['times', key];
        findings.push({
          message: `\`${key}\` is before \`${previous.key}\`. The lifecycle runs ${LIFECYCLE_KEYS.join(' ≤ ')}.`,
          range: parsed.rangeOf(path),
          path,
        });
      }
      previous = { key, ms };
    }
    return findings;
  },
};
