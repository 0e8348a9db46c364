import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { main } from '../../src/cli/main';
import { captureIo } from '../../src/cli/testing';
import type { SarifLog } from '../../src/core/ci-output/sarif';
import { RULE_IDS } from '../../src/core/rules';

// `pir lint --format sarif` against the SARIF 2.1.0 JSON Schema (vendored with its licence in
// test/fixtures/sarif/), over the example reviews and one review per rule that trips that rule.
describe('pir lint --format sarif: schema-valid SARIF 2.1.0', () => {
  const root = join(__dirname, '../../..');
  const schema = JSON.parse(readFileSync(join(root, 'test/fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8')) as object;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);

  async function sarifOf(...paths: string[]): Promise<SarifLog> {
    const captured = captureIo(root);
    await main(['lint', '--format', 'sarif', '--now', '2026-06-01', ...paths], captured.io);
    assert.equal(captured.err(), '');
    return JSON.parse(captured.out()) as SarifLog;
  }

  function assertValid(log: SarifLog): void {
    assert.ok(validate(log), ajv.errorsText(validate.errors, { separator: '\n' }));
  }

  it('rejects what is not SARIF, so the checks below can fail', () => {
    assert.equal(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] }), false);
    assert.equal(validate({ version: '2.0.0', runs: [] }), false);
  });

  it('is valid for the example reviews', async () => {
    assertValid(await sarifOf('examples'));
  });

  const fixtures = join(root, 'test/fixtures/rules');
  it('has a fixture for every rule', () => {
    const names = readdirSync(fixtures).filter((name) => name.endsWith('.pir.yaml')).map((name) => name.replace('.pir.yaml', ''));
    assert.deepEqual([...names].sort(), [...RULE_IDS].sort());
  });

  for (const rule of RULE_IDS) {
    it(`is valid for ${rule}'s fixture, with that rule's finding at a relative URI and a full region`, async () => {
      const log = await sarifOf(`test/fixtures/rules/${rule}.pir.yaml`);
      assertValid(log);
      const [run] = log.runs;
      const result = run.results.find((r) => r.ruleId === rule);
      assert.ok(result, `${rule}'s fixture made no ${rule} finding`);
      assert.equal(run.tool.driver.rules[result.ruleIndex ?? -1].id, rule);
      assert.match(run.tool.driver.rules[result.ruleIndex ?? -1].helpUri, new RegExp(`/docs/rules\\.md#${rule}$`));
      const { artifactLocation, region } = result.locations[0].physicalLocation;
      assert.equal(artifactLocation.uri, `test/fixtures/rules/${rule}.pir.yaml`);
      for (const key of ['startLine', 'startColumn', 'endLine', 'endColumn'] as const) assert.ok(region[key] >= 1, key);
    });
  }
});
