import { arrayOf, isRecord } from './review';

const GENERATED_ID = /^AI-(\d+)$/;

/** The next `AI-<n>` after the highest one the review's action items use. */
export function nextActionId(review: unknown): string {
  const items = arrayOf(isRecord(review) ? review.actionItems : undefined);
  const numbers = items.map((item) => (isRecord(item) && typeof item.id === 'string' ? GENERATED_ID.exec(item.id) : null));
  return `AI-${Math.max(0, ...numbers.map((match) => (match ? Number(match[1]) : 0))) + 1}`;
}
