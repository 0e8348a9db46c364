// The text of a new review, as `pir new` and the "New Post-Incident Review" command write it.
// Every section is present so the author sees what to fill; a value the schema requires to be
// well-formed (a date, an enum) is left commented out, since an empty one would be an error.
import { stringify } from 'yaml';
import { DEFAULT_ID_FORMAT } from './config';
import type { IncidentSeverity } from './review';
import { nextReviewId } from './review-id';

export interface NewReviewOptions {
  title: string;
  severity: IncidentSeverity;
  /** The incident's day, read as a local calendar day; defaults to today. */
  date?: Date;
  author?: string;
  /** The review's id; defaults to the first of the default `idFormat` (see review-id.ts). */
  id?: string;
  /** Where the reader finds the format reference, named in the header. */
  formatReference?: string;
}

/**
 * The header's pointer to the format reference. The extension links these words to the
 * reference it ships (src/extension/docs.ts); it names no path, which would differ per machine.
 */
export const FORMAT_REFERENCE = 'PIR: Open Format Reference';

export interface NewReview {
  text: string;
  /** Offset in `text` where the summary's first line goes: the editor puts the cursor there. */
  summaryOffset: number;
}

/** Longest slug kept in file names and ids; long titles are cut at a word boundary. */
const MAX_SLUG_LENGTH = 60;

/** "Checkout outage: 502s after config rollout" -> "checkout-outage-502s-after-config-rollout". */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // drop the accents NFKD split off: "café" -> "cafe"
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG_LENGTH) return slug || 'incident';
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  const lastDash = cut.lastIndexOf('-');
  return lastDash > 0 ? cut.slice(0, lastDash) : cut.slice(0, MAX_SLUG_LENGTH);
}

/** YYYY-MM-DD of `date`'s local calendar day. */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** `2026-03-14-checkout-outage.pir.yaml`: sorts by date in a folder listing. */
export function reviewFileName(date: Date, title: string): string {
  return `${localDay(date)}-${slugify(title)}.pir.yaml`;
}

/** `value` on one line: titles and names never need line breaks or runs of spaces. */
function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** A single-line YAML scalar for `value`, quoted only when YAML needs it. */
function yamlScalar(value: string): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

// The summary is an empty block scalar whose first content line is indented already, so text
// typed at the cursor lands inside it (typing at column 0 would end the block).
const SUMMARY_HEAD = 'summary: |\n  ';

// A section to fill in is `key:` with its example commented out below it, indented as the real
// entries will be: uncommenting (Ctrl+/) gives valid YAML in place, and the first value a panel
// writes replaces the example (src/core/edit/replace.ts), so no stale hint stays behind.
export function newReview(options: NewReviewOptions): NewReview {
  const title = oneLine(options.title);
  const author = oneLine(options.author ?? '');
  const date = options.date ?? new Date();
  const day = localDay(date);
  const id = options.id ?? nextReviewId(DEFAULT_ID_FORMAT, date, []);
  const authors = author ? `\n  - ${yamlScalar(author)}` : '\n  # - Your Name';
  const head = `# Post-incident review, format v1. Every key is described in the format reference:
# ${options.formatReference ?? `the command "${FORMAT_REFERENCE}"`}.
# Write it blameless: describe systems and processes, not people. Everyone acted in good
# faith on what they knew at the time; ask what made the outcome possible, not who slipped.
pir: 1
id: ${yamlScalar(id)}
title: ${yamlScalar(title)}
# P1 critical (full outage, data loss) | P2 major | P3 minor | P4 no customer impact
severity: ${options.severity}
# draft while you write it -> in-review while the team discusses it -> final once agreed
status: draft
# category: outage  # outage | degradation | security | deployment | data | other
services:
  # - checkout-api  # the affected services
tags:
  # - config-change
authors:${authors}
participants:
  # - name: Jordan Lee
  #   role: incident-commander  # responder | service-owner | support | stakeholder | facilitator | scribe | other

# ISO 8601 with a UTC offset, e.g. ${day}T09:12:00Z, in this order. They give
# MTTD (detected - started), MTTA (acknowledged - detected) and MTTR (resolved - started).
times:
  # started:       # when the trigger happened; often known only afterwards
  # detected:      # first alert or report
  # acknowledged:  # a responder took ownership
  # mitigated:     # customer impact stopped, even if the fix was temporary
  # resolved:      # fully resolved
# reviewed: YYYY-MM-DD  # day of the review meeting, ideally within two days of resolution

# What happened, its impact and how it was resolved, for a reader outside the team. Markdown.
`;
  const tail = `
# The condition in the system or process that made the incident possible. Describe systems
# and processes, not people: "the deploy tool allowed X", not "the engineer did X".
rootCause: |

# Event by event, in chronological order. Quote what people saw and why their next step
# made sense at the time; hindsight is not a timeline entry.
timeline:
  # - at: ${day}T09:12:00Z
  #   kind: trigger  # detection | escalation | response | decision | mitigation | communication | resolution | note
  #   text: Config change 4711 rolled out to all regions
  #   actor: deploy-bot
  #   source: https://chat.example.com/archives/incident-123

analysis:
  # Each answer asks "why?" of the one before; stop at a cause you can act on. Keep
  # asking past the first answer that names a person: why did the system allow it?
  fiveWhys:
    problem: ""
    whys:
      # - The config change reached every region at once.
  # Causes by category: people | process | tools | systems | environment
  fishbone:
    effect: ""
    causes:
      # - category: process
      #   text: Config changes skip the canary stage

# Conditions that made the incident more likely or worse, beside the root cause.
contributingFactors:
  # - text: The dashboard that showed the error rate was not linked from the alert
  #   category: tools

impact:
  description: |

  # usersAffected: 0
  # downtimeMinutes: 0
  # slaBreached: false
  # supportTickets: 0
  # revenueImpact: 0

# How the response went, aspect by aspect. Markdown.
response:
  detection: |

  escalation: |

  communication: |

  coordination: |

  tooling: |

# Keep doing these.
wentWell:
  # - The rollback took two minutes.
# What the team now knows about its systems and processes.
lessonsLearned:
  # - Config changes need the same canary stage as code.

# Each item specific enough to track, with an owner and a due date.
actionItems:
  # - id: AI-1
  #   title: Route config changes through the canary stage
  #   type: preventive  # corrective | preventive
  #   owner: platform-team
  #   priority: P2
  #   due: YYYY-MM-DD
  #   status: open  # open | in-progress | done | wont-do
  #   tracker: https://tracker.example.com/PLAT-123

# Dashboards, chat logs, tickets, related reviews.
references:
  # - title: Incident channel
  #   url: https://chat.example.com/archives/incident-123
  #   kind: chat
`;
  return { text: head + SUMMARY_HEAD + '\n' + tail, summaryOffset: head.length + SUMMARY_HEAD.length };
}
export function newReviewText(options: NewReviewOptions): string {
  return newReview(options).text;
}
