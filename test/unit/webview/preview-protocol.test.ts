import * as assert from 'node:assert/strict';
import { isPreviewWebviewMessage } from '../../../src/core/protocol/preview';

describe('webview protocol validation: the preview', () => {
  it('accepts the control messages and a line to reveal', () => {
    assert.equal(isPreviewWebviewMessage({ type: 'ready' }), true);
    assert.equal(isPreviewWebviewMessage({ type: 'openSource', url: 'https://chat.example.com/m/1' }), true);
    assert.equal(isPreviewWebviewMessage({ type: 'revealLine', line: 1 }), true);
    assert.equal(isPreviewWebviewMessage({ type: 'revealLine', line: 4096 }), true);
  });

  it('rejects malformed and hostile ones', () => {
    const rejected = [
      null, 'revealLine', [], { type: 'revealLine' }, { type: 'revealLine', line: 0 }, { type: 'revealLine', line: -3 },
      { type: 'revealLine', line: 1.5 }, { type: 'revealLine', line: '12' }, { type: 'revealLine', line: Number.MAX_VALUE },
      { type: 'revealLine', line: 3, extra: true }, { type: 'openSource', url: 'command:workbench.action.terminal.new' },
      { type: 'addEvent', baseVersion: 1, event: { at: '2026-01-01T00:00:00Z', text: 'x' } },
    ];
    for (const message of rejected) assert.equal(isPreviewWebviewMessage(message), false, JSON.stringify(message));
  });
});
