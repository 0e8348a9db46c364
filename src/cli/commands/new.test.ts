import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { lint } from '../../core/lint';
import { EXIT_OK, EXIT_USAGE } from '../io';
import { main } from '../main';
import { captureIo, tempDirWith } from '../testing';

describe('pir new', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDirWith();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function pirNew(...args: string[]) {
    const captured = captureIo(dir);
    const code = await main(['new', ...args], captured.io);
    return { code, out: captured.out(), err: captured.err() };
  }

  it('writes a draft into docs/incidents, named by date and title, and prints its path', async () => {
    const { code, out } = await pirNew('--title', 'Checkout outage: config rollout', '--severity', 'P2', '--date', '2026-03-14', '--author', 'Alice');
    const path = join('docs', 'incidents', '2026-03-14-checkout-outage-config-rollout.pir.yaml');
    assert.equal(code, EXIT_OK);
    assert.equal(out, `${path}\n`);
    const text = readFileSync(join(dir, path), 'utf8');
    assert.deepEqual(
      (({ title, severity, status, authors }) => ({ title, severity, status, authors }))(parse(text)),
      { title: 'Checkout outage: config rollout', severity: 'P2', status: 'draft', authors: ['Alice'] },
    );
    assert.deepEqual(lint(text).findings.filter((f) => f.severity === 'error'), []);
  });

  it('numbers the id after the reviews already there, in the idFormat of .pirrc.yaml', async () => {
    writeFileSync(join(dir, 'old.pir.yaml'), 'pir: 1\nid: PIR-2026-041\ntitle: Old\nseverity: P3\nstatus: final\n');
    await pirNew('--title', 'First', '--severity', 'P2', '--date', '2026-03-14');
    assert.equal(parse(readFileSync(join(dir, 'docs/incidents/2026-03-14-first.pir.yaml'), 'utf8')).id, 'PIR-2026-042');
    writeFileSync(join(dir, '.pirrc.yaml'), 'idFormat: OPS-YYYY-NNNN\n');
    await pirNew('--title', 'Second', '--severity', 'P2', '--date', '2026-03-15');
    assert.equal(parse(readFileSync(join(dir, 'docs/incidents/2026-03-15-second.pir.yaml'), 'utf8')).id, 'OPS-2026-0001');
  });

  it('creates a missing --dir, and accepts a lower-case severity', async () => {
    const { code, out } = await pirNew('--title', 'Cert expiry', '--severity', 'p3', '--date', '2026-05-02', '--dir', 'reviews/2026');
    assert.equal(code, EXIT_OK);
    assert.equal(out, `${join('reviews', '2026', '2026-05-02-cert-expiry.pir.yaml')}\n`);
    assert.equal(parse(readFileSync(join(dir, 'reviews/2026/2026-05-02-cert-expiry.pir.yaml'), 'utf8')).severity, 'P3');
  });

  it('writes to the file given with -o', async () => {
    const { code, out } = await pirNew('--title', 'DB failover', '--severity', 'P1', '-o', 'out/failover.pir.yaml');
    assert.equal(code, EXIT_OK);
    assert.equal(out, `${join('out', 'failover.pir.yaml')}\n`);
    assert.ok(existsSync(join(dir, 'out/failover.pir.yaml')));
  });

  it('refuses to overwrite an existing file and leaves it as it was', async () => {
    const args = ['--title', 'Checkout outage', '--severity', 'P2', '--date', '2026-03-14'];
    const file = join(dir, 'docs/incidents/2026-03-14-checkout-outage.pir.yaml');
    assert.equal((await pirNew(...args)).code, EXIT_OK);
    writeFileSync(file, 'keep me\n');
    const { code, out, err } = await pirNew(...args);
    assert.equal(code, EXIT_USAGE);
    assert.equal(out, '');
    assert.match(err, /2026-03-14-checkout-outage\.pir\.yaml already exists; not overwriting/);
    assert.equal(readFileSync(file, 'utf8'), 'keep me\n');
  });

  const usageErrors: [string, string[], RegExp][] = [
    ['a missing title', ['--severity', 'P2'], /--title is required/],
    ['a blank title', ['--title', '  ', '--severity', 'P2'], /--title is required/],
    ['an unknown severity', ['--title', 'X', '--severity', 'SEV1'], /--severity must be one of P1, P2, P3, P4/],
    ['an impossible date', ['--title', 'X', '--severity', 'P2', '--date', '2026-02-30'], /--date must be a date like/],
    ['both --dir and -o', ['--title', 'X', '--severity', 'P2', '--dir', 'a', '-o', 'b.pir.yaml'], /--dir or -o, not both/],
    ['an unquoted title', ['--title', 'Checkout', 'outage', '--severity', 'P2'], /unexpected argument "outage"/],
    ['an unknown option', ['--title', 'X', '--severity', 'P2', '--force'], /--force/],
  ];
  for (const [name, args, message] of usageErrors) {
    it(`exits 2 on ${name}, writing nothing`, async () => {
      const { code, err } = await pirNew(...args);
      assert.equal(code, EXIT_USAGE);
      assert.match(err, message);
      assert.equal(existsSync(join(dir, 'docs')), false);
    });
  }
});
