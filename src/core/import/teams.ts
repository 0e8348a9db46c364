// Microsoft Teams: a Graph chatMessage list (GET /chats/{id}/messages or
// /teams/{id}/channels/{id}/messages[/…/replies]): `{value: [chatMessage…]}` or a bare list.
// HTML bodies become plain text with Markdown links; system events and deleted messages are noise.
import { isRecord, stringOf } from '../review';
import type { Collector } from './collect';
import { htmlText } from './html-text';
import { parseIsoInstant } from './instant';

/** The messages of a Graph response or a bare list, when they are chatMessages. */
export function teamsMessages(value: unknown): unknown[] | undefined {
  const list = isRecord(value) && Array.isArray(value.value) ? value.value : value;
  if (!Array.isArray(list) || list.length === 0) return undefined;
  return list.every((message) => isRecord(message) && 'messageType' in message && 'createdDateTime' in message) ? list : undefined;
}

export function readTeams(messages: readonly unknown[], file: string, sink: Collector): void {
  for (const message of messages) {
    if (!isRecord(message)) continue;
    const ms = parseIsoInstant(message.createdDateTime);
    const id = stringOf(message.id);
    if (ms === undefined || !id) continue;
    if (message.messageType !== 'message' || message.deletedDateTime) {
      sink.skip();
      continue;
    }
    sink.add('teams', file, ms, () => {
      const body = isRecord(message.body) ? message.body : {};
      const content = stringOf(body.content) ?? '';
      const from = isRecord(message.from) ? message.from : {};
      const who = [from.user, from.application, from.device].find(isRecord);
      const where = stringOf(message.chatId) ?? (isRecord(message.channelIdentity) ? stringOf(message.channelIdentity.channelId) : undefined);
      return {
        text: [stringOf(message.subject), body.contentType === 'html' ? htmlText(content) : content].filter(Boolean).join('\n'),
        actor: who ? stringOf(who.displayName) : undefined,
        origin: `teams:${where ?? 'chat'}/${id}`,
        source: stringOf(message.webUrl),
        keyMoment: Array.isArray(message.reactions) && message.reactions.length > 0,
      };
    });
  }
}
