// The webview side of the connection to the extension host, typed by the protocol.
import { isIntent, type EditIntent, type HostMessage, type WebviewMessage } from '../../src/core/protocol/panels';
import { StaleResends, type Retarget } from './resend';

interface VsCodeApi<S> {
  postMessage(message: unknown): void;
  getState(): S | undefined;
  setState(state: S): void;
}

declare function acquireVsCodeApi<S>(): VsCodeApi<S>;

/** What every panel persists across hide/show and reloads; the host's panel serializer reads `document`. */
export interface SavedState {
  document?: { uri: string };
  scrollY?: number;
  /** Index of the focused row, restored after a reload. */
  focusedRow?: number;
}

/** `In` and `Out` default to the review panels' protocol; the dashboard has its own. */
export interface Host<S, Out = WebviewMessage> {
  post(message: Out): void;
  saved(): S | undefined;
  save(state: S): void;
}

/** The host messages a review panel takes; anything else posted to the window is dropped. */
const REVIEW_MESSAGE_TYPES: readonly unknown[] = ['state', 'refused', 'importOffer'] satisfies HostMessage['type'][];

/**
 * Connects once (VS Code allows one acquireVsCodeApi call) and delivers to `onMessage` the host
 * messages whose `type` is one of `types`.
 */
export function connectHost<S, In = HostMessage, Out = WebviewMessage>(
  onMessage: (message: In) => void,
  types: readonly unknown[] = REVIEW_MESSAGE_TYPES,
): Host<S, Out> {
  const api = acquireVsCodeApi<S>();
  window.addEventListener('message', (event: MessageEvent<unknown>) => {
    const data = event.data as { type?: unknown } | null;
    if (data && types.includes(data.type)) onMessage(data as In);
  });
  return {
    post: (message) => api.postMessage(message),
    saved: () => api.getState(),
    save: (state) => api.setState(state),
  };
}

/** A review panel's connection: edit intents refused as stale are sent again (resend.ts). */
export interface ReviewHost<S> extends Host<S> {
  /**
   * Sends an edit intent; false (and nothing sent) when it is malformed. If the host refuses it
   * as stale, `retarget` rebuilds it after the next state and it goes again; the panel hears of
   * the refusal only when it will not.
   */
  send(intent: EditIntent, retarget?: Retarget): boolean;
}

export function connectReviewHost<S>(onMessage: (message: HostMessage) => void): ReviewHost<S> {
  const resends = new StaleResends();
  const send = (intent: EditIntent, retarget?: Retarget, attempts?: number): boolean => {
    // The host validates too; checking here keeps a panel bug from reaching it as noise.
    if (!isIntent(intent)) return false;
    host.post(intent);
    resends.record(intent, retarget, attempts);
    return true;
  };
  const host = connectHost<S>((message) => {
    if (message.type === 'refused' && resends.refused(message)) return;
    onMessage(message);
    if (message.type === 'state') {
      for (const again of resends.onState(message.version)) send(again.intent, again.retarget, again.attempts);
    }
  });
  return { ...host, send: (intent, retarget) => send(intent, retarget) };
}
