// What the site's tests share: stand-in browser scripts and one small review to build from.

export const TEST_SCRIPTS = { site: '/* site */', dashboard: '/* dashboard */' };

export interface TestReview {
  title: string;
  /** Inside `services: [...]`. */
  services?: string;
  /** Inside `tags: [...]`; no `tags` key without it. */
  tags?: string;
  /** YYYY-MM-DD of the incident (10:00–11:00 UTC). */
  day?: string;
  /** Inside `lessonsLearned: [...]`; no such key without it. */
  lesson?: string;
  /** Appended at the end: further top-level keys. */
  extra?: string;
}

/** A review with a timeline event and one open action item. */
export function testReview({ title, services = 'checkout', tags, day = '2026-03-01', lesson, extra = '' }: TestReview): string {
  return `pir: 1
title: ${title}
severity: P2
services: [${services}]
${tags === undefined ? '' : `tags: [${tags}]\n`}times:
  started: ${day}T10:00:00Z
  resolved: ${day}T11:00:00Z
timeline:
  - at: ${day}T10:00:00Z
    text: Deploy of ${title}
${lesson === undefined ? '' : `lessonsLearned: [${lesson}]\n`}actionItems:
  - id: A1
    title: Fix ${title}
    owner: sam
    due: 2026-04-01
    status: open
${extra}`;
}
