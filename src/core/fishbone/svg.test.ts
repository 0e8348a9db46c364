import assert from 'node:assert/strict';
import { layoutFishbone } from './layout';
import { fishboneSvg, fishboneSvgFile } from './svg';

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

  it('stays themeable by the page unless it is standalone', () => {
    assert.doesNotMatch(svg, /fb-background|color="#/);
  });
});

describe('fishboneSvgFile', () => {
  const file = fishboneSvgFile(layoutFishbone({
    effect: 'Effect \u0001 with a control character',
    causes: [{ category: 'people', text: '<svg onload=alert(1)>' }, { category: 'tools', text: '<img src=x onerror=alert(1)>' }],
  }, { showEmptyCategories: true }));

  it('is a standalone SVG file: declaration, own colours, font and background', () => {
    assert.match(file, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.match(file, /<svg [^>]*color="#1f1f1f" font-family="[^"]+"/);
    assert.match(file, /<rect class="fb-background" width="100%" height="100%" fill="#ffffff"\/>/);
    assert.match(file, /<text class="fb-category"[^>]* font-weight="bold">/);
  });

  it('has no script, no event handler, no link and no raw markup from the review', () => {
    // Text is escaped, so every '<' starts one of the drawing's own tags.
    const tags = file.match(/<[^>]*>/g) ?? [];
    assert.ok(tags.length > 20);
    for (const tag of tags) assert.doesNotMatch(tag, /\son\w+=|href|^<\/?(script|img|foreignObject|style|a)\b/i, tag);
    assert.match(file, />&lt;svg onload=alert\(1\)&gt;</);
    assert.ok(!file.includes('\u0001'), 'control characters are dropped: XML 1.0 forbids them');
  });
});
