import * as assert from 'node:assert/strict';
import { readFixtures } from './testing';

describe('import: Grafana', () => {
  it('reads epoch-millisecond annotations: alert states as detection and resolution, a region end as its own event', async () => {
    const { candidates } = await readFixtures(['own/grafana-annotations.json']);
    assert.deepEqual(
      candidates.map(({ at, kind, text }) => [at, kind, text]),
      [
        ['2026-03-14T07:01:40Z', 'detection', 'Checkout errors alerting'],
        ['2026-03-14T07:20:00Z', undefined, 'Rollback of checkout-api [run 991](https://ci.acme.example/runs/991) [deploy, rollback]'],
        ['2026-03-14T07:35:00Z', 'note', 'End of: Rollback of checkout-api [run 991](https://ci.acme.example/runs/991) [deploy, rollback]'],
        ['2026-03-14T07:45:00Z', 'resolution', 'Checkout errors ok'],
      ],
    );
  });
});
