// Intents the host refused as stale, sent again against the newer version.
//
// A panel makes every intent against the latest state it has seen. When the document changes in
// between (often by the panel's own previous intent: Enter saves a why, Alt+Up moves it before
// the new state is back), the host refuses the intent as stale and the user would have to repeat
// it. Instead, the intent is rebuilt after the next state by its `retarget` callback, which finds
// what the intent names by identity (a row key, not an index that may have shifted) and returns
// undefined when that is gone or the intent no longer applies.
import type { EditIntent, RefusedMessage } from '../../src/core/protocol/panels';

/** Rebuilds an intent against `version`; undefined when its target is gone. */
export type Retarget = (version: number) => EditIntent | undefined;

/** Sends per intent before the refusal is handed to the panel. */
const MAX_ATTEMPTS = 3;
/** Intents remembered while waiting for a possible refusal; the host answers in order, so a few suffice. */
const REMEMBERED = 16;

interface Sent {
  intent: EditIntent;
  retarget?: Retarget;
  attempts: number;
}

export class StaleResends {
  private sent: Sent[] = [];
  private due: Sent[] = [];

  /** An intent went to the host. */
  record(intent: EditIntent, retarget?: Retarget, attempts = 1): void {
    this.sent = [...this.sent, { intent, retarget, attempts }].slice(-REMEMBERED);
  }

  /** The host refused an intent. True when it will be sent again (the panel need not hear of it). */
  refused(message: RefusedMessage): boolean {
    const index = this.sent.findIndex(({ intent }) => intent.baseVersion === message.baseVersion && intent.type === message.intent);
    if (index < 0) return false;
    const [entry] = this.sent.splice(index, 1);
    if (message.reason !== 'stale' || !entry.retarget || entry.attempts >= MAX_ATTEMPTS) return false;
    this.due.push(entry);
    return true;
  }

  /** A state at `version` arrived and the panel has taken it in: the refused intents, rebuilt against it. */
  onState(version: number): { intent: EditIntent; retarget: Retarget; attempts: number }[] {
    const due = this.due;
    this.due = [];
    return due.flatMap(({ retarget, attempts }) => {
      const intent = retarget!(version);
      return intent ? [{ intent, retarget: retarget!, attempts: attempts + 1 }] : [];
    });
  }
}
