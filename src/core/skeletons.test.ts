import * as assert from 'node:assert/strict';
import { DEFAULT_REQUIRED_SECTIONS } from './config';
import { applyEdits, setIn } from './edit';
import { lint } from './lint';
import { sectionSkeleton } from './skeletons';

describe('sectionSkeleton', () => {
  it('gives every required section a shape; only the prose sections still count as empty', () => {
    let text = 'pir: 1\ntitle: Outage\nseverity: P2\nstatus: draft\n';
    for (const section of DEFAULT_REQUIRED_SECTIONS) text = applyEdits(text, setIn(text, [section], sectionSkeleton(section)));
    const missing = lint(text).findings.filter((finding) => finding.rule === 'missing-section').map((finding) => finding.message);
    assert.deepEqual(missing, ['Section `summary` is empty.', 'Section `rootCause` is empty.']);
  });

  it('gives sections without a skeleton the empty value of their schema type', () => {
    assert.deepEqual(sectionSkeleton('services'), ['']);
    assert.equal(sectionSkeleton('reviewed'), '');
  });

  it('returns a copy, so one insertion cannot change the next', () => {
    (sectionSkeleton('timeline') as unknown[]).push('changed');
    assert.equal((sectionSkeleton('timeline') as unknown[]).length, 1);
  });
});
