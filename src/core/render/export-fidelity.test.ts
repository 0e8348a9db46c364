// The two exports must say the same thing: the Markdown export, rendered by a GitHub-like
// Markdown renderer, must read exactly as the HTML export, word for word and link for link.
// A `<` turned into `&lt;` inside code, an autolink that stops being a link, or a file name that
// becomes a link in one export only, all show up here as a difference.
//
// Reviews: the examples, the render fixtures (among them tricky-prose.pir.yaml, prose written
// to be hard to export) and the transcribed real postmortems.
//
// What legitimately differs is markup, not text, and is set aside before comparing:
// - the header's badges and metrics are a table and labelled badges in Markdown, a list of
//   badges and a definition list in HTML: compared on their own below;
// - the fishbone is a drawing in HTML (with its causes as a list) and a list in Markdown: the
//   drawing and the effect line are left out, the lists compared;
// - labels end in ":" or "?" in Markdown ("Why?", "Severity:"), categories and kinds are in
//   parentheses there and tags in HTML, and the impact table has a header row in Markdown.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { ParsedReview } from '../parse';
import { renderHtml } from './html';
import { renderMarkdown } from './markdown';

// Compiled to out/src/core/render, so the repository root is four levels up.
const ROOT = join(__dirname, '..', '..', '..', '..');
const SOURCES = ['examples', 'test/fixtures/render', 'test/fixtures/real'].map((dir) => join(ROOT, dir));

/** A reader like GitHub's: raw HTML allowed (the export must have made it text), tables, and links only for URLs with a scheme. */
const reader = new MarkdownIt({ html: true, linkify: true });
reader.linkify.set({ fuzzyLink: false, fuzzyEmail: false });

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };
const decode = (html: string) => html.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => ENTITIES[name]);

/** The words of some HTML, tags read as spaces, with the label punctuation that differs between the exports trimmed. */
function words(html: string): string[] {
  return decode(html.replace(/<[^>]*>/g, ' '))
    .split(/\s+/)
    .map((word) => word.replace(/^[(]+/, '').replace(/[):?]+$/, ''))
    .filter((word) => word && word !== '—' && word !== '·');
}

/**
 * Every link as "href text", the href as a browser resolves it. Parentheses count as written
 * either way: the Markdown export percent-encodes them so that they cannot end a destination.
 */
function links(html: string): string[] {
  return [...html.matchAll(/<a\s[^>]*?href="([^"]*)"[^>]*>([^]*?)<\/a>/g)].map(([, href, text]) => {
    const url = decode(href).replace(/%28/g, '(').replace(/%29/g, ')');
    let resolved = url;
    try {
      resolved = new URL(url).href;
    } catch {
      // kept as written: the comparison then shows it
    }
    return `${resolved} ${words(text).join(' ')}`;
  }).sort();
}

/** The HTML split at its h2 headings: the header first, then one entry per section. */
function sections(html: string): string[] {
  return html.split(/<h2[^>]*>/);
}

/** The parts of a rendered export that differ by design, cut out; returns the rest and the cut parts. */
function setAside(html: string, cuts: RegExp[]): { rest: string; cut: string[] } {
  const cut: string[] = [];
  let rest = html;
  for (const pattern of cuts) rest = rest.replace(pattern, (match) => (cut.push(match), ' '));
  return { rest, cut };
}

function exportsOf(file: string): { html: string; markdown: string; fromMarkdown: string } {
  const parsed = new ParsedReview(readFileSync(file, 'utf8'));
  assert.deepEqual(parsed.syntaxFindings, [], file);
  const markdown = renderMarkdown(parsed.value);
  return { html: renderHtml(parsed.value, { standalone: false }), markdown, fromMarkdown: reader.render(markdown) };
}

