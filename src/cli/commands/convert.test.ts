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

  describe('with a team .pirrc.yaml', () => {
    const TEAM = 'sections:\n  - key: trigger\n    title: Trigger\n  - key: lucky\n    title: Where we got lucky\nseverities: [SEV0, SEV1, SEV2, SEV3]\ntimeZone: Europe/Berlin\n';
    const TEAM_POSTMORTEM = '# Checkout outage\n\nDate: 2026-03-14. Severity: Sev 1\n\n## Summary\n\nCheckout failed.\n\n## Trigger\n\nA config push.\n\n## Timeline\n\n- 09:37 Alert fired\n\n## Where we got lucky\n\nIt was a Saturday.\n\n## Background\n\nCheckout runs in two regions.\n';

    it('puts headings in the team sections, maps severity through its scale and reads times in its zone; lint finds no schema error', async () => {
      writeFileSync(join(dir, '.pirrc.yaml'), TEAM);
      writeFileSync(join(dir, 'pm', 'team.md'), TEAM_POSTMORTEM);
      const { code, out } = await pir('pm/team.md');
      assert.equal(code, EXIT_OK);
      assert.match(out, /inferred: Times were read in Europe\/Berlin, from the team's timeZone \(\.pirrc\.yaml\)\./);
      const file = join('pm', '2026-03-14-checkout-outage.pir.yaml');
      const review = parse(readFileSync(join(dir, file), 'utf8'));
      assert.equal(review.trigger, 'A config push.');
      assert.equal(review.lucky, 'It was a Saturday.');
      assert.equal(review['x-background'], 'Checkout runs in two regions.');
      assert.equal(review.severity, 'SEV1');
      assert.deepEqual(review.timeline, [{ at: '2026-03-14T08:37:00Z', text: 'Alert fired', kind: 'detection' }]);
      const lintOut = captureIo(dir);
      await main(['lint', file, '--format', 'json'], lintOut.io);
      const findings = JSON.parse(lintOut.out()) as { rule: string }[];
      assert.ok(findings.length > 0, 'the draft still has to-dos');
      assert.deepEqual(findings.filter((f) => f.rule === 'schema' || f.rule === 'yaml-syntax'), []);
    });

    it('finds the config of the output folder (-o) or a folder above it; --time-zone wins over its zone', async () => {
      writeFileSync(join(dir, 'pm', 'team.md'), TEAM_POSTMORTEM);
      rmSync(join(dir, 'pm', 'checkout.md'));
      const reviews = tempDirWith({ '.pirrc.yaml': TEAM, 'incidents/keep.txt': '' });
      try {
        const { code } = await pir('pm/team.md', '-o', join(reviews, 'incidents'), '--time-zone', 'UTC');
        assert.equal(code, EXIT_OK);
        const review = parse(readFileSync(join(reviews, 'incidents', '2026-03-14-checkout-outage.pir.yaml'), 'utf8'));
        assert.equal(review.trigger, 'A config push.');
        assert.equal(review.severity, 'SEV1');
        assert.deepEqual(review.timeline, [{ at: '2026-03-14T09:37:00Z', text: 'Alert fired', kind: 'detection' }]);
      } finally {
        rmSync(reviews, { recursive: true, force: true });
      }
      // Beside the source, where no config is, the format's defaults apply.
      const plain = await pir('pm/team.md', '--dry-run');
      assert.match(plain.out, /^x-trigger: A config push\.$/m);
      assert.match(plain.out, /^severity: P1$/m);
    });

    it('checks --severity against the team scale and reports problems in the config file', async () => {
      writeFileSync(join(dir, '.pirrc.yaml'), 'severities: [urgent, later]\ntimeZone: Moon/Base\n');
      const bad = await pir('pm/checkout.md', '--severity', 'P7x');
      assert.equal(bad.code, EXIT_USAGE);
      assert.match(bad.err, /--severity must be one of urgent, later/);
      const good = await pir('pm/checkout.md', '--severity', 'urgent', '--dry-run');
      assert.equal(good.code, EXIT_OK);
      assert.match(good.err, /^\.pirrc\.yaml: line 2: `timeZone` must be an IANA time zone name/m);
      assert.match(good.out, /^severity: urgent$/m);
    });
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
