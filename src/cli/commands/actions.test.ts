import * as assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { EXIT_OK, EXIT_USAGE } from '../io';
import { main } from '../main';
import { captureIo, tempDirWith } from '../testing';
import type { JsonActionItem } from './actions';

const CHECKOUT = `pir: 1
title: Checkout outage
severity: P2
status: final
actionItems:
  - id: AI-1
    title: Add a canary stage to config rollouts
    owner: platform-team
    priority: P2
    due: 2026-04-01
  - id: AI-2
    title: Write the rollback runbook
    owner: Alice
    due: 2026-03-01
    status: done
    completed: 2026-02-27
`;

const SEARCH = `pir: 1
title: Search latency
severity: P3
status: draft
actionItems:
  - title: '=HYPERLINK("http://evil.example", "click")'
    owner: alice
    due: 2026-06-01
    outcome: |
      Needs "quotes", commas,
      and two lines
`;

describe('pir actions', () => {
  const dirs: string[] = [];
  after(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  async function pirActions(files: Record<string, string>, ...args: string[]) {
    const dir = tempDirWith(files);
    dirs.push(dir);
    const captured = captureIo(dir);
    const code = await main(['actions', ...args], captured.io);
    return { code, out: captured.out(), err: captured.err() };
  }
  const reviews = { 'a/checkout.pir.yaml': CHECKOUT, 'b/search.pir.yaml': SEARCH };

  it('prints an aligned table with file:line, marking overdue items', async () => {
    const { code, out, err } = await pirActions(reviews, '--now', '2026-04-02');
    assert.equal(code, EXIT_OK);
    const lines = out.trimEnd().split('\n');
    assert.equal(lines.length, 4);
    assert.match(lines[0], /^REVIEW\s+ID\s+TITLE\s+OWNER\s+DUE\s+PRIORITY\s+STATUS\s+COMPLETED\s+TRACKER$/);
    assert.match(lines[1], /^a\/checkout\.pir\.yaml:6\s+AI-1\s+Add a canary stage to config rollouts\s+platform-team\s+2026-04-01\s+P2\s+open \(OVERDUE\)$/);
    assert.match(lines[2], /^a\/checkout\.pir\.yaml:11 .*\bdone\s+2026-02-27$/);
    assert.equal(lines[2].indexOf('2026-02-27'), lines[0].indexOf('COMPLETED'));
    // Every column starts at the same place on every line.
    assert.equal(lines[1].indexOf('AI-1'), lines[0].indexOf('ID'));
    assert.equal(lines[2].indexOf('AI-2'), lines[0].indexOf('ID'));
    assert.equal(lines[3].indexOf('open'), lines[0].indexOf('STATUS'));
    assert.equal(err, '3 action items (1 overdue) in 2 files\n');
  });

  it('filters open, overdue and owner items', async () => {
    const titles = async (...args: string[]) => {
      const { out } = await pirActions(reviews, '--format', 'json', '--now', '2026-04-02', ...args);
      return (JSON.parse(out) as JsonActionItem[]).map((item) => item.id ?? item.title.slice(0, 11));
    };
    assert.deepEqual(await titles('--open'), ['AI-1', '=HYPERLINK(']);
    assert.deepEqual(await titles('--overdue'), ['AI-1']);
    assert.deepEqual(await titles('--owner', 'ALICE'), ['AI-2', '=HYPERLINK(']);
    assert.deepEqual(await titles('--owner', 'alice', '--open'), ['=HYPERLINK(']);
  });

  it('prints JSON items with the file, line, review and overdue flag', async () => {
    const { code, out } = await pirActions({ 'checkout.pir.yaml': CHECKOUT }, 'checkout.pir.yaml', '--format', 'json', '--now', '2026-04-02');
    assert.equal(code, EXIT_OK);
    const items = JSON.parse(out) as JsonActionItem[];
    assert.deepEqual(items[0], {
      file: 'checkout.pir.yaml', line: 6, review: 'Checkout outage', id: 'AI-1', title: 'Add a canary stage to config rollouts',
      owner: 'platform-team', priority: 'P2', due: '2026-04-01', status: 'open', overdue: true, blockedBy: [],
    });
    assert.equal(items[1].overdue, false);
    assert.equal(items[1].completed, '2026-02-27');
  });

  it('marks an open item blocked by open dependencies, in this review or another', async () => {
    const blocked = `${CHECKOUT.replace('title: Checkout outage', 'id: PIR-1\ntitle: Checkout outage')}  - id: AI-3
    title: Roll the canary out to every region
    owner: platform-team
    dependsOn: [AI-1, AI-2, search.pir.yaml#AI-9, PIR-2#AI-1]
`;
    const other = 'pir: 1\nid: PIR-2\ntitle: Cache\nseverity: P3\nstatus: draft\nactionItems:\n  - id: AI-1\n    title: Size the cache\n';
    const json = await pirActions({ 'a/checkout.pir.yaml': blocked, 'c/cache.pir.yaml': other }, '--format', 'json', '--now', '2026-01-01', 'a');
    const items = JSON.parse(json.out) as JsonActionItem[];
    assert.deepEqual(items.map((item) => [item.id, item.blockedBy]), [['AI-1', []], ['AI-2', []], ['AI-3', ['AI-1', 'PIR-2#AI-1']]]);
    assert.deepEqual(items[2].dependsOn, ['AI-1', 'AI-2', 'search.pir.yaml#AI-9', 'PIR-2#AI-1']);
    const text = await pirActions({ 'a/checkout.pir.yaml': blocked, 'c/cache.pir.yaml': other }, '--now', '2026-01-01');
    assert.match(text.out, /AI-3 .* open \(BLOCKED by AI-1, PIR-2#AI-1\)$/m);
  });

  it('prints a Markdown digest: overdue first, then open, then closed, each grouped by owner, with tracker links', async () => {
    const withTracker = CHECKOUT.replace('    due: 2026-04-01\n', '    due: 2026-04-01\n    tracker: https://github.com/acme/checkout/issues/7\n');
    const { code, out } = await pirActions({ 'a/checkout.pir.yaml': withTracker, 'b/search.pir.yaml': SEARCH }, '--format', 'markdown', '--now', '2026-04-02');
    assert.equal(code, EXIT_OK);
    assert.equal(out, [
      '# Action items, 2026-04-02', '',
      '## Overdue (1)', '', '### platform-team', '',
      '- [AI-1](https://github.com/acme/checkout/issues/7) **Add a canary stage to config rollouts** · due 2026-04-01 · P2 · Checkout outage (a/checkout.pir.yaml:6)', '',
      '## Open (1)', '', '### alice', '',
      '- **\\=HYPERLINK("<http://evil.example>", "click")** · due 2026-06-01 · Search latency (b/search.pir.yaml:6)', '',
      '## Closed (1)', '', '### Alice', '',
      '- AI-2 **Write the rollback runbook** · due 2026-03-01 · Checkout outage (a/checkout.pir.yaml:12)', '',
    ].join('\n'));
  });

  it('prints RFC 4180 CSV and defuses spreadsheet formulas', async () => {
    const { code, out } = await pirActions({ 'search.pir.yaml': SEARCH }, '--format', 'csv', '--now', '2026-04-02');
    assert.equal(code, EXIT_OK);
    assert.equal(out, [
      'file,line,review,id,title,type,owner,priority,due,status,completed,overdue,outcome,tracker,blockedBy',
      'search.pir.yaml,6,Search latency,,"\'=HYPERLINK(""http://evil.example"", ""click"")",,alice,,2026-06-01,open,,false,' +
        '"Needs ""quotes"", commas,\nand two lines\n",,',
      '',
    ].join('\r\n'));
  });

  it('warns about a file that is not a readable review and lists the others', async () => {
    const { code, out, err } = await pirActions({ ...reviews, 'broken.pir.yaml': 'title: [\n' }, '--format', 'json');
    assert.equal(code, EXIT_OK);
    assert.equal((JSON.parse(out) as unknown[]).length, 3);
    assert.match(err, /^broken\.pir\.yaml: not a readable review: /m);
  });

  it('exits 2 for a missing file, no files, or a bad option', async () => {
    const missing = await pirActions(reviews, 'nope.pir.yaml', 'a/checkout.pir.yaml', '--format', 'json');
    assert.equal(missing.code, EXIT_USAGE);
    assert.match(missing.err, /nope\.pir\.yaml: cannot read: ENOENT/);
    assert.equal((JSON.parse(missing.out) as unknown[]).length, 2);

    assert.equal((await pirActions({})).code, EXIT_USAGE);
    const badFormat = await pirActions(reviews, '--format', 'xml');
    assert.equal(badFormat.code, EXIT_USAGE);
    assert.match(badFormat.err, /--format must be one of text, json, csv/);
    assert.equal((await pirActions(reviews, '--now', 'someday')).code, EXIT_USAGE);
  });
});
