import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import schemaJson from '../../schemas/pir.schema.json';
import type { Path } from './types';

/** The review JSON Schema as shipped in `schemas/pir.schema.json`. */
export const reviewSchema: JsonSchema = schemaJson as JsonSchema;

/** The subset of JSON Schema the format uses; enough to walk it for hover and completion. */
export interface JsonSchema {
  description?: string;
  type?: string;
  enum?: readonly (string | number)[];
  const?: unknown;
  format?: string;
  properties?: Record<string, JsonSchema>;
  patternProperties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  required?: readonly string[];
}

/** A schema violation at a review path, phrased for a person. */
export interface SchemaViolation {
  path: Path;
  /** Which part of the entry the message is about: its key (unknown or missing keys) or its value. */
  part: 'key' | 'value';
  message: string;
  suggestions?: readonly string[];
}

let validator: ValidateFunction | undefined;

/** Compiled on first use, so loading the module (and activating the extension) stays cheap. */
function validate(value: unknown): ErrorObject[] {
  validator ??= addFormats(new Ajv({ allErrors: true, strict: true }), ['date', 'date-time', 'uri']).compile(reviewSchema);
  return validator(value) ? [] : (validator.errors ?? []);
}

export function schemaViolations(value: unknown): SchemaViolation[] {
  return validate(value).filter((error) => !isEmptySection(value, error)).map(describe);
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

/** The schema node that describes `path`, for hover and completion. */
export function schemaAt(path: Path): JsonSchema | undefined {
  let node: JsonSchema | undefined = reviewSchema;
  for (const step of path) {
    if (!node) return undefined;
    node = typeof step === 'number' ? node.items : (node.properties?.[step] ?? (step.startsWith('x-') ? {} : undefined));
  }
  return node;
}

function describe(error: ErrorObject): SchemaViolation {
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
        suggestions: Object.keys(schemaAt(path)?.properties ?? {}),
      };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      return { path, part: 'value', message: `${name} must be one of: ${allowed.join(', ')}.`, suggestions: allowed };
    }
    case 'const':
      return { path, part: 'value', message: `${name} must be ${JSON.stringify(params.allowedValue)}.`, suggestions: [String(params.allowedValue)] };
    case 'format':
      return { path, part: 'value', message: `${name} must be ${FORMAT_NAMES[String(params.format)] ?? `a valid ${params.format}`}.` };
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
  date: 'a date like 2026-03-14',
  'date-time': 'a date-time with a UTC offset, like 2026-03-14T09:12:00Z',
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
