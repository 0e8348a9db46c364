import type { Rule } from '../rule';
import { actionCompleted } from './action-completed';
import { actionDependsOn } from './action-depends-on';
import { actionDue } from './action-due';
import { actionDuplicateId } from './action-duplicate-id';
import { actionOverdue } from './action-overdue';
import { actionOwner } from './action-owner';
import { actionVague } from './action-vague';
import { blameLanguage } from './blame-language';
import { lifecycleOrder } from './lifecycle-order';
import { missingSection } from './missing-section';
import { reviewLate } from './review-late';
import { schema } from './schema';
import { textCutByComment } from './text-cut-by-comment';
import { timelineOrder } from './timeline-order';
import { yamlSyntax } from './yaml-syntax';

/** Every rule, in the order they run. `yaml-syntax` must come first: nothing else runs on broken YAML. */
export const RULES: readonly Rule[] = [
  yamlSyntax,
  schema,
  missingSection,
  lifecycleOrder,
  timelineOrder,
  reviewLate,
  actionOwner,
  actionDue,
  actionOverdue,
  actionCompleted,
  actionDuplicateId,
  actionDependsOn,
  actionVague,
  blameLanguage,
  textCutByComment,
];

export const RULE_IDS: readonly string[] = RULES.map((rule) => rule.id);
