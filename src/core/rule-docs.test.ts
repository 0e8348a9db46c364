import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPOSITORY_URL, ruleDocUrl } from './rule-docs';

describe('rule-docs', () => {
  it('names the repository package.json names', () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '../../../package.json'), 'utf8')) as { repository: { url: string } };
    assert.equal(REPOSITORY_URL, pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, ''));
  });

  it('links a rule to its heading anchor in docs/rules.md', () => {
    assert.equal(ruleDocUrl('schema'), `${REPOSITORY_URL}/blob/main/docs/rules.md#schema`);
  });
});
