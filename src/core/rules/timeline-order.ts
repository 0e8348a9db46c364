import { recordsOf } from '../review';
import type { Rule, RuleFinding } from '../rule';
import { parseEventTime } from '../time';

export const timelineOrder: Rule = {
  id: 'timeline-order',
  description: 'A timeline event earlier than the event before it: the timeline should read in order.',
  defaultSeverity: 'warning',
  check({ parsed, review, config }): RuleFinding[] {
    const findings: RuleFinding[] = [];
    // The last event with a readable time; events whose `at` does not parse are the schema's business.
    let previous: { at: string; ms: number; index: number } | undefined;
    for (const { record: event, index } of recordsOf(review.timeline)) {
      // A day alone stands for the start of that day.
      const ms = parseEventTime(event.at, config.timeZone);
      if (ms === undefined) continue;
      if (previous && ms < previous.ms) {
        const path = ['timeline', index, 'at'];
        const previousLine = parsed.position(parsed.rangeOf(['timeline', previous.index, 'at']).start).line;
        findings.push({
          message: `This event (${event.at}) is earlier than the event before it (${previous.at}, line ${previousLine}). Keep the timeline in chronological order.`,
          range: parsed.rangeOf(path),
          path,
        });
      }
      previous = { at: String(event.at), ms, index };
    }
    return findings;
  },
};
