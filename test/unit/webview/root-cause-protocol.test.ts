import * as assert from 'node:assert/strict';
import { isIntent, MAX_STRING_LENGTH } from '../../../src/core/protocol/panels';

describe('webview protocol validation: root-cause intents', () => {
  it('accepts each well-formed root-cause intent', () => {
    const valid: unknown[] = [
      { type: 'setProblem', baseVersion: 1, value: 'Checkout failed' },
      { type: 'setProblem', baseVersion: 1, value: null },
      { type: 'addWhy', baseVersion: 1, index: 0, text: 'Because' },
      { type: 'updateWhy', baseVersion: 1, index: 2, text: 'Because <b>' },
      { type: 'deleteWhy', baseVersion: 1, index: 2 },
      { type: 'moveWhy', baseVersion: 1, from: 2, to: 0 },
      { type: 'useAsRootCause', baseVersion: 1 },
      { type: 'setEffect', baseVersion: 1, value: 'Down' },
      { type: 'setEffect', baseVersion: 1, value: null },
      { type: 'addCause', baseVersion: 1, cause: { category: 'tools', text: 'x' } },
      { type: 'addCause', baseVersion: 1, cause: { category: 'people', text: 'x' }, index: 3 },
      { type: 'updateCause', baseVersion: 1, index: 0, text: 'y' },
      { type: 'moveCause', baseVersion: 1, index: 0, category: 'environment' },
      { type: 'deleteCause', baseVersion: 1, index: 0 },
      { type: 'promoteCause', baseVersion: 1, index: 0 },
      { type: 'exportSvg', baseVersion: 1 },
    ];
    for (const message of valid) assert.equal(isIntent(message), true, JSON.stringify(message));
  });

  it('rejects malformed and hostile ones', () => {
    const invalid: unknown[] = [
      { type: 'useAsRootCause' }, // no baseVersion
      { type: 'useAsRootCause', baseVersion: 1, text: 'a root cause of my choosing' },
      { type: 'exportSvg', baseVersion: 1, path: '../../.bashrc' },
      { type: 'exportSvg', baseVersion: 1, svg: '<svg onload=alert(1)>' },
      { type: 'addWhy', baseVersion: 1, index: 0, text: '   ' },
      { type: 'addWhy', baseVersion: 1, text: 'no index' },
      { type: 'updateWhy', baseVersion: 1, index: -1, text: 'x' },
      { type: 'updateWhy', baseVersion: 1, index: 0, text: 'x'.repeat(MAX_STRING_LENGTH + 1) },
      { type: 'setProblem', baseVersion: 1, value: 42 },
      { type: 'setEffect', baseVersion: 1 },
      { type: 'addCause', baseVersion: 1, cause: { category: '<b>weather</b>', text: 'x' } },
      { type: 'addCause', baseVersion: 1, cause: { category: 'tools', text: '' } },
      { type: 'addCause', baseVersion: 1, cause: { category: 'tools', text: 'x', 'x-extra': 1 } },
      { type: 'addCause', baseVersion: 1, cause: 'tools: x' },
      { type: 'moveCause', baseVersion: 1, index: 0, category: '__proto__' },
      { type: 'updateCause', baseVersion: 1, index: 0, text: 'a\u0000b' },
      { type: 'promoteCause', baseVersion: 1, index: 0, category: 'tools' },
    ];
    for (const message of invalid) assert.equal(isIntent(message), false, JSON.stringify(message));
  });
});
