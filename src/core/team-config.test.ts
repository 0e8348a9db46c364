// A team's .pirrc.yaml end to end through the core: its scales, sections and time zone change
// what the linter accepts, what completion and hover offer, and what the reports show.
import * as assert from 'node:assert/strict';
import { completionsAt } from './completion';
import { parseConfig, resolveConfig, type ResolvedConfig } from './config';
import { hoverAt } from './hover';
import { lint } from './lint';
import { renderHtml } from './render/html';
import { renderMarkdown } from './render/markdown';
import { RULE_IDS } from './rules';
import { yaml } from './rules/testing';
import { readReviewText } from './workspace-index';

const NOW = new Date('2026-11-30T12:00:00Z');

const TEAM = resolveConfig(parseConfig(yaml(
  'severities:',
  '  - {id: SEV0, description: Everything is down; all hands}',
  '  - SEV1',
  '  - SEV2',
  'actionTypes: [mitigate, prevent, process, other]',
  'categories: [Machine, Method, Man]',
  'timeZone: America/Los_Angeles',
  'sections:',
  '  - {key: whereWeGotLucky, title: Where we got lucky, description: Near misses that could have made it worse}',
  'requiredSections: [summary, whereWeGotLucky]',
), RULE_IDS).config);

const REVIEW = yaml(
  'pir: 1',
  'title: Replica lag outage',
  'severity: SEV0',
  'status: draft',
  'summary: The primary failed over.',
  'times:',
  '  started: 2021-06-16 10:00',
  '  detected: 2021-06-16T10:07',
  '  resolved: 2021-06-16T17:20Z',
  'timeline:',
  '  - at: 2021-05-12',
  '    text: A config change shipped',
  '  - at: 2021-06-16 10:00',
  '    text: Replicas fell behind',
  'analysis:',
  '  fiveWhys:',
  '    - problem: Data was lost',
  '      whys: [The replica was promoted while behind]',
  '    - problem: Restore took hours',
  '      whys: [Backups were not tested]',
  'contributingFactors:',
  '  - text: No lag alert',
  '    category: Method',
  'impact:',
  '  figures:',
  '    - {label: Projects lost, value: 5000}',
  '    - {label: Failed requests, value: 85, unit: "%"}',
  'actionItems:',
  '  - title: Alert on replica lag above 60 s',
  '    type: prevent',
  '    owner: dba',
  '    due: 2021-07-01',
  'whereWeGotLucky: The backup from **May** was intact.',
  'x-ticket: OPS-12',
);

const errorsOf = (text: string, config?: ResolvedConfig) =>
  lint(text, { now: NOW, config }).findings.filter((f) => f.severity === 'error' || f.rule === 'missing-section').map((f) => `${f.rule}: ${f.message}`);

