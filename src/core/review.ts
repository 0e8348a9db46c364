// The PIR document format, version 1, as TypeScript types. `schemas/pir.schema.json` is the
// authority; these types describe a review that passed it. Rules must not trust them blindly:
// they run on reviews that failed the schema too, so they read fields through the guards below.

import type { Path } from './types';

// The scales below are the format's defaults. A team may replace severities, action types,
// factor categories and timeline kinds in .pirrc.yaml (see config.ts), so their types are strings.

export const SEVERITIES = ['P1', 'P2', 'P3', 'P4'] as const;
/** An id of the severity scale: P1–P4 by default. */
export type IncidentSeverity = string;

export const REVIEW_STATUSES = ['draft', 'in-review', 'final'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const CATEGORIES = ['outage', 'degradation', 'security', 'deployment', 'data', 'other'] as const;
export type IncidentCategory = (typeof CATEGORIES)[number];

export const PARTICIPANT_ROLES = [
  'incident-commander', 'responder', 'service-owner', 'support', 'stakeholder', 'facilitator', 'scribe', 'other',
] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

export const EVENT_KINDS = [
  'trigger', 'detection', 'escalation', 'response', 'decision', 'mitigation', 'communication', 'resolution', 'note',
] as const;
export type EventKind = string;

/** The event kinds that mark the incident's lifecycle; a team's own `timelineKinds` always keep them. */
export const LIFECYCLE_EVENT_KINDS: readonly EventKind[] = ['trigger', 'detection', 'mitigation', 'resolution'];

export const FISHBONE_CATEGORIES = ['people', 'process', 'tools', 'systems', 'environment'] as const;
export type FishboneCategory = string;

export const ACTION_TYPES = ['corrective', 'preventive'] as const;
export type ActionType = string;

export const ACTION_STATUSES = ['open', 'in-progress', 'done', 'wont-do'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** The lifecycle timestamps, in the order they must occur. */
export const LIFECYCLE_KEYS = ['started', 'detected', 'acknowledged', 'mitigated', 'resolved'] as const;
export type LifecycleKey = (typeof LIFECYCLE_KEYS)[number];

export type Lifecycle = Partial<Record<LifecycleKey, string>>;

export interface Participant {
  name: string;
  role?: ParticipantRole;
}

export interface TimelineEvent {
  at: string;
  kind?: EventKind;
  text: string;
  actor?: string;
  source?: string;
}

export interface FiveWhys {
  problem?: string;
  whys?: string[];
}

export interface FishboneCause {
  category: FishboneCategory;
  text: string;
}

export interface Fishbone {
  effect?: string;
  causes?: FishboneCause[];
}

export interface ContributingFactor {
  text: string;
  category?: FishboneCategory;
}

/** A figure the team measured, e.g. "Projects lost: 5,000". */
export interface ImpactFigure {
  label: string;
  value: number | string;
  unit?: string;
}

export interface Impact {
  description?: string;
  usersAffected?: number;
  downtimeMinutes?: number;
  slaBreached?: boolean;
  supportTickets?: number;
  revenueImpact?: number;
  figures?: ImpactFigure[];
}

export interface ResponseEvaluation {
  detection?: string;
  escalation?: string;
  communication?: string;
  coordination?: string;
  tooling?: string;
}

export interface ActionItem {
  id?: string;
  title: string;
  type?: ActionType;
  owner?: string;
  priority?: IncidentSeverity;
  due?: string;
  status?: ActionStatus;
  /** The day it was done, YYYY-MM-DD. */
  completed?: string;
  outcome?: string;
  tracker?: string;
  /** Items to finish first: `AI-2` in this review, `<review id or file>#AI-3` in another. */
  dependsOn?: string[];
}

export interface Reference {
  title: string;
  url: string;
  kind?: string;
}

export interface Review {
  pir: 1;
  id?: string;
  title: string;
  severity: IncidentSeverity;
  status: ReviewStatus;
  category?: IncidentCategory;
  services?: string[];
  tags?: string[];
  authors?: string[];
  participants?: Participant[];
  times?: Lifecycle;
  reviewed?: string;
  summary?: string;
  rootCause?: string;
  timeline?: TimelineEvent[];
  /** `fiveWhys` is one chain, or a list of chains (one per problem). */
  analysis?: { fiveWhys?: FiveWhys | FiveWhys[]; fishbone?: Fishbone };
  contributingFactors?: ContributingFactor[];
  impact?: Impact;
  response?: ResponseEvaluation;
  wentWell?: string[];
  lessonsLearned?: string[];
  actionItems?: ActionItem[];
  references?: Reference[];
}

/** The top-level keys a review may have, in the order the practice writes them. */
export type SectionKey = keyof Review;

// Guards for reading a review that may not have passed the schema.

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The elements of `value` when it is an array, else none. */
export function arrayOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** The mapping elements of `value` when it is an array, each with its index (the review path needs it). */
export function recordsOf(value: unknown): { record: Record<string, unknown>; index: number }[] {
  return arrayOf(value).flatMap((record, index) => (isRecord(record) ? [{ record, index }] : []));
}

/** The value at `path` in plain data, or undefined when a step is absent. */
export function valueAt(root: unknown, path: Path): unknown {
  let node = root;
  for (const step of path) {
    if (typeof node !== 'object' || node === null || !Object.prototype.hasOwnProperty.call(node, step)) return undefined;
    node = (node as Record<string | number, unknown>)[step];
  }
  return node;
}
