import * as assert from 'node:assert/strict';
import { redact } from './redact';

describe('import: redaction', () => {
  const cases: [string, string, number][] = [
    ['mail ops@acme.example now', 'mail [redacted] now', 1],
    ['call +1 (415) 555-0134 or +447700900123', 'call [redacted] or [redacted]', 2],
    ['Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abcdefghijk', 'Authorization: Bearer [redacted]', 1],
    ['key AKIAIOSFODNN7EXAMPLE leaked', 'key [redacted] leaked', 1],
    ['password=hunter2hunter2 and api_key: "abc123def456"', 'password=[redacted] and api_key: "[redacted]"', 2],
    ['slack xoxb-1234567890-abcdefghij and ghp_abcdefghijklmnopqrstuvwxyz0123456789', 'slack [redacted] and [redacted]', 2],
  ];
  for (const [input, output, count] of cases) {
    it(`redacts ${JSON.stringify(input)}`, () => assert.deepEqual(redact(input), { text: output, count }));
  }

  it('leaves IP addresses, dates, times, commit hashes, ticket and version numbers alone', () => {
    const text = '10.80.40.11 at 2026-03-14 07:02:10, commit 6b1806102beec559d72c24a120e753a52cf01b2a, #2041, v2.14.1, 23.28%, PR 5447';
    assert.deepEqual(redact(text), { text, count: 0 });
  });
});
