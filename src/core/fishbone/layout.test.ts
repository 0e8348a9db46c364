import assert from 'node:assert/strict';
import { groupCauses, layoutFishbone, type FishboneLayout, type Segment, type TextBlock } from './layout';

const causes = (category: string, n: number, text = (i: number) => `${category} cause ${i + 1}`) =>
  Array.from({ length: n }, (_, i) => ({ category, text: text(i) }));

/** Everything drawn must lie inside the canvas. */
function assertInside(layout: FishboneLayout): void {
  const inside = (x: number, y: number, what: string) =>
    assert.ok(x >= 0 && x <= layout.width && y >= 0 && y <= layout.height, `${what} at (${x}, ${y}) is outside ${layout.width}x${layout.height}`);
  const segment = (s: Segment, what: string) => (inside(s.x1, s.y1, what), inside(s.x2, s.y2, what));
  segment(layout.spine, 'spine');
  for (const bone of layout.bones) {
    segment(bone, `bone ${bone.category}`);
    inside(bone.label.x, bone.label.y, `label ${bone.category}`);
    for (const rib of bone.ribs) segment(rib, `rib of ${bone.category}`);
  }
  inside(layout.head.x + layout.head.width, layout.head.y + layout.head.height, 'head');
}

/** Vertical extent of a rib's text: from its first line's top to the rib line. */
function ribBox(text: TextBlock, ribY: number, lineHeight: number): [number, number] {
  return [text.y - lineHeight + 4, ribY];
}

describe('groupCauses', () => {
  it('orders the standard categories, then others as first seen', () => {
    const groups = groupCauses([
      { category: 'weather', text: 'w' }, { category: 'tools', text: 't1' }, { category: 'people', text: 'p' }, { category: 'tools', text: 't2' },
    ]);
    assert.deepEqual(groups, [
      { category: 'people', causes: ['p'], indexes: [2] }, { category: 'tools', causes: ['t1', 't2'], indexes: [1, 3] },
      { category: 'weather', causes: ['w'], indexes: [0] },
    ]);
  });

  it('can keep empty standard categories', () => {
    assert.deepEqual(groupCauses([], true).map((g) => g.category), ['people', 'process', 'tools', 'systems', 'environment']);
  });
});

describe('layoutFishbone', () => {
  it('lays out a fishbone with no causes as spine and head', () => {
    const layout = layoutFishbone({ effect: 'Checkout down', causes: [] });
    assert.equal(layout.bones.length, 0);
    assert.deepEqual(layout.head.text.lines, ['Checkout down']);
    assertInside(layout);
  });

  it('draws empty bones for every category when asked', () => {
    const layout = layoutFishbone({ causes: [] }, { showEmptyCategories: true });
    assert.deepEqual(layout.bones.map((b) => [b.category, b.side, b.ribs.length]), [
      ['people', 'top', 0], ['process', 'bottom', 0], ['tools', 'top', 0], ['systems', 'bottom', 0], ['environment', 'top', 0],
    ]);
    assertInside(layout);
  });

  for (const n of [1, 2, 5, 12]) {
    it(`fits ${n} cause(s) per category without overlapping ribs`, () => {
      const all = ['people', 'process', 'tools', 'systems', 'environment'].flatMap((c) => causes(c, n, (i) => `${c} ${i} ${'word '.repeat(i * 3)}`));
      const layout = layoutFishbone({ effect: 'Effect', causes: all });
      assert.equal(layout.bones.length, 5);
      for (const bone of layout.bones) {
        assert.equal(bone.ribs.length, n);
        const boxes = bone.ribs.map((r) => ribBox(r.text, r.y1, layout.lineHeight)).sort((a, b) => a[0] - b[0]);
        for (let i = 1; i < boxes.length; i++) assert.ok(boxes[i][0] > boxes[i - 1][1], `${bone.category}: ribs ${i - 1} and ${i} overlap`);
        // Each rib ends on its bone and on the spine's side of the bone.
        for (const rib of bone.ribs) assert.ok(bone.side === 'top' ? rib.y1 < bone.y1 : rib.y1 > bone.y1);
      }
      // Neighbouring columns: a rib's text never reaches the bone to its left.
      const columns = layout.bones.filter((b) => b.side === 'top');
      for (let i = 1; i < columns.length; i++) {
        for (const rib of columns[i].ribs) {
          const t = (columns[i - 1].y1 - rib.y1) / (columns[i - 1].y1 - columns[i - 1].y2);
          const leftBoneX = columns[i - 1].x1 + t * (columns[i - 1].x2 - columns[i - 1].x1);
          assert.ok(rib.x1 > leftBoneX, `rib at ${rib.x1} crosses the bone at ${leftBoneX}`);
        }
      }
      assertInside(layout);
    });
  }

  it('names each rib by its cause\'s position in the input, whatever the grouping', () => {
    const input = [{ category: 'tools', text: 't0' }, { category: 'people', text: 'p1' }, { category: 'tools', text: 't2' }, { category: 'x-odd', text: 'o3' }];
    const layout = layoutFishbone({ causes: input });
    const named = layout.bones.flatMap((bone) => bone.ribs.map((rib) => [rib.index, rib.text.full]));
    assert.deepEqual(named, [[1, 'p1'], [0, 't0'], [2, 't2'], [3, 'o3']]);
    for (const [index, text] of named) assert.equal(input[index as number].text, text);
  });

  it('wraps long causes and truncates very long ones, keeping the full text', () => {
    const long = 'The config watcher backs off for ten minutes after repeated parse errors and does not reset the backoff when a newer payload arrives. '.repeat(5);
    const layout = layoutFishbone({ effect: 'E', causes: [{ category: 'systems', text: 'short' }, { category: 'systems', text: long }] });
    const [short, cut] = layout.bones[0].ribs;
    assert.deepEqual(short.text.lines, ['short']);
    assert.equal(short.text.truncated, false);
    assert.ok(cut.text.lines.length > 1);
    assert.equal(cut.text.truncated, true);
    assert.equal(cut.text.full, long);
    assert.match(cut.text.lines.at(-1)!, /…$/);
  });

  it('wraps a long effect inside the head', () => {
    const layout = layoutFishbone({ effect: 'Checkout returned HTTP 500 for 46 minutes on a Saturday morning', causes: [] });
    assert.ok(layout.head.text.lines.length > 1);
    assert.ok(layout.head.height >= layout.head.text.lines.length * layout.lineHeight);
    assertInside(layout);
  });
});
