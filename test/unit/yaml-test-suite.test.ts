// Conformance: the official YAML test suite (github.com/yaml/yaml-test-suite, data release
// 2022-01-17, MIT; vendored by scripts/vendor-yaml-test-suite.mjs). Wherever the fast reader
// takes a case, it must read it as the yaml library does: the same value, the same source tree as
// the Document reader, and ranges that hold each scalar. Every case the suite calls an error
// must give a `yaml-syntax` finding, save the few the yaml library itself accepts.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ParsedReview } from '../../src/core/parse';
import { readWithDocument } from '../../src/core/read-document';
import { readWithEvents } from '../../src/core/read-events';
import type { SourceNode } from '../../src/core/source-tree';

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

/** Each scalar of `node` (keys and values) with the value it must read as. */
function* scalars(node: SourceNode | undefined, value: unknown): Generator<[SourceNode & { kind: 'scalar' }, unknown]> {
  if (node?.kind === 'scalar') yield [node, value];
  if (node?.kind === 'seq') for (const [i, item] of node.items.entries()) yield* scalars(item, (value as unknown[])[i]);
  if (node?.kind === 'map') {
    for (const pair of node.pairs) {
      yield* scalars(pair.key, pair.name);
      yield* scalars(pair.value, (value as Record<string, unknown>)[pair.name!]);
    }
  }
}

/**
 * The text a scalar's range slices out holds that scalar: a quoted one reads on its own as the
 * same value; a plain one folds to it (or, when not a string, reads as it); a block scalar starts
 * at its `|` or `>` header and ends with its last word.
 */
function assertRangeHolds(text: string, node: SourceNode & { kind: 'scalar' }, value: unknown, id: string): void {
  const slice = text.slice(node.start, node.end);
  const where = `${id}: ${JSON.stringify(slice)} at ${node.start}-${node.end}`;
  if (/^[|>]/.test(slice)) {
    const lastWord = String(value).trim().split(/\s+/).at(-1)!;
    assert.ok(slice.trimEnd().endsWith(lastWord), `${where} does not end with ${JSON.stringify(lastWord)}`);
  } else if (!node.plain) {
    assert.match(slice, /^(["']).*\1$/s, where);
    assert.deepEqual(parse(slice), value, where);
  } else {
    const folded = foldPlain(slice);
    if (typeof value === 'string') assert.equal(folded, value, where);
    else assert.deepEqual(parse(folded), value, where);
  }
}

/** A plain scalar's lines as YAML folds them: one line break becomes a space, n + 1 become n. */
function foldPlain(source: string): string {
  let out = '';
  let breaks = 0;
  for (const [i, line] of source.split(/\r?\n/).map((l) => l.trim()).entries()) {
    if (line === '' && i > 0) breaks++;
    else {
      out += i === 0 ? line : (breaks > 0 ? '\n'.repeat(breaks) : ' ') + line;
      breaks = 0;
    }
  }
  return out;
}

describe('the YAML test suite (data-2022-01-17)', () => {
  const counts = { accepted: 0, declined: 0, agreeing: 0 };

  for (const c of SUITE.cases) {
    it(`${c.id} ${c.name}`, () => {
      const fast = readWithEvents(c.yaml);
      if (c.error) {
        const findings = new ParsedReview(c.yaml).syntaxFindings;
        if (c.id in YAML_ACCEPTS) assert.deepEqual(findings, [], `${c.id} is listed as accepted by yaml; it no longer is`);
        else assert.ok(findings.some((f) => f.rule === 'yaml-syntax'), 'no yaml-syntax finding for an invalid text');
      }
      if (!fast) {
        counts.declined++;
        return;
      }
      counts.accepted++;
      assert.equal(c.error, false, 'the fast reader accepted a text the suite calls invalid');
      const slow = readWithDocument(c.yaml);
      assert.deepEqual(slow.errors, []);
      assert.deepEqual(fast.value, slow.value);
      assert.deepEqual(fast.root, slow.root);
      for (const [node, value] of scalars(fast.root, fast.value)) assertRangeHolds(c.yaml, node, value, c.id);
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
