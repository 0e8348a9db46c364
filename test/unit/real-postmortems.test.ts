// Real postmortems, transcribed from their published text into test/fixtures/real/ (sources and
// licences at the top of each file). Nobody on this project wrote the incidents, so what the
// linter, the exports and the metrics make of them is a check on the tools, not on our examples.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { captureIo } from '../../src/cli/testing';
import { main } from '../../src/cli/main';
import { lint } from '../../src/core/lint';
import type { ReliabilityReport } from '../../src/core/reliability';
import { renderHtml } from '../../src/core/render/html';
import { renderMarkdown } from '../../src/core/render/markdown';

// Compiled to out/test/unit, so the repository root is three levels up.
const ROOT = join(__dirname, '..', '..', '..');
const REAL = join(ROOT, 'test/fixtures/real');
const NOW = new Date('2026-11-30T12:00:00Z');

const read = (name: string) => readFileSync(join(REAL, name), 'utf8');

/** Findings as "line rule", sorted, for exact comparison. */
function findingsOf(name: string): string[] {
  const { parsed, findings } = lint(read(name), { now: NOW });
  return findings.map((f) => `${parsed.position(f.range.start).line} ${f.rule}`).sort();
}

/** The 1-based line of each action item's title (`- id: AI-n` is the line before): where its findings point. */
function actionLines(name: string): number[] {
  const lines = read(name).split('\n');
  return lines.flatMap((line, i) => (/^ {2}- id: AI-\d+$/.test(line) && /^ {4}title: /.test(lines[i + 1]) ? [i + 2] : []));
}

describe('real postmortems', () => {
  const files = readdirSync(REAL).filter((n) => n.endsWith('.pir.yaml'));

  it('has at least three, each naming its source URL and licence at the top', () => {
    assert.ok(files.length >= 3, files.join(', '));
    for (const name of files) {
      const head = read(name).split('\npir:')[0];
      assert.match(head, /^# Source: /, name);
      assert.match(head, /https:\/\/\S+/, name);
      assert.match(head, /Licence: /, name);
    }
  });

  describe('lint', () => {
    // The sources name no owners or due dates for their follow-ups: exactly what the linter asks
    // for, and nothing else. In particular no blame-language note: these are blameless texts that
    // use "failed", "nobody" and "should" about systems.
    for (const name of ['2019-10-21-docs-rs-disk-full.pir.yaml', '2020-02-20-crates-io-index-sync.pir.yaml', '2023-07-20-crates-io-broken-downloads.pir.yaml']) {
      it(`${name}: only a missing owner and due date on each action item`, () => {
        const lines = actionLines(name);
        assert.ok(lines.length >= 3);
        const expected = lines.flatMap((line) => [`${line} action-due`, `${line} action-owner`]).sort();
        assert.deepEqual(findingsOf(name), expected);
      });
    }

    it('flags a person named as the root cause once one is added to a real review', () => {
      const text = read('2019-10-21-docs-rs-disk-full.pir.yaml').replace('rootCause: |\n', 'rootCause: |\n  QuietMisdreavus did not clean the directory.\n');
      const { findings } = lint(text, { now: NOW });
      const blame = findings.filter((f) => f.rule === 'blame-language');
      assert.equal(blame.length, 1);
      assert.match(blame[0].message, /^The root cause names a person \("QuietMisdreavus"\)/);
    });
  });

  describe('export', () => {
    it('keeps the minutes of a 42 h 32 min MTTR and the code spans of the text', () => {
      const review = lint(read('2019-10-21-docs-rs-disk-full.pir.yaml')).parsed.value;
      const markdown = renderMarkdown(review);
      assert.match(markdown, /\| 1d 0h 43m \| 1m \| 1d 18h 32m \| 1d 1h 11m \|/);
      assert.match(markdown, /`\/opt\/docs-rs-prefix\/documentations`/);
      const html = renderHtml(review, { standalone: true });
      assert.match(html, /<dd>1d 18h 32m<\/dd>/);
      assert.doesNotMatch(html, /href="http:\/\/docs\.rs/, 'docs.rs is a name here, not a link');
    });

    it('keeps an autolink in a Markdown field a link, and a broken host name in code as text', () => {
      const review = lint(read('2023-07-20-crates-io-broken-downloads.pir.yaml')).parsed.value;
      const markdown = renderMarkdown(review);
      assert.match(markdown, /<https:\/\/crates\.io\/api\/v1\/crates\/smallvec\/1\.10\.0\/download>/);
      const html = renderHtml(review, { standalone: false });
      assert.match(html, /<a href="https:\/\/crates\.io\/api\/v1\/crates\/smallvec\/1\.10\.0\/download"/);
      assert.match(html, /<code>https:\/\/static\.crates\.iocrates\/smallvec\/smallvec-1\.10\.0\.crate<\/code>/);
      assert.doesNotMatch(html, /href="https:\/\/static\.crates\.iocrates/);
    });

    it('links the tracker of each action item', () => {
      const html = renderHtml(lint(read('2020-02-20-crates-io-index-sync.pir.yaml')).parsed.value, { standalone: false });
      for (const issue of [2226, 2227, 2228, 2229, 2230]) assert.match(html, new RegExp(`href="https://github\\.com/rust-lang/crates\\.io/issues/${issue}"`));
    });
  });

  describe('metrics', () => {
    async function metrics(...args: string[]) {
      const captured = captureIo(ROOT);
      const code = await main(['metrics', 'test/fixtures/real', '--now', '2026-11-30', ...args], captured.io);
      assert.equal(code, 0, captured.err());
      return captured.out();
    }

    it('reports the three incidents in their months, with their response times', async () => {
      const report = JSON.parse(await metrics('--format', 'json')) as ReliabilityReport;
      assert.equal(report.reviewCount, 3);
      const busy = report.months.filter((m) => m.incidents.total > 0);
      assert.deepEqual(busy.map((m) => [m.month, m.incidents.P1, m.incidents.P2, m.incidents.P3]), [
        ['2019-10', 0, 1, 0], ['2020-02', 0, 0, 1], ['2023-07', 1, 0, 0],
      ]);
      // MTTR: 42 h 32 min (docs.rs), 16 h 53 min (index sync), 1 h 53 min (downloads).
      assert.deepEqual(busy.map((m) => m.mttr?.ms), [(42 * 60 + 32) * 60_000, (16 * 60 + 53) * 60_000, 113 * 60_000]);
      assert.deepEqual(report.totals.actions.total, 12);
    });

    it('prints only the months with incidents, saying how many are empty', async () => {
      const text = await metrics();
      assert.match(text, /^3 reviews, 2019-10 to 2023-07\n43 months without incidents not shown\.\n/);
      assert.equal(text.match(/^2021-/gm), null);
      assert.match(text, /\n2019-10 +1d 0h 43m \(1\) +1m \(1\) +1d 18h 32m \(1\)\n/);
    });
  });
});
