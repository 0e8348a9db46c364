import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT_OK, EXIT_USAGE } from '../io';
import { main } from '../main';
import { captureIo, tempDirWith } from '../testing';

const OWN = join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'import', 'own');

describe('pir import', () => {
  const dirs: string[] = [];
  after(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  /** A working directory with the own fixtures copied in. */
  function workspace(): string {
    const dir = tempDirWith();
    dirs.push(dir);
    cpSync(OWN, dir, { recursive: true });
    return dir;
  }

  async function pir(dir: string, args: string[]) {
    const captured = captureIo(dir);
    const code = await main(['import', ...args], captured.io);
    return { code, out: captured.out(), err: captured.err() };
  }

  it('adds the new events, fills empty lifecycle times, reports the rest, and leaves no temporary file', async () => {
    const dir = workspace();
    const { code, out, err } = await pir(dir, ['review.pir.yaml', 'slack-export', 'pagerduty-log-entries.json', '--slack-url', 'https://acme.slack.com']);
    assert.equal(code, EXIT_OK, err);
    assert.match(out, /^Added 11 events to review\.pir\.yaml: 2 duplicates, 1 outside the window, 3 skipped as noise, 3 redactions, 1 lifecycle field filled\.$/m);
    assert.match(out, /^ {2}times\.acknowledged: 2026-03-14T07:05:00Z$/m);
    assert.match(out, /^ {2}times\.resolved is 2026-03-14T08:40:00Z; the records say 2026-03-14T08:35:00Z \(--set-times overwrites\)$/m);
    assert.match(out, /^ {2}read slack-export as slack$/m);
    const text = readFileSync(join(dir, 'review.pir.yaml'), 'utf8');
    assert.match(text, /source: https:\/\/acme\.slack\.com\/archives\/C0INC2041\/p1773471300000100\n/);
    assert.match(text, /acknowledged: 2026-03-14T07:05:00Z/);
    assert.deepEqual(readdirSync(dir).filter((name) => name.endsWith('.tmp')), []);

    const again = await pir(dir, ['review.pir.yaml', 'slack-export', 'pagerduty-log-entries.json', '--slack-url', 'https://acme.slack.com']);
    assert.match(again.out, /^Added 0 events/m);
    assert.equal(readFileSync(join(dir, 'review.pir.yaml'), 'utf8'), text);
  });

  it('--dry-run prints the candidates and writes nothing', async () => {
    const dir = workspace();
    const before = readFileSync(join(dir, 'review.pir.yaml'), 'utf8');
    const { code, out } = await pir(dir, ['review.pir.yaml', 'pagerduty-log-entries.json', '--dry-run']);
    assert.equal(code, EXIT_OK);
    assert.match(out, /^at {20}source {5}kind {8}actor {13}text$/m);
    assert.match(out, /^2026-03-14T07:02:10Z {2}pagerduty {2}detection {3}Checkout monitor {2}Triggered through the API$/m);
    assert.match(out, /^Would add 5 events to review\.pir\.yaml/m);
    assert.equal(readFileSync(join(dir, 'review.pir.yaml'), 'utf8'), before);
  });

  it('--set-times overwrites a differing lifecycle time; --format json says what it did', async () => {
    const dir = workspace();
    const { code, out } = await pir(dir, ['review.pir.yaml', 'pagerduty-log-entries.json', '--set-times', '--format', 'json']);
    assert.equal(code, EXIT_OK);
    const report = JSON.parse(out);
    assert.equal(report.written, true);
    assert.deepEqual(report.counts, { added: 5, duplicates: 0, outsideWindow: 0, noise: 1, redactions: 0, lifecycleFilled: 1 });
    assert.deepEqual(report.window, { since: '2026-03-14T04:50:00.000Z', until: '2026-03-14T09:40:00.000Z' });
    assert.equal(report.candidates[0].source, 'https://acme.pagerduty.com/incidents/Q1ABCDEF#log-entry-R0TRIGGR');
    assert.match(readFileSync(join(dir, 'review.pir.yaml'), 'utf8'), /resolved: 2026-03-14T08:35:00Z/);
  });

  it('exits 2 and writes nothing when one of the files is bad, naming it', async () => {
    const dir = workspace();
    const before = readFileSync(join(dir, 'review.pir.yaml'), 'utf8');
    const { code, err } = await pir(dir, ['review.pir.yaml', 'pagerduty-log-entries.json', 'bad-truncated.json']);
    assert.equal(code, EXIT_USAGE);
    assert.match(err, /^pir import: bad-truncated\.json: is not valid JSON \(.*\); expected one of: .*\nNothing was written\.\n$/);
    assert.equal(readFileSync(join(dir, 'review.pir.yaml'), 'utf8'), before);
  });

  it('exits 2 for a usage error: no sources, an unknown --from, a bad --since', async () => {
    const dir = workspace();
    assert.equal((await pir(dir, ['review.pir.yaml'])).code, EXIT_USAGE);
    assert.match((await pir(dir, ['review.pir.yaml', 'events.csv', '--from', 'jira'])).err, /--from must be one of slack, teams/);
    assert.match((await pir(dir, ['review.pir.yaml', 'events.csv', '--since', 'yesterday'])).err, /--since must be an ISO 8601 date-time/);
  });

  it('--git reads first-parent history by commit date, within the window', async () => {
    const dir = workspace();
    const repo = join(dir, 'repo');
    const git = (args: string[], date?: string) =>
      execFileSync('git', ['-C', repo, ...args], { env: { ...process.env, GIT_AUTHOR_NAME: 'Dev Patel', GIT_AUTHOR_EMAIL: 'dev@acme.example', GIT_COMMITTER_NAME: 'CI', GIT_COMMITTER_EMAIL: 'ci@acme.example', GIT_AUTHOR_DATE: '2026-03-10T12:00:00Z', GIT_COMMITTER_DATE: date ?? '2026-03-10T12:00:00Z' } });
    execFileSync('git', ['init', '-q', repo]);
    git(['commit', '-q', '--allow-empty', '-m', 'Old change'], '2026-03-01T12:00:00Z');
    git(['commit', '-q', '--allow-empty', '-m', 'Lower the pool size to 4'], '2026-03-14T06:48:00+01:00');
    git(['commit', '-q', '--allow-empty', '-m', 'Restore the pool size'], '2026-03-14T08:30:00Z');
    const { code, out, err } = await pir(dir, ['review.pir.yaml', '--git', 'repo', '--dry-run', '--format', 'json']);
    assert.equal(code, EXIT_OK, err);
    const { candidates } = JSON.parse(out);
    assert.deepEqual(
      candidates.map((c: { at: string; text: string; kindChoices?: string[] }) => [c.at, c.text.replace(/ \([0-9a-f]{8}\)$/, ''), c.kindChoices]),
      [
        ['2026-03-14T05:48:00Z', 'Lower the pool size to 4', ['note', 'trigger']],
        ['2026-03-14T08:30:00Z', 'Restore the pool size', undefined],
      ],
    );
  });

  it("reads times without an offset in the .pirrc.yaml timeZone: the review's, --since/--until and a CSV's", async () => {
    const dir = workspace();
    writeFileSync(join(dir, '.pirrc.yaml'), 'timeZone: America/Los_Angeles\n');
    writeFileSync(join(dir, 'local.pir.yaml'), 'pir: 1\ntitle: Checkout errors\ntimes:\n  started: 2026-03-13T23:50\n  resolved: 2026-03-14T01:40\ntimeline: []\n');
    writeFileSync(join(dir, 'local.csv'), 'time,text\n2026-03-13 21:00,Before the window\n2026-03-13 23:55,Pool alarms start\n2026-03-14 01:35,Rolled back\n');
    const inWindow = await pir(dir, ['local.pir.yaml', 'local.csv', '--dry-run', '--format', 'json']);
    assert.equal(inWindow.code, EXIT_OK, inWindow.err);
    const report = JSON.parse(inWindow.out);
    assert.deepEqual(report.window, { since: '2026-03-14T04:50:00.000Z', until: '2026-03-14T09:40:00.000Z' }, 'PDT: 23:50 local is 06:50Z');
    assert.deepEqual(report.candidates.map((c: { at: string }) => c.at), ['2026-03-14T06:55:00Z', '2026-03-14T08:35:00Z']);
    assert.equal(report.counts.outsideWindow, 1);
    const narrowed = await pir(dir, ['local.pir.yaml', 'local.csv', '--since', '2026-03-14T01:00', '--until', '2026-03-14T02:00', '--dry-run', '--format', 'json']);
    assert.deepEqual(JSON.parse(narrowed.out).candidates.map((c: { text: string }) => c.text), ['Rolled back']);
  });

  it('exits 2 for --git on a folder that is not a repository', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'plain.txt'), 'x');
    const { code, err } = await pir(dir, ['review.pir.yaml', '--git', '.', '--dry-run']);
    assert.equal(code, EXIT_USAGE);
    assert.match(err, /is not a git repository git can read/);
  });
});
