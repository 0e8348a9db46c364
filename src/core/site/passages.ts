// A review cut into searchable passages, each with the anchor of the place the page shows it,
// so a search result links straight to the passage.
import { rowAnchor } from '../render/html';
import { reportData } from '../render/report-data';
import { RESPONSE_TITLES, SECTION_TITLES } from '../render/report-view';
import type { Passage } from './search-options';

/** A passage before the site numbers it. */
export type ReviewPassage = Omit<Passage, 'id'>;

/** The passages of `review`, whose page is `page`, in page order. */
export function reviewPassages(review: unknown, page: string): ReviewPassage[] {
  const data = reportData(review);
  const title = data.title ?? 'Untitled review';
  const passages: ReviewPassage[] = [];
  const add = (anchor: string, section: string, parts: (string | undefined)[]) => {
    const text = parts.filter((p): p is string => Boolean(p && p.trim())).join('\n');
    if (text) passages.push({ href: `${page}#${anchor}`, title, section, text });
  };
  passages.push({ href: page, title, section: 'Title', text: [data.id, title, ...data.services, ...data.tags].filter(Boolean).join(' · ') });
  add('summary', SECTION_TITLES.summary, [data.summary]);
  for (const event of data.timeline) add(rowAnchor('timeline', event.index), SECTION_TITLES.timeline, [event.text, event.actor]);
  add('root-cause', SECTION_TITLES.rootCause, [
    data.rootCause, ...data.fiveWhys.flatMap((chain) => [chain.problem, ...chain.whys]), data.fishbone.effect, ...data.fishbone.causes.map((c) => c.text),
  ]);
  add('contributing-factors', SECTION_TITLES.contributingFactors, data.contributingFactors.map((f) => f.text));
  add('impact', SECTION_TITLES.impact, [data.impact.description]);
  for (const [aspect, text] of Object.entries(data.response)) add('response', `${SECTION_TITLES.response}: ${RESPONSE_TITLES[aspect as keyof typeof RESPONSE_TITLES]}`, [text]);
  add('went-well', SECTION_TITLES.wentWell, data.wentWell);
  add('lessons-learned', SECTION_TITLES.lessonsLearned, data.lessonsLearned);
  for (const item of data.actionItems) {
    add(rowAnchor('actionItems', item.index), SECTION_TITLES.actionItems, [item.id, item.title, item.owner, item.outcome]);
  }
  return passages;
}
