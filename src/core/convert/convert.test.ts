import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse } from 'yaml';
import { resolveConfig } from '../config';
import { lint } from '../lint';
import { convertMarkdown, teamOptions } from './convert';
import { conversionText } from './review-text';
import { wordCoverage } from './testing';

const POSTMORTEM = `---
title: Checkout outage
date: 2026-03-14
author: Ann
tags: [checkout]
---

Checkout returned errors for 40 minutes. Severity: SEV2

## Trigger

A config push with a typo.

## Timeline

All times UTC.

- **09:12** Config pushed
- 09:15 Alert fired, on-call paged
- 09:40 Rolled back; errors back to normal, resolved

## Where we got lucky

It was a Saturday.

![error graph](https://grafana.example.com/render/errors.png)

## Action items

| Owner | Action |
|---|---|
| Ann | Validate config before push |

## Installation notes

Run \`make\`.
`;

describe('convert', () => {
  const conversion = convertMarkdown(POSTMORTEM, { fileName: 'checkout.md' });

  it('puts front matter, sections and headings with no home where they belong', () => {
    const review = conversion.review;
    assert.deepEqual(
      { title: review.title, severity: review.severity, authors: review.authors, tags: review.tags, status: review.status, id: review.id },
      { title: 'Checkout outage', severity: 'P2', authors: ['Ann'], tags: ['checkout'], status: 'draft', id: 'PIR-2026-03-14-checkout-outage' },
    );
    assert.equal(review.summary, 'Checkout returned errors for 40 minutes. Severity: SEV2');
    assert.equal(review['x-trigger'], 'A config push with a typo.');
    assert.match(String(review['x-where-we-got-lucky']), /^It was a Saturday\.\n\n!\[error graph\]/);
    assert.equal(review['x-installation-notes'], 'Run `make`.');
    assert.deepEqual(review.actionItems, [{ title: 'Validate config before push', owner: 'Ann' }]);
    assert.equal(conversion.fileName, '2026-03-14-checkout-outage.pir.yaml');
  });

  it('reads the timeline and offers lifecycle times, reported as inferred', () => {
    assert.deepEqual(conversion.review.timeline, [
      { at: '2026-03-14T09:12:00Z', text: 'Config pushed', kind: 'trigger' },
      { at: '2026-03-14T09:15:00Z', text: 'Alert fired, on-call paged', kind: 'detection' },
      { at: '2026-03-14T09:40:00Z', text: 'Rolled back; errors back to normal, resolved', kind: 'resolution' },
    ]);
    assert.deepEqual(conversion.review.times, { started: '2026-03-14T09:12:00Z', detected: '2026-03-14T09:15:00Z', resolved: '2026-03-14T09:40:00Z' });
    assert.ok(conversion.report.inferred.includes('times.detected: 2026-03-14T09:15:00Z, from the timeline\'s wording.'));
    assert.ok(conversion.report.inferred.includes('severity: P2, from "Severity: SEV2".'));
  });

  it('makes web images references', () => {
    assert.deepEqual(conversion.review.references, [{ title: 'error graph', url: 'https://grafana.example.com/render/errors.png', kind: 'image' }]);
  });

  it('takes the team config: its sections, its severity scale and its time zone, and lints clean under it', () => {
    const config = resolveConfig({
      sections: [{ key: 'trigger', title: 'Trigger' }, { key: 'lucky', title: 'Where we got lucky' }],
      severities: [{ id: 'SEV0' }, { id: 'SEV1' }, { id: 'SEV2' }, { id: 'SEV3' }],
      timeZone: 'Europe/Berlin',
    });
    const team = convertMarkdown(POSTMORTEM.replace('All times UTC.\n', ''), { fileName: 'checkout.md', ...teamOptions(config) });
    assert.equal(team.review.trigger, 'A config push with a typo.');
    assert.match(String(team.review.lucky), /^It was a Saturday\./);
    assert.equal(team.review['x-trigger'], undefined);
    assert.equal(team.review.severity, 'SEV2');
    // 09:12 in Berlin (CET, UTC+1 in March) is 08:12 UTC.
    assert.equal((team.review.timeline as { at: string }[])[0].at, '2026-03-14T08:12:00Z');
    assert.ok(team.report.inferred.includes("Times were read in Europe/Berlin, from the team's timeZone (.pirrc.yaml)."), team.report.inferred.join('\n'));
    const schemaErrors = (text: string, under?: typeof config) => lint(text, { config: under }).findings.filter((f) => f.rule === 'schema' || f.rule === 'yaml-syntax');
    assert.deepEqual(schemaErrors(conversionText(team, 'checkout.md'), config), []);
    // Without the config, the same review's team keys and severity are schema errors: the config is what makes it valid.
    assert.ok(schemaErrors(conversionText(team, 'checkout.md')).length > 0);
    // --time-zone wins over the team's zone.
    const option = convertMarkdown(POSTMORTEM.replace('All times UTC.\n', ''), { ...teamOptions(config), timeZone: 'UTC' });
    assert.equal((option.review.timeline as { at: string }[])[0].at, '2026-03-14T09:12:00Z');
  });

  it('writes YAML that reads back to the same review, with the report as comments, and lints clean', () => {
    const text = conversionText(conversion, 'checkout.md');
    assert.deepEqual(parse(text), conversion.review);
    assert.match(text, /^# Converted from checkout\.md by `pir convert`/);
    assert.deepEqual(lint(text).findings.filter((f) => f.rule === 'schema' || f.rule === 'yaml-syntax'), []);
  });

  it('says what needs a person: the assumed zone, the severity, owners, relative images', () => {
    const bare = convertMarkdown('# Outage on 2026-01-02\n\n## Timeline\n\n- 10:00 it broke\n\n## Action items\n\n- fix it\n\n![graph](img/graph.png)\n');
    assert.equal(bare.review.severity, undefined);
    assert.deepEqual(bare.report.needsPerson, [
      "The document names no time zone: its times were read as UTC. Use --time-zone, or the team's timeZone in .pirrc.yaml, if they are not.",
      '1 of 1 action items have no owner.',
      'Image "img/graph.png" has a relative path: copy it beside the review or link it by URL.',
      'No severity found: set `severity` (P1, P2, P3, P4), or convert with --severity.',
    ]);
    const withOptions = convertMarkdown('# Outage on 2026-01-02\n\n## Timeline\n\n- 10:00 it broke\n', { timeZone: 'America/New_York', severity: 'sev3' });
    assert.equal(withOptions.review.severity, 'P3');
    assert.deepEqual(withOptions.review.timeline, [{ at: '2026-01-02T15:00:00Z', text: 'it broke' }]);
  });

  it('keeps headings below the action items (or timeline) in that section, even one that names a section', () => {
    const result = convertMarkdown('# Outage on 2026-01-02\n\n## Action items\n\n### Detection\n\n- Add an alert\n\n## Detection\n\nA customer told us.\n');
    assert.deepEqual(result.review.actionItems, [{ title: 'Add an alert', 'x-group': 'Detection' }]);
    assert.deepEqual(result.review.response, { detection: 'A customer told us.' });
  });

  it('puts a paragraph that fits nowhere in x-unsorted, and tells a non-postmortem apart', () => {
    const result = convertMarkdown('Intro text.\n\n## Summary\n\nShort.\n');
    assert.equal(result.review['x-unsorted'], 'Intro text.');
    assert.match(convertMarkdown('# Install\n\n## Usage\n\nRun it.\n').notPostmortem ?? '', /no postmortem sections/);
  });

  it('keeps every word of random documents of headings, lists, tables and paragraphs, and never throws', () => {
    const word = fc.stringMatching(/^[A-Za-z]{1,8}$/);
    const line = fc.array(word, { minLength: 1, maxLength: 8 }).map((words) => words.join(' '));
    const sectionName = fc.constantFrom('Summary', 'Timeline', 'Action items', 'Lessons learned', 'Impact', 'What went well', 'References');
    const heading = fc.tuple(fc.integer({ min: 1, max: 4 }), fc.oneof(sectionName, line)).map(([level, text]) => `${'#'.repeat(level)} ${text}`);
    const time = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
    const listItem = fc.oneof(line, fc.tuple(time, line).map(([t, l]) => `${t} ${l}`), line.map((l) => `[x] ${l}`));
    const list = fc.array(listItem, { minLength: 1, maxLength: 5 }).map((items) => items.map((i) => `- ${i}`).join('\n'));
    const table = fc.tuple(fc.array(word, { minLength: 2, maxLength: 3 }), fc.array(fc.array(word, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 3 }))
      .map(([header, rows]) => {
        const cols = header.length;
        return [`| ${header.join(' | ')} |`, `|${' --- |'.repeat(cols)}`, ...rows.map((row) => `| ${row.slice(0, cols).join(' | ')} |`)].join('\n');
      });
    const block = fc.oneof(heading, list, table, line);
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 12 }), fc.constantFrom('2026-03-14', undefined), (blocks, day) => {
        const markdown = `${day ? `---\ndate: ${day}\n---\n\n` : ''}${blocks.join('\n\n')}\n`;
        const result = convertMarkdown(markdown);
        const { ratio, missing } = wordCoverage(markdown, result.review);
        assert.equal(ratio, 1, `lost ${missing.join(' ')} from:\n${markdown}`);
        const findings = lint(conversionText(result, 'x.md')).findings.filter((f) => (f.rule === 'schema' || f.rule === 'yaml-syntax') && f.path?.[0] !== 'severity');
        assert.deepEqual(findings, [], markdown);
      }),
      { numRuns: 100 },
    );
  });
});
