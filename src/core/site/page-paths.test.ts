import * as assert from 'node:assert/strict';
import { reviewPagePaths } from './page-paths';

describe('reviewPagePaths', () => {
  it('flattens a review path into one page name under reviews/', () => {
    assert.deepEqual(reviewPagePaths(['reviews/2026/checkout.pir.yaml', 'db failover.pir.yml']), ['reviews/reviews-2026-checkout.html', 'reviews/db-failover.html']);
  });

  it('never gives two reviews one page, also on a case-insensitive disk', () => {
    assert.deepEqual(reviewPagePaths(['a/b.pir.yaml', 'a-b.pir.yaml', 'A/B.pir.yaml']), ['reviews/a-b.html', 'reviews/a-b-2.html', 'reviews/A-B-3.html']);
  });

  it('keeps nothing that could leave the folder or name a hidden file', () => {
    const [page] = reviewPagePaths(['../../.secret.pir.yaml']);
    assert.equal(page, 'reviews/secret.html');
  });
});
