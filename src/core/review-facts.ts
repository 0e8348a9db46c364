// What features other than lint need from one text of a review and would otherwise parse it
// for: computed where the text is parsed anyway (the lint worker, for a large review) and sent
// back with the findings, so typing in a large review never parses it on the editor's thread.
import { reviewMetrics, type ReviewMetrics } from './metrics';
import type { ParsedReview } from './parse';
import type { SchemaConfig } from './schema';
import type { Range } from './types';
import { readReview, type ReviewReading } from './workspace-index';

/** Plain data: it crosses from the worker thread by structured clone. */
export interface ReviewFacts {
  /** The status bar's and the CodeLens's response times. */
  metrics: ReviewMetrics;
  /** The `times:` key, where the metrics CodeLens goes; undefined when the review has no `times`. */
  timesKey?: Range;
  /** The review as the workspace index reads it. */
  reading: ReviewReading;
}

/** The facts of the review at `uri`, from its parsed text, read with the team's config when given. */
export function reviewFacts(uri: string, parsed: ParsedReview, config?: SchemaConfig): ReviewFacts {
  return {
    metrics: reviewMetrics(parsed.value, config?.timeZone),
    timesKey: parsed.node(['times']) ? parsed.rangeOf(['times'], 'key') : undefined,
    reading: readReview(uri, parsed, config),
  };
}
