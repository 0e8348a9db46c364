import * as assert from 'node:assert/strict';
import { isDashboardMessage } from '../../../src/core/protocol/dashboard';
import { MAX_STRING_LENGTH } from '../../../src/core/protocol/panels';

const filters = { services: ['checkout'], severities: ['P1', 'P2'], categories: ['outage'] };

describe('webview protocol validation: dashboard messages', () => {
  it('accepts each well-formed message', () => {
    const valid: unknown[] = [
      { type: 'ready' },
      { type: 'filter', filters },
      { type: 'filter', filters: { services: [], severities: [], categories: [], since: '2026-01-01', until: '2026-12-31' } },
      { type: 'openReview', uri: 'file:///w/docs/incidents/a.pir.yaml' },
    ];
    for (const message of valid) assert.equal(isDashboardMessage(message), true, JSON.stringify(message));
  });

  it('rejects malformed and hostile ones', () => {
    const invalid: unknown[] = [
      null, 'ready', [], {}, { type: 'refresh' },
      { type: 'ready', extra: 1 },
      { type: 'filter' },
      { type: 'filter', filters: { ...filters, severities: [42] } },
      { type: 'filter', filters: { ...filters, categories: ['fire'] } },
      { type: 'filter', filters: { ...filters, services: [42] } },
      { type: 'filter', filters: { ...filters, services: 'checkout' } },
      { type: 'filter', filters: { ...filters, services: Array(501).fill('s') } },
      { type: 'filter', filters: { ...filters, severities: Array(51).fill('P1') } },
      { type: 'filter', filters: { ...filters, since: '2026-02-30' } },
      { type: 'filter', filters: { ...filters, until: 20260101 } },
      { type: 'filter', filters: { ...filters, repeatWindowDays: 1 } },
      { type: 'filter', filters: { severities: [], categories: [] } },
      { type: 'openReview' },
      { type: 'openReview', uri: 42 },
      { type: 'openReview', uri: 'x'.repeat(MAX_STRING_LENGTH + 1) },
      { type: 'openReview', uri: 'file:///a\0b' },
      { type: 'openReview', uri: 'file:///a', line: 3 },
    ];
    for (const message of invalid) assert.equal(isDashboardMessage(message), false, JSON.stringify(message));
  });
});
