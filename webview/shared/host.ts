// The webview side of the connection to the extension host, typed by the protocol.
import type { HostMessage, WebviewMessage } from './protocol';

interface VsCodeApi<S> {
  postMessage(message: WebviewMessage): void;
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

export interface Host<S extends SavedState> {
  post(message: WebviewMessage): void;
  saved(): S | undefined;
  save(state: S): void;
}

/** Connects once (VS Code allows one acquireVsCodeApi call) and delivers host messages to `onMessage`. */
export function connectHost<S extends SavedState>(onMessage: (message: HostMessage) => void): Host<S> {
  const api = acquireVsCodeApi<S>();
  window.addEventListener('message', (event: MessageEvent<unknown>) => {
    const data = event.data as { type?: unknown } | null;
    if (data && (data.type === 'state' || data.type === 'refused')) onMessage(data as HostMessage);
  });
  return {
    post: (message) => api.postMessage(message),
    saved: () => api.getState(),
    save: (state) => api.setState(state),
  };
}
