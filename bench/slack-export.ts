// A generated Slack export in the real layout (channels.json, users.json,
// <channel>/<YYYY-MM-DD>.json split by the workspace's local date), written once into the OS
// temporary folder and reused by later runs: the import benchmark reads it.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ExportShape {
  messages: number;
  channels: number;
  days: number;
  /** First local day, YYYY-MM-DD. */
  start: string;
}

/** The workspace's zone: US Pacific standard time, so files and UTC days disagree as in real exports. */
const LOCAL_OFFSET_MS = -8 * 3_600_000;
const DAY_MS = 86_400_000;
const USERS = 200;

/** The export's folder, generated when missing (a `.complete` marker says a previous run finished it). */
export function slackExport(shape: ExportShape): string {
  const dir = join(tmpdir(), `pir-bench-slack-${shape.messages}-${shape.channels}-${shape.days}-${shape.start}`);
  if (existsSync(join(dir, '.complete'))) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const users = Array.from({ length: USERS }, (_, i) => ({ id: `U${String(i).padStart(8, '0')}`, name: `user${i}`, profile: { display_name: `user${i}`, real_name: `User ${i}` } }));
  const channels = Array.from({ length: shape.channels }, (_, i) => ({ id: `C${String(i).padStart(8, '0')}`, name: `channel-${i}`, created: '1700000000', members: [] }));
  writeFileSync(join(dir, 'users.json'), JSON.stringify(users, null, 4));
  writeFileSync(join(dir, 'channels.json'), JSON.stringify(channels, null, 4));
  const perFile = shape.messages / (shape.channels * shape.days);
  const firstLocalMidnight = Date.parse(`${shape.start}T00:00:00Z`);
  let written = 0;
  let seq = 0;
  for (const [c, channel] of channels.entries()) {
    mkdirSync(join(dir, channel.name));
    for (let d = 0; d < shape.days; d++) {
      // Spread the remainder so the total is exact.
      const count = Math.floor((c * shape.days + d + 1) * perFile) - Math.floor((c * shape.days + d) * perFile);
      const localMidnight = firstLocalMidnight + d * DAY_MS;
      const messages = Array.from({ length: count }, (_, i) => message(localMidnight - LOCAL_OFFSET_MS + Math.floor(((i + 0.5) / count) * DAY_MS), seq++, channel.id));
      writeFileSync(join(dir, channel.name, `${new Date(localMidnight).toISOString().slice(0, 10)}.json`), JSON.stringify(messages, null, 4));
      written += count;
    }
  }
  if (written !== shape.messages) throw new Error(`generated ${written} messages, wanted ${shape.messages}`);
  writeFileSync(join(dir, '.complete'), '');
  return dir;
}

/** One message the way exports write them: plain, with a mention and a link, a thread reply, a bot post, a join. */
function message(ms: number, seq: number, channel: string): Record<string, unknown> {
  const ts = `${Math.floor(ms / 1000)}.${String(seq % 1_000_000).padStart(6, '0')}`;
  const user = `U${String(seq % USERS).padStart(8, '0')}`;
  switch (seq % 10) {
    case 0:
      return { type: 'message', subtype: 'bot_message', bot_id: 'B00000001', username: 'deploybot', text: '', ts, attachments: [{ fallback: `Deployed build ${seq}`, text: `Deployed <https://ci.example.com/builds/${seq}|build ${seq}> to production`, color: 'good' }] };
    case 1:
      return { type: 'message', subtype: 'channel_join', user, text: `<@${user}> has joined the channel`, ts };
    case 2:
      return { type: 'message', user, text: `<@U${String((seq + 7) % USERS).padStart(8, '0')}> can you check <#${channel}|this> &amp; the logs at <https://logs.example.com/q?id=${seq}|logs>?`, ts, thread_ts: ts, reply_count: 1, reply_users: [user] };
    case 3:
      return { type: 'message', user, text: `Looking now, error rate is ${seq % 97}% on host-${seq % 40}`, ts, thread_ts: ts, parent_user_id: user, reactions: [{ name: 'eyes', users: [user], count: 1 }] };
    default:
      return { type: 'message', user, text: `Status update ${seq}: the queue is draining, ${seq % 1000} jobs left; next check in 10 minutes`, ts, user_team: 'T00000001', blocks: [] };
  }
}
