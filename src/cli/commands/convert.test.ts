import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { EXIT_OK, EXIT_USAGE } from '../io';
import { main } from '../main';
import { captureIo, tempDirWith } from '../testing';

const POSTMORTEM = '# Checkout outage\n\nDate: 2026-03-14\n\n## Summary\n\nCheckout failed.\n\n## Timeline\n\nAll times PST\n\n- 9:37AM Alert fired\n\n## Action items\n\n- [ ] Add a config check\n';

describe('pir convert', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDirWith({
      'pm/checkout.md': POSTMORTEM,
      'pm/README.md': '# Our postmortems\n\nOne file per incident.\n',
      'notes.txt': 'not markdown',
    });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function pir(...args: string[]) {
    const captured = captureIo(dir);
    const code = await main(['convert', ...args], captured.io);
    return { code, out: captured.out(), err: captured.err() };
  }

  it('writes <date>-<slug>.pir.yaml beside the source and prints it with the report', async () => {
    const { code, out } = await pir('pm/checkout.md', '--severity', 'P2');
    assert.equal(code, EXIT_OK);
    const file = join('pm', '2026-03-14-checkout-outage.pir.yaml');
    assert.match(out, new RegExp(`^${file.replace(/\./g, '\\.')} \\(from pm/checkout\\.md\\)\\n`));
    assert.match(out, /needs a person: 1 of 1 action items have no owner\./);
    const review = parse(readFileSync(join(dir, file), 'utf8'));
    assert.equal(review.severity, 'P2');
    assert.deepEqual(review.timeline, [{ at: '2026-03-14T17:37:00Z', text: 'Alert fired', kind: 'detection' }]);
    assert.deepEqual(review.actionItems, [{ title: 'Add a config check', status: 'open' }]);
  });

  it('converts a folder into -o DIR, skipping files that are not postmortems and saying why', async () => {
    const { code, out, err } = await pir('pm', '-o', 'reviews');
    assert.equal(code, EXIT_OK);
    assert.match(out, /reviews\/2026-03-14-checkout-outage\.pir\.yaml \(from pm\/checkout\.md\)/);
    assert.match(err, /pm\/README\.md: skipped, not a postmortem: it has no postmortem sections/);
    assert.deepEqual(readdirSync(join(dir, 'reviews')), ['2026-03-14-checkout-outage.pir.yaml']);
  });

  it('never overwrites a file', async () => {
    const file = join(dir, 'pm', '2026-03-14-checkout-outage.pir.yaml');
    writeFileSync(file, 'keep me\n');
    const { code, err } = await pir('pm/checkout.md');
    assert.equal(code, EXIT_USAGE);
    assert.match(err, /2026-03-14-checkout-outage\.pir\.yaml already exists; not overwriting it/);
    assert.equal(readFileSync(file, 'utf8'), 'keep me\n');
    assert.deepEqual(readdirSync(join(dir, 'pm')).sort(), ['2026-03-14-checkout-outage.pir.yaml', 'README.md', 'checkout.md']);
  });

  it('--dry-run prints the review and writes nothing; --format json says the same as data', async () => {
    const dry = await pir('pm/checkout.md', '--dry-run', '--time-zone', 'Europe/Berlin');
    assert.equal(dry.code, EXIT_OK);
    assert.match(dry.out, /^# pm\/2026-03-14-checkout-outage\.pir\.yaml \(dry run; from pm\/checkout\.md\)\n# Converted from checkout\.md/);
    assert.deepEqual(readdirSync(join(dir, 'pm')).sort(), ['README.md', 'checkout.md']);
    const json = await pir('pm', '--dry-run', '--format', 'json');
    const outcomes = JSON.parse(json.out) as { source: string; status: string; reason?: string }[];
    assert.deepEqual(outcomes.map((o) => [o.source, o.status]), [['pm/README.md', 'skipped'], ['pm/checkout.md', 'would-write']]);
  });

  it('rejects bad options and inputs with a clear message', async () => {
    for (const [args, message] of [
      [['pm/checkout.md', '--time-zone', 'Mars/Base'], /--time-zone must be an IANA zone/],
      [['pm/checkout.md', '--severity', 'whenever'], /--severity must be one of P1, P2, P3, P4/],
      [['notes.txt'], /notes\.txt: expected a Markdown file \(\.md\) or a folder/],
      [['missing.md'], /missing\.md: no such file or folder/],
      [[], /which postmortems\?/],
    ] as [string[], RegExp][]) {
      const { code, err } = await pir(...args);
      assert.equal(code, EXIT_USAGE, args.join(' '));
      assert.match(err, message);
    }
  });
});
