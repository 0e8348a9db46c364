// Where a postmortem's section goes in a review, judged from its heading. Templates differ
// (Google's SRE book, Atlassian, PagerDuty, GitLab, free-form posts) but use a small set of
// names; these are matched by meaning, at any heading level.
import type { SectionSpec } from '../config';
import { slugify } from '../template';

/** A field that takes a section's Markdown as text: `summary`, `impact.description`, `x-trigger`, … */
export interface TextTarget {
  kind: 'text';
  path: readonly [string] | readonly [string, string];
}

/** A list of strings or `{text}` entries: one entry per list item or paragraph. */
export interface ListTarget {
  kind: 'list';
  key: 'wentWell' | 'lessonsLearned' | 'contributingFactors';
}

export interface StructuredTarget {
  kind: 'timeline' | 'actionItems' | 'references';
}

export type SectionTarget = TextTarget | ListTarget | StructuredTarget;

interface Synonyms {
  target: SectionTarget;
  /** Heading texts, lower case; a heading matches one exactly, or starts with it as whole words. */
  names: readonly string[];
}

const text = (...path: [string] | [string, string]): TextTarget => ({ kind: 'text', path });

// Checked in order: the first whose name the heading starts with wins, so longer, more
// specific names come before their prefixes ("root cause and resolution" is a root cause).
const SYNONYMS: readonly Synonyms[] = [
  { target: { kind: 'list', key: 'wentWell' }, names: ['what went well', 'went well', 'what worked', 'things that went well'] },
  {
    target: { kind: 'list', key: 'lessonsLearned' },
    names: ['what went wrong', 'went wrong', 'what went poorly', 'what went badly', 'what didn t go well', 'what did not go well', 'what could have gone better', 'what failed', 'lessons learned', 'lessons learnt', 'lessons', 'learnings', 'takeaways'],
  },
  { target: { kind: 'list', key: 'contributingFactors' }, names: ['contributing factors', 'contributing factor', 'contributing causes'] },
  {
    target: { kind: 'actionItems' },
    names: ['action items', 'action item', 'actions', 'follow ups', 'follow up', 'follow up actions', 'follow up items', 'followups', 'corrective actions', 'corrective and preventative measures', 'corrective and preventive measures', 'remediation items', 'remediations', 'next steps', 'preventive actions', 'preventative actions', 'todo', 'to do'],
  },
  { target: { kind: 'timeline' }, names: ['timeline', 'timeline of events', 'incident timeline', 'chronology', 'sequence of events'] },
  { target: { kind: 'references' }, names: ['supporting information', 'references', 'links', 'related links', 'further reading', 'resources'] },
  { target: text('summary'), names: ['summary', 'executive summary', 'incident summary', 'overview', 'tl dr', 'tldr', 'what happened', 'description'] },
  { target: text('impact', 'description'), names: ['impact', 'customer impact', 'user impact', 'business impact', 'affected'] },
  { target: text('rootCause'), names: ['root causes', 'root cause', 'causes', 'cause', 'why it happened', 'why the event happened', 'fault'] },
  { target: text('response', 'detection'), names: ['detection', 'how was it detected', 'how we found out'] },
  { target: text('response', 'communication'), names: ['communication', 'communications'] },
  { target: text('response', 'x-resolution'), names: ['resolution', 'resolution and recovery', 'mitigation', 'mitigations', 'recovery', 'response and recovery', 'response', 'how we responded', 'remediation'] },
];

/** A heading's words, lower case, without numbering, emoji, `(UTC)` notes or punctuation. */
export function headingWords(heading: string): string {
  return heading
    .replace(/\([^)]*\)/g, ' ')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/^\s*(?:\d+\s+)+/, '')
    .trim();
}

/** The standard home for a section under `heading`, or undefined when it has none. */
export function standardTarget(heading: string): SectionTarget | undefined {
  const words = headingWords(heading);
  if (!words) return undefined;
  for (const { target, names } of SYNONYMS) {
    if (names.some((name) => words === name || words.startsWith(`${name} `))) return target;
  }
  return undefined;
}

/**
 * The team's own section (`.pirrc.yaml` `sections`) a heading names: by its title or its key,
 * whatever the case, numbering or punctuation ("Where we got lucky" is `{key: lucky, title:
 * Where we got lucky}`). The team declared it, so it wins over a standard home too.
 */
export function teamTarget(heading: string, sections: readonly SectionSpec[] = []): TextTarget | undefined {
  const words = headingWords(heading);
  if (!words) return undefined;
  const section = sections.find(({ key, title }) => headingWords(title) === words || headingWords(key) === words);
  return section ? text(section.key) : undefined;
}

/** Where a section with no standard or team home goes: an `x-` key named after the heading. */
export function extensionTarget(heading: string): TextTarget {
  return text(`x-${slugify(headingWords(heading) || heading)}`);
}

/** Did the heading name its section exactly (so the heading itself need not be kept)? */
export function isExactName(heading: string): boolean {
  const words = headingWords(heading);
  return SYNONYMS.some(({ names }) => names.includes(words));
}

/** How many distinct postmortem sections the headings name: a folder converts files with enough. */
export function postmortemSectionCount(headings: readonly string[]): number {
  const found = new Set(headings.map((h) => standardTarget(h)).filter((t) => t !== undefined).map((t) => JSON.stringify(t)));
  return found.size;
}
