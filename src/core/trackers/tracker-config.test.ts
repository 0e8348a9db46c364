import * as assert from 'node:assert/strict';
import { parseConfig } from '../config';
import { readTrackerConfig } from './tracker-config';

function read(raw: unknown) {
  const errors: string[] = [];
  return { tracker: readTrackerConfig(raw, errors), errors };
}

describe('tracker config', () => {
  it('reads each kind, dropping a trailing slash', () => {
    assert.deepEqual(read({ kind: 'github', url: 'https://github.com/acme/checkout/' }), { tracker: { kind: 'github', url: 'https://github.com/acme/checkout' }, errors: [] });
    assert.deepEqual(read({ kind: 'gitlab', url: 'https://gitlab.com/g/p' }).tracker, { kind: 'gitlab', url: 'https://gitlab.com/g/p' });
    assert.deepEqual(read({ kind: 'jira', url: 'https://acme.atlassian.net', project: 10420, issueType: '10002' }).tracker,
      { kind: 'jira', url: 'https://acme.atlassian.net', project: '10420', issueType: '10002' });
  });

  it('names each problem and keeps nothing of a broken tracker', () => {
    assert.deepEqual(read('github').errors, ['`tracker` must be a mapping with `kind` and `url`']);
    const bad = read({ kind: 'trello', url: 'javascript:alert(1)', token: 'x' });
    assert.equal(bad.tracker, undefined);
    assert.deepEqual(bad.errors, ['`tracker`: unknown key `token`', '`tracker.kind` must be one of github, gitlab, jira', '`tracker.url` must be an http(s) address']);
    assert.deepEqual(read({ kind: 'jira', url: 'https://acme.atlassian.net', project: 'OPS' }).errors, [
      '`tracker.project` must be the Jira project\'s numeric id', '`tracker.issueType` must be the numeric id of a Jira issue type (e.g. Task)',
    ]);
    assert.deepEqual(read({ kind: 'github', url: 'https://github.com/a/b', project: '1' }).errors, ['`tracker.project` and `tracker.issueType` are for Jira only']);
  });

  it('is read from .pirrc.yaml', () => {
    const { config, errors } = parseConfig('tracker:\n  kind: github\n  url: https://github.com/acme/checkout\n', []);
    assert.deepEqual(errors, []);
    assert.deepEqual(config.tracker, { kind: 'github', url: 'https://github.com/acme/checkout' });
  });
});
