import * as assert from 'node:assert/strict';
import type { Candidate } from '../../../src/core/import/types';
import type { ImportOfferMessage } from '../../../src/core/protocol/panels';
import { ImportPicker } from '../../../webview/timeline/import-picker';

function candidate(origin: string, fields: Partial<Candidate> = {}): Candidate {
  const at = fields.at ?? '2026-03-14T09:07:00Z';
  return { at, ms: Date.parse(at), text: origin, origin, from: 'pagerduty', file: 'log.json', redactions: 0, ...fields };
}

function offer(candidates: Candidate[], lifecycle: ImportOfferMessage['lifecycle'] = []): ImportOfferMessage {
  return { type: 'importOffer', candidates, totalCandidates: candidates.length, lifecycle, formats: [], counts: { added: 0, duplicates: 0, outsideWindow: 0, noise: 0, redactions: 0, lifecycleFilled: 0 } };
}

describe('ImportPicker (the import choice in the Timeline Editor)', () => {
  const chat = candidate('slack:C1/1', { from: 'slack', text: 'anyone seeing 500s?', actor: 'dana' });
  const pinned = candidate('slack:C1/2', { from: 'slack', text: 'Rolling back the cache migration', actor: 'lee', keyMoment: true, at: '2026-03-14T09:48:00Z' });
  const page = candidate('pd:R1', { kind: 'detection', text: 'Triggered: checkout 5xx', actor: 'PagerDuty', source: 'https://acme.pagerduty.com/incidents/P1#R1' });
  const repeat = candidate('pd:R0', { kind: 'detection', text: 'Already there', duplicateOf: { reason: 'source', timelineIndex: 2 } });
  const deploy = candidate('git:abc', { from: 'git', text: 'Migrate cache', kindChoices: ['trigger', 'note'], at: '2026-03-14T08:30:00Z' });

  it('pre-selects chat key moments and every other source, never duplicates', () => {
    const picker = new ImportPicker(offer([chat, pinned, page, repeat, deploy]));
    assert.deepEqual([chat, pinned, page, repeat, deploy].map((c) => picker.isChosen(c)), [false, true, true, false, true]);
    picker.setChosen(repeat, true);
    assert.equal(picker.isChosen(repeat), false);
    assert.equal(picker.chosenCount, 3);
  });

  it('filters by text, source and actor; all / none act on what is visible', () => {
    const picker = new ImportPicker(offer([chat, pinned, page, repeat]));
    assert.deepEqual(picker.sources, ['pagerduty', 'slack']);
    assert.deepEqual(picker.actors, ['dana', 'lee', 'PagerDuty']);
    picker.filter = { text: '', from: 'slack', actor: '' };
    assert.deepEqual(picker.visible.map((c) => c.origin), ['slack:C1/1', 'slack:C1/2']);
    picker.setAllVisible(true);
    assert.equal(picker.isChosen(chat), true);
    picker.filter = { text: 'ROLLING back', from: '', actor: '' };
    assert.deepEqual(picker.visible.map((c) => c.origin), ['slack:C1/2']);
    picker.setAllVisible(false);
    assert.deepEqual([chat, pinned, page].map((c) => picker.isChosen(c)), [true, false, true]);
    picker.filter = { text: '', from: '', actor: 'PagerDuty' };
    assert.deepEqual(picker.visible.map((c) => c.origin), ['pd:R1']);
  });

  it('sends the chosen events as the review will hold them, with the kind chosen for a change', () => {
    const picker = new ImportPicker(offer([page, deploy], [
      { key: 'detected', value: '2026-03-14T09:07:00Z', action: 'fill', origin: 'pd:R1' },
      { key: 'resolved', value: '2026-03-14T10:20:00Z', current: '2026-03-14T10:18:00Z', action: 'differs', origin: 'pd:R9' },
      { key: 'acknowledged', value: '2026-03-14T09:10:00Z', current: '2026-03-14T09:10:00Z', action: 'same', origin: 'pd:R2' },
    ]));
    assert.equal(picker.kindOf(deploy), 'trigger');
    picker.setKind(deploy, 'note');
    picker.setKind(deploy, 'resolution'); // not one of its choices
    assert.deepEqual(picker.chosenEvents(), [
      { at: '2026-03-14T09:07:00Z', kind: 'detection', text: 'Triggered: checkout 5xx', actor: 'PagerDuty', source: 'https://acme.pagerduty.com/incidents/P1#R1' },
      { at: '2026-03-14T08:30:00Z', kind: 'note', text: 'Migrate cache' },
    ]);
    // A time the review lacks is filled; one that differs waits for the user; one that agrees is not shown.
    assert.deepEqual(picker.lifecycle.map((s) => s.key), ['detected', 'resolved']);
    assert.deepEqual(picker.chosenTimes(), [{ key: 'detected', value: '2026-03-14T09:07:00Z' }]);
    picker.setTimeChosen(picker.lifecycle[1], true);
    assert.deepEqual(picker.chosenTimes().map((t) => t.key), ['detected', 'resolved']);
  });
});
