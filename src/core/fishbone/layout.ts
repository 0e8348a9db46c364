// Geometry of an Ishikawa (fishbone) diagram, independent of how it is drawn: the spine runs
// left to right into the head (the effect); one slanted bone per category alternates above and
// below the spine; each cause is a horizontal rib on its bone with its text above the rib.
// Pure numbers, so the report's static SVG and an interactive panel can share it.
import { humanize } from '../labels';
import { FISHBONE_CATEGORIES } from '../review';
import { wrapText } from './wrap';

export interface FishboneInput {
  effect?: string;
  causes: readonly { category: string; text: string }[];
}

export interface FishboneOptions {
  /** Draw a bone for every standard category even without causes (an editor invites filling them). */
  showEmptyCategories?: boolean;
  /** The bones, in order: the team's `categories` from .pirrc.yaml, or the format's five. */
  categories?: readonly string[];
}

export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface TextBlock {
  lines: string[];
  /** The whole text: a drawing shows it as a tooltip when `truncated`. */
  full: string;
  truncated: boolean;
  /** Anchor point of the first line's baseline. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface Rib extends Segment {
  text: TextBlock;
  /** The cause's position in the input list, so an editor can name it. */
  index: number;
}

export interface Bone extends Segment {
  category: string;
  side: 'top' | 'bottom';
  label: TextBlock;
  ribs: Rib[];
}

export interface FishboneLayout {
  width: number;
  height: number;
  fontSize: number;
  lineHeight: number;
  spine: Segment;
  head: { x: number; y: number; width: number; height: number; text: TextBlock };
  bones: Bone[];
}

const FONT_SIZE = 12;
const LINE_HEIGHT = 15;
/** Characters per rib line, and the width of an average character at 12 px in a sans-serif font. */
const CAUSE_CHARS = 32;
const CHAR_WIDTH = 6.3;
const CAUSE_LINES = 4;
const TEXT_GAP = 6;
const HEAD_CHARS = 22;
const HEAD_LINES = 6;
const HEAD_WIDTH = 164;
const MARGIN = 16;
/** Room between the spine and the nearest rib, and past the last rib before the label. */
const BONE_PAD = 14;
const RIB_GAP = 8;
/** Horizontal run of a bone per unit of rise (about 20° from vertical). */
const SLANT = 0.36;
/** From a rib's left end to its bone: the text, its gap, and the bone's slant along the tallest text. */
const RIB_WIDTH = CAUSE_CHARS * CHAR_WIDTH + TEXT_GAP + CAUSE_LINES * LINE_HEIGHT * SLANT;
const LABEL_GAP = 6;

/**
 * Causes grouped by category: the standard categories in their order, then any others as first
 * seen. `indexes` are the causes' positions in the input list.
 */
export function groupCauses(
  causes: FishboneInput['causes'], showEmpty = false, categories: readonly string[] = FISHBONE_CATEGORIES,
): { category: string; causes: string[]; indexes: number[] }[] {
  const groups = new Map<string, number[]>(showEmpty ? categories.map((c) => [c, []]) : []);
  const standard = (category: string) => categories.includes(category);
  for (const category of categories) {
    const indexes = causes.flatMap((c, i) => (c.category === category ? [i] : []));
    if (indexes.length) groups.set(category, indexes);
  }
  causes.forEach((cause, i) => {
    if (standard(cause.category)) return;
    if (!groups.has(cause.category)) groups.set(cause.category, []);
    groups.get(cause.category)!.push(i);
  });
  return [...groups].map(([category, indexes]) => ({ category, causes: indexes.map((i) => causes[i].text), indexes }));
}

