// The root-cause parts of a review (5 Whys, fishbone, root cause, contributing factors), read
// leniently from a value that may not pass the schema. Lists keep every item, valid or not, so an
// index shown by a panel is the index an intent names in the document.
import { arrayOf, isRecord, stringOf } from './review';

export interface AnalysisParts {
  problem?: string;
  whys: unknown[];
  effect?: string;
  causes: unknown[];
  rootCause?: string;
  factors: unknown[];
}

export function analysisParts(review: unknown): AnalysisParts {
  const root = isRecord(review) ? review : {};
  const analysis = isRecord(root.analysis) ? root.analysis : {};
  const fiveWhys = isRecord(analysis.fiveWhys) ? analysis.fiveWhys : {};
  const fishbone = isRecord(analysis.fishbone) ? analysis.fishbone : {};
  return {
    problem: stringOf(fiveWhys.problem),
    whys: arrayOf(fiveWhys.whys),
    effect: stringOf(fishbone.effect),
    causes: arrayOf(fishbone.causes),
    rootCause: stringOf(root.rootCause),
    factors: arrayOf(root.contributingFactors),
  };
}

/** The answer "Use as root cause" copies: the last why, when it says something. */
export function lastAnswer(whys: readonly unknown[]): string | undefined {
  const last = stringOf(whys.at(-1));
  return last?.trim() ? last : undefined;
}

/** A contributing factor with exactly this text and category is already listed. */
export function isContributingFactor(factors: readonly unknown[], cause: { text: string; category: string }): boolean {
  return factors.some((factor) => isRecord(factor) && factor.text === cause.text && factor.category === cause.category);
}

/** A fishbone cause the diagram can draw, with its position in the document's list. */
export interface DrawableCause {
  category: string;
  text: string;
  index: number;
}

/** The causes with a category and a text; others (the schema reports them) are left out of the drawing. */
export function drawableCauses(causes: readonly unknown[]): DrawableCause[] {
  return causes.flatMap((cause, index) => {
    if (!isRecord(cause) || typeof cause.category !== 'string' || typeof cause.text !== 'string') return [];
    return [{ category: cause.category, text: cause.text, index }];
  });
}
