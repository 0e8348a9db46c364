import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analysisParts } from '../analysis';
import { applyEdits, EditError } from '../edit';
import { ParsedReview } from '../parse';
import { yaml } from '../rules/testing';
import { rootCauseEdits, rootCauseQuestion, type RootCauseEditIntent } from './root-cause';

const REVIEW = yaml(
  'pir: 1',
  'title: Checkout outage',
  'summary: x',
  'analysis:',
  '  fiveWhys:',
  '    problem: Checkout failed',
  '    whys:',
  '      # first answer',
  '      - The API threw on every request',
  '      - The payload was a string',
  '  fishbone:',
  '    effect: Checkout down',
  '    causes:',
  '      - category: tools',
  '        text: UI checks syntax only',
  '      - category: process',
  '        text: No canary for flags',
  '      - category: tools',
  '        text: Dashboard hides flag changes',
  'contributingFactors:',
  '  - text: No canary for flags',
  '    category: process',
);

const apply = (intent: RootCauseEditIntent, text = REVIEW) => applyEdits(text, rootCauseEdits(text, intent));
const partsOf = (text: string) => analysisParts(new ParsedReview(text).value);

describe('root-cause intents: 5 Whys', () => {
  it('sets the problem, and removes it when cleared', () => {
    assert.match(apply({ type: 'setProblem', baseVersion: 1, value: 'Checkout returned 500s' }), /^ {4}problem: Checkout returned 500s$/m);
    assert.equal(partsOf(apply({ type: 'setProblem', baseVersion: 1, value: null })).problem, undefined);
    assert.equal(partsOf(apply({ type: 'setProblem', baseVersion: 1, value: '  ' })).problem, undefined);
  });

  it('adds a why after any step, creating the chain when there is none', () => {
    const out = apply({ type: 'addWhy', baseVersion: 1, index: 1, text: 'Nothing checks the payload shape' });
    assert.deepEqual(partsOf(out).whys, ['The API threw on every request', 'Nothing checks the payload shape', 'The payload was a string']);
    assert.match(out, /# first answer\n {6}- The API threw/, 'the comment stays with its answer');
    const created = apply({ type: 'addWhy', baseVersion: 1, index: 0, text: 'First' }, yaml('pir: 1', 'title: T'));
    assert.deepEqual(partsOf(created).whys, ['First']);
    assert.throws(() => rootCauseEdits(REVIEW, { type: 'addWhy', baseVersion: 1, index: 3, text: 'x' }), EditError);
  });

  it('updates, deletes and moves whys, leaving the rest of the text alone', () => {
    const updated = apply({ type: 'updateWhy', baseVersion: 1, index: 1, text: 'The payload: a JSON string # not an object' });
    assert.equal(partsOf(updated).whys[1], 'The payload: a JSON string # not an object');
    assert.equal(updated.replace(/^ {6}- .*payload.*$/m, ''), REVIEW.replace(/^ {6}- .*payload.*$/m, ''));
    const deleted = apply({ type: 'deleteWhy', baseVersion: 1, index: 0 });
    assert.deepEqual(partsOf(deleted).whys, ['The payload was a string']);
    assert.doesNotMatch(deleted, /# first answer/);
    assert.deepEqual(partsOf(apply({ type: 'moveWhy', baseVersion: 1, from: 1, to: 0 })).whys,
      ['The payload was a string', 'The API threw on every request']);
  });

  it('refuses whys that are not there', () => {
    for (const intent of [
      { type: 'updateWhy', baseVersion: 1, index: 2, text: 'x' },
      { type: 'deleteWhy', baseVersion: 1, index: 9 },
      { type: 'moveWhy', baseVersion: 1, from: 0, to: 2 },
    ] satisfies RootCauseEditIntent[]) {
      assert.throws(() => rootCauseEdits(REVIEW, intent), EditError, JSON.stringify(intent));
    }
  });

  it('uses the last answer as the root cause, placed where the schema orders it', () => {
    const out = apply({ type: 'useAsRootCause', baseVersion: 1 });
    assert.match(out, /^summary: x\nrootCause: The payload was a string\nanalysis:/m);
    assert.deepEqual(rootCauseEdits(out, { type: 'useAsRootCause', baseVersion: 1 }), [], 'already the root cause: nothing to do');
    assert.throws(() => rootCauseEdits(yaml('pir: 1', 'title: T'), { type: 'useAsRootCause', baseVersion: 1 }), EditError);
  });

  it('asks before replacing a root cause someone wrote, and only then', () => {
    const intent: RootCauseEditIntent = { type: 'useAsRootCause', baseVersion: 1 };
    assert.equal(rootCauseQuestion(REVIEW, intent), undefined, 'no root cause yet');
    assert.equal(rootCauseQuestion(REVIEW.replace('summary: x', 'summary: x\nrootCause: ""'), intent), undefined, 'an empty one');
    assert.equal(rootCauseQuestion(REVIEW.replace('summary: x', 'summary: x\nrootCause: The payload was a string'), intent), undefined);
    const question = rootCauseQuestion(REVIEW.replace('summary: x', 'summary: x\nrootCause: Human error'), intent);
    assert.deepEqual(question, {
      message: 'Replace the root cause with the last answer of the 5 Whys?',
      detail: 'Now: Human error\n\nNew: The payload was a string',
    });
    assert.equal(rootCauseQuestion(REVIEW, { type: 'deleteWhy', baseVersion: 1, index: 0 }), undefined);
  });
});

describe('root-cause intents: fishbone', () => {
  it('sets and clears the effect', () => {
    assert.equal(partsOf(apply({ type: 'setEffect', baseVersion: 1, value: 'HTTP 500 for 46 minutes' })).effect, 'HTTP 500 for 46 minutes');
    assert.equal(partsOf(apply({ type: 'setEffect', baseVersion: 1, value: null })).effect, undefined);
  });

  it('adds a cause after the last of its category, keys in schema order', () => {
    const out = apply({ type: 'addCause', baseVersion: 1, cause: { category: 'process', text: 'No second reviewer' } });
    assert.match(out, / {6}- category: process\n {8}text: No canary for flags\n {6}- category: process\n {8}text: No second reviewer\n {6}- category: tools/);
    const other = apply({ type: 'addCause', baseVersion: 1, cause: { category: 'people', text: 'On-call not trained' } });
    assert.deepEqual(partsOf(other).causes.at(-1), { category: 'people', text: 'On-call not trained' });
    const atIndex = apply({ type: 'addCause', baseVersion: 1, index: 0, cause: { category: 'people', text: 'First' } });
    assert.deepEqual(partsOf(atIndex).causes[0], { category: 'people', text: 'First' });
    const created = apply({ type: 'addCause', baseVersion: 1, cause: { category: 'tools', text: 'x' } }, yaml('pir: 1', 'title: T'));
    assert.deepEqual(partsOf(created).causes, [{ category: 'tools', text: 'x' }]);
    assert.throws(() => rootCauseEdits(REVIEW, { type: 'addCause', baseVersion: 1, index: 4, cause: { category: 'tools', text: 'x' } }), EditError);
  });

  it('edits a cause text, moves it to another bone and deletes it', () => {
    assert.equal((partsOf(apply({ type: 'updateCause', baseVersion: 1, index: 2, text: 'Dashboard: no flags' })).causes[2] as { text: string }).text,
      'Dashboard: no flags');
    const moved = apply({ type: 'moveCause', baseVersion: 1, index: 0, category: 'systems' });
    assert.match(moved, / {6}- category: systems\n {8}text: UI checks syntax only/);
    const deleted = partsOf(apply({ type: 'deleteCause', baseVersion: 1, index: 1 })).causes;
    assert.deepEqual(deleted.map((c) => (c as { text: string }).text), ['UI checks syntax only', 'Dashboard hides flag changes']);
    assert.throws(() => rootCauseEdits(REVIEW, { type: 'deleteCause', baseVersion: 1, index: 3 }), EditError);
    assert.throws(() => rootCauseEdits(yaml('pir: 1', 'analysis:', '  fishbone:', '    causes: [x]'), { type: 'updateCause', baseVersion: 1, index: 0, text: 'y' }), EditError);
  });

  it('promotes a cause to a contributing factor once', () => {
    const out = apply({ type: 'promoteCause', baseVersion: 1, index: 0 });
    assert.match(out, /contributingFactors:\n {2}- text: No canary for flags\n {4}category: process\n {2}- text: UI checks syntax only\n {4}category: tools\n$/);
    assert.deepEqual(rootCauseEdits(REVIEW, { type: 'promoteCause', baseVersion: 1, index: 1 }), [], 'an identical factor exists');
    const created = apply({ type: 'promoteCause', baseVersion: 1, index: 0 }, REVIEW.replace(/contributingFactors:[^]*$/, ''));
    assert.deepEqual(partsOf(created).factors, [{ text: 'UI checks syntax only', category: 'tools' }]);
  });

  it('keeps hostile text a YAML string', () => {
    const hostile = '<svg onload=alert(1)>\n- category: people\n  text: injected';
    const out = apply({ type: 'updateCause', baseVersion: 1, index: 0, text: hostile });
    const { causes } = partsOf(out);
    assert.equal(causes.length, 3);
    assert.equal((causes[0] as { text: string }).text, hostile);
  });

  it('edits a real example review', () => {
    const file = path.resolve(__dirname, '../../../../examples/2026-03-14-config-rollout-outage.pir.yaml');
    const text = readFileSync(file, 'utf8');
    const before = partsOf(text);
    const out = apply({ type: 'addCause', baseVersion: 1, cause: { category: 'systems', text: 'Pods cache the payload' } }, text);
    const after = partsOf(out);
    assert.equal(after.causes.length, before.causes.length + 1);
    assert.equal(out.split('\n').length, text.split('\n').length + 2, 'two new lines, nothing else rewritten');
    assert.ok(out.startsWith(text.slice(0, text.indexOf('      - category: people'))));
  });
});

describe('root-cause intents: several 5-Whys chains', () => {
  const chainsOf = (text: string) => partsOf(text).chains;

  it('turns the single chain into a list of two when a chain is added, keeping the first', () => {
    const text = apply({ type: 'addChain', baseVersion: 1 });
    const chains = chainsOf(text);
    assert.equal(chains.length, 2);
    assert.deepEqual(chains[0], { problem: 'Checkout failed', whys: ['The API threw on every request', 'The payload was a string'] });
    assert.deepEqual(chains[1].whys, []);
    // The rest of the review is untouched.
    assert.match(text, /^ {4}effect: Checkout down$/m);
  });

  it('edits the chain an intent names, and only that one', () => {
    let text = apply({ type: 'addChain', baseVersion: 1 });
    text = apply({ type: 'setProblem', baseVersion: 2, chain: 1, value: 'Backups were empty' }, text);
    text = apply({ type: 'addWhy', baseVersion: 3, chain: 1, index: 0, text: 'pg_dump failed silently' }, text);
    text = apply({ type: 'addWhy', baseVersion: 4, chain: 1, index: 1, text: 'Its alerts went to a filtered inbox' }, text);
    text = apply({ type: 'moveWhy', baseVersion: 5, chain: 1, from: 1, to: 0 }, text);
    text = apply({ type: 'updateWhy', baseVersion: 6, chain: 0, index: 1, text: 'The payload was a JSON string' }, text);
    const chains = chainsOf(text);
    assert.deepEqual(chains[1], { problem: 'Backups were empty', whys: ['Its alerts went to a filtered inbox', 'pg_dump failed silently'] });
    assert.deepEqual(chains[0].whys, ['The API threw on every request', 'The payload was a JSON string']);
    assert.deepEqual(analysisParts(new ParsedReview(text).value, 1).chainPath, ['analysis', 'fiveWhys', 1]);
    // A third chain goes after the others.
    assert.equal(chainsOf(apply({ type: 'addChain', baseVersion: 7 }, text)).length, 3);
  });

  it('uses the named chain for the root cause', () => {
    let text = apply({ type: 'addChain', baseVersion: 1 });
    text = apply({ type: 'addWhy', baseVersion: 2, chain: 1, index: 0, text: 'Replication lag was not monitored' }, text);
    assert.match(apply({ type: 'useAsRootCause', baseVersion: 3, chain: 1 }, text), /^rootCause: Replication lag was not monitored$/m);
  });

  it('deletes a chain, and refuses a chain that is not there', () => {
    const two = apply({ type: 'addChain', baseVersion: 1 });
    const one = apply({ type: 'deleteChain', baseVersion: 2, chain: 0 }, two);
    assert.equal(chainsOf(one).length, 1);
    assert.equal(chainsOf(one)[0].problem, '');
    assert.throws(() => rootCauseEdits(REVIEW, { type: 'addWhy', baseVersion: 1, chain: 2, index: 0, text: 'x' }), EditError);
    assert.throws(() => rootCauseEdits(two, { type: 'deleteWhy', baseVersion: 1, chain: 5, index: 0 }), EditError);
  });

  it('starts a list when there is no chain yet', () => {
    const text = apply({ type: 'addChain', baseVersion: 1 }, yaml('pir: 1', 'title: t'));
    assert.deepEqual(chainsOf(text), [{ problem: '', whys: [] }]);
  });
});
