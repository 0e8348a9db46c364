import assert from 'node:assert/strict';
import { renderHtml, STANDALONE_CSP } from './html';

const review = {
  pir: 1, id: 'PIR-1', title: 'Checkout `api` down', severity: 'P1', status: 'final',
  summary: 'See https://status.example.com and [the runbook](https://wiki.example.com/rb) or ![graph](https://img.example.com/g.png).',
  timeline: [
    { at: '2026-03-14T09:00:00Z', kind: 'trigger', text: 'Deploy', source: 'https://chat.example.com/m/1' },
    { at: '2026-03-14T09:05:00Z', kind: 'bogus', text: 'Odd kind' },
  ],
  analysis: { fishbone: { effect: 'Down', causes: [{ category: 'tools', text: 'No check' }] } },
  actionItems: [{ id: 'AI-1', title: 'Add canary', status: 'done', tracker: 'JIRA-7' }],
};

describe('renderHtml', () => {
  it('gives a standalone document a strict CSP, its CSS and no script', () => {
    const html = renderHtml(review, { standalone: true });
    assert.match(html, /^<!DOCTYPE html>/);
    assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="${STANDALONE_CSP}">`));
    assert.equal(STANDALONE_CSP, "default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    assert.match(html, /<title>PIR-1: Checkout `api` down<\/title>/);
    assert.match(html, /<style>[^<]*\.pir-report \{/);
    assert.doesNotMatch(html, /<script/i);
  });

  it('uses the CSS it is given', () => {
    assert.match(renderHtml(review, { standalone: true, css: 'body{color:red}' }), /<style>body\{color:red\}<\/style>/);
  });

  it('renders only the article for a host page', () => {
    const html = renderHtml(review, { standalone: false });
    assert.match(html, /^<article class="pir-report">[\s\S]*<\/article>$/);
  });

  it('renders Markdown fields with safe links and linkified URLs', () => {
    const html = renderHtml(review, { standalone: false });
    assert.match(html, /<a href="https:\/\/wiki\.example\.com\/rb" rel="noopener noreferrer" target="_blank">the runbook<\/a>/);
    assert.match(html, /<a href="https:\/\/status\.example\.com" rel="noopener noreferrer" target="_blank">https:\/\/status\.example\.com<\/a>/);
    // The CSP blocks remote images, so an image becomes a link to it.
    assert.match(html, /<a href="https:\/\/img\.example\.com\/g\.png"[^>]*>Image: graph<\/a>/);
    assert.doesNotMatch(html, /<img/);
  });

  it('shows code spans in plain fields as code', () => {
    assert.match(renderHtml(review, { standalone: false }), /<h1>Checkout <code>api<\/code> down<\/h1>/);
  });

  it('marks known enum values for styling and leaves unknown ones unmarked', () => {
    const html = renderHtml(review, { standalone: false });
    assert.match(html, /<span class="pir-badge" data-severity="P1"/);
    assert.match(html, /<span class="pir-kind" data-kind="trigger">Trigger<\/span>/);
    assert.match(html, /<span class="pir-kind">Bogus<\/span>/);
    assert.match(html, /<td class="pir-nowrap">AI-1 \(JIRA-7\)<\/td>/);
  });

  it('shows what an item depends on and a blocked badge, escaped', () => {
    const html = renderHtml({ actionItems: [{ id: '<b>1', title: 'a' }, { id: 'AI-2', title: 'b', dependsOn: ['<b>1', 'PIR-7#AI-3'] }] }, { standalone: false });
    assert.match(html, /b <span class="pir-depends-on">\(depends on &lt;b&gt;1, PIR-7#AI-3\)<\/span>/);
    assert.match(html, /<span class="pir-badge pir-blocked">blocked by &lt;b&gt;1<\/span><\/td><\/tr>/);
  });

  it('draws the fishbone as SVG with the causes also as text', () => {
    const html = renderHtml(review, { standalone: false });
    assert.match(html, /<figure class="pir-fishbone-figure"><svg [^>]*class="pir-fishbone"/);
    assert.match(html, /<details><summary>All causes as text<\/summary><ul><li><b>Tools<\/b><ul>\n<li>No check<\/li>/);
  });

  it("draws the fishbone's bones in the team's categories and their order, in the SVG and the list", () => {
    // The six Ms of manufacturing, as a team lists them in .pirrc.yaml `categories`.
    const categories = ['method', 'machine', 'material', 'measurement', 'mother-nature', 'manpower'].map((id) => ({ id }));
    const causes = [
      { category: 'manpower', text: 'On-call was new to the service' },
      { category: 'machine', text: 'Disk firmware bug' },
      { category: 'method', text: 'No staged rollout' },
    ];
    const fishbone = { ...review, analysis: { fishbone: { effect: 'Checkout down', causes } } };
    const bones = (html: string) => [...html.matchAll(/<g class="fb-bone" data-category="([^"]+)"/g)].map((m) => m[1]);
    const listed = (html: string) => [...html.matchAll(/<li><b>([^<]+)<\/b><ul>/g)].map((m) => m[1]);

    const team = renderHtml(fishbone, { standalone: true, config: { sections: [], exportExtensions: true, categories } });
    assert.deepEqual(bones(team), ['method', 'machine', 'manpower']);
    assert.deepEqual(listed(team), ['Method', 'Machine', 'Manpower']);
    // Without the team's scale, causes outside the format's categories keep the order they are written in.
    assert.deepEqual(bones(renderHtml(fishbone, { standalone: true })), ['manpower', 'machine', 'method']);
  });

  it('marks sections and rows with their source lines when asked', () => {
    const lines: Record<string, number> = { title: 3, summary: 7, timeline: 9, 'timeline.1': 14, 'actionItems.0': 30 };
    const html = renderHtml(review, { standalone: false, lineOf: (path) => lines[path.join('.')] });
    assert.match(html, /<header data-line="3">/);
    assert.match(html, /<section id="summary" data-line="7">/);
    assert.match(html, /<section id="timeline" data-line="9">/);
    assert.match(html, /<tr><td class="pir-time">2026-03-14 09:00<\/td>/);
    assert.match(html, /<tr data-line="14"><td class="pir-time">09:05<\/td>/);
    assert.match(html, /<tr data-line="30">/);
    assert.doesNotMatch(renderHtml(review, { standalone: false }), /data-line/);
  });
});
