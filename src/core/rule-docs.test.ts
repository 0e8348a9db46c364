import * as assert from 'node:assert/strict';
import { ruleDocLocation } from './rule-docs';

describe('ruleDocLocation', () => {
  it('appends the rule id as the anchor of its heading', () => {
    assert.equal(ruleDocLocation('https://wiki.example.com/pir/rules', 'action-owner'), 'https://wiki.example.com/pir/rules#action-owner');
    assert.equal(ruleDocLocation('/opt/pir/docs/rules.md#top', 'schema'), '/opt/pir/docs/rules.md#schema');
  });

  it('puts the rule id where the team writes {rule}', () => {
    assert.equal(ruleDocLocation('https://wiki.example.com/pir/{rule}.html', 'blame-language'), 'https://wiki.example.com/pir/blame-language.html');
  });
});
