import * as assert from 'node:assert/strict';
import { isControlMessage, isIntent, isWebUrl, MAX_IMPORTED_EVENTS, MAX_STRING_LENGTH } from '../../../src/core/protocol/panels';

const AT = '2026-03-14T09:12:00Z';

describe('webview protocol validation', () => {
  it('accepts each well-formed timeline intent', () => {
    const valid: unknown[] = [
      { type: 'addEvent', baseVersion: 3, event: { at: AT, text: 'Alert fired', kind: 'detection' } },
      { type: 'addEvent', baseVersion: 3, event: { at: AT, text: 'x', actor: 'a', source: 'https://x' }, index: 2 },
      { type: 'updateEvent', baseVersion: 0, index: 1, field: 'text', value: 'Rolled back' },
      { type: 'updateEvent', baseVersion: 1, index: 0, field: 'actor', value: null },
      { type: 'updateEvent', baseVersion: 1, index: 0, field: 'kind', value: 'mitigation' },
      { type: 'deleteEvent', baseVersion: 7, index: 0 },
      { type: 'moveEvent', baseVersion: 7, from: 0, to: 4 },
      { type: 'setLifecycle', baseVersion: 2, key: 'detected', value: AT },
      { type: 'setLifecycle', baseVersion: 2, key: 'resolved', value: null },
    ];
    for (const message of valid) assert.equal(isIntent(message), true, JSON.stringify(message));
  });

  it('rejects malformed and hostile messages', () => {
    const hostile: unknown[] = [
      null, 'addEvent', 42, [], {},
      { type: 'deleteEvent', index: 0 }, // no baseVersion
      { type: 'deleteEvent', baseVersion: '3', index: 0 },
      { type: 'deleteEvent', baseVersion: -1, index: 0 },
      { type: 'deleteEvent', baseVersion: 1.5, index: 0 },
      { type: 'deleteEvent', baseVersion: 1, index: -1 },
      { type: 'deleteEvent', baseVersion: 1, index: 1e9 },
      { type: 'deleteEvent', baseVersion: 1, index: 0, extra: true },
      { type: 'toString', baseVersion: 1 },
      { type: '__proto__', baseVersion: 1 },
      { type: 'eval', baseVersion: 1, code: 'alert(1)' },
      { type: 'updateEvent', baseVersion: 1, index: 0, field: '__proto__', value: 'x' },
      { type: 'updateEvent', baseVersion: 1, index: 0, field: 'text', value: null }, // required field
      { type: 'updateEvent', baseVersion: 1, index: 0, field: 'text', value: '   ' },
      { type: 'updateEvent', baseVersion: 1, index: 0, field: 'at', value: 'yesterday' },
      { type: 'updateEvent', baseVersion: 1, index: 0, field: 'kind', value: 'two words' },
      { type: 'updateEvent', baseVersion: 1, index: 0, field: 'actor', value: { toString: 'x' } },
      { type: 'updateEvent', baseVersion: 1, index: 0, field: 'actor', value: 'a'.repeat(MAX_STRING_LENGTH + 1) },
      { type: 'updateEvent', baseVersion: 1, index: 0, field: 'actor', value: 'nul\0byte' },
      { type: 'addEvent', baseVersion: 1, event: { at: AT } },
      { type: 'addEvent', baseVersion: 1, event: { at: AT, text: 'x', script: '<script>' } },
      { type: 'addEvent', baseVersion: 1, event: [AT, 'x'] },
      { type: 'setLifecycle', baseVersion: 1, key: 'constructor', value: AT },
      { type: 'setLifecycle', baseVersion: 1, key: 'detected', value: '2026-03-14' },
    ];
    for (const message of hostile) assert.equal(isIntent(message), false, JSON.stringify(message));
  });

  it('accepts ready and web links only for openSource', () => {
    assert.equal(isControlMessage({ type: 'ready' }), true);
    assert.equal(isControlMessage({ type: 'openSource', url: 'https://chat.example.com/m/1' }), true);
    for (const url of ['command:workbench.action.terminal.new', 'file:///etc/passwd', 'javascript:alert(1)', 'vscode://x', 'not a url', 42]) {
      assert.equal(isControlMessage({ type: 'openSource', url }), false, String(url));
    }
    assert.equal(isControlMessage({ type: 'ready', baseVersion: 1 }), false);
    assert.equal(isControlMessage({ type: 'deleteEvent', baseVersion: 1, index: 0 }), false);
  });

  it('takes an import as events and lifecycle times, within limits', () => {
    const events = [{ at: AT, text: 'Alert fired', kind: 'detection', actor: 'PagerDuty', source: 'https://acme.pagerduty.com/incidents/P1#R2' }];
    assert.equal(isIntent({ type: 'importEvents', baseVersion: 4, events, times: [] }), true);
    assert.equal(isIntent({ type: 'importEvents', baseVersion: 4, events: [], times: [{ key: 'detected', value: AT }] }), true);
    const bad: unknown[] = [
      { type: 'importEvents', baseVersion: 4, events: [], times: [] }, // nothing to do
      { type: 'importEvents', baseVersion: 4, events },
      { type: 'importEvents', baseVersion: 4, events: [{ at: 'soon', text: 'x' }], times: [] },
      { type: 'importEvents', baseVersion: 4, events: [{ at: AT, text: 'x', html: '<b>' }], times: [] },
      { type: 'importEvents', baseVersion: 4, events: {}, times: [] },
      { type: 'importEvents', baseVersion: 4, events: Array(MAX_IMPORTED_EVENTS + 1).fill(events[0]), times: [] },
      { type: 'importEvents', baseVersion: 4, events: [], times: [{ key: 'toString', value: AT }] },
      { type: 'importEvents', baseVersion: 4, events: [], times: [{ key: 'resolved', value: null }] },
    ];
    for (const message of bad) assert.equal(isIntent(message), false, JSON.stringify(message).slice(0, 120));
    assert.equal(isControlMessage({ type: 'importRequest' }), true);
    assert.equal(isControlMessage({ type: 'importRequest', paths: ['/etc/passwd'] }), false);
  });

  it('knows web links', () => {
    assert.equal(isWebUrl('http://grafana.local/d/1'), true);
    assert.equal(isWebUrl('HTTPS://EXAMPLE.COM'), true);
    assert.equal(isWebUrl(' javascript:alert(1)'), false);
    assert.equal(isWebUrl('data:text/html,<script>'), false);
  });
});
