import type { Rule } from '../rule';
import { actionOwner } from './action-owner';
import { schema } from './schema';
import { yamlSyntax } from './yaml-syntax';

/** Every rule, in the order they run. `yaml-syntax` must come first: nothing else runs on broken YAML. */
export const RULES: readonly Rule[] = [yamlSyntax, schema, actionOwner];

export const RULE_IDS: readonly string[] = RULES.map((rule) => rule.id);
