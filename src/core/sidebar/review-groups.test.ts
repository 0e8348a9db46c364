import * as assert from 'node:assert/strict';
import { ReviewIndex } from '../workspace-index';
import { groupReviews } from './review-groups';

function indexOf(...reviews: [string, string][]): ReviewIndex {
  const index = new ReviewIndex();
  for (const [name, fields] of reviews) index.update(`file:///w/${name}.pir.yaml`, `pir: 1\ntitle: ${name}\n${fields}\n`);
  return index;
}

describe('groupReviews', () => {
  const index = indexOf(['a', 'status: final\nseverity: P2'], ['b', 'status: draft\nseverity: P1'], ['c', 'status: bogus'], ['d', 'status: final']);

  it('groups by status in workflow order, reviews without a valid status last', () => {
    const groups = groupReviews(index.entries(), 'status');
    assert.deepEqual(groups.map((g) => [g.key, g.label, g.entries.map((e) => e.title)]), [
      ['draft', 'Draft', ['b']],
      ['final', 'Final', ['a', 'd']],
      ['none', 'No status', ['c']],
    ]);
  });

  it('groups by severity, P1 first', () => {
    const groups = groupReviews(index.entries(), 'severity');
    assert.deepEqual(groups.map((g) => [g.label, g.entries.map((e) => e.title)]), [['P1', ['b']], ['P2', ['a']], ['No severity', ['c', 'd']]]);
  });
});
