// Whatever a compromised webview posts, the host's validators decide without throwing, and what
// they accept has the shape the host relies on. The per-panel protocol tests list known-bad
// messages; this adds the ones that only arrive through JSON (own `__proto__` keys), numbers
// that are not indexes, and random values.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { isDashboardMessage } from '../../../src/core/protocol/dashboard';
import { isControlMessage, isIntent, MAX_STRING_LENGTH } from '../../../src/core/protocol/panels';
import { FUZZ_SEED } from './seed';

const VALIDATORS = { isIntent, isControlMessage, isDashboardMessage } as const;

describe('fuzz: messages from a hostile webview', () => {
  it('rejects prototype keys, non-index numbers and non-web links', () => {
    const hostile: unknown[] = [
      // JSON.parse makes `__proto__` an own key, as a posted message would have it.
      JSON.parse('{"type":"deleteEvent","baseVersion":1,"index":0,"__proto__":{"polluted":true}}'),
      JSON.parse('{"type":"ready","__proto__":{"type":"openSource"}}'),
      JSON.parse('{"type":"addCause","baseVersion":1,"cause":{"category":"tools","text":"x","__proto__":{}}}'),
      { type: 'ready', constructor: { prototype: { polluted: true } } },
      { type: 'constructor', baseVersion: 1 }, { type: 'hasOwnProperty', baseVersion: 1 }, { type: 'valueOf' },
      ...[NaN, Infinity, -Infinity, -0.5, 2 ** 53, '0', null, true].map((index) => ({ type: 'deleteWhy', baseVersion: 1, index })),
      { type: 'moveEvent', baseVersion: 1, from: 0, to: NaN },
      { type: 'deleteEvent', baseVersion: NaN, index: 0 },
      ...['data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'JAVASCRIPT:alert(1)', ' javascript:alert(1)', 'command:workbench.action.terminal.new',
        'file:///etc/passwd', '//evil.example.com', `https://example.com/${'a'.repeat(MAX_STRING_LENGTH)}`].map((url) => ({ type: 'openSource', url })),
      { type: 'setProblem', baseVersion: 1, value: 'x'.repeat(MAX_STRING_LENGTH + 1) },
      // The host draws the SVG from the document and picks its place; the panel names no file.
      { type: 'exportSvg', baseVersion: 1, path: '../../etc/x.svg' }, { type: 'exportSvg', baseVersion: 1, svg: '<svg onload=alert(1)>' },
    ];
    for (const message of hostile) {
      for (const [name, valid] of Object.entries(VALIDATORS)) assert.equal(valid(message), false, `${name} accepted ${JSON.stringify(message)}`);
    }
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it('decide on any value without throwing, and accept only well-shaped messages', () => {
    const keys = fc.constantFrom('type', 'baseVersion', 'index', 'from', 'to', 'text', 'value', 'url', 'uri', 'event', 'cause', 'field', 'key', '__proto__', 'constructor');
    const types = fc.constantFrom('ready', 'openSource', 'openReview', 'filter', 'addEvent', 'updateEvent', 'deleteEvent', 'moveEvent', 'addWhy', 'deleteWhy', 'addCause', 'setLifecycle', 'exportSvg');
    const leaf = fc.oneof(fc.integer({ min: -2, max: 5 }), fc.double(), fc.string({ maxLength: 12 }), fc.constantFrom('https://example.com', 'javascript:x', '2026-03-14T09:00:00Z', 'tools', 'text', null, true));
    const message = fc.oneof(fc.anything(), fc.record({ type: types, baseVersion: fc.oneof(fc.nat(3), leaf) }).chain((head) =>
      fc.dictionary(keys, fc.oneof(leaf, fc.dictionary(keys, leaf, { maxKeys: 3 })), { maxKeys: 4 }).map((rest) => ({ ...rest, ...head }))));
    fc.assert(fc.property(message, (m) => {
      if (isControlMessage(m) && m.type === 'openSource') assert.match(m.url, /^https?:\/\//);
      if (isIntent(m)) {
        assert.ok(Number.isSafeInteger(m.baseVersion) && m.baseVersion >= 0);
        for (const key of ['index', 'from', 'to'] as const) {
          const n = (m as unknown as Record<string, unknown>)[key];
          if (n !== undefined) assert.ok(Number.isSafeInteger(n) && (n as number) >= 0, `${key}: ${String(n)}`);
        }
      }
      isDashboardMessage(m);
    }), { numRuns: 2000, seed: FUZZ_SEED });
  });
});
