// A real postmortem (crates.io, 20 July 2023, transcribed in test/fixtures/real/) opened in the
// editor as a user would: its diagnostics in the Problems panel must be the ones the CLI finds,
// a missing owner and due date on each of its three action items, and nothing else.
import * as assert from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { useWorkbench } from './workbench';

// Compiled to out/test/e2e, so the repository root is three levels up.
const NAME = '2023-07-20-crates-io-broken-downloads.pir.yaml';
const TEXT = readFileSync(path.join(__dirname, '..', '..', '..', 'test/fixtures/real', NAME), 'utf8');

describe('a real postmortem in the editor (e2e)', () => {
  const workbench = useWorkbench({ files: { [`incidents/${NAME}`]: TEXT } });

  it('shows exactly the missing owners and due dates of its action items', async () => {
    const wb = workbench();
    await wb.openFile(`incidents/${NAME}`);
    const rows = await wb.waitForProblems((r) => r.filter((row) => row.includes('Action item has no due date')).length === 3, 30_000);
    await wb.screenshot('real-postmortem-problems');
    const count = (text: string) => rows.filter((row) => row.includes(text)).length;
    assert.strictEqual(count('Action item has no owner'), 3, JSON.stringify(rows));
    assert.strictEqual(count('Action item has no due date'), 3, JSON.stringify(rows));
    // One row for the file, one per diagnostic: nothing else, no blame-language note, no error.
    assert.strictEqual(rows.length, 7, JSON.stringify(rows));
    assert.strictEqual(count('Blaming wording'), 0);
  });
});
