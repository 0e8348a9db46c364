// Which source a file is, and the clear refusals for files the import cannot read.
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { detectFormat } from './detect';
import { FIXTURES, readFixtures } from './testing';
import { ImportError, type SourceName } from './types';

function rejectsWith(promise: Promise<unknown>, pattern: RegExp): Promise<void> {
  return assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof ImportError, String(error));
    assert.match(error.message, pattern);
    return true;
  });
}

describe('import: formats and bad files', () => {
  const detected: [string, SourceName][] = [
    ['real/pagerduty/log-entries.json', 'pagerduty'],
    ['own/pagerduty-incident.json', 'pagerduty'],
    ['real/alertmanager/webhook-firing-grouped.json', 'alertmanager'],
    ['own/alertmanager-api-v2-alerts.json', 'alertmanager'],
    ['real/github/webhook_deployment_payload.json', 'github'],
    ['own/github-deployment-statuses.json', 'github'],
    ['own/github-releases.json', 'github'],
    ['real/git/alertmanager_git_log_first_parent_merges_tsv.txt', 'git'],
    ['real/slack-export/enrique/2016-01-15.json', 'slack'],
    ['own/teams-chat-messages.json', 'teams'],
    ['own/opsgenie-alert-log.json', 'opsgenie'],
    ['own/grafana-annotations.json', 'grafana'],
    ['own/events.csv', 'csv'],
  ];
  for (const [path, from] of detected) {
    it(`detects ${path} as ${from} from its content`, () => assert.equal(detectFormat(path, readFileSync(join(FIXTURES, path), 'utf8')), from));
  }

  it('names a truncated JSON file and says what was expected', () =>
    rejectsWith(readFixtures(['own/bad-truncated.json']), /own\/bad-truncated\.json: is not valid JSON \(.*\); expected one of: a Slack export/));

  it('names JSON of an unknown shape and suggests --from', () =>
    rejectsWith(readFixtures(['own/unknown-shape.json']), /unknown-shape\.json: is JSON of a shape the import does not know; expected one of: .*Use --from to name the source/));

  it('refuses a file given with --from that is another source', () =>
    rejectsWith(readFixtures(['own/opsgenie-alert-log.json'], { from: 'teams' }), /opsgenie-alert-log\.json: does not look like teams: expected a Microsoft Graph chatMessage list/));

  it('refuses a file over the size limit before reading it', () =>
    rejectsWith(readFixtures(['real/pagerduty/log-entries.json'], { maxFileBytes: 1024 }), /log-entries\.json: is 1[0-9]\.\d KB; the import reads files of at most 1\.0 KB\. Export a shorter period or split the file\./));

  it('refuses a missing file', () => rejectsWith(readFixtures(['own/nope.json']), /nope\.json: does not exist\./));

  describe('folders and zips', () => {
    let dir: string;
    before(() => (dir = mkdtempSync(join(tmpdir(), 'pir-import-'))));
    after(() => rmSync(dir, { recursive: true, force: true }));

    it('refuses an empty folder', () => rejectsWith(readFixtures([dir]), /: is an empty folder; expected a Slack export/));

    it('refuses a zip that is not a Slack export', () => {
      const zip = join(dir, 'photos.zip');
      writeFileSync(zip, zipSync({ 'a.txt': new TextEncoder().encode('hello') }));
      return rejectsWith(readFixtures([zip]), /photos\.zip: is a zip but not a Slack export; expected a Slack export/);
    });

    it('refuses a broken zip', () => {
      const zip = join(dir, 'broken.zip');
      writeFileSync(zip, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(40)]));
      return rejectsWith(readFixtures([zip]), /broken\.zip: is not a readable zip/);
    });

    it('refuses a zip entry whose unpacked size is over the limit, before inflating it', () => {
      const zip = join(dir, 'big.zip');
      writeFileSync(zip, zipSync({ 'users.json': new TextEncoder().encode('[]'), 'general/2026-03-14.json': new TextEncoder().encode(`[${' '.repeat(4096)}]`) }));
      return rejectsWith(readFixtures([zip], { maxFileBytes: 2048 }), /big\.zip:general\/2026-03-14\.json: is 4\.0 KB; the import reads files of at most 2\.0 KB/);
    });
  });
});
