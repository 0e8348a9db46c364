// The empty shape of each review section: what "add the missing section" inserts. Blank strings
// mark what the author writes; the rules then point at each blank. Dates and enum values are left
// out of items where they are optional, since a made-up value would read as a fact.
import { schemaAt } from './schema';

const SKELETONS: Readonly<Record<string, unknown>> = {
  summary: '',
  rootCause: '',
  times: { started: '', detected: '', acknowledged: '', mitigated: '', resolved: '' },
  timeline: [{ at: '', text: '' }],
  analysis: { fiveWhys: { problem: '', whys: [''] } },
  contributingFactors: [{ text: '' }],
  impact: { description: '' },
  response: { detection: '', escalation: '', communication: '', coordination: '', tooling: '' },
  wentWell: [''],
  lessonsLearned: [''],
  actionItems: [{ id: 'AI-1', title: '', owner: '', due: '' }],
  participants: [{ name: '' }],
  references: [{ title: '', url: '' }],
};

/** A fresh copy of the skeleton for `section`; for a section without one, the empty value of its schema type. */
export function sectionSkeleton(section: string): unknown {
  if (section in SKELETONS) return structuredClone(SKELETONS[section]);
  const type = schemaAt([section])?.type;
  return type === 'array' ? [''] : type === 'object' ? {} : '';
}
