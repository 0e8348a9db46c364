import * as assert from 'node:assert/strict';
import { DEFAULT_ID_FORMAT, parseConfig } from './config';
import { nextReviewId } from './review-id';

const MARCH_14 = new Date(2026, 2, 14);

describe('nextReviewId', () => {
  it('numbers reviews of the same year one above the highest in the workspace', () => {
    assert.equal(nextReviewId(DEFAULT_ID_FORMAT, MARCH_14, []), 'PIR-2026-001');
    assert.equal(nextReviewId(DEFAULT_ID_FORMAT, MARCH_14, ['PIR-2026-007', 'PIR-2026-019', 'PIR-2025-044', 'PIR-2026-3x']), 'PIR-2026-020');
  });

  it('starts again at 1 in a new year, and widens past the padding', () => {
    assert.equal(nextReviewId(DEFAULT_ID_FORMAT, new Date(2027, 0, 2), ['PIR-2026-031']), 'PIR-2027-001');
    assert.equal(nextReviewId(DEFAULT_ID_FORMAT, MARCH_14, ['PIR-2026-999']), 'PIR-2026-1000');
  });

  it('follows a team format with month, day and other separators', () => {
    assert.equal(nextReviewId('INC.YYYYMMDD.NN', MARCH_14, ['INC.20260314.04', 'INC.20260313.09']), 'INC.20260314.05');
    assert.equal(nextReviewId('postmortem-NNNN', MARCH_14, ['postmortem-0012']), 'postmortem-0013');
  });

  it('is read from .pirrc.yaml, which rejects a format without a number', () => {
    assert.equal(parseConfig('idFormat: OPS-YYYY-NNNN\n', []).config.idFormat, 'OPS-YYYY-NNNN');
    assert.match(parseConfig('idFormat: OPS-YYYY\n', []).errors.join(), /needs NNN/);
  });
});
