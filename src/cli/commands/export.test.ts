import * as assert from 'node:assert/strict';
import { existsSync, linkSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from '../io';
import { main } from '../main';
import { captureIo, tempDirWith } from '../testing';

const REVIEW = `pir: 1
title: Checkout <b>outage</b>
severity: P2
status: draft
summary: Config rollout broke checkout.
`;

describe('pir export', () => {
  const dirs: string[] = [];
  after(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  async function pirExport(args: string[], files: Record<string, string> = { 'incident.pir.yaml': REVIEW }) {
    const dir = tempDirWith(files);
    dirs.push(dir);
    const captured = captureIo(dir);
    const code = await main(['export', ...args], captured.io);
    return { dir, code, out: captured.out(), err: captured.err() };
  }

  it('prints Markdown by default', async () => {
    const { code, out, err } = await pirExport(['incident.pir.yaml']);
    assert.equal(code, EXIT_OK, err);
    assert.match(out, /^# Checkout &lt;b&gt;outage&lt;\/b&gt;\n/);
    assert.match(out, /## Summary\n\nConfig rollout broke checkout\.\n/);
  });

  it('prints a standalone HTML page with --format html', async () => {
    const { code, out } = await pirExport(['incident.pir.yaml', '--format', 'html']);
    assert.equal(code, EXIT_OK);
    assert.match(out, /^<!DOCTYPE html>/);
    assert.match(out, /<h1>Checkout &lt;b&gt;outage&lt;\/b&gt;<\/h1>/);
    assert.doesNotMatch(out, /<script/);
  });

  it('writes the file given with -o, taking the format from its extension, and prints its path', async () => {
    const { dir, code, out } = await pirExport(['incident.pir.yaml', '-o', 'out/report.html']);
    assert.equal(code, EXIT_OK);
    assert.equal(out, `${join('out', 'report.html')}\n`);
    assert.match(readFileSync(join(dir, 'out/report.html'), 'utf8'), /^<!DOCTYPE html>/);
  });

  it('writes -o outside the current directory when the user names such a path', async () => {
    // The CLI user choosing -o is choosing the location (see the usage text): `..` is not refused.
    const target = `../pir-export-outside-${process.pid}/x.md`;
    const { dir, code, out, err } = await pirExport(['incident.pir.yaml', '-o', target]);
    const written = join(dir, target);
    dirs.push(join(written, '..'));
    assert.equal(code, EXIT_OK, err);
    assert.equal(out, `${target}\n`);
    assert.match(readFileSync(written, 'utf8'), /^# Checkout/);
  });

  it('overwrites an earlier export', async () => {
    const { dir, code } = await pirExport(['incident.pir.yaml', '-o', 'report.md'], { 'incident.pir.yaml': REVIEW, 'report.md': 'old' });
    assert.equal(code, EXIT_OK);
    assert.match(readFileSync(join(dir, 'report.md'), 'utf8'), /^# Checkout/);
  });

  it('refuses to overwrite the review itself, by any name', async () => {
    for (const target of ['incident.pir.yaml', './incident.pir.yaml', 'link.md', 'hard.md']) {
      const dir = tempDirWith({ 'incident.pir.yaml': REVIEW });
      dirs.push(dir);
      symlinkSync(join(dir, 'incident.pir.yaml'), join(dir, 'link.md'));
      linkSync(join(dir, 'incident.pir.yaml'), join(dir, 'hard.md'));
      const captured = captureIo(dir);
      const code = await main(['export', 'incident.pir.yaml', '-o', target], captured.io);
      assert.equal(code, EXIT_USAGE, target);
      assert.match(captured.err(), /is the review itself/);
      assert.equal(readFileSync(join(dir, 'incident.pir.yaml'), 'utf8'), REVIEW);
    }
  });

  it('reports YAML it cannot read, with its position, and writes nothing', async () => {
    const { dir, code, err } = await pirExport(['bad.pir.yaml', '-o', 'bad.md'], { 'bad.pir.yaml': 'pir: 1\ntitle: [unclosed\n' });
    assert.equal(code, EXIT_FINDINGS);
    assert.match(err, /^bad\.pir\.yaml:\d+:\d+ /);
    assert.ok(!existsSync(join(dir, 'bad.md')));
  });

  it('rejects a bad format, a missing file argument and a missing file', async () => {
    assert.equal((await pirExport(['incident.pir.yaml', '--format', 'pdf'])).code, EXIT_USAGE);
    assert.equal((await pirExport([])).code, EXIT_USAGE);
    const missing = await pirExport(['nope.pir.yaml']);
    assert.equal(missing.code, EXIT_USAGE);
    assert.match(missing.err, /ENOENT/);
  });
});
