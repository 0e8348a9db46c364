// Messages between the extension host and the Review Preview. The preview is read-only: besides
// the shared control messages (`ready`, and `openSource` for a clicked link; ./panels.ts)
// it only tells the host where the user scrolled it, so the editor can follow.
import { isRecord } from '../review';
import { hasKeys, isControlMessage, type ControlMessage } from './panels';

// ---- host -> webview ------------------------------------------------------------------------

/** The report as HTML. The host renders it: only it has the source text that `data-line` comes from. */
export interface RenderMessage {
  type: 'render';
  html: string;
  /** The review's URI, which the panel saves so that VS Code can restore it after a reload. */
  uri: string;
  /** Set while the text does not parse: the report is of the last text that did. */
  notice?: string;
}

/** The editor's first visible line (1-based): the preview scrolls to the part of the report from there. */
export interface ScrollMessage {
  type: 'scroll';
  line: number;
}

export type PreviewMessage = RenderMessage | ScrollMessage;

// ---- webview -> host ------------------------------------------------------------------------

/** The user scrolled the preview: the part now at its top starts at this source line (1-based). */
export interface RevealLineMessage {
  type: 'revealLine';
  line: number;
}

export type PreviewWebviewMessage = ControlMessage | RevealLineMessage;

/** A well-formed message from the preview; anything else is ignored (and logged) by the host. */
export function isPreviewWebviewMessage(message: unknown): message is PreviewWebviewMessage {
  if (isControlMessage(message)) return true;
  return isRecord(message) && message.type === 'revealLine' && hasKeys(message, ['type', 'line'])
    && Number.isSafeInteger(message.line) && (message.line as number) >= 1;
}
