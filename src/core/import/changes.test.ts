// git and GitHub: the changes around an incident.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gitLogArgs } from './git';
import { offerChangeKinds } from './lifecycle';
import { readCandidates } from './read';
import { readFixtures, REAL } from './testing';

describe('import: git and GitHub', () => {
  it('dates a commit by when it landed (commit date), not by its author date', async () => {
    const text = readFileSync(join(REAL, 'git/alertmanager_git_log_tsv.txt'), 'utf8');
    const { candidates } = await readCandidates([{ name: 'alertmanager (git history)', text }], {}, {});
    assert.equal(candidates.length, 25);
    const newest = candidates.find((c) => c.origin === 'git:68fb2d5759b3a92c0bb2a1a13d4ef7ff5b06256d')!;
    // Authored 2026-08-22T23:04:18+09:00 (14:04:18Z), committed 2026-08-22T16:04:18+02:00 (also 14:04:18Z).
    assert.equal(newest.at, '2026-08-22T14:04:18Z');
    // Authored 2026-05-09T10:08:35-07:00, landed 2026-08-19T11:59:49+02:00 with two others of the same pull request.
    const rebased = candidates.find((c) => c.origin.startsWith('git:1193873419'))!;
    assert.equal(rebased.at, '2026-08-19T09:59:49Z');
    assert.match(rebased.text, /^httpserver: make \/-\/reload handler cance.* \(11938734\)$/);
    assert.equal(rebased.actor, 'June Kim');
    assert.ok(candidates.every((c) => c.at.endsWith('Z')));
  });

  it('asks git for first-parent history around the window', () => {
    assert.deepEqual(gitLogArgs({ since: Date.parse('2026-03-14T04:50:00Z') }), [
      'log', '--reverse', '--format=%H%x09%aI%x09%cI%x09%an%x09%s', '--first-parent', '--since=2026-03-13T04:50:00.000Z',
    ]);
  });

  it('dates a deployment by its success status and a release by published_at (real payloads)', async () => {
    const { candidates } = await readFixtures(['real/github/webhook_deployment_status_payload.json', 'real/github/webhook_release_published.payload.json']);
    assert.deepEqual(
      candidates.map(({ at, text, source }) => [at, text, source]),
      [
        ['2019-05-15T15:20:53Z', 'Released 0.0.1', 'https://github.com/Codertocat/Hello-World/releases/tag/0.0.1'],
        ['2019-05-15T15:20:55Z', 'Deployed master (f95f852) to production', 'github:deployment/145988746'],
      ],
    );
  });

  it('reads REST lists: queued statuses and draft releases are noise; changes before the start are a note or a trigger', async () => {
    const read = await readFixtures(['own/github-deployments.json', 'own/github-deployment-statuses.json', 'own/github-releases.json']);
    assert.equal(read.noise, 2, 'the in_progress status and the draft release');
    const review = 'pir: 1\ntimes:\n  started: 2026-03-14T06:50:00Z\n';
    const offered = offerChangeKinds(review, read.candidates);
    assert.deepEqual(
      offered.map(({ at, text, kindChoices }) => [at, text, kindChoices]),
      [
        ['2026-03-14T06:45:00Z', 'Deployment of main (abc123d) to production started', ['note', 'trigger']],
        ['2026-03-14T06:48:00Z', 'Deployed main (abc123d) to production', ['note', 'trigger']],
        ['2026-03-14T08:05:00Z', 'Released v2.14.1 (Pool size fix)', undefined],
      ],
    );
    assert.equal(offered[1].source, 'https://ci.acme.example/runs/990');
  });
});
