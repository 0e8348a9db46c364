import * as assert from 'node:assert/strict';
import { applyEdits } from './edit';
import { lint } from './lint';
import { actionIdFix, fixesFor, type Fix } from './quick-fixes';
import { yaml } from './rules/testing';

const NOW = new Date(2026, 5, 1, 12);

/** The fixes for the first finding of `rule` in `text`. */
function fixes(text: string, rule: string, owners: string[] = []): Fix[] {
  const finding = lint(text, { now: NOW }).findings.find((f) => f.rule === rule);
  assert.ok(finding, `no ${rule} finding`);
  return fixesFor(text, finding, { now: NOW, owners });
}

const HEAD = yaml('pir: 1', 'title: Outage', 'severity: P2', 'status: draft');

describe('fixesFor', () => {
  it('adds a missing list section as its skeleton, where the schema orders it', () => {
    const text = HEAD + yaml('summary: x', 'rootCause: y');
    const [fix] = fixes(text, 'missing-section');
    assert.equal(fix.title, 'Add section `timeline`');
    assert.equal(applyEdits(text, fix.edits), HEAD + yaml('summary: x', 'rootCause: y', 'timeline:', '  - at: ""', '    text: ""'));
  });

  it('adds a missing prose section as a block scalar with the cursor inside', () => {
    const [fix] = fixes(HEAD, 'missing-section');
    assert.equal(fix.snippet, true);
    assert.equal(applyEdits(HEAD, fix.edits), HEAD + yaml('summary: |', '  $0'));
  });

  it('adds an owner as a snippet choice of the workspace owners', () => {
    const text = HEAD + yaml('actionItems:', '  - title: Cost $5}', '    due: 2026-07-01');
    const [fix] = fixes(text, 'action-owner', ['sre-team', 'dana']);
    assert.equal(applyEdits(text, fix.edits), HEAD + yaml('actionItems:', '  - title: Cost $5}', '    owner: ${1|sre-team,dana|}', '    due: 2026-07-01'));
  });

  it('adds a due date two weeks out, selected for overwriting', () => {
    const text = HEAD + yaml('actionItems:', '  - title: Alert on queue depth', '    owner: sre');
    const [fix] = fixes(text, 'action-due');
    assert.equal(applyEdits(text, fix.edits), HEAD + yaml('actionItems:', '  - title: Alert on queue depth', '    owner: sre', '    due: ${1:2026-06-15}'));
  });

  it('adds a completion date to a done item, today selected for overwriting', () => {
    const text = HEAD + yaml('actionItems:', '  - title: Alert on queue depth', '    status: done', '    outcome: Alert live');
    const [fix] = fixes(text, 'action-completed');
    assert.equal(fix.title, 'Add completion date');
    assert.equal(applyEdits(text, fix.edits),
      HEAD + yaml('actionItems:', '  - title: Alert on queue depth', '    status: done', '    completed: ${1:2026-06-01}', '    outcome: Alert live'));
  });

  it('sorts the timeline', () => {
    const text = HEAD + yaml('timeline:', '  - at: 2026-03-14T09:30:00Z', '    text: b', '  - at: 2026-03-14T09:12:00Z', '    text: a');
    const [fix] = fixes(text, 'timeline-order');
    assert.equal(applyEdits(text, fix.edits), HEAD + yaml('timeline:', '  - at: 2026-03-14T09:12:00Z', '    text: a', '  - at: 2026-03-14T09:30:00Z', '    text: b'));
  });

  it('offers each allowed value for a bad enum value', () => {
    const text = HEAD.replace('P2', 'P5');
    const found = fixes(text, 'schema');
    assert.deepEqual(found.map((fix) => fix.title), ['Change to `P1`', 'Change to `P2`', 'Change to `P3`', 'Change to `P4`']);
    assert.equal(applyEdits(text, found[2].edits), HEAD.replace('P2', 'P3'));
  });

  it('offers the closest known keys for an unknown key, preferring a near miss', () => {
    const text = HEAD + yaml('sumary: x');
    const found = fixes(text, 'schema');
    assert.equal(found.length, 3);
    assert.equal(found[0].title, 'Change to `summary`');
    assert.equal(found[0].preferred, true);
  });

  it('gives a duplicate action item id the next free one', () => {
    const text = HEAD + yaml('actionItems:', '  - id: AI-3', '    title: a', '  - id: AI-3', '    title: b');
    const [fix] = fixes(text, 'action-duplicate-id');
    assert.equal(fix.title, 'Use a new id: AI-4');
    assert.equal(applyEdits(text, fix.edits), HEAD + yaml('actionItems:', '  - id: AI-3', '    title: a', '  - id: AI-4', '    title: b'));
  });
});

describe('actionIdFix', () => {
  it('gives an action item without an id the next free one', () => {
    const text = HEAD + yaml('actionItems:', '  - title: Alert on queue depth', '    due: 2026-07-01');
    const finding = lint(text, { now: NOW }).findings.find((f) => f.rule === 'action-owner')!;
    const fix = actionIdFix(text, finding);
    assert.equal(applyEdits(text, fix!.edits), HEAD + yaml('actionItems:', '  - id: AI-1', '    title: Alert on queue depth', '    due: 2026-07-01'));
  });

  it('offers nothing for an item that has an id', () => {
    const text = HEAD + yaml('actionItems:', '  - id: AI-1', '    title: Alert on queue depth');
    const finding = lint(text, { now: NOW }).findings.find((f) => f.rule === 'action-owner')!;
    assert.equal(actionIdFix(text, finding), undefined);
  });
});

describe('quick fix: a time without an offset', () => {
  it('appends the offset each offered zone has at that local time', () => {
    const text = 'pir: 1\ntimes:\n  started: 2021-06-16T10:00\n';
    const [finding] = lint(text, { now: new Date('2026-11-30T00:00:00Z') }).findings.filter((f) => /no UTC offset/.test(f.message));
    assert.ok(finding);
    const fixes = fixesFor(text, finding, { now: new Date(), zones: ['UTC', 'America/Los_Angeles'] });
    assert.deepEqual(fixes.map((f) => f.title), ['Append the offset of UTC (+00:00)', 'Append the offset of America/Los_Angeles (-07:00)']);
    assert.equal(applyEdits(text, fixes[1].edits), 'pir: 1\ntimes:\n  started: 2021-06-16T10:00-07:00\n');
  });
});
