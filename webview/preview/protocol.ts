// Messages from the extension host to the Review Preview. The preview sends only the shared
// control messages (`ready`, and `openSource` for a clicked link; see ../shared/protocol.ts).

/** The report as HTML. The host renders it: only it has the source text that `data-line` comes from. */
export interface RenderMessage {
  type: 'render';
  html: string;
  /** Set while the text does not parse: the report is of the last text that did. */
  notice?: string;
}

/** The editor's first visible line (1-based): the preview scrolls to the part of the report from there. */
export interface ScrollMessage {
  type: 'scroll';
  line: number;
}

export type PreviewMessage = RenderMessage | ScrollMessage;
