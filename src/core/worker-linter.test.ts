import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { resolveConfig, type ResolvedConfig } from './config';
import { lint } from './lint';
import { reviewFacts } from './review-facts';
import { WorkerLinter } from './worker-linter';
import { readReviewText } from './workspace-index';

// The real worker, as tsc compiled it next to this test.
const SCRIPT = join(__dirname, 'lint-worker.js');
const now = new Date('2026-06-01T00:00:00Z');
const config = resolveConfig();
const REVIEW = ['pir: 1', 'title: Checkout outage', 'severity: P9', 'status: draft', 'summary: It was human error.', ''].join('\n');

describe('WorkerLinter', () => {
  // One linter for all: starting a worker takes a while, and reuse is the point.
  const linter = new WorkerLinter(SCRIPT);
  after(() => linter.dispose());

  it('finds in the worker what lint finds in-process, with the facts read from the same parse', async () => {
    const result = await linter.lint('a', REVIEW, { now, config });
    assert.ok(result && result.findings.length > 0);
    const inProcess = lint(REVIEW, { now, config });
    assert.deepEqual(result.findings, inProcess.findings);
    assert.deepEqual(result.facts, reviewFacts('a', inProcess.parsed));
  });

  it("answers undefined for a text that a newer one of the same document superseded, and lints the newer", async () => {
    const older = linter.lint('a', REVIEW, { now, config });
    const newer = linter.lint('a', REVIEW.replace('P9', 'P1'), { now, config });
    assert.equal(await older, undefined);
    const findings = (await newer)?.findings;
    assert.ok(findings);
    assert.ok(!findings.some((f) => f.message.includes('severity')), 'the newer text has a valid severity');
  });

  it("lints every document's newest text, one after another", async () => {
    const [a, b] = await Promise.all([
      linter.lint('a', REVIEW, { now, config }),
      linter.lint('b', REVIEW.replace('human error', 'a missing check'), { now, config }),
    ]);
    assert.ok(a?.findings.some((f) => f.rule === 'blame-language'));
    assert.ok(b && !b.findings.some((f) => f.rule === 'blame-language'));
  });

  it('answers undefined for a cancelled document and keeps working after', async () => {
    const cancelled = linter.lint('a', REVIEW, { now, config });
    linter.cancel('a');
    assert.equal(await cancelled, undefined);
    assert.ok((await linter.lint('a', REVIEW, { now, config }))?.findings.length);
  });

  it('reads a file for the index as it is read in-process, beside the lint of the same document', async () => {
    const [lint, reading] = await Promise.all([linter.lint('file:///a.pir.yaml', REVIEW, { now, config }), linter.read('file:///a.pir.yaml', REVIEW)]);
    assert.ok(lint?.findings.length, 'the read did not stop the lint of the same uri');
    assert.deepEqual(reading, readReviewText('file:///a.pir.yaml', REVIEW));
  });

  it("answers undefined for a file's text that a newer one superseded", async () => {
    const older = linter.read('file:///b.pir.yaml', REVIEW);
    const newer = linter.read('file:///b.pir.yaml', REVIEW.replace('Checkout outage', 'Checkout outage, retitled'));
    assert.equal(await older, undefined);
    const reading = await newer;
    assert.ok(reading && 'entry' in reading);
    assert.equal(reading.entry.title, 'Checkout outage, retitled');
  });

  it('rejects when linting throws in the worker', async () => {
    const broken = { rules: null } as unknown as ResolvedConfig;
    await assert.rejects(linter.lint('a', REVIEW, { now, config: broken }), /TypeError/);
    assert.ok((await linter.lint('a', REVIEW, { now, config }))?.findings.length, 'the worker still answers');
  });
});
