// The root-cause parts of a review (5 Whys, fishbone, root cause, contributing factors), read
// leniently from a value that may not pass the schema. Lists keep every item, valid or not, so an
// index shown by a panel is the index an intent names in the document.
import { arrayOf, isRecord, stringOf } from './review';
import type { Path } from './types';

export interface AnalysisParts {
  /** Every 5-Whys chain: `analysis.fiveWhys` is one mapping or a list of them. None when absent. */
  chains: FiveWhysChain[];
  /** The chain `problem` and `whys` are from: the one asked for, or the last when there are fewer. */
  chain: number;
  problem?: string;
  whys: unknown[];
  /** Where the chain is in the document: ['analysis', 'fiveWhys'] or ['analysis', 'fiveWhys', i]. */
  chainPath: Path;
  effect?: string;
  causes: unknown[];
  rootCause?: string;
  factors: unknown[];
}

/** One 5-Whys chain, read leniently. */
export interface FiveWhysChain {
  problem?: string;
  whys: unknown[];
}

/** The chains of `analysis.fiveWhys`, one mapping or a list of them; an item that is no mapping reads as an empty chain. */
export function fiveWhysChains(review: unknown): FiveWhysChain[] {
  const analysis = isRecord(review) && isRecord(review.analysis) ? review.analysis : {};
  const value = analysis.fiveWhys;
  const chain = (item: unknown): FiveWhysChain => (isRecord(item) ? { problem: stringOf(item.problem), whys: arrayOf(item.whys) } : { whys: [] });
  if (Array.isArray(value)) return value.map(chain);
  return isRecord(value) ? [chain(value)] : [];
}

/** The document path of chain `index`: a list's item, or the single mapping (also where a first chain goes). */
export function chainPath(review: unknown, index: number): Path {
  const analysis = isRecord(review) && isRecord(review.analysis) ? review.analysis : {};
  return Array.isArray(analysis.fiveWhys) ? ['analysis', 'fiveWhys', index] : ['analysis', 'fiveWhys'];
}

export function analysisParts(review: unknown, chain = 0): AnalysisParts {
  const root = isRecord(review) ? review : {};
  const analysis = isRecord(root.analysis) ? root.analysis : {};
  const fishbone = isRecord(analysis.fishbone) ? analysis.fishbone : {};
  const chains = fiveWhysChains(review);
  const shown = Math.max(0, Math.min(chain, chains.length - 1));
  return {
    chains,
    chain: shown,
    problem: chains[shown]?.problem,
    whys: chains[shown]?.whys ?? [],
    chainPath: chainPath(review, shown),
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
