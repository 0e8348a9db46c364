import * as assert from 'node:assert/strict';
import { redact } from './redact';

describe('import: redaction', () => {
  const cases: [string, string, number][] = [
    ['mail ops@acme.example now', 'mail [redacted] now', 1],
    ['call +1 (415) 555-0134 or +447700900123', 'call [redacted] or [redacted]', 2],
    // Short international numbers, written the ways people write them.
    ['DBA on call: +46 8 123 456, backup +354 555 1234.', 'DBA on call: [redacted], backup [redacted].', 2],
    ['Stockholm office +46-8-123-456; Monaco +377 98 98 12 34', 'Stockholm office [redacted]; Monaco [redacted]', 2],
    ['reach me on mobile: 555-0134 or tel:0171 234 567', 'reach me on mobile: [redacted] or tel:[redacted]', 2],
    ['US desk 415.555.0134', 'US desk [redacted]', 1],
    ['Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abcdefghijk', 'Authorization: Bearer [redacted]', 1],
    ['curl -H "Authorization: Basic dXNlcjpwYXNz" https://api.acme.example', 'curl -H "Authorization: Basic [redacted]" https://api.acme.example', 1],
    ['retried with Basic YWRtaW46czNjcmV0 from the runbook', 'retried with Basic [redacted] from the runbook', 1],
    ['key AKIAIOSFODNN7EXAMPLE leaked', 'key [redacted] leaked', 1],
    ['AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY in the job log', 'AWS_SECRET_ACCESS_KEY=[redacted] in the job log', 1],
    ['password=hunter2hunter2 and api_key: "abc123def456"', 'password=[redacted] and api_key: "[redacted]"', 2],
    ['set DB_PASSWORD: correcthorse and "client_secret": "s3cr3t-v4lue-x"', 'set DB_PASSWORD: [redacted] and "client_secret": "[redacted]"', 2],
    ['token: 9f8e7d6c5b4a39281706 was in the paste', 'token: [redacted] was in the paste', 1],
    ['slack xoxb-1234567890-abcdefghij and ghp_abcdefghijklmnopqrstuvwxyz0123456789', 'slack [redacted] and [redacted]', 2],
    ['webhook https://hooks.slack.com/services/T0001/B0002/XXXXXXXXXXXXXXXXXXXXXXXX posted twice', 'webhook [redacted] posted twice', 1],
    ['stripe sk_live_4eC39HqLyjWDarjtT1zdp7dc, google AIzaSyA-1234567890abcdefghijklmnopqrstu', 'stripe [redacted], google [redacted]', 2],
    ['gitlab glpat-abcdefghij0123456789 npm npm_abcdefghijklmnopqrstuvwxyz0123456789', 'gitlab [redacted] npm [redacted]', 2],
    ['JWT eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.dBjftJeZ4CVPmB92K27uhbUJU1p1r_wW1gFWFOEjXk in logs', 'JWT [redacted] in logs', 1],
    ['dsn postgres://app:Pa55word@db.acme.internal:5432/orders', 'dsn postgres://app:[redacted]@db.acme.internal:5432/orders', 1],
    ['-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA1\n-----END RSA PRIVATE KEY----- pasted by mistake', '[redacted] pasted by mistake', 1],
    ['-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAA (cut off)', '[redacted]', 1],
  ];
  for (const [input, output, count] of cases) {
    it(`redacts ${JSON.stringify(input)}`, () => assert.deepEqual(redact(input), { text: output, count }));
  }

  it('leaves ordinary incident text alone: times, IPs, versions, durations, hashes, tickets, percentages', () => {
    const lines = [
      '10.80.40.11 at 2026-03-14 07:02:10, commit 6b1806102beec559d72c24a120e753a52cf01b2a, #2041, v2.14.1, 23.28%, PR 5447',
      'INC-12345 opened 2026-03-14T07:02:10.123+01:00; JIRA-4521 and OPS-77 linked; see RFC 7231',
      'p99 latency 1234 ms (was 180 ms), error rate +15%, 503s from 192.168.1.100:8080 and [2001:db8::1]:443',
      'rolled back 6b18061 to 1.27.3-rc.1; pool size 4 of 20; outage lasted 1h 23m (1:23:45), MTTR 45s',
      'between 2026-03-14 07:00 and 2026-03-14 08:40 UTC, 1 234 567 requests failed; 12-14 March; build 20260314.1',
      'the auth token: expired at 09:00; Bearer tokens were rejected; password reset emails delayed; api key rotation planned',
      'Authorization header missing on 3% of calls; call volume doubled; the cell router in eu-west-1 failed over',
      'order 123456789 stuck, queue depth 4096, heap 2048 MB, port 5432, uptime 99.95%, 2026-W11',
    ];
    for (const text of lines) assert.deepEqual(redact(text), { text, count: 0 }, text);
  });
});
