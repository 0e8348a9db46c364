import * as assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from '../io';
import { main } from '../main';
import { captureIo, tempDirWith } from '../testing';
import type { SarifLog } from '../../core/ci-output/sarif';
import type { JsonFinding } from './lint';

// No required sections, so each fixture shows only the findings a test is about.
const CONFIG = 'requiredSections: []\n';

const CLEAN = `pir: 1
title: Checkout outage after config rollout
severity: P2
status: draft
`;

// The action item is due 2026-04-01: overdue or not depending on --now. Its due value is at 10:10.
const WITH_ACTION = `${CLEAN}actionItems:
  - id: AI-1
    title: Add a canary stage to config rollouts
    owner: platform-team
    priority: P2
    due: 2026-04-01
    status: open
`;

// `P5` is not a severity: a schema error at line 3, columns 11-13.
const BAD_SEVERITY = CLEAN.replace('severity: P2', 'severity: P5');

describe('pir lint', () => {
  const dirs: string[] = [];
  after(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  async function pirLint(files: Record<string, string>, ...args: string[]) {
    const dir = tempDirWith({ '.pirrc.yaml': CONFIG, ...files });
    dirs.push(dir);
    const captured = captureIo(dir);
    const code = await main(['lint', ...args], captured.io);
    return { code, out: captured.out(), err: captured.err() };
  }

  it('prints text findings as file:line:col severity message [rule], and a summary on stderr', async () => {
    const { code, out, err } = await pirLint({ 'reviews/a.pir.yaml': WITH_ACTION }, '--now', '2026-05-01');
    assert.equal(code, EXIT_OK);
    assert.match(out, /^reviews\/a\.pir\.yaml:10:10 warning Action item is .*overdue.* \[action-overdue\]\n$/);
    assert.match(err, /^1 file checked: 0 errors, 1 warning, 0 notes\nRules explained:\n {2}action-overdue {2}\S+docs\/rules\.md#action-overdue\n$/);
    const shipped = /(\S+docs\/rules\.md)#/.exec(err)![1];
    assert.match(readFileSync(shipped, 'utf8'), /^## action-overdue$/m);
  });

  it('points at the rule documentation the team configures with rulesUrl', async () => {
    const { err } = await pirLint({ '.pirrc.yaml': 'rulesUrl: https://wiki.example.com/pir/{rule}\n', 'a.pir.yaml': WITH_ACTION }, '--now', '2026-05-01');
    assert.match(err, /^ {2}action-overdue +https:\/\/wiki\.example\.com\/pir\/action-overdue$/m);
  });

  it('makes action-overdue reproducible with --now', async () => {
    const onDueDay = await pirLint({ 'a.pir.yaml': WITH_ACTION }, '--now', '2026-04-01T23:00:00Z');
    assert.equal(onDueDay.out, '');
    const dayAfter = await pirLint({ 'a.pir.yaml': WITH_ACTION }, '--now', '2026-04-02');
    assert.match(dayAfter.out, /^a\.pir\.yaml:10:10 warning .*1 day overdue.* \[action-overdue\]$/m);
  });

  it('prints JSON findings with 1-based positions and exits 1 on an error', async () => {
    const { code, out, err } = await pirLint({ 'a.pir.yaml': BAD_SEVERITY }, '--format', 'json');
    assert.equal(code, EXIT_FINDINGS);
    assert.equal(err, '');
    const findings = JSON.parse(out) as JsonFinding[];
    assert.deepEqual(findings.map(({ message: _message, ...rest }) => rest), [
      { file: 'a.pir.yaml', line: 3, column: 11, endLine: 3, endColumn: 13, severity: 'error', rule: 'schema' },
    ]);
    assert.match(findings[0].message, /severity/);
  });

  it('prints an empty JSON list and exits 0 for a clean review', async () => {
    const { code, out } = await pirLint({ 'a.pir.yaml': CLEAN }, '--format', 'json');
    assert.equal(code, EXIT_OK);
    assert.deepEqual(JSON.parse(out), []);
  });

  const usageErrors: [string, string[], RegExp][] = [
    ['an unknown --format', ['--format', 'xml'], /--format must be text, json, sarif, github/],
    ['an unreadable --now', ['--now', 'yesterday'], /--now must be an ISO date/],
    ['an unknown option', ['--fix'], /--fix/],
  ];
  for (const [name, args, message] of usageErrors) {
    it(`exits 2 on ${name}`, async () => {
      const { code, out, err } = await pirLint({ 'a.pir.yaml': CLEAN }, ...args);
      assert.equal(code, EXIT_USAGE);
      assert.equal(out, '');
      assert.match(err, message);
    });
  }

  it('exits 2 when no review is found', async () => {
    const { code, err } = await pirLint({ 'notes.yaml': CLEAN });
    assert.equal(code, EXIT_USAGE);
    assert.match(err, /no \*\.pir\.yaml files found/);
  });

  it('reports an unreadable file, goes on with the others and exits 2', async () => {
    const { code, out, err } = await pirLint({ 'b.pir.yaml': BAD_SEVERITY }, 'a.pir.yaml', 'b.pir.yaml');
    assert.equal(code, EXIT_USAGE);
    assert.match(err, /^a\.pir\.yaml: cannot read: ENOENT$/m);
    assert.match(out, /^b\.pir\.yaml:3:11 error .* \[schema\]$/m);
  });

  it('exits 2 on a broken config file, after linting', async () => {
    const { code, err } = await pirLint({ '.pirrc.yaml': 'rules:\n  no-such-rule: error\n', 'a.pir.yaml': CLEAN });
    assert.equal(code, EXIT_USAGE);
    assert.match(err, /\.pirrc\.yaml: line 2: unknown rule `no-such-rule`/);
  });

  it('lints the reviews in a folder given as a path', async () => {
    const { code, out, err } = await pirLint({
      'docs/incidents/2026/a.pir.yaml': BAD_SEVERITY,
      'docs/incidents/notes.yaml': BAD_SEVERITY,
      'docs/incidents/node_modules/c.pir.yaml': BAD_SEVERITY,
      'other/b.pir.yaml': BAD_SEVERITY,
    }, 'docs');
    assert.equal(code, EXIT_FINDINGS);
    assert.match(out, /^docs\/incidents\/2026\/a\.pir\.yaml:3:11 error .* \[schema\]\n$/);
    assert.match(err, /^1 file checked/);
  });

  it('finds reviews by the default glob, skipping node_modules', async () => {
    const { code, out, err } = await pirLint({
      'docs/incidents/a.pir.yaml': BAD_SEVERITY,
      'docs/incidents/b.pir.yml': CLEAN,
      'node_modules/some-package/c.pir.yaml': BAD_SEVERITY,
    });
    assert.equal(code, EXIT_FINDINGS);
    assert.equal(out.split('\n').filter(Boolean).length, 1);
    assert.match(out, /^docs\/incidents\/a\.pir\.yaml:3:11 error/);
    assert.match(err, /^2 files checked: 1 error, /m);
  });

  it('prints GitHub workflow commands with --format github, and the summary on stderr', async () => {
    const { code, out, err } = await pirLint({ 'reviews/a.pir.yaml': BAD_SEVERITY }, '--format', 'github');
    assert.equal(code, EXIT_FINDINGS);
    assert.match(out, /^::error file=reviews\/a\.pir\.yaml,line=3,col=11,endLine=3,endColumn=13,title=pir schema::.*severity.*\n$/);
    assert.match(err, /^1 file checked: 1 error,/);
  });

  it('prints SARIF with --format sarif: a relative URI and the region', async () => {
    const { code, out } = await pirLint({ 'reviews/a b.pir.yaml': BAD_SEVERITY }, '--format', 'sarif');
    assert.equal(code, EXIT_FINDINGS);
    const [result] = (JSON.parse(out) as SarifLog).runs[0].results;
    assert.equal(result.ruleId, 'schema');
    assert.deepEqual(result.locations[0].physicalLocation, {
      artifactLocation: { uri: 'reviews/a%20b.pir.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 3, startColumn: 11, endLine: 3, endColumn: 13 },
    });
  });

  describe('dependsOn across reviews', () => {
    const OTHER = `${CLEAN}id: PIR-7\nactionItems:\n  - id: AI-3\n    title: Rotate the mTLS certificates automatically\n    owner: security\n    due: 2026-09-01\n`;
    const dependent = (ref: string) => `${WITH_ACTION}    dependsOn: [${ref}]\n`;

    it('accepts references by review id and by file name', async () => {
      const { out } = await pirLint({ 'a.pir.yaml': dependent('PIR-7#AI-3'), 'teams/b.pir.yaml': OTHER, 'c.pir.yaml': dependent('b.pir.yaml#AI-3') }, '--format', 'json', '--now', '2026-01-01');
      assert.deepEqual(JSON.parse(out), []);
    });

    it('reads the other reviews under the working directory when linting one file (as a pre-commit hook does)', async () => {
      const ok = await pirLint({ 'a.pir.yaml': dependent('PIR-7#AI-3'), 'teams/b.pir.yaml': OTHER }, '--format', 'json', '--now', '2026-01-01', 'a.pir.yaml');
      assert.deepEqual(JSON.parse(ok.out), []);
      const bad = await pirLint({ 'a.pir.yaml': dependent('PIR-7#AI-4'), 'teams/b.pir.yaml': BAD_SEVERITY }, '--format', 'json', '--now', '2026-01-01', 'a.pir.yaml');
      const findings = JSON.parse(bad.out) as JsonFinding[];
      assert.deepEqual(findings.map((f) => [f.file, f.line, f.rule]), [['a.pir.yaml', 12, 'action-depends-on']], 'only the linted file is reported');
      assert.match(findings[0].message, /No review has the id or file name `PIR-7`/);
    });

    it('reports a cycle through two reviews in both files, unless the rule is off', async () => {
      const first = `${WITH_ACTION.replace('pir: 1\n', 'pir: 1\nid: PIR-1\n')}    dependsOn: [PIR-2#AI-1]\n`;
      const second = `${WITH_ACTION.replace('pir: 1\n', 'pir: 1\nid: PIR-2\n')}    dependsOn: [PIR-1#AI-1]\n`;
      const { out } = await pirLint({ 'a.pir.yaml': first, 'b.pir.yaml': second }, '--format', 'json', '--now', '2026-01-01');
      assert.deepEqual((JSON.parse(out) as JsonFinding[]).map((f) => [f.file, f.rule]), [['a.pir.yaml', 'action-depends-on'], ['b.pir.yaml', 'action-depends-on']]);
      const off = await pirLint({ '.pirrc.yaml': `${CONFIG}rules:\n  action-depends-on: off\n`, 'a.pir.yaml': first, 'b.pir.yaml': second }, '--format', 'json', '--now', '2026-01-01');
      assert.deepEqual(JSON.parse(off.out), []);
    });
  });
});
