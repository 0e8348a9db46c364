// A hostile review (test/fixtures/render/hostile.pir.yaml) exported to HTML and to Markdown must
// contain no live markup: no script element, no event handler attribute, no link or resource
// with a scheme other than http(s)/mailto. The browser test (test/webview/export.webview.test.ts)
// loads the same export in Chromium and checks that nothing runs.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { ParsedReview } from '../../src/core/parse';
import { renderHtml } from '../../src/core/render/html';
import { renderMarkdown } from '../../src/core/render/markdown';

const ROOT = join(__dirname, '..', '..', '..');
const hostile = new ParsedReview(readFileSync(join(ROOT, 'test/fixtures/render/hostile.pir.yaml'), 'utf8')).value;

const DANGEROUS_ELEMENTS = ['script', 'iframe', 'frame', 'object', 'embed', 'img', 'marquee', 'form', 'base', 'link', 'meta', 'style', 'svg'];
const ALLOWED = [/^<meta (charset|http-equiv="Content-Security-Policy"|name="(viewport|referrer)")/, /^<style>/, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" class="pir-fishbone"/];

/** Everything in `html` that a browser would run or load: each start tag is read attribute by attribute. */
function liveMarkup(html: string): string[] {
  const found: string[] = [];
  // Renderers escape `>` in attribute values, so a start tag ends at the first `>`.
  for (const tag of html.match(/<[a-z][^>]*>/gi) ?? []) {
    const name = /^<([a-z0-9-]+)/i.exec(tag)![1].toLowerCase();
    if (DANGEROUS_ELEMENTS.includes(name) && !ALLOWED.some((allowed) => allowed.test(tag))) found.push(tag);
    for (const [, attr, ...values] of tag.matchAll(/\s([^\s=>"'/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
      const value = values.find((v) => v !== undefined) ?? '';
      if (/^on/i.test(attr)) found.push(`${attr} in ${tag}`);
      if (/^(href|src|action|formaction|xlink:href)$/i.test(attr) && !/^(https?:|mailto:)/i.test(value)) found.push(`${attr}=${value}`);
    }
  }
  return found;
}

describe('hostile review', () => {
  const html = renderHtml(hostile, { standalone: true });

  it('(the checker itself finds live markup)', () => {
    assert.equal(liveMarkup('<p><img src=x onerror=alert(1)></p>').length, 3); // the element, its src and its handler
    assert.deepEqual(liveMarkup('<a href="javascript:alert(1)">x</a><a href=\'data:x\'>y</a>'), ['href=javascript:alert(1)', 'href=data:x']);
    assert.deepEqual(liveMarkup('<p title="x" onclick="f()">'), ['onclick in <p title="x" onclick="f()">']);
    assert.deepEqual(liveMarkup('<p>&lt;img src=x onerror=alert(1)&gt;</p>'), []);
  });

  it('exports HTML with no live script, handler or unsafe link', () => {
    assert.deepEqual(liveMarkup(html), []);
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /href="(javascript|data|vbscript|command):/i);
    // Only the report's own style element: a <style> in a field must stay text.
    assert.equal((html.match(/<style/g) ?? []).length, 1);
  });

  it('still shows the hostile text, as text', () => {
    assert.match(html, /<p>&lt;script&gt;window.__pwned='summary'&lt;\/script&gt;<\/p>/);
    assert.match(html, /javascript:window.__pwned=&#39;source&#39;/);
    assert.match(html, /<code>&lt;img src=x onerror=alert\(1\)&gt;<\/code>/);
  });

  it('keeps a safe link whose URL carries markup, encoded', () => {
    assert.match(html, /href="https:\/\/example\.com\/%22%3E%3Cscript%3Ealert\(1\)%3C\/script%3E"/);
  });

  it('exports Markdown that renders to no live markup, even where raw HTML is allowed', () => {
    const permissive = new MarkdownIt({ html: true, linkify: true });
    permissive.validateLink = () => true;
    const rendered = permissive.render(renderMarkdown(hostile));
    assert.deepEqual(liveMarkup(rendered), []);
  });

  it('does not let a very long field slow the export down', () => {
    const long = 'x'.repeat(200_000);
    const started = Date.now();
    const output = renderHtml({ ...(hostile as object), title: long, analysis: { fishbone: { effect: long, causes: [{ category: 'tools', text: long }] } } }, { standalone: true });
    assert.ok(output.includes(long));
    assert.ok(Date.now() - started < 2000, `took ${Date.now() - started} ms`);
  });
});
