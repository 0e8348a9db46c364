import * as assert from 'node:assert/strict';
import { findSeverity, severityFromText } from './severity';

describe('convert/severity', () => {
  it('maps SEV/P numbers and words onto the scale, most severe first', () => {
    const cases: [string, string | undefined][] = [
      ['SEV1', 'P1'], ['Sev-0', 'P1'], ['sev 2', 'P2'], ['P3', 'P3'], ['P9', 'P4'], ['critical', 'P1'], ['High', 'P2'], ['medium', 'P3'], ['minor', 'P4'], ['soon', undefined],
    ];
    for (const [value, level] of cases) assert.equal(severityFromText(value), level, value);
  });

  it('takes a team scale, also with its own names', () => {
    const scale = ['SEV1', 'SEV2', 'SEV3'];
    assert.equal(severityFromText('sev2', scale), 'SEV2');
    assert.equal(severityFromText('P4', scale), 'SEV3');
    assert.equal(severityFromText('low', scale), 'SEV3');
    // A scale from SEV0: a number picks the level of that number, not the level at that place.
    const fromZero = ['SEV0', 'SEV1', 'SEV2', 'SEV3'];
    assert.equal(severityFromText('Sev 1', fromZero), 'SEV1');
    assert.equal(severityFromText('P0', fromZero), 'SEV0');
    assert.equal(severityFromText('Severity-3', fromZero), 'SEV3');
    assert.equal(severityFromText('critical', fromZero), 'SEV0');
    assert.equal(severityFromText('minor', ['critical', 'major', 'minor']), 'minor');
  });

  it('finds a labelled severity, or a SEV token, in a document', () => {
    assert.deepEqual(findSeverity('**Severity:** high\n'), { level: 'P2', written: 'Severity:** high' });
    assert.deepEqual(findSeverity('This was declared a SEV-1 at 10:02.'), { level: 'P1', written: 'SEV-1' });
    assert.equal(findSeverity('P2 of the plan'), undefined);
  });
});
