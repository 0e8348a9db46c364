import * as assert from 'node:assert/strict';
import { alignColumns } from './table';

describe('alignColumns', () => {
  it('pads each column to its widest cell and right-aligns the columns asked for', () => {
    assert.deepEqual(alignColumns([['name', 'ms', 'note'], ['parse', '1234.5', ''], ['x', '7', 'ok']], { separator: ' | ', right: [1] }), [
      'name  |     ms | note',
      'parse | 1234.5 |',
      'x     |      7 | ok',
    ]);
  });
});
