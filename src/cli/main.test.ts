import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { version } from '../../package.json';
import { EXIT_OK, EXIT_USAGE } from './io';
import { main } from './main';
import { captureIo, tempDirWith } from './testing';

describe('pir as a process', () => {
  it('stops quietly when its reader closes the pipe early (pir lint | head)', async () => {
    // Thousands of action items without owner or due date: far more output than a pipe buffers.
    const items = Array.from({ length: 3000 }, (_, i) => `  - title: Item ${i}\n`).join('');
    const dir = tempDirWith({ 'big.pir.yaml': `pir: 1\ntitle: t\nseverity: P2\nstatus: draft\nactionItems:\n${items}` });
    try {
      const child = spawn(process.execPath, [join(__dirname, 'main.js'), 'lint', 'big.pir.yaml'], { cwd: dir });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.stdout.once('data', () => child.stdout.destroy());
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      assert.doesNotMatch(stderr, /Error|EPIPE/);
      assert.equal(code, 0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('pir help and version', () => {
  async function pir(...argv: string[]) {
    const captured = captureIo(process.cwd());
    const code = await main(argv, captured.io);
    return { code, out: captured.out(), err: captured.err() };
  }

  for (const command of ['lint', 'new', 'actions', 'metrics', 'export']) {
    it(`pir ${command} --help prints that command's usage and nothing else`, async () => {
      const { code, out, err } = await pir(command, '--help');
      assert.equal(code, EXIT_OK);
      assert.equal(err, '');
      assert.ok(out.startsWith(`pir ${command} `), out);
      assert.equal(out.match(/^pir [a-z]+ /gm)?.length, 1, 'only one command');
    });
  }

  it('takes -h anywhere among the options, and pir help <command> too', async () => {
    const short = await pir('export', 'review.pir.yaml', '--format', 'html', '-h');
    assert.equal(short.code, EXIT_OK);
    assert.match(short.out, /^pir export <file>/);
    assert.equal((await pir('help', 'metrics')).out, (await pir('metrics', '-h')).out);
  });

  it('reads --help after -- as a file name, not a request for help', async () => {
    const { code, out, err } = await pir('export', '--', '--help');
    assert.equal(code, EXIT_USAGE);
    assert.equal(out, '');
    assert.match(err, /ENOENT|no such file/i);
  });

  it('prints the version from package.json', async () => {
    for (const flag of ['--version', '-V']) {
      const { code, out } = await pir(flag);
      assert.equal(code, EXIT_OK);
      assert.equal(out, `${version}\n`);
      assert.match(out, /^\d+\.\d+\.\d+/);
    }
  });

  it('lists every command in the general help, with how to get one command\'s help', async () => {
    const { code, out } = await pir('--help');
    assert.equal(code, EXIT_OK);
    for (const name of ['lint', 'new', 'actions', 'metrics', 'export', 'convert']) assert.match(out, new RegExp(`^pir ${name} `, 'm'));
    assert.match(out, /pir <command> --help/);
  });
});