export function layoutFishbone(fishbone: FishboneInput, options: FishboneOptions = {}): FishboneLayout {
  const groups = groupCauses(fishbone.causes, options.showEmptyCategories, options.categories);
  const wrapped = groups.map((g) => g.causes.map((text, i) => ({ text, index: g.indexes[i], ...wrapText(text, CAUSE_CHARS, CAUSE_LINES) })));
  const ribHeight = (lines: number) => lines * LINE_HEIGHT + RIB_GAP;
  const boneLength = (i: number) => BONE_PAD * 2 + wrapped[i].reduce((sum, c) => sum + ribHeight(c.lines.length), 0);
  // All bones on a side share one length, so the labels line up.
  const sideLength = (side: number) =>
    Math.max(BONE_PAD * 3, ...groups.map((_, i) => (i % 2 === side ? boneLength(i) : 0)));
  const topLength = sideLength(0);
  const bottomLength = groups.length > 1 ? sideLength(1) : BONE_PAD * 3;

  const effect = wrapText(fishbone.effect?.trim() || 'Effect', HEAD_CHARS, HEAD_LINES);
  const headHeight = Math.max(effect.lines.length * LINE_HEIGHT + 2 * RIB_GAP, 3 * LINE_HEIGHT);
  const spineY = MARGIN + LINE_HEIGHT + LABEL_GAP + Math.max(topLength, headHeight / 2);
  const maxSlant = Math.max(topLength, bottomLength) * SLANT;
  const columnWidth = RIB_WIDTH + 2 * RIB_GAP;
  const firstBoneX = MARGIN + RIB_WIDTH + maxSlant;
  const columns = Math.ceil(groups.length / 2);
  const spineEnd = firstBoneX + Math.max(columns - 1, 0) * columnWidth + 2 * RIB_GAP;

  const bones = groups.map((group, i): Bone => {
    const side = i % 2 === 0 ? 'top' : 'bottom';
    const sign = side === 'top' ? -1 : 1;
    const length = side === 'top' ? topLength : bottomLength;
    const x = firstBoneX + Math.floor(i / 2) * columnWidth;
    const end = { x: x - length * SLANT, y: spineY + sign * length };
    // Ribs read top to bottom in the order written: above the spine from the label down,
    // below it from the spine down.
    let y = side === 'top' ? end.y + BONE_PAD : spineY + BONE_PAD;
    const ribs = wrapped[i].map((cause): Rib => {
      const ribY = y + cause.lines.length * LINE_HEIGHT;
      y = ribY + RIB_GAP;
      const boneXAt = (atY: number) => x - Math.abs(atY - spineY) * SLANT;
      const textTop = ribY - cause.lines.length * LINE_HEIGHT;
      // The text sits above its rib, right-aligned against the bone where the bone is furthest
      // left along the text's height, so no line runs into the slanted bone.
      const textRight = Math.min(boneXAt(textTop), boneXAt(ribY)) - TEXT_GAP;
      return {
        x1: textRight - CAUSE_CHARS * CHAR_WIDTH, y1: ribY, x2: boneXAt(ribY), y2: ribY, index: cause.index,
        text: {
          lines: cause.lines, full: cause.text, truncated: cause.truncated,
          x: textRight, y: ribY - 4 - (cause.lines.length - 1) * LINE_HEIGHT, anchor: 'end',
        },
      };
    });
    const labelY = side === 'top' ? end.y - LABEL_GAP : end.y + LABEL_GAP + FONT_SIZE;
    return {
      category: group.category, side, x1: x, y1: spineY, x2: end.x, y2: end.y, ribs,
      label: { lines: [humanize(group.category)], full: group.category, truncated: false, x: end.x, y: labelY, anchor: 'middle' },
    };
  });

  const headY = spineY - headHeight / 2;
  const height = spineY + bottomLength + LABEL_GAP + LINE_HEIGHT + MARGIN;
  return {
    width: spineEnd + HEAD_WIDTH + MARGIN,
    height: Math.max(height, headY + headHeight + MARGIN),
    fontSize: FONT_SIZE,
    lineHeight: LINE_HEIGHT,
    spine: { x1: MARGIN, y1: spineY, x2: spineEnd, y2: spineY },
    head: {
      x: spineEnd, y: headY, width: HEAD_WIDTH, height: headHeight,
      text: {
        lines: effect.lines, full: fishbone.effect ?? '', truncated: effect.truncated,
        x: spineEnd + HEAD_WIDTH / 2, y: spineY + FONT_SIZE / 2 - 2 - ((effect.lines.length - 1) * LINE_HEIGHT) / 2, anchor: 'middle',
      },
    },
    bones,
  };
}
