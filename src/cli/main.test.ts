import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { tempDirWith } from './testing';

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
