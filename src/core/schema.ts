import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import schemaJson from '../../schemas/pir.schema.json';
import type { ResolvedConfig } from './config';
import { dateTimeProblem, parseDateTime } from './time';
import type { Path } from './types';

/** The review JSON Schema as shipped in `schemas/pir.schema.json`. */
export const reviewSchema: JsonSchema = schemaJson as JsonSchema;

/** The subset of JSON Schema the format uses; enough to walk it for hover and completion. */
export interface JsonSchema {
  description?: string;
  type?: string | readonly string[];
  enum?: readonly (string | number)[];
  const?: unknown;
  format?: string;
  properties?: Record<string, JsonSchema>;
  patternProperties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  required?: readonly string[];
  /** Alternatives: a timeline time is a date-time or a day; `fiveWhys` is one chain or a list. */
  anyOf?: readonly JsonSchema[];
}

/** The parts of the config that change what a review may contain. */
export type SchemaConfig = Pick<ResolvedConfig, 'timeZone' | 'severities' | 'actionTypes' | 'categories' | 'timelineKinds' | 'sections'>;

/** A schema violation at a review path, phrased for a person. */
export interface SchemaViolation {
  path: Path;
  /** Which part of the entry the message is about: its key (unknown or missing keys) or its value. */
  part: 'key' | 'value';
  message: string;
  suggestions?: readonly string[];
}

/** Validators by the config parts they were built for: a workspace has one or two configs, not many. */
const validators = new Map<string, { schema: JsonSchema; validate: ValidateFunction }>();

/**
 * The review schema as a team's config shapes it (its scales, its sections, its time zone),
 * compiled on first use so loading the module (and activating the extension) stays cheap.
 */
function compiled(config?: SchemaConfig): { schema: JsonSchema; validate: ValidateFunction } {
  const key = config ? JSON.stringify([config.timeZone, config.severities, config.actionTypes, config.categories, config.timelineKinds, config.sections]) : '';
  let entry = validators.get(key);
  if (!entry) {
    const schema = config ? teamSchema(config) : reviewSchema;
    // `verbose` keeps the value on each error, so a time's message can say what is wrong with it.
    const ajv = addFormats(new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true }), ['date', 'uri']);
    ajv.addFormat('date-time', (value: string) => parseDateTime(value, config?.timeZone) !== undefined);
    entry = { schema, validate: ajv.compile(schema) };
    validators.set(key, entry);
  }
  return entry;
}

/** The review schema with the team's scales as the allowed values and its sections as top-level keys. */
export function reviewSchemaFor(config?: SchemaConfig): JsonSchema {
  return compiled(config).schema;
}

/**
 * `key:` with nothing after it (or only comments under it, as the new-review template leaves a
 * section to fill in) reads as null; where a list or mapping goes, it is an empty one.
 */
function isEmptySection(root: unknown, error: ErrorObject): boolean {
  if (error.keyword !== 'type' || !['array', 'object'].includes(String(error.params.type))) return false;
  const path = pathOf(error.instancePath);
  return path.length > 0 && path.reduce<unknown>((node, step) => (node as Record<string | number, unknown> | null)?.[step], root) === null;
}

function teamSchema(config: SchemaConfig): JsonSchema {
  const schema = structuredClone(reviewSchema) as MutableSchema;
  const scale = (node: JsonSchema | undefined, entries: readonly { id: string }[]) => {
    if (node) (node as MutableSchema).enum = entries.map((entry) => entry.id);
  };
  const top = schema.properties;
  scale(top.severity, config.severities);
  scale(top.actionItems.items?.properties?.type, config.actionTypes);
  scale(top.contributingFactors.items?.properties?.category, config.categories);
  scale(top.analysis.properties?.fishbone.properties?.causes.items?.properties?.category, config.categories);
  scale(top.timeline.items?.properties?.kind, config.timelineKinds);
  for (const section of config.sections) {
    top[section.key] = { type: 'string', description: `${section.title}${section.description ? `: ${section.description}` : ''}. Your team's own section. Markdown.` };
  }
  return schema;
}

type MutableSchema = JsonSchema & { properties: Record<string, JsonSchema>; enum?: (string | number)[] };

function validate(value: unknown, config?: SchemaConfig): ErrorObject[] {
  const { validate } = compiled(config);
  return validate(value) ? [] : withoutFailedAlternatives(validate.errors ?? []);
}

/**
 * Ajv reports every failed `anyOf` branch. Keep the errors of the one branch whose type fits the
 * value (a list for a list of chains), or, when none or several fit, only the `anyOf` error.
 */
