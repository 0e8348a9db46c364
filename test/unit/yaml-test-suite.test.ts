// Conformance: the official YAML test suite (github.com/yaml/yaml-test-suite, data release
// 2022-01-17, MIT; vendored by scripts/vendor-yaml-test-suite.mjs). Wherever the fast reader
// takes a case, it must read it as the yaml library does: the same value, the same source tree as
// the Document reader, and ranges that hold each scalar. Every case the suite calls an error
// must give a `yaml-syntax` finding, save the few the yaml library itself accepts.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ParsedReview } from '../../src/core/parse';
import { readWithEvents } from '../../src/core/read-events';
import { assertReadersAgree } from './reader-agreement';

interface SuiteCase {
  /** The suite's id, e.g. `2G84/01` */
  id: string;
  name: string;
  yaml: string;
  /** The suite marks the text as invalid YAML. */
  error: boolean;
}

const ROOT = join(__dirname, '..', '..', '..');
const SUITE = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'yaml-test-suite', 'cases.json'), 'utf8')) as { cases: SuiteCase[] };

/** Error cases that the yaml library reads without an error, and why that is acceptable here. */
const YAML_ACCEPTS: Record<string, string> = {
  SF5V: 'a repeated `%YAML 1.2` directive: yaml reads the (empty) document; a review never has directives',
};

describe('the YAML test suite (data-2022-01-17)', () => {
  const counts = { accepted: 0, declined: 0, agreeing: 0 };

  for (const c of SUITE.cases) {
    it(`${c.id} ${c.name}`, () => {
      if (c.error) {
        const findings = new ParsedReview(c.yaml).syntaxFindings;
        if (c.id in YAML_ACCEPTS) assert.deepEqual(findings, [], `${c.id} is listed as accepted by yaml; it no longer is`);
        else assert.ok(findings.some((f) => f.rule === 'yaml-syntax'), 'no yaml-syntax finding for an invalid text');
      }
      // Throws where the fast reader takes a case and disagrees with yaml.
      const { taken } = assertReadersAgree(c.yaml);
      if (!taken) {
        counts.declined++;
        return;
      }
      counts.accepted++;
      assert.equal(c.error, false, 'the fast reader accepted a text the suite calls invalid');
      counts.agreeing++;
    });
  }

  after(() => {
    // Printed for docs/performance.md; the share keeps the test honest (declining all would pass).
    console.log(`    yaml-test-suite: ${SUITE.cases.length} cases, fast reader accepted ${counts.accepted}, declined ${counts.declined}, agreeing ${counts.agreeing}`);
  });

  it('the fast reader takes a good share of the valid cases', () => {
    const valid = SUITE.cases.filter((c) => !c.error && readWithEvents(c.yaml)).length;
    assert.ok(valid >= 150, `only ${valid} cases taken`);
  });
});
