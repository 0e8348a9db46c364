import * as assert from 'node:assert/strict';
import { resolveConfig } from './config';
import { lint } from './lint';
import { yaml } from './rules/testing';

const now = new Date('2026-06-01T12:00:00Z');

/** A final review with every default section, that every rule passes. */
const CLEAN = yaml(
  'pir: 1',
  'title: Checkout outage after config rollout',
  'severity: P1',
  'status: final',
  'participants:',
  '  - name: Ana Lima',
  '    role: incident-commander',
  'times:',
  '  started: 2026-03-14T09:00:00Z',
  '  detected: 2026-03-14T09:07:00Z',
  '  resolved: 2026-03-14T10:00:00Z',
  'reviewed: 2026-03-16',
  'summary: Checkout returned errors for 53 minutes after a config rollout.',
  'timeline:',
  '  - at: 2026-03-14T09:00:00Z',
  '    text: Config rollout starts',
  '  - at: 2026-03-14T09:07:00Z',
  '    actor: Ana Lima',
  '    text: Error-rate alert pages the on-call',
  'rootCause: The config loader accepted a renamed key and fell back to an empty list of payment providers.',
  'contributingFactors:',
  '  - text: The rollout had no canary stage.',
  'impact:',
  '  description: No orders could be placed.',
  'response:',
  '  detection: The alert fired within seven minutes.',
  'lessonsLearned:',
  '  - Config changes need the same checks as code.',
  'actionItems:',
  '  - id: AI-1',
  '    title: Reject unknown config keys in the loader',
  '    owner: payments-team',
  '    due: 2026-07-01',
);

/** CLEAN with one line replaced: `edit('status: final', 'status: draft')`. */
function edit(from: string, to: string): string {
  assert.ok(CLEAN.includes(from), `CLEAN has no "${from}"`);
  return CLEAN.replace(from, to);
}

const rulesOf = (text: string, config = resolveConfig()) => lint(text, { now, config }).findings.map((f) => f.rule);

describe('lint', () => {
  it('finds nothing in a complete, blameless review', () => {
    assert.deepEqual(lint(CLEAN, { now }).findings, []);
  });

  describe('config', () => {
    const vague = edit('title: Reject unknown config keys in the loader', 'title: Improve monitoring');

    it('turns a rule off', () => {
      assert.deepEqual(rulesOf(vague), ['action-vague']);
      assert.deepEqual(rulesOf(vague, resolveConfig({ rules: { 'action-vague': 'off' } })), []);
    });

    it('changes a rule\'s severity, even one the rule sets per finding', () => {
      const [finding] = lint(vague, { now, config: resolveConfig({ rules: { 'action-vague': 'error' } }) }).findings;
      assert.equal(finding.severity, 'error');
      const noSummary = edit('summary: Checkout returned errors for 53 minutes after a config rollout.', 'summary: ""');
      const [missing] = lint(noSummary, { now, config: resolveConfig({ rules: { 'missing-section': 'hint' } }) }).findings;
      assert.deepEqual([missing.rule, missing.severity], ['missing-section', 'hint']);
    });

    it('changes the required sections', () => {
      const config = resolveConfig({ requiredSections: ['summary', 'wentWell'] });
      const findings = lint(CLEAN, { now, config }).findings;
      assert.deepEqual(findings.map((f) => [f.rule, f.path]), [['missing-section', ['wentWell']]]);
    });
  });

  it('makes missing-section a warning in a draft and an error in review or final', () => {
    const severities = (status: string) =>
      lint(edit('status: final', `status: ${status}`).replace(/^rootCause: .*\n/m, ''), { now }).findings.map((f) => [f.rule, f.severity]);
    assert.deepEqual(severities('draft'), [['missing-section', 'warning']]);
    assert.deepEqual(severities('in-review'), [['missing-section', 'error']]);
    assert.deepEqual(severities('final'), [['missing-section', 'error']]);
  });

  it('sorts findings by position, whatever rule found them', () => {
    const text = edit('status: final', 'status: P9')
      .replace('  detected: 2026-03-14T09:07:00Z', '  detected: 2026-03-14T08:00:00Z')
      .replace('    due: 2026-07-01', '    due: 2026-05-01');
    const findings = lint(text, { now }).findings;
    assert.deepEqual(findings.map((f) => f.rule), ['schema', 'lifecycle-order', 'action-overdue']);
    const starts = findings.map((f) => f.range.start);
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
  });

  describe('bad input', () => {
    it('reports an empty file as a schema finding', () => {
      const findings = lint('', { now }).findings;
      assert.ok(findings.some((f) => f.rule === 'schema' && /empty/.test(f.message)));
    });

    it('reports a binary file as a yaml-syntax finding and nothing else', () => {
      const findings = lint('pir: 1\ntitle: \0\x01\x02\xff\n', { now }).findings;
      assert.deepEqual(findings.map((f) => f.rule), ['yaml-syntax']);
      assert.match(findings[0].message, /NUL/);
    });

    it('reports a file with several documents as a yaml-syntax finding', () => {
      const findings = lint(`${CLEAN}---\n${CLEAN}`, { now }).findings;
      assert.deepEqual(findings.map((f) => f.rule), ['yaml-syntax']);
      assert.match(findings[0].message, /more than one/);
    });

    it('stops a "billion laughs" alias bomb quickly with a yaml-syntax finding', () => {
      const lines = ['pir: 1', 'l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
      for (let level = 1; level <= 9; level++) {
        lines.push(`l${level}: &l${level} [${Array(9).fill(`*l${level - 1}`).join(', ')}]`);
      }
      const started = Date.now();
      const findings = lint(yaml(...lines), { now }).findings;
      assert.ok(Date.now() - started < 5000, 'took too long');
      assert.deepEqual(findings.map((f) => f.rule), ['yaml-syntax']);
    });

    it('lints a ~10 MB review to the end', function () {
      this.timeout(60_000);
      // Timeline events one minute apart, with one out of order in the middle.
      const events: string[] = [];
      const start = Date.UTC(2026, 0, 1);
      for (let i = 0, size = 0; size < 10_000_000; i++) {
        const at = new Date(start + (i === 50_000 ? -1 : i) * 60_000).toISOString().replace('.000', '');
        const event = `  - at: ${at}\n    text: Step ${i} of the recovery; the worker queue drained a little further.\n`;
        events.push(event);
        size += event.length;
      }
      const text = edit('timeline:\n', `timeline:\n${events.join('')}`);
      assert.ok(text.length > 10_000_000);
      const findings = lint(text, { now }).findings;
      assert.ok(findings.some((f) => f.rule === 'timeline-order' && f.path?.[1] === 50_000));
    });

    it('reports wrong types everywhere as schema findings without crashing', () => {
      const text = yaml(
        'pir: 1',
        'title: Wrong types',
        'severity: P2',
        'status: final',
        'summary: [1, 2]',
        'rootCause: {a: 1}',
        'times: []',
        'reviewed: 5',
        'timeline: 5',
        'participants: nobody',
        'analysis: x',
        'impact: [1]',
        'actionItems: "nope"',
      );
      const findings = lint(text, { now }).findings;
      const schemaPaths = findings.filter((f) => f.rule === 'schema').map((f) => f.path?.[0]);
      for (const key of ['summary', 'rootCause', 'times', 'reviewed', 'timeline', 'participants', 'analysis', 'impact', 'actionItems']) {
        assert.ok(schemaPaths.includes(key), `no schema finding for ${key}`);
      }
    });
  });
});
