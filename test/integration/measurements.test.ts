// Measured, not timed: prints how long a large review takes from opening to diagnostics. The
// assertion is only that the diagnostics arrive (CI machines vary too much for a threshold).
import * as assert from 'assert';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import { closeAll, deleteReview, diagnosticsOf, fixture, pirApi } from './helpers';

/** A review of about `bytes` characters: many timeline events and action items, one without an owner. */
function largeReview(bytes: number): string {
  let text = 'pir: 1\ntitle: Large review\nseverity: P2\nstatus: draft\nsummary: Many events.\nrootCause: x\ntimeline:\n';
  for (let i = 0; text.length < bytes / 2; i++) {
    text += `  - at: 2026-03-14T${String(9 + Math.floor(i / 60) % 14).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:00Z\n    kind: note\n    text: Event number ${i} with some words about what the responders saw\n`;
  }
  text += 'actionItems:\n  - title: An action item nobody owns yet\n    due: 2099-01-01\n';
  for (let i = 0; text.length < bytes; i++) text += `  - id: AI-${i + 1}\n    title: Action item ${i} about the checkout service\n    owner: team-${i % 5}\n    due: 2099-01-01\n`;
  return text;
}

describe('measurements', () => {
  const file = fixture('large-measure.pir.yaml');
  // Its owners (team-0 ... team-4) would outnumber the fixtures' in later suites: gone from the index too.
  after(async () => {
    await closeAll();
    await deleteReview((await pirApi()).sidebar.reviews, file);
  });

  it('open to diagnostics for a 20 KB review', async () => {
    const text = largeReview(20_000);
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(text));
    const start = Date.now();
    await vscode.window.showTextDocument(file);
    const diagnostics = await diagnosticsOf(file, (d) => d.length > 0, 'diagnostics of the large review');
    const elapsed = Date.now() - start;
    assert.ok(diagnostics.some((d) => (d.code as { value: string }).value === 'action-owner'));
    // The extension host drops console.log; the reporter's log reaches the test output.
    Mocha.reporters.Base.consoleLog(`      open to diagnostics, ${(text.length / 1024).toFixed(1)} KB review: ${elapsed} ms`);
  });
});