function withoutFailedAlternatives(errors: ErrorObject[]): ErrorObject[] {
  let kept = errors;
  for (const anyOf of errors.filter((error) => error.keyword === 'anyOf')) {
    const prefix = `${anyOf.schemaPath}/`;
    const branchOf = (error: ErrorObject) => (error.schemaPath.startsWith(prefix) ? error.schemaPath.slice(prefix.length).split('/')[0] : undefined);
    const branches = new Set(kept.map(branchOf).filter((branch) => branch !== undefined));
    const mistyped = new Set(kept.filter((e) => e.keyword === 'type' && e.instancePath === anyOf.instancePath).map(branchOf));
    const fitting = [...branches].filter((branch) => !mistyped.has(branch));
    kept = kept.filter((error) => {
      const branch = branchOf(error);
      if (fitting.length === 1) return error !== anyOf && (branch === undefined || branch === fitting[0]);
      return branch === undefined;
    });
  }
  return kept;
}

export function schemaViolations(value: unknown, config?: SchemaConfig): SchemaViolation[] {
  const { schema } = compiled(config);
  return validate(value, config).filter((error) => !isEmptySection(value, error)).map((error) => describe(error, schema, config?.timeZone));
}

/** The schema node that describes `path`, for hover and completion; `root` is a team's schema when it has one. */
export function schemaAt(path: Path, root: JsonSchema = reviewSchema): JsonSchema | undefined {
  let node: JsonSchema | undefined = root;
  for (const step of path) {
    if (!node) return undefined;
    // Of alternatives, follow the one that has a list (for an index) or keys (for a key).
    node = node.anyOf?.find((branch) => (typeof step === 'number' ? branch.items : branch.properties)) ?? node;
    node = typeof step === 'number' ? node.items : (node.properties?.[step] ?? (step.startsWith('x-') ? {} : undefined));
  }
  return node;
}

function describe(error: ErrorObject, root: JsonSchema, zone: string | undefined): SchemaViolation {
  const path = pathOf(error.instancePath);
  const name = `\`${path.length ? pathName(path) : 'review'}\``;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required': {
      const key = String(params.missingProperty);
      return { path: [...path, key], part: 'key', message: `Missing required key \`${key}\`${path.length ? ` in ${name}` : ''}.` };
    }
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      return {
        path: [...path, key],
        part: 'key',
        message: `Unknown key \`${key}\`. Team-specific keys must start with \`x-\`.`,
        suggestions: Object.keys(schemaAt(path, root)?.properties ?? {}),
      };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      return { path, part: 'value', message: `${name} must be one of: ${allowed.join(', ')}.`, suggestions: allowed };
    }
    case 'const':
      return { path, part: 'value', message: `${name} must be ${JSON.stringify(params.allowedValue)}.`, suggestions: [String(params.allowedValue)] };
    case 'format': {
      const problem = params.format === 'date-time' ? dateTimeProblem(error.data, zone) : undefined;
      if (problem) return { path, part: 'value', message: `${name} ${problem}.` };
      return { path, part: 'value', message: `${name} must be ${FORMAT_NAMES[String(params.format)] ?? `a valid ${params.format}`}.` };
    }
    case 'anyOf': {
      const problem = dateTimeProblem(error.data, zone);
      if (problem) return { path, part: 'value', message: `${name} ${problem}.` };
      const branches = (error.parentSchema?.anyOf ?? []) as JsonSchema[];
      const names = branches.map((b) => (b.format ? FORMAT_NAMES[b.format] : b.type ? article(String(b.type)) : undefined) ?? 'valid');
      return { path, part: 'value', message: `${name} must be ${names.join(', or ')}.` };
    }
    case 'type':
      return { path, part: 'value', message: `${name} must be ${article(String(params.type))}.` };
    case 'minLength':
      return { path, part: 'value', message: `${name} must not be empty.` };
    case 'minimum':
      return { path, part: 'value', message: `${name} must be at least ${params.limit}.` };
    default:
      return { path, part: 'value', message: `${name} ${error.message ?? 'is invalid'}.` };
  }
}

const FORMAT_NAMES: Record<string, string> = {
  date: 'a day like 2026-03-14',
  'date-time': 'a date-time with a UTC offset, like 2026-03-14T09:12Z',
  uri: 'a full URL, like https://example.com/dashboard',
};

function article(type: string): string {
  const names: Record<string, string> = { object: 'a mapping', array: 'a list', integer: 'a whole number' };
  return names[type] ?? `a ${type}`;
}

/** ['actionItems', 0, 'due'] -> "actionItems[0].due", as a person writes it. */
export function pathName(path: Path): string {
  return path.map((step, i) => (typeof step === 'number' ? `[${step}]` : i === 0 ? step : `.${step}`)).join('');
}

/** Ajv's instancePath is a JSON Pointer: "/actionItems/0/due" -> ['actionItems', 0, 'due']. */
function pathOf(pointer: string): Path {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((step) => step.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((step) => (/^\d+$/.test(step) ? Number(step) : step));
}
