import { recordsOf } from '../review';
import type { Rule, RuleFinding } from '../rule';
import { parseDateTime } from '../time';

export const timelineOrder: Rule = {
  id: 'timeline-order',
  description: 'A timeline event earlier than the event before it: the timeline should read in order.',
  defaultSeverity: 'warning',
  check({ parsed, review }): RuleFinding[] {
    const findings: RuleFinding[] = [];
    // The last event with a readable time; events whose `at` does not parse are the schema's business.
    let previous: { at: string; ms: number; line: number } | undefined;
    for (const { record: event, index } of recordsOf(review.timeline)) {
      const ms = parseDateTime(event.at);
      if (ms === undefined) continue;
      const path = ['timeline', index, 'at'];
      const range = parsed.rangeOf(path);
      if (previous && ms < previous.ms) {
        findings.push({
          message: `This event (${event.at}) is earlier than the event before it (${previous.at}, line ${previous.line}). Keep the timeline in chronological order.`,
          range,
          path,
        });
      }
      previous = { at: String(event.at), ms, line: parsed.position(range.start).line };
    }
    return findings;
  },
};
