// The fishbone as interactive SVG, drawn from the same pure layout as the report's static SVG
// (src/core/fishbone/layout.ts). Bones and causes are focusable buttons; every text goes through
// lit's text bindings, so nothing in a review is ever parsed as markup.
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Bone, FishboneLayout, Rib, TextBlock } from '../../src/core/fishbone/layout';
import { humanize } from '../../src/core/labels';

/** A cause as the diagram shows it: its identity for the panel and its document index. */
export interface DiagramCause {
  key: string;
  index: number;
  /** Its editor holds typed text not yet in the document; the drawing shows that text. */
  drafted: boolean;
  promoted: boolean;
}

export interface DiagramView {
  readonly layout: FishboneLayout;
  /** Per rib index (the layout's input order), the cause drawn there. */
  readonly drawn: readonly DiagramCause[];
  /** The cause whose editor is open. */
  readonly selected?: string;
  /** The bone a cause is being added to. */
  readonly addingTo?: string;
  /** A fixed zoom, drawn through the width and height; undefined to fit (CSS scales it down). */
  readonly drawScale?: number;
  boneActivated(category: string): void;
  causeActivated(cause: DiagramCause): void;
  headActivated(): void;
}

const round = (n: number) => Math.round(n * 10) / 10;
/** Invisible stroke around a bone that takes the clicks, so a 2-pixel line is easy to hit. */
const BONE_HIT_WIDTH = 16;

export function renderDiagram(v: DiagramView): TemplateResult {
  const { layout } = v;
  const { head, spine } = layout;
  const viewBox = `0 0 ${round(layout.width)} ${round(layout.height)}`;
  const scale = v.drawScale ?? 1;
  return html`<svg xmlns="http://www.w3.org/2000/svg" class="fishbone" viewBox=${viewBox}
      width=${round(layout.width * scale)} height=${round(layout.height * scale)} font-size=${layout.fontSize} role="group" aria-label="Fishbone diagram">${svg`
    <line class="spine" x1=${round(spine.x1)} y1=${round(spine.y1)} x2=${round(spine.x2)} y2=${round(spine.y2)}></line>
    <path class="arrow" d="M${round(head.x - 10)} ${round(spine.y1 - 6)} L${round(head.x)} ${round(spine.y1)} L${round(head.x - 10)} ${round(spine.y1 + 6)}"></path>
    <g class="head" tabindex="0" role="button" aria-label=${`Effect: ${head.text.full || 'not set'}. Press Enter to edit.`}
        @click=${() => v.headActivated()} @keydown=${onActivate(() => v.headActivated())}>
      <rect x=${round(head.x)} y=${round(head.y)} width=${round(head.width)} height=${round(head.height)} rx="6"></rect>
      ${text(head.text, head.text.full ? 'effect' : 'effect placeholder', layout.lineHeight)}
      <title>${head.text.full || 'The effect: what happened. Click to write it.'}</title>
    </g>
    ${repeat(layout.bones, (bone) => bone.category, (bone) => renderBone(v, bone))}`}
  </svg>`;
}

function renderBone(v: DiagramView, bone: Bone): SVGTemplateResult {
  const { lineHeight } = v.layout;
  const count = bone.ribs.length;
  const label = `${humanize(bone.category)} bone, ${count === 1 ? '1 cause' : `${count} causes`}. Press Enter to add a cause.`;
  const activate = () => v.boneActivated(bone.category);
  // The label sits at the far end of the bone; the add badge goes beside it.
  const badgeX = bone.label.x + labelHalfWidth(bone.label) + 12;
  const badgeY = bone.label.y - 4;
  return svg`<g class="bone category-${bone.category} ${v.addingTo === bone.category ? 'active' : ''}" data-category=${bone.category}
      tabindex="0" role="button" aria-label=${label} @click=${activate} @keydown=${onActivate(activate)}>
    <line class="bone-hit" x1=${round(bone.x1)} y1=${round(bone.y1)} x2=${round(bone.x2)} y2=${round(bone.y2)} stroke-width=${BONE_HIT_WIDTH}></line>
    <line class="bone-line" x1=${round(bone.x1)} y1=${round(bone.y1)} x2=${round(bone.x2)} y2=${round(bone.y2)}></line>
    ${text(bone.label, 'category', lineHeight)}
    <g class="add-badge"><circle cx=${round(badgeX)} cy=${round(badgeY)} r="7"></circle>
      <path d="M${round(badgeX - 3.5)} ${round(badgeY)} h7 M${round(badgeX)} ${round(badgeY - 3.5)} v7"></path></g>
    <title>${`Add a cause to ${humanize(bone.category)}`}</title>
  </g>
  ${repeat(bone.ribs, (rib) => v.drawn[rib.index]?.key ?? `rib${rib.index}`, (rib) => renderCause(v, bone, rib))}`;
}

function renderCause(v: DiagramView, bone: Bone, rib: Rib): SVGTemplateResult | typeof nothing {
  const cause = v.drawn[rib.index];
  if (!cause) return nothing;
  const { lineHeight, fontSize } = v.layout;
  const top = rib.text.y - fontSize;
  const activate = () => v.causeActivated(cause);
  const classes = ['cause', `category-${bone.category}`, cause.key === v.selected ? 'selected' : '',
    cause.promoted ? 'promoted' : '', cause.drafted ? 'drafted' : ''].join(' ');
  const factor = cause.promoted ? ' (a contributing factor)' : '';
  return svg`<g class=${classes} data-index=${cause.index} data-key=${cause.key} tabindex="0" role="button"
      aria-label=${`${humanize(bone.category)} cause: ${rib.text.full}${factor}. Press Enter to edit.`}
      @click=${activate} @keydown=${onActivate(activate)}>
    <rect class="cause-hit" x=${round(rib.x1 - 4)} y=${round(top - 3)} width=${round(rib.x2 - rib.x1 + 4)} height=${round(rib.y1 - top + 6)} rx="3"></rect>
    <line class="rib" x1=${round(rib.x1)} y1=${round(rib.y1)} x2=${round(rib.x2)} y2=${round(rib.y2)}></line>
    ${cause.promoted ? svg`<circle class="promoted-mark" cx=${round(rib.x1)} cy=${round(rib.y1)} r="3.5"></circle>` : nothing}
    ${text(rib.text, 'cause-text', lineHeight)}
    <title>${rib.text.full}${factor}</title>
  </g>`;
}

function text(block: TextBlock, className: string, lineHeight: number): SVGTemplateResult {
  return svg`<text class=${className} x=${round(block.x)} y=${round(block.y)} text-anchor=${block.anchor}>${block.lines.map(
    (line, i) => svg`<tspan x=${round(block.x)} dy=${i ? lineHeight : 0}>${line}</tspan>`,
  )}</text>`;
}

/**
 * Roughly half a category label's width, to place the add badge beside it. Labels are set in
 * bold capitals (main.css), about 10 px a letter; the layout measures in characters too.
 */
function labelHalfWidth(label: TextBlock): number {
  return (label.lines[0]?.length ?? 0) * 5.2;
}

/** Enter or Space on a focusable SVG element acts like a click, as on a button. */
function onActivate(run: () => void): (event: KeyboardEvent) => void {
  return (event) => {
    if (event.target !== event.currentTarget || (event.key !== 'Enter' && event.key !== ' ')) return;
    event.preventDefault();
    run();
  };
}
