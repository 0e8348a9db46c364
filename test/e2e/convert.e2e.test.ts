// "PIR: Convert Markdown Postmortem…" as a user runs it: right-click a Markdown postmortem in the
// Explorer, and the new review opens beside it with its diagnostics. The workspace's team
// config (.pirrc.yaml) shapes it: its own sections, severity scale and time zone.
import * as assert from 'assert';
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { useWorkbench } from './workbench';

const POSTMORTEM = `# Search outage

Date: 2026-03-14
Severity: SEV2

## Summary

Search returned errors for 40 minutes after a config push.

## Trigger

A typo in the ranking config.

## Timeline

- 09:12 Config pushed
- 09:15 Alert fired, on-call paged
- 09:52 Rolled back; resolved

## Action items

- Validate the config before a push
`;

const TEAM_CONFIG = `sections:
  - key: trigger
    title: Trigger
severities: [SEV1, SEV2, SEV3]
timeZone: Europe/Berlin
`;

describe('convert a Markdown postmortem (e2e)', () => {
  const workbench = useWorkbench({ files: { 'postmortems/search-outage.md': POSTMORTEM, '.pirrc.yaml': TEAM_CONFIG } });

  it('converts from the Explorer context menu and opens the review with its diagnostics', async () => {
    const wb = workbench();
    const { page } = wb;
    const explorer = page.locator('.explorer-folders-view');
    await explorer.locator('.monaco-list-row[aria-label^="postmortems"]').click();
    const file = explorer.locator('.monaco-list-row[aria-label^="search-outage.md"]');
    await file.waitFor();
    await wb.contextMenu(file, 'Convert Markdown Postmortem…');

    const name = '2026-03-14-search-outage.pir.yaml';
    // Pinned: a preview tab would be replaced by the next file the user opens.
    await page.locator(`.tabs-container .tab.active[aria-label^="${name}"]:not(.preview)`).waitFor();
    await wb.waitForEditorText('title: Search outage');
    assert.ok(existsSync(join(wb.folder, 'postmortems', name)));
    const review = readFileSync(join(wb.folder, 'postmortems', name), 'utf8');
    // The team's scale, section and zone: 09:15 in Berlin (UTC+1 in March) is 08:15 UTC.
    assert.match(review, /^severity: SEV2$/m);
    assert.match(review, /^trigger: A typo in the ranking config\.$/m);
    assert.match(review, /- at: 2026-03-14T08:15:00Z\n {4}text: Alert fired, on-call paged/);

    // The draft's to-do list: the action item has no owner; the YAML and schema (under the team
    // config, which knows `trigger` and SEV2) are fine.
    const rows = await wb.waitForProblems((r) => r.some((row) => row.includes('Action item has no owner')), 20_000);
    assert.ok(!rows.some((row) => /Missing required key|must be one of|Unknown key|not allowed|YAML/.test(row)), rows.join('\n'));
    await wb.screenshot('convert-markdown-postmortem');
  });
});
