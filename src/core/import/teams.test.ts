import * as assert from 'node:assert/strict';
import { readFixtures } from './testing';

describe('import: Microsoft Teams', () => {
  it('turns HTML bodies into text with Markdown links and skips system events and deleted messages', async () => {
    const { candidates, noise } = await readFixtures(['own/teams-chat-messages.json']);
    assert.equal(noise, 2);
    assert.deepEqual(
      candidates.map(({ at, text, actor, keyMoment }) => ({ at, text, actor, keyMoment })),
      [
        { at: '2026-03-14T07:06:40.123Z', text: 'Status page updated: [incident 77](https://status.acme.example/incidents/77)\nCustomers see errors at checkout & payment', actor: 'Ana Costa', keyMoment: true },
        { at: '2026-03-14T07:30:00Z', text: 'Support tickets: 42 so far', actor: 'Ana Costa', keyMoment: undefined },
      ],
    );
  });
});
