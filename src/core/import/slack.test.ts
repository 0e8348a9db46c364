import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFixtures, ms, OWN } from './testing';
import { readCandidates } from './read';
import { mayHoldWindow } from './slack';
import { parseSlackTs } from './instant';
import { ImportError } from './types';

/** The review's window in own/review.pir.yaml: 2 h before 06:50Z to 1 h after 08:40Z. */
const WINDOW = { since: ms('2026-03-14T04:50:00Z'), until: ms('2026-03-14T09:40:00Z') };

describe('import: Slack export', () => {
  it('reads the real export: UTC times from ts, names from users.json, bot text from attachments, joins skipped', async () => {
    const { candidates, noise } = await readFixtures(['real/slack-export']);
    assert.equal(candidates.length + noise, 27, 'every message of the four day files is read');
    assert.ok(candidates.every((c) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/.test(c.at) && c.from === 'slack'));
    const first = candidates.find((c) => c.origin === 'slack:C0JGLMMNX/1452845865.000008');
    assert.deepEqual(
      first && { at: first.at, actor: first.actor, text: first.text },
      { at: '2016-01-15T08:17:45Z', actor: 'abilinski', text: 'what should setup.py do? install dependencies for docker and install docker plus contain the executor?' },
    );
    // Filed under 2016-01-14 (Pacific) but on the 15th in UTC.
    const bot = candidates.find((c) => c.origin === 'slack:C0JL6CGQ2/1454969100.000005');
    assert.match(bot!.text, /^\[traveling-sailor:master\] 1 new commit by hfaran:\n\[6b18061\]\(https:\/\/github\.com\/mesos-magellan\/traveling-sailor\/commit\/6b1806102beec559d72c24a120e753a52cf01b2a\): Handle null state; resolves #1 - hfaran$/);
    assert.equal(noise, 4, 'the four channel_join messages are noise');
    assert.ok(!candidates.some((c) => /has joined the channel/.test(c.text)));
  });

  it('finds a UTC day\'s messages in the previous local day file of the real export', async () => {
    const window = { since: ms('2016-01-15T00:00:00Z'), until: ms('2016-01-15T23:59:59Z') };
    const { candidates } = await readFixtures(['real/slack-testarchive.zip'], {}, window);
    // Posted 21:55 Pacific on 14 January, filed in enrique/2016-01-14.json: 05:55:52Z on the 15th.
    const evening = candidates.find((c) => c.origin === 'slack:C0JGLMMNX/1452837352.000006');
    assert.equal(evening?.at, '2016-01-15T05:55:52Z');
    assert.ok(candidates.every((c) => c.at.startsWith('2016-01-15')));
  });

  it('reads the zip like the folder (the folder holds four of its day files)', async () => {
    const folder = await readFixtures(['real/slack-export']);
    const zip = await readFixtures(['real/slack-testarchive.zip']);
    const shape = ({ at, text, actor, origin }: { at: string; text: string; actor?: string; origin: string }) => ({ at, text, actor, origin });
    const fromZip = new Map(zip.candidates.map((c) => [c.origin, shape(c)]));
    for (const candidate of folder.candidates) assert.deepEqual(fromZip.get(candidate.origin), shape(candidate));
    assert.equal(zip.candidates.length + zip.noise, 158, 'all 158 messages of the zip are read');
  });

  it('reads only the day files the window needs, and takes each message time from ts, not the file name', async () => {
    const { candidates, outsideWindow, noise } = await readFixtures(['own/slack-export'], {}, WINDOW);
    // ops/2026-03-01.json is broken: had it been read, the import would have failed.
    const texts = candidates.map((c) => c.text);
    assert.equal(texts[0], 'checkout p99 looks odd, anyone deploying?', 'the 23:55 Pacific message in 2026-03-13.json is at 06:55Z on the 14th');
    assert.equal(candidates[0].at, '2026-03-14T06:55:00Z');
    assert.equal(outsideWindow, 1, 'the 13:00 Pacific message of 2026-03-14.json; 2026-03-15.json holds nothing in the window, so it is not parsed');
    assert.equal(noise, 2, 'the join and the tombstone');
  });

  it('rewrites mentions, channel links, links and entities; includes thread replies; marks pinned and reacted messages', async () => {
    const { candidates } = await readFixtures(['own/slack-export'], { slackUrl: 'https://acme.slack.com/' }, WINDOW);
    const byText = (start: string) => candidates.find((c) => c.text.startsWith(start))!;
    assert.equal(byText('maria I').text, "maria I'm on it, looking at #ops dashboards & logs");
    assert.equal(byText('maria I').actor, 'Dev Patel', 'real name when the display name is empty');
    const reply = byText('the 06:48 deploy');
    assert.equal(reply.text, 'the 06:48 deploy of checkout-api changed the pool size <= 4');
    assert.equal(reply.source, 'https://acme.slack.com/archives/C0INC2041/p1773472080000202?thread_ts=1773471930.000201&cid=C0INC2041');
    const pinned = byText('Rolling back');
    assert.equal(pinned.text, 'Rolling back now. See [the checkout dashboard](https://grafana.example.com/d/checkout)');
    assert.equal(pinned.source, 'https://acme.slack.com/archives/C0INC2041/p1773472800000203');
    assert.equal(pinned.keyMoment, true);
    assert.equal(byText('Rollback done').keyMoment, true);
    assert.equal(byText('maria I').keyMoment, undefined);
    const deploy = byText('Deployed');
    assert.equal(deploy.text, 'Deployed checkout-api [abc123](https://github.com/acme/checkout/commit/abc123) to production');
    assert.equal(deploy.actor, 'Deploy Bot');
    const pager = candidates.find((c) => c.actor === 'PagerDuty')!;
    assert.equal(pager.text, '[#2041](https://acme.pagerduty.com/incidents/Q1ABCDEF) Triggered: Checkout error rate above 5%');
  });

  it('redacts e-mail addresses, phone numbers and secrets by default, and says how many', async () => {
    const redacted = await readFixtures(['own/slack-export'], {}, WINDOW);
    const paged = redacted.candidates.find((c) => c.text.startsWith('Paged'))!;
    assert.equal(paged.text, 'Paged the DB on-call at [redacted] or [redacted]; token=[redacted]');
    assert.equal(paged.redactions, 3);
    const plain = await readFixtures(['own/slack-export'], { redact: false }, WINDOW);
    assert.match(plain.candidates.find((c) => c.text.startsWith('Paged'))!.text, /dba-oncall@acme\.example/);
  });

  it('names the broken day file when the window needs it', async () => {
    await assert.rejects(readFixtures(['own/slack-export']), (error: unknown) => {
      assert.ok(error instanceof ImportError);
      assert.match(error.message, /slack-export\/ops\/2026-03-01\.json: is not valid JSON .*expected a day file/);
      return true;
    });
  });

  it('refuses a day file over the size limit, naming it', () =>
    assert.rejects(readFixtures(['own/slack-export'], { maxFileBytes: 1024 }, WINDOW), (error: unknown) => {
      assert.ok(error instanceof ImportError);
      assert.match(error.message, /inc-2041[\\/]2026-03-14\.json: is 2\.8 KB; the import reads files of at most 1\.0 KB/);
      return true;
    }));

  it('reads day files larger than its buffer whole, and measures one before reading the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pir-import-big-'));
    try {
      mkdirSync(join(dir, 'general'));
      writeFileSync(join(dir, 'channels.json'), JSON.stringify([{ id: 'C1', name: 'general' }]));
      // 3,000 messages (about 300 KB) on 14 March from 00:00Z, one every 10 s; then a small day after it.
      const messages = Array.from({ length: 3000 }, (_, i) => ({ type: 'message', text: `step ${i} of the failover, all fine so far`, ts: `${1773446400 + i * 10}.000100` }));
      writeFileSync(join(dir, 'general', '2026-03-14.json'), JSON.stringify(messages, null, 4));
      writeFileSync(join(dir, 'general', '2026-03-15.json'), JSON.stringify([{ type: 'message', text: 'after', ts: '1773532800.000100' }]));
      const window = { since: ms('2026-03-14T00:00:00Z'), until: ms('2026-03-15T12:00:00Z') };
      const { candidates } = await readCandidates([{ path: dir }], {}, window);
      assert.equal(candidates.length, 3001, 'every message of the big file, and the small one read after it into the same buffer');
      assert.equal(candidates[2999].text, 'step 2999 of the failover, all fine so far');
      assert.equal(candidates[3000].text, 'after');
      await assert.rejects(readCandidates([{ path: dir }], { maxFileBytes: 100_000 }, window), /general[\\/]2026-03-14\.json: is \d{3}\.\d KB; the import reads files of at most 97\.7 KB/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('parses a day file only when a message time in it lies in the window', () => {
    const window = { since: ms('2026-03-14T04:50:00Z'), until: ms('2026-03-14T09:40:00Z') };
    const sink = { window, inWindow: (t: number) => t >= window.since && t <= window.until };
    const day = (messages: unknown[], space?: number) => Buffer.from(JSON.stringify(messages, null, space));
    const inside = { type: 'message', text: 'rolling back', ts: '1773472800.000203' }; // 07:20Z
    const before = { type: 'message', text: 'quiet night', ts: '1773450000.000001' }; // 01:00Z
    assert.equal(mayHoldWindow(day([before, inside], 4), sink), true, 'pretty-printed, as exports are');
    assert.equal(mayHoldWindow(day([before, inside]), sink), true, 'minified');
    assert.equal(mayHoldWindow(day([before]), sink), false);
    assert.equal(mayHoldWindow(Buffer.from('[{"ts" :\n "1773472800.000203", "text": "x"}]'), sink), true, 'any JSON white space around the colon');
    // A message outside whose text quotes an inside time, or whose edit is inside: quotes in strings are escaped.
    assert.equal(mayHoldWindow(day([{ ...before, text: 'see "ts": "1773472800.000203"' }]), sink), false);
    assert.equal(mayHoldWindow(day([{ ...before, edited: { user: 'U1', ts: '1773472800.000203' } }]), sink), true, 'a nested ts only makes it parse');
    assert.equal(mayHoldWindow(day([{ type: 'message', text: 'no time' }]), sink), true, 'no ts at all: parsed, so that parsing tells');
    assert.equal(mayHoldWindow(day([before]), { window: {}, inWindow: () => true }), true, 'no window: everything is read');
  });

  it('reads a Slack ts to the millisecond without float rounding, and refuses what is not one', () => {
    assert.equal(parseSlackTs('1452845865.000008'), 1452845865000);
    assert.equal(parseSlackTs('1452845865.999999'), 1452845865999);
    assert.equal(parseSlackTs('1773472800.123'), 1773472800123);
    assert.equal(parseSlackTs('1773472800'), 1773472800000);
    for (const bad of ['', '0', '0.000000', '1773472800.', '.5', '17734728e3', '-1773472800.000100', ' 1773472800', 1773472800]) assert.equal(parseSlackTs(bad), undefined, String(bad));
  });

  it('reads a raw conversations.history response', async () => {
    const response = JSON.stringify({
      ok: true,
      messages: [
        { type: 'message', user: 'U1', text: 'Failover started <!here>', ts: '1773471600.000100', user_profile: { display_name: 'maria', real_name: 'Maria' } },
        { type: 'message', subtype: 'channel_leave', user: 'U2', text: '<@U2> has left the channel', ts: '1773471700.000100' },
      ],
      has_more: false,
    });
    const { candidates, noise, formats } = await readCandidates([{ name: join(OWN, 'C0INC2041.json'), text: response }], { slackUrl: 'https://acme.slack.com' }, {});
    assert.deepEqual(formats.map((f) => f.from), ['slack']);
    assert.equal(noise, 1);
    assert.deepEqual(
      candidates.map(({ at, text, actor, source }) => ({ at, text, actor, source })),
      [{ at: '2026-03-14T07:00:00.100Z'.replace('.100', ''), text: 'Failover started @here', actor: 'maria', source: 'https://acme.slack.com/archives/C0INC2041/p1773471600000100' }],
    );
  });
});