describe('a team config', () => {
  it('makes its own scales, sections and local times valid', () => {
    assert.deepEqual(errorsOf(REVIEW, TEAM), []);
  });

  it('leaves the defaults as they are for a team that sets nothing', () => {
    const errors = errorsOf(REVIEW);
    assert.ok(errors.some((e) => /`severity` must be one of: P1, P2, P3, P4/.test(e)), errors.join('\n'));
    assert.ok(errors.some((e) => /`actionItems\[0\]\.type` must be one of: corrective, preventive/.test(e)));
    assert.ok(errors.some((e) => /Unknown key `whereWeGotLucky`/.test(e)));
    assert.ok(errors.some((e) => /`times\.started` has no UTC offset.*timeZone/.test(e)));
    // The date-only event and the minute-precision time with an offset are fine without a config.
    assert.ok(!errors.some((e) => /timeline\[0\]|times\.resolved/.test(e)), errors.join('\n'));
  });

  it('rejects the default values the team replaced, and requires its sections', () => {
    const text = REVIEW.replace('severity: SEV0', 'severity: P1').replace(/^whereWeGotLucky:.*\n/m, '');
    const errors = errorsOf(text, TEAM);
    assert.ok(errors.some((e) => /`severity` must be one of: SEV0, SEV1, SEV2/.test(e)));
    assert.ok(errors.some((e) => /missing-section: Section `whereWeGotLucky` is missing/.test(e)));
  });

  it('offers the scale with its descriptions, and the sections, in completion and hover', () => {
    const text = 'pir: 1\nseverity: \n';
    const values = completionsAt(text, text.indexOf('\n', 8), { now: NOW, config: TEAM });
    assert.deepEqual(values.map((c) => c.label), ['SEV0', 'SEV1', 'SEV2']);
    assert.equal(values[0].documentation, 'Everything is down; all hands');
    const keys = completionsAt('pir: 1\n\n', 7, { now: NOW, config: TEAM }).map((c) => c.label);
    assert.ok(keys.includes('whereWeGotLucky'));
    const hover = hoverAt(text, 2 + text.indexOf('severity'), TEAM);
    assert.match(hover?.markdown ?? '', /`SEV0` — Everything is down; all hands/);
    assert.match(hoverAt('whereWeGotLucky: x\n', 3, TEAM)?.markdown ?? '', /Where we got lucky: Near misses/);
  });

  it('reads the review for the sidebar and metrics with the team zone and scale', () => {
    const { entry } = readReviewText('file:///r.pir.yaml', REVIEW, TEAM) as { entry: NonNullable<unknown> & { severity?: string; errors: number; metrics: { mttd?: number; mttr?: number }; figures: unknown[] } };
    assert.equal(entry.severity, 'SEV0');
    assert.equal(entry.errors, 0);
    // 10:00 PDT is 17:00 UTC: detected 7 minutes later, resolved 20 minutes later.
    assert.equal(entry.metrics.mttd, 7 * 60_000);
    assert.equal(entry.metrics.mttr, 20 * 60_000);
    assert.deepEqual(entry.figures, [{ label: 'Projects lost', value: 5000 }, { label: 'Failed requests', value: 85, unit: '%' }]);
  });

  it('shows every chain, the figures, the team section and x- keys in the exports', () => {
    const md = renderMarkdown(parseValue(REVIEW), { config: TEAM });
    assert.match(md, /\*\*Problem:\*\* Data was lost\n\n1\. \*\*Why\?\*\* The replica was promoted while behind/);
    assert.match(md, /\*\*Problem:\*\* Restore took hours\n\n1\. \*\*Why\?\*\* Backups were not tested/);
    assert.match(md, /\| Projects lost \| 5,000 \|\n\| Failed requests \| 85 % \|/);
    assert.match(md, /## Where we got lucky\n\nThe backup from \*\*May\*\* was intact\.\n\n## Action items/);
    assert.match(md, /## x-ticket\n\nOPS-12\n$/);
    // Times are read in the team's zone and shown in UTC; the day-only event shows its day.
    assert.match(md, /\*\*Started:\*\* 2021-06-16 17:00 UTC/);
    assert.match(md, /\| 2021-05-12 \| {2}\| A config change shipped \|/);
    assert.match(md, /\| 2021-06-16 17:00 \| {2}\| Replicas fell behind \|/);
    const hidden = renderMarkdown(parseValue(REVIEW), { config: { ...TEAM, exportExtensions: false, exportTimeZone: 'Europe/Berlin' } });
    assert.doesNotMatch(hidden, /x-ticket/);
    assert.match(hidden, /\| Time \(Europe\/Berlin\) \|/);
    assert.match(hidden, /\*\*Started:\*\* 2021-06-16 19:00 Europe\/Berlin/);
    const html = renderHtml(parseValue(REVIEW), { standalone: false, config: TEAM, purpose: 'panel' });
    assert.equal((html.match(/<ol class="pir-whys">/g) ?? []).length, 2);
    assert.match(html, /<h2>Where we got lucky<\/h2>\n<div class="pir-md"><p>The backup from <strong>May<\/strong> was intact\.<\/p>/);
    // A panel shows UTC and the team's zone.
    assert.match(html, /2021-06-16 17:00 UTC \(10:00 America\/Los_Angeles\)/);
  });
});

function parseValue(text: string): unknown {
  return lint(text).parsed.value;
}
