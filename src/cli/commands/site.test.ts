import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from '../io';
import { main } from '../main';
import { captureIo, tempDirWith } from '../testing';

const review = (title: string, service = title.toLowerCase()) => `pir: 1
title: ${title}
severity: P2
services: [${service}]
times: {started: 2026-03-01T10:00:00Z, resolved: 2026-03-01T11:00:00Z}
`;

describe('pir site', function () {
  const dirs: string[] = [];
  after(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  before(function () {
    // The site's browser scripts are esbuild bundles: `npm run build` makes them.
    if (!existsSync(resolve(__dirname, '../../../../dist/webview/site.js'))) this.skip();
  });

  async function pirSite(dir: string, args: string[]) {
    const captured = captureIo(dir);
    const code = await main(['site', ...args], captured.io);
    return { code, out: captured.out(), err: captured.err() };
  }

  it('builds the site, then rebuilds only the changed review', async () => {
    const dir = tempDirWith({ 'a.pir.yaml': review('A'), 'b.pir.yaml': review('B') });
    dirs.push(dir);
    const first = await pirSite(dir, ['-o', 'site']);
    assert.equal(first.code, EXIT_OK, first.err);
    assert.equal(first.out, 'site/index.html: 2 reviews, 2 pages rendered, 0 unchanged\n');
    assert.deepEqual(readdirSync(join(dir, 'site/reviews')).sort(), ['a.html', 'b.html']);
    assert.ok(readdirSync(join(dir, 'site')).every((name) => !name.endsWith('.tmp')), 'no temporary file is left');

    // A and B share nothing, so A's page (whose related links would name B) stays.
    writeFileSync(join(dir, 'b.pir.yaml'), review('B, revised', 'b'));
    const second = await pirSite(dir, ['-o', 'site']);
    assert.equal(second.out, 'site/index.html: 2 reviews, 1 page rendered, 1 unchanged\n');
    assert.match(readFileSync(join(dir, 'site/index.html'), 'utf8'), /B, revised/);
    assert.equal((await pirSite(dir, ['-o', 'site', '--full'])).out, 'site/index.html: 2 reviews, 2 pages rendered, 0 unchanged\n');
  });

  it('publishes the readable reviews and names the one it left out', async () => {
    const dir = tempDirWith({ 'a.pir.yaml': review('A'), 'bad.pir.yaml': 'title: [unclosed\n' });
    dirs.push(dir);
    const { code, err } = await pirSite(dir, ['-o', 'site']);
    assert.equal(code, EXIT_FINDINGS);
    assert.match(err, /^bad\.pir\.yaml: left out of the site: /);
    assert.ok(existsSync(join(dir, 'site/reviews/a.html')));
  });

  it('wants an output folder and at least one review', async () => {
    const dir = tempDirWith({ 'a.pir.yaml': review('A') });
    dirs.push(dir);
    assert.equal((await pirSite(dir, [])).code, EXIT_USAGE);
    assert.equal((await pirSite(dir, ['none/*.pir.yaml', '-o', 'site'])).code, EXIT_USAGE);
  });
});
