// The converter on real postmortems nobody on this project wrote (test/fixtures/convert, see its
// README for provenance). Counts were taken by hand from the sources.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../lint';
import type { ActionItem, Lifecycle, TimelineEvent } from '../review';
import { convertMarkdown } from './convert';
import { conversionText } from './review-text';
import { wordCoverage } from './testing';

const FIXTURES = join(__dirname, '../../../../test/fixtures/convert');

interface Expected {
  file: string;
  title: string;
  day: string;
  timeline: number;
  actionItems: number;
  /** Action items marked done (checklists, status columns), when the source marks any. */
  done?: number;
  /** A few events checked exactly: index → `at`. */
  at?: Record<number, string>;
  /** The lifecycle times, whole, where the source marks the outage's start or end in its timeline. */
  times?: Lifecycle;
}

const CORPUS: Expected[] = [
  // "All times in PST", two day lines; 2:54 PM PST on the 22nd is 22:54 UTC.
  { file: 'k8s-test-infra-2019-01-23.md', title: 'January 23rd, 2019 Prow Outage', day: '2019-01-23', timeline: 11, actionItems: 2, at: { 0: '2019-01-22T22:54:00Z', 2: '2019-01-23T12:49:00Z', 10: '2019-01-23T16:36:00Z' } },
  // "[08:47]" stamps; the day comes from "All times in PST, on February 5th 2019".
  { file: 'k8s-test-infra-2019-02-05.md', title: 'February 5th, 2019 Partial Prow Outage', day: '2019-02-05', timeline: 12, actionItems: 1, at: { 0: '2019-02-05T16:47:00Z', 11: '2019-02-05T22:31:00Z' },
    // "**Outage begins.**" at 08:47 PST, "**Outage ends.**" at 09:34.
    times: { started: '2019-02-05T16:47:00Z', detected: '2019-02-05T16:57:00Z', mitigated: '2019-02-05T17:02:00Z', resolved: '2019-02-05T17:34:00Z' } },
  { file: 'k8s-test-infra-2019-02-08.md', title: 'February 8th, 2019 - Prow responding slow & Partial outage', day: '2019-02-08', timeline: 13, actionItems: 1, at: { 0: '2019-02-08T21:20:00Z' } },
  // "All times in PDT (UTC-7)"; "[12-05 16:21]" has no year: the December before the March incident.
  // The start is where it says "(**outage starts**)", not the bug landing in December. The source
  // dates the entries after 23:04 "03-26" too (they are the 27th), so they fall before the start
  // and give no lifecycle time: a person fixes the dates.
  { file: 'k8s-test-infra-2019-03-26.md', title: 'March 26th, 2019 Boskos Outage', day: '2019-03-26', timeline: 10, actionItems: 3, at: { 0: '2018-12-05T23:21:00Z', 9: '2019-03-26T15:10:00Z' },
    times: { started: '2019-03-27T06:04:00Z' } },
  // One entry is "[???]" (11 items, 10 with a time); "[07:00]" after "[23:55]" is the next day.
  { file: 'k8s-test-infra-2019-05-30.md', title: 'May 30th, 2019 Prow Flakiness', day: '2019-05-30', timeline: 10, actionItems: 2, at: { 0: '2019-05-30T20:26:00Z', 9: '2019-05-31T14:00:00Z' } },
  // "**2019-10-20 00:55: …**" names its own day; the rest are on 2019-10-21 in UTC.
  { file: 'rust-2019-10-24-docsrs-outage-postmortem.md', title: 'docs.rs outage postmortem', day: '2019-10-21', timeline: 13, actionItems: 4, at: { 0: '2019-10-20T00:55:00Z', 1: '2019-10-21T01:38:00Z' } },
  // "### 2020-02-20" and "### 2020-02-21" day headings.
  { file: 'rust-2020-02-26-crates-io-incident-report.md', title: 'crates.io incident report for 2020-02-20', day: '2020-02-20', timeline: 17, actionItems: 5, at: { 0: '2020-02-20T21:17:00Z', 16: '2020-02-21T14:10:00Z' } },
  { file: 'rust-2021-04-28-rustup-1.24.0-incident-report.md', title: 'Rustup 1.24.0 release incident report for 2021-04-27', day: '2021-04-27', timeline: 0, actionItems: 2 },
  { file: 'rust-2023-02-08-dns-outage-portmortem.md', title: 'DNS Outage on 2023-01-25', day: '2023-01-25', timeline: 0, actionItems: 0 },
  // Atlassian's template; "12:32 UTC – …" under "### 2023-07-19".
  { file: 'rust-2023-07-21-crates-io-postmortem.md', title: 'crates.io Postmortem: Broken Crate Downloads', day: '2023-07-20', timeline: 16, actionItems: 3, at: { 0: '2023-07-19T12:32:00Z', 15: '2023-07-20T14:10:00Z' } },
  // A table timeline, "Date and Time in CET" in its header; "2019-12-03 --:--" is known only by its day.
  { file: 'dfds-PM2019-009-ip-starvation.md', title: 'Kubernetes network infrastructure IP starvation', day: '2019-11-29', timeline: 14, actionItems: 4, at: { 0: '2019-11-29T11:00:00Z', 5: '2019-12-03', 13: '2019-12-05T11:00:00Z' } },
  // A table over four weeks; three rows have a day and no time; one row is out of order (15:50, then 14:30).
  { file: 'dfds-PM2021-011-log4shell.md', title: 'Log4Shell investigations', day: '2021-12-10', timeline: 26, actionItems: 6, at: { 0: '2021-12-10', 1: '2021-12-10T15:40:00Z', 8: '2021-12-13T14:30:00Z', 22: '2021-12-17', 25: '2022-01-04T11:03:00Z' } },
  // "all times in PST/PDT": 2016-11-02 is still daylight time (UTC-7), 2016-11-07 standard (UTC-8).
  // "### 2016-10-24" over a paragraph with no time; "**15:11**" lines joined by <br>; action
  // tables under "### Prevention", "### Detection", "### Fixes".
  { file: 'flutter-Postmortem-Build-Breakage-on-2016-11-08.md', title: 'Flutter postmortem: Build Breakage on 2016-11-08', day: '2016-11-08', timeline: 11, actionItems: 4, at: { 0: '2016-10-24', 1: '2016-11-02T22:11:00Z', 2: '2016-11-08T00:27:00Z', 10: '2016-11-08T22:15:00Z' },
    // "**<START OF OUTAGE>**" on the tag pushed on the 7th, "**<END OF OUTAGE>**" on the fix landing.
    times: { started: '2016-11-08T00:27:00Z', detected: '2016-11-08T05:36:00Z', resolved: '2016-11-08T22:15:00Z' } },
  // No title heading (the title comes from the file name); "15:27 - …<br> 21:14 - …" inside
  // wrapped paragraphs; the follow-ups are five paragraphs.
  { file: 'flutter-Postmortem-flutter.dev-outage-on-August-26-2023.md', title: 'Flutter Postmortem flutter.dev outage on August 26 2023', day: '2023-08-26', timeline: 11, actionItems: 5, at: { 0: '2023-08-25T22:27:00Z', 1: '2023-08-26T04:14:00Z', 10: '2023-08-26T19:55:00Z' },
    // "**<END OF OUTAGE>**" at 12:55 PDT.
    times: { acknowledged: '2023-08-26T11:24:00Z', resolved: '2023-08-26T19:55:00Z' } },
  // Each entry is a heading ("### 4:27", "### 8:20 - 8:24") over its paragraphs; action items in three groups.
  { file: 'mybinder-2018-01-18-reddit-hug.md', title: '2018-01-18, reddit hugs mybinder', day: '2018-01-18', timeline: 25, actionItems: 6, at: { 0: '2018-01-18T12:19:00Z', 13: '2018-01-18T16:20:00Z', 24: '2018-01-18T17:14:00Z' } },
  // A checklist: three of six items are done; "All times in CEST" (UTC+2).
  { file: 'mybinder-2018-03-26-no-space-left.md', title: '2018-03-26, "no space left on device"', day: '2018-03-26', timeline: 3, actionItems: 6, done: 3, at: { 0: '2018-03-26T08:34:00Z', 2: '2018-03-26T13:00:00Z' } },
  // "### 2022-01-28 09:00" headings over paragraphs and code, "All times in CET"; numbered lists.
  { file: 'mybinder-2022-01-27-prime-version.md', title: '2022-01-27, stale prime version', day: '2022-01-27', timeline: 5, actionItems: 4, at: { 0: '2022-01-27T10:00:00Z', 3: '2022-01-28T08:00:00Z' } },
];