describe('the Markdown export reads as the HTML export', () => {
  const reviews = SOURCES.flatMap((dir) => readdirSync(dir).filter((n) => n.endsWith('.pir.yaml')).map((n) => join(dir, n)));

  it('has the examples, the tricky prose and the real postmortems to compare', () => {
    assert.ok(reviews.some((f) => f.endsWith('tricky-prose.pir.yaml')));
    assert.ok(reviews.filter((f) => f.includes(join('fixtures', 'real'))).length >= 3, reviews.join('\n'));
    assert.ok(reviews.filter((f) => f.includes(`${join(ROOT, 'examples')}`)).length >= 3);
  });

  for (const file of reviews) {
    const name = file.slice(ROOT.length + 1);
    it(`${name}: same words and links in every section`, () => {
      const { html, fromMarkdown } = exportsOf(file);
      assert.deepEqual(links(fromMarkdown), links(html.replace(/<svg[^]*?<\/svg>/g, '')), 'links');
      const htmlSections = sections(html);
      const markdownSections = sections(fromMarkdown);
      assert.equal(markdownSections.length, htmlSections.length, 'sections');

      // The header: title and key facts as text; badges and metrics each as a set of values.
      const htmlHeader = setAside(htmlSections[0], [/<div class="pir-eyebrow">[^]*?<\/div>\n/, /<dl class="pir-metrics">[^]*?<\/dl>/]);
      const markdownHeader = setAside(markdownSections[0], [/(?<=<\/h1>\n)<p>[^]*?<\/p>\n/, /<table>[^]*?<\/table>/]);
      assert.deepEqual(words(markdownHeader.rest), words(htmlHeader.rest), 'title and key facts');
      const badgeLabels = new Set(['Severity', 'Status', 'Category']);
      assert.deepEqual(words(markdownHeader.cut[0] ?? '').filter((w) => !badgeLabels.has(w)), words(htmlHeader.cut[0] ?? ''), 'badges');
      assert.deepEqual(words(markdownHeader.cut[1]).sort(), words(htmlHeader.cut[1]).sort(), 'metrics');

      for (let i = 1; i < htmlSections.length; i++) {
        const fromHtml = setAside(htmlSections[i], [/<svg[^]*?<\/svg>/g, /<summary>All causes as text<\/summary>/]).rest;
        const fromMd = setAside(markdownSections[i], [/<p><strong>Effect:<\/strong>[^]*?<\/p>/, /<thead>\n<tr>\n<th>Measure<\/th>\n<th>Value<\/th>\n<\/tr>\n<\/thead>/]).rest;
        assert.deepEqual(words(fromMd), words(fromHtml), `section ${words(htmlSections[i]).slice(0, 3).join(' ')}`);
      }
    });
  }

  it('keeps `<` in code spans and autolinks, and links no file or host name (tricky prose)', () => {
    const { markdown, fromMarkdown, html } = exportsOf(join(ROOT, 'test/fixtures/render/tricky-prose.pir.yaml'));
    assert.match(markdown, /`a < b`/);
    assert.match(markdown, /<https:\/\/runbooks\.example\.com\/build\/retries\?team=ci&lang=en>/);
    assert.match(fromMarkdown, /<code>a &lt; b<\/code>/);
    assert.match(fromMarkdown, /<a href="https:\/\/runbooks\.example\.com\/build\/retries\?team=ci&amp;lang=en">/);
    assert.match(fromMarkdown, /<a href="mailto:oncall@example\.com">/);
    for (const output of [html, fromMarkdown]) {
      assert.doesNotMatch(output, /href="[^"]*(setup\.py|README\.md|monitor\.gitlab\.net|www\.example\.org)/);
      assert.doesNotMatch(output, /<(b|script)>/, 'raw HTML stays text');
      assert.doesNotMatch(output, /href="javascript/i);
      assert.match(output, /href="https:\/\/status\.example\.com\/incidents\/42"/, 'an explicit URL in prose is a link');
      assert.match(output, /href="https:\/\/git\.example\.com\/ci\/runner\/commit\/abc123"[^>]*>https:/, 'and in a plain field');
      assert.match(output, /1d 0h 11m/, 'the MTTR keeps its minutes');
    }
  });
});
