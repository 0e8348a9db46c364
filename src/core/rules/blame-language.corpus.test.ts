// The blame-language rule measured on sentences quoted from real public postmortems
// (test/fixtures/blame-language/corpus.yaml, with their sources): half blame people, half use the
// rule's trigger words about systems. Precision is what share of the rule's notes are right, recall
// what share of the blaming sentences it notes. Before the rule looked at subjects (hindsight
// "should have" about systems was flagged), it scored precision 11/19 and recall 11/22 here.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { blameLanguage } from './blame-language';
import { runRule } from './testing';

// Compiled to out/src/core/rules, so the repository root is four levels up.
const CORPUS = join(__dirname, '..', '..', '..', '..', 'test/fixtures/blame-language/corpus.yaml');

interface Sentence {
  text: string;
  blames: boolean;
  source: string;
  licence: string;
}

describe('blame-language on real postmortem sentences', () => {
  const corpus = parse(readFileSync(CORPUS, 'utf8')) as Sentence[];
  const flagged = (s: Sentence) => runRule(blameLanguage, `summary: ${JSON.stringify(s.text)}\n`).length > 0;

  it('has at least 40 sourced sentences, half of them neutral', () => {
    assert.ok(corpus.length >= 40, String(corpus.length));
    assert.equal(corpus.filter((s) => !s.blames).length, corpus.length / 2);
    for (const s of corpus) {
      assert.match(s.source, /^https:\/\/github\.com\/[^/]+\/[^/]+\/blob\/[0-9a-f]{40}\//, s.text);
      assert.match(s.licence, /^(MIT|MIT OR Apache-2\.0)$/, s.text);
    }
  });

  it('notes no neutral sentence about a system, component or tool', () => {
    assert.deepEqual(corpus.filter((s) => !s.blames && flagged(s)).map((s) => s.text), []);
  });

  it('notes the blaming sentences whose wording it knows: precision 13/13, recall 13/22', () => {
    const noted = corpus.filter(flagged);
    const right = noted.filter((s) => s.blames);
    const blaming = corpus.filter((s) => s.blames);
    // A change that lowers either figure is a regression; one that raises them updates this line.
    assert.deepEqual({ precision: `${right.length}/${noted.length}`, recall: `${right.length}/${blaming.length}` }, { precision: '13/13', recall: '13/22' });
  });
});