describe('convert: real postmortems', () => {
  for (const expected of CORPUS) {
    describe(expected.file, () => {
      const markdown = readFileSync(join(FIXTURES, expected.file), 'utf8');
      const conversion = convertMarkdown(markdown, { fileName: expected.file });
      const timeline = (conversion.review.timeline ?? []) as TimelineEvent[];

      it('finds the title, the date and what was counted by hand', () => {
        assert.equal(conversion.title, expected.title);
        assert.equal(conversion.day, expected.day);
        assert.equal(timeline.length, expected.timeline);
        const actionItems = (conversion.review.actionItems ?? []) as ActionItem[];
        assert.equal(actionItems.length, expected.actionItems);
        if (expected.done !== undefined) assert.equal(actionItems.filter((item) => item.status === 'done').length, expected.done);
        for (const [index, at] of Object.entries(expected.at ?? {})) assert.equal(timeline[Number(index)].at, at, `timeline[${index}]`);
        if (expected.times) assert.deepEqual(conversion.review.times, expected.times);
        assert.equal(conversion.fileName.slice(0, 11), `${expected.day}-`);
        assert.equal(conversion.notPostmortem, undefined);
      });

      it('keeps at least 99% of the words of its prose', () => {
        const { ratio, missing } = wordCoverage(markdown, conversion.review);
        assert.ok(ratio >= 0.99, `${(ratio * 100).toFixed(2)}% kept; missing: ${missing.join(' ')}`);
      });

      it('lints with no YAML or schema error but the severity it asks for', () => {
        const findings = lint(conversionText(conversion, expected.file)).findings.filter((f) => f.rule === 'schema' || f.rule === 'yaml-syntax');
        // None of these postmortems states a severity: the draft leaves it for a person.
        assert.deepEqual(findings.map((f) => f.message), ['Missing required key `severity`.']);
        const withSeverity = convertMarkdown(markdown, { fileName: expected.file, severity: 'P3' });
        const text = conversionText(withSeverity, expected.file);
        assert.deepEqual(lint(text).findings.filter((f) => f.rule === 'schema' || f.rule === 'yaml-syntax'), []);
      });
    });
  }
});
