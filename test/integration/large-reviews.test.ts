// Large reviews: linted in the worker (the extension host stays responsive while typing), read
// there for the sidebar when the file changes on disk, and past `pir.maxLintBytes` not linted at
// all, with a diagnostic that says so. Prints how long the extension host's event loop was
// blocked while typing in a 1 MB review (lint, metrics and the sidebar index: the worker reads
// for all of them), and while the sidebar read the file after it changed on disk.
import * as assert from 'assert';
import Mocha from 'mocha';
import { monitorEventLoopDelay } from 'perf_hooks';
import * as vscode from 'vscode';
import { generateReview } from '../../bench/generate';
import { closeAll, deleteReview, diagnosticsOf, fixture, indexChanges, pirApi, waitFor } from './helpers';

const ONE_MB = generateReview(7, 1_000_000);

describe('large reviews', () => {
  const file = fixture('large-worker.pir.yaml');
  before(async () => vscode.workspace.fs.writeFile(file, new TextEncoder().encode(ONE_MB)));
  after(async () => {
    await closeAll();
    await vscode.workspace.getConfiguration('pir').update('maxLintBytes', undefined, vscode.ConfigurationTarget.Workspace);
    await deleteReview((await pirApi()).sidebar.reviews, file);
  });

  it('lints a 1 MB review in the worker, then lints only the newest text while typing, and reports the longest block', async function () {
    this.timeout(120_000);
    const { linter } = await pirApi();
    const editor = await vscode.window.showTextDocument(file);
    const document = editor.document;
    const lintedNow = () => linter.resultFor(document);
    const first = await waitFor(linter.onDidLint, lintedNow, (result) => result !== undefined, 'the first lint of the 1 MB review', 60_000);
    assert.equal(first?.parsed, undefined, 'a review over pir.workerThresholdBytes is linted in the worker');
    assert.ok(first!.entries.length > 0);

    // Type a word at the end of the summary's first line, a keystroke every 30 ms, as a fast typist does.
    const line = document.positionAt(document.getText().indexOf('summary:')).line + 1;
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const started = Date.now();
    for (const character of ' checked') {
      await editor.edit((builder) => builder.insert(document.lineAt(line).range.end, character), { undoStopBefore: false, undoStopAfter: false });
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
    const last = await waitFor(linter.onDidLint, lintedNow, (result) => result !== undefined, 'the lint of the last keystroke', 60_000);
    delay.disable();
    assert.equal(last!.version, document.version);
    assert.ok(last!.facts?.timesKey && 'entry' in last!.facts.reading, 'the worker sent what the metrics and the index need, so they parse nothing');
    const ms = (ns: number) => (ns / 1e6).toFixed(0);
    Mocha.reporters.Base.consoleLog(
      `      typing 8 characters in a 1 MB review until its diagnostics: ${Date.now() - started} ms; `
      + `extension host event loop blocked max ${ms(delay.max)} ms, p99 ${ms(delay.percentile(99))} ms, mean ${ms(delay.mean)} ms`,
    );
  });

  it('reads a 1 MB review changed on disk in the worker for the sidebar, and reports the longest block', async function () {
    this.timeout(60_000);
    // A file no editor has open, so the sidebar reads it from disk (an open one it reads from the buffer).
    const onDisk = fixture('large-on-disk.pir.yaml');
    const { reviews } = (await pirApi()).sidebar;
    const titleOnDisk = () => reviews.index.get(onDisk.toString())?.title;
    try {
      await vscode.workspace.fs.writeFile(onDisk, new TextEncoder().encode(ONE_MB));
      await waitFor(indexChanges(reviews), titleOnDisk, (title) => title !== undefined, 'the new file in the index', 30_000);

      const delay = monitorEventLoopDelay({ resolution: 10 });
      delay.enable();
      const started = Date.now();
      await vscode.workspace.fs.writeFile(onDisk, new TextEncoder().encode(ONE_MB.replace(/^title: .*$/m, 'title: Retitled on disk')));
      await waitFor(indexChanges(reviews), titleOnDisk, (title) => title === 'Retitled on disk', 'the new title in the index', 30_000);
      delay.disable();
      const ms = (ns: number) => (ns / 1e6).toFixed(0);
      Mocha.reporters.Base.consoleLog(
        `      a 1 MB review changed on disk, until the sidebar has it: ${Date.now() - started} ms; `
        + `extension host event loop blocked max ${ms(delay.max)} ms, p99 ${ms(delay.percentile(99))} ms, mean ${ms(delay.mean)} ms`,
      );
    } finally {
      await deleteReview(reviews, onDisk);
    }
  });

  it('does not lint a review over pir.maxLintBytes and says so in the Problems panel', async () => {
    await vscode.workspace.getConfiguration('pir').update('maxLintBytes', 500_000, vscode.ConfigurationTarget.Workspace);
    // A keystroke lints again with the new limit (the document may still be open from the test before).
    const editor = await vscode.window.showTextDocument(file);
    await editor.edit((builder) => builder.insert(new vscode.Position(0, 0), '#\n'));
    const diagnostics = await diagnosticsOf(file, (d) => d.some((x) => x.code === 'max-lint-bytes'), 'the too-large diagnostic');
    assert.equal(diagnostics.length, 1);
    assert.match(diagnostics[0].message, /over the 0\.5 MB that pir checks \(setting pir\.maxLintBytes\)/);
  });
});
