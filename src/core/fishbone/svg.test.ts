import assert from 'node:assert/strict';
import { layoutFishbone } from './layout';
import { fishboneSvg } from './svg';

describe('fishboneSvg', () => {
  const layout = layoutFishbone({
    effect: 'Checkout <b>down</b>',
    causes: [
      { category: 'tools', text: 'Dashboard lacks flags' },
      { category: 'process', text: '<script>alert(1)</script> & "quotes"' },
      { category: '"><svg onload=alert(1)>', text: 'x' },
      { category: 'systems', text: 'word '.repeat(200) },
    ],
  });
  const svg = fishboneSvg(layout);

  it('draws the head, one bone per category and one rib per cause', () => {
    assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* viewBox="0 0 [\d.]+ [\d.]+"/);
    assert.equal((svg.match(/<g class="fb-bone"/g) ?? []).length, 4);
    assert.equal((svg.match(/class="fb-rib"/g) ?? []).length, 4);
    assert.match(svg, />Dashboard lacks flags</);
  });

  it('escapes every text and attribute', () => {
    assert.doesNotMatch(svg, /<script|<b>|<svg onload/);
    assert.match(svg, />&lt;script&gt;alert\(1\)&lt;\/script&gt; &amp;</);
    assert.match(svg, />&quot;quotes&quot;</);
    assert.match(svg, /data-category="&quot;&gt;&lt;svg onload=alert\(1\)&gt;"/);
  });

  it('puts the full text of a truncated cause in a <title>', () => {
    assert.match(svg, /<title>(word ){199}word <\/title>/);
    assert.equal((svg.match(/<title>/g) ?? []).length, 1);
  });
});
