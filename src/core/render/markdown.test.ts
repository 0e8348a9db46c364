import assert from 'node:assert/strict';
import { renderMarkdown } from './markdown';

const review = {
  pir: 1, id: 'PIR-1', title: 'Checkout down', severity: 'P1', status: 'final', category: 'outage',
  times: { started: '2026-03-14T09:00:00Z', detected: '2026-03-14T09:07:00Z', acknowledged: '2026-03-14T09:10:00Z', resolved: '2026-03-14T10:18:00Z' },
  summary: 'It **broke**.',
  timeline: [{ at: '2026-03-14T09:00:00Z', kind: 'trigger', text: 'Deploy | rollout', actor: 'bot', source: 'https://chat.example.com/m/1' }],
  rootCause: 'Config skipped canary.',
  analysis: { fiveWhys: { problem: 'Down', whys: ['A', 'B'] }, fishbone: { effect: 'Down', causes: [{ category: 'tools', text: 'No check' }] } },
  contributingFactors: [{ text: 'Friday', category: 'environment' }],
  impact: { description: 'Many users.', usersAffected: 10 },
  response: { detection: 'Fast.' },
  wentWell: ['Paging'],
  lessonsLearned: ['Canary all'],
  actionItems: [{ id: 'AI-1', title: 'Add canary', owner: 'team', priority: 'P1', due: '2026-04-01', status: 'open', tracker: 'https://t.example.com/1', outcome: 'Line one\nline two' }],
  references: [{ title: 'Dashboard', url: 'https://grafana.example.com/d/1', kind: 'dashboard' }],
};

describe('renderMarkdown', () => {
  const md = renderMarkdown(review);

  it('writes the sections in the practice\'s order', () => {
    const headings = [...md.matchAll(/^#{1,3} (.*)$/gm)].map((m) => m[1]);
    assert.deepEqual(headings, [
      'Checkout down', 'Summary', 'Timeline', 'Root cause', '5 Whys', 'Fishbone', 'Contributing factors', 'Impact',
      'Response evaluation', 'Detection', 'What went well', 'Lessons learned', 'Action items', 'References',
    ]);
  });

  it('starts with the key facts and the metrics', () => {
    assert.match(md, /^# Checkout down\n\n\*\*PIR-1\*\* · \*\*Severity:\*\* P1 · \*\*Status:\*\* Final · \*\*Category:\*\* Outage\n/);
    assert.match(md, /\| MTTD \| MTTA \| MTTR \| Mitigated after \|\n\| --- \| --- \| --- \| --- \|\n\| 7m \| 3m \| 1h 18m \| — \|/);
    assert.match(md, /- \*\*Started:\*\* 2026-03-14 09:00 UTC/);
  });

  it('keeps table rows whole', () => {
    assert.match(md, /^\| 2026-03-14 09:00 \| Trigger \| Deploy \\\| rollout \| bot \| \[chat\.example\.com\]\(https:\/\/chat\.example\.com\/m\/1\) \|$/m);
    assert.match(md, /^\| \[AI-1\]\(https:\/\/t\.example\.com\/1\) \| Add canary — \*Line one line two\* \| {2}\| team \| P1 \| 2026-04-01 \| Open \|$/m);
  });

  it('writes the 5 Whys as a numbered chain and the fishbone as a grouped list', () => {
    assert.match(md, /\*\*Problem:\*\* Down\n\n1\. \*\*Why\?\*\* A\n2\. \*\*Why\?\*\* B/);
    assert.match(md, /\*\*Effect:\*\* Down\n\n- \*\*Tools\*\*\n {2}- No check/);
  });

  it("groups the fishbone's causes in the team's categories and their order", () => {
    const categories = [{ id: 'method' }, { id: 'machine' }, { id: 'manpower' }];
    const causes = [{ category: 'manpower', text: 'New on-call' }, { category: 'method', text: 'No staged rollout' }];
    const md = renderMarkdown({ pir: 1, title: 'T', analysis: { fishbone: { causes } } }, { config: { sections: [], exportExtensions: true, categories } });
    assert.match(md, /- \*\*Method\*\*\n {2}- No staged rollout\n- \*\*Manpower\*\*\n {2}- New on-call/);
  });

  it('shows what an item depends on and what blocks it', () => {
    const out = renderMarkdown({ actionItems: [
      { id: 'AI-1', title: 'Migrate', status: 'open' },
      { id: 'AI-2', title: 'Retire | old', dependsOn: ['AI-1', 'PIR-7#AI-*3'] },
    ] });
    assert.match(out, /^\| AI-2 \| Retire \\\| old \(depends on AI-1, PIR-7#AI-\\\*3\) \| {2}\| {2}\| {2}\| {2}\| blocked by AI-1 \|$/m);
  });

  it('leaves out empty sections', () => {
    const minimal = renderMarkdown({ pir: 1, title: 'T', severity: 'P3', status: 'draft', summary: '', timeline: [] });
    assert.doesNotMatch(minimal, /## /);
    assert.match(minimal, /^# T\n/);
  });
});
