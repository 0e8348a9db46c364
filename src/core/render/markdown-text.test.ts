import assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { markdownBlock, markdownInline, markdownLink } from './markdown-text';

// A renderer that lets raw HTML through and validates no link, as a permissive Markdown site
// would: what it outputs shows what the escaping alone protects against.
const permissive = new MarkdownIt({ html: true, linkify: true });
permissive.validateLink = () => true;
const render = (markdown: string) => permissive.render(markdown);

describe('markdownInline', () => {
  it('keeps ordinary text readable', () => {
    assert.equal(markdownInline('Checkout 502s after config rollout'), 'Checkout 502s after config rollout');
  });

  it('renders back to exactly the text typed, as one line', () => {
    const text = '*not bold* _x_ a`b [a](b) | pipe ~~s~~ <b>&amp; \\ C# #12 ``';
    const html = permissive.renderInline(markdownInline(text));
    assert.equal(html, text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
  });

  it('keeps code spans, whose content is literal anyway', () => {
    assert.equal(markdownInline('see `a_b <c>` and `x|y`'), 'see `a_b <c>` and `x|y`');
    assert.equal(permissive.renderInline(markdownInline('`<img src=x onerror=alert(1)>`')), '<code>&lt;img src=x onerror=alert(1)&gt;</code>');
  });

  it('escapes backticks that CommonMark would not pair into a span', () => {
    for (const text of ['``<b>` x', '`<b>``', '\\`<b>` y']) {
      assert.doesNotMatch(permissive.renderInline(markdownInline(text)), /<b>/, text);
    }
  });

  it('keeps a table cell whole when a code span holds a pipe', () => {
    const html = render(`| a | b |\n|---|---|\n| ${markdownInline('`x | y`', { table: true })} | z |\n`);
    assert.match(html, /<td><code>x \| y<\/code><\/td>\n<td>z<\/td>/);
  });

  it('joins lines, so a table row or heading stays one line', () => {
    assert.equal(markdownInline('one\n\ntwo\r\nthree'), 'one two three');
  });

  it('escapes markers that would start a block inside a list item', () => {
    for (const text of ['- nested', '+ nested', '1. numbered', '2) numbered', '# heading', '> quote', '---']) {
      const html = render(`- ${markdownInline(text)}`);
      assert.match(html, /^<ul>\n<li>[^<]*<\/li>\n<\/ul>\n$/, `${text} -> ${html}`);
    }
  });

  it('cannot add a table column', () => {
    const html = render(`| a | b |\n|---|---|\n| ${markdownInline('x | y')} | z |\n`);
    assert.equal((html.match(/<td>/g) ?? []).length, 2);
  });
});

describe('markdownLink', () => {
  it('links http(s) and mailto', () => {
    assert.equal(markdownLink('Dashboard', 'https://grafana.example.com/d/1'), '[Dashboard](https://grafana.example.com/d/1)');
  });

  it('encodes characters that could end the destination', () => {
    const md = markdownLink('x', 'https://e.com/a)b (c)<script>');
    assert.equal(md, '[x](https://e.com/a%29b%20%28c%29%3Cscript%3E)');
    assert.match(render(md), /href="https:\/\/e\.com\/a%29b%20%28c%29%3Cscript%3E"/);
  });

  it('shows any other scheme as text', () => {
    for (const url of ['javascript:alert(1)', 'command:workbench.action.terminal.new', 'data:text/html,x', 'vbscript:x']) {
      const md = markdownLink('click', url);
      assert.doesNotMatch(render(md), /<a /, url);
      assert.ok(md.includes(url.split(':')[0]), 'the text still tells the reader what was there');
    }
  });
});

describe('markdownBlock', () => {
  it('keeps Markdown formatting', () => {
    const text = 'A **bold** claim with a [link](https://example.com).\n\n- one\n- two';
    assert.equal(markdownBlock(text), text);
  });

  it('escapes raw HTML', () => {
    for (const hostile of ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'text <svg onload=alert(1)>', '<!-- x -->']) {
      const html = render(markdownBlock(hostile));
      assert.doesNotMatch(html, /<(script|img|svg|!--)/, html);
    }
  });

  it('keeps < inside fenced and indented code', () => {
    const text = 'Log:\n\n```\nat <anonymous> (List<String>)\n```\n\n    <indented>';
    assert.equal(markdownBlock(text), text);
  });

  it('escapes a line that only looked like code before escaping changed the structure', () => {
    // Raw, the <div> block hides the first fence, so the second fence opens and <script> is code.
    // Escaped, the first fence opens, the second closes it, and <script> would be live HTML.
    const text = '<div>\n```\n</div>\n\n```\n<script>alert(1)</script>\n```';
    const html = render(markdownBlock(text));
    assert.doesNotMatch(html, /<script>/, html);
  });

  it('does not treat a fence that ended with its list item as still open', () => {
    const html = render(markdownBlock('- a\n\n  ```\n<script>alert(1)</script>'));
    assert.doesNotMatch(html, /<script>/, html);
  });

  it('closes a fence left open, so it cannot swallow the rest of the report', () => {
    const block = markdownBlock('```\ncode');
    assert.equal(block, '```\ncode\n```');
    assert.match(render(`${block}\n\n## Next`), /<h2>Next<\/h2>/);
  });

  it('makes links to unsafe schemes text, however they are spelled', () => {
    const hostile = [
      '[x](javascript:alert(1))', '[x]( JavaScript:alert(1))', '[x](<javascript:alert(1)>)', '[x](&#106;avascript:alert(1))',
      '[x](java&Tab;script:alert(1))', '[x](javascript\\:alert(1))', '[x](\njavascript:alert(1))', '![x](javascript:alert(1))',
      '[x](command:workbench.action.terminal.new)', '[x](data:text/html,hi)', '[x]\n\n[x]: javascript:alert(1)',
    ];
    for (const text of hostile) {
      const html = render(markdownBlock(text));
      assert.doesNotMatch(html, /<a |<img /, `${JSON.stringify(text)} -> ${html}`);
    }
  });

  it('keeps safe and relative links', () => {
    const text = '[a](https://e.com) [b](mailto:x@e.com) [c](../runbooks/db.md)';
    assert.equal(markdownBlock(text), text);
  });
});
