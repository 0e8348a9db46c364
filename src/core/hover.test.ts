import * as assert from 'node:assert/strict';
import { hoverAt } from './hover';

describe('hoverAt', () => {
  it('describes the key under the cursor with its allowed values', () => {
    const text = 'pir: 1\nseverity: P2\n';
    const hover = hoverAt(text, text.indexOf('severity') + 2);
    assert.ok(hover);
    assert.match(hover.markdown, /^\*\*severity\*\*\n\nIncident severity/);
    assert.match(hover.markdown, /- `P1` — Critical: full outage or data loss/);
    assert.equal(text.slice(hover.range.start, hover.range.end), 'severity');
  });

  it('names nested keys by their path', () => {
    const text = 'actionItems:\n  - title: A\n    owner: dana\n';
    assert.match(hoverAt(text, text.indexOf('owner'))!.markdown, /^\*\*actionItems\[0\]\.owner\*\*\n\nThe person or team responsible/);
  });

  it('has nothing for unknown keys or lines without a key', () => {
    assert.equal(hoverAt('x-team: a\n', 2), undefined);
    assert.equal(hoverAt('# a comment\n', 2), undefined);
  });
});
