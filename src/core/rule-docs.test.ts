import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPOSITORY_URL, ruleDocLocation } from './rule-docs';

describe('ruleDocLocation', () => {
  it('appends the rule id as the anchor of its heading', () => {
    assert.equal(ruleDocLocation('https://wiki.example.com/pir/rules', 'action-owner'), 'https://wiki.example.com/pir/rules#action-owner');
    assert.equal(ruleDocLocation('/opt/pir/docs/rules.md#top', 'schema'), '/opt/pir/docs/rules.md#schema');
  });

  it('puts the rule id where the team writes {rule}', () => {
    assert.equal(ruleDocLocation('https://wiki.example.com/pir/{rule}.html', 'blame-language'), 'https://wiki.example.com/pir/blame-language.html');
  });

  it('names the repository package.json names', () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '../../../package.json'), 'utf8')) as { repository: { url: string } };
    assert.equal(REPOSITORY_URL, pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, ''));
  });
});
