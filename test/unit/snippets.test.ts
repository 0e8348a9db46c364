// Every snippet, expanded with each of its choices in turn, must give YAML the schema accepts
// where the snippet is meant to go: a choice list that drifts from an enum fails here.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { schemaViolations } from '../../src/core/schema';

interface Snippet {
  prefix: string[];
  description: string;
  body: string[];
}

// Compiled to out/test/unit, so the repository root is three levels up.
const snippets = JSON.parse(
  readFileSync(join(__dirname, '..', '..', '..', 'snippets', 'pir.code-snippets'), 'utf8'),
) as Record<string, Snippet>;

/** The section each snippet is inserted into. */
const SECTION: Record<string, string> = {
  'Timeline event': 'timeline',
  'Action item': 'actionItems',
  'Contributing factor': 'contributingFactors',
  '5 Whys': 'analysis',
  'Fishbone': 'analysis',
  'Participant': 'participants',
  'Reference': 'references',
};

/** What VS Code would insert on 2026-03-14 at 09:05 in CET. */
const VARIABLES: Record<string, string> = {
  CURRENT_YEAR: '2026', CURRENT_MONTH: '03', CURRENT_DATE: '14', CURRENT_HOUR: '09', CURRENT_MINUTE: '05',
  CURRENT_TIMEZONE_OFFSET: '+01:00',
};

const CHOICE = /\$\{(\d+)\|([^|]*)\|\}/g;

/** The body as inserted when every placeholder keeps its default and choice list `pick` takes `choice`. */
function expand(body: string, pick?: { tabstop: string; choice: string }): string {
  return body
    .replace(/\$\{([A-Z_]+)\}/g, (_, name: string) => VARIABLES[name] ?? assert.fail(`unknown variable ${name}`))
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(CHOICE, (_, tabstop: string, choices: string) => (tabstop === pick?.tabstop ? pick.choice : choices.split(',')[0]))
    .replace(/\$0/g, '');
}

function inReview(section: string, text: string): string {
  const indented = text.split('\n').map((line) => (line ? `  ${line}` : line)).join('\n');
  return `pir: 1\ntitle: Checkout outage\nseverity: P2\nstatus: draft\n${section}:\n${indented}\n`;
}

describe('snippets', () => {
  it('has a section for every snippet, and a prefix and description each', () => {
    assert.deepEqual(Object.keys(snippets).sort(), Object.keys(SECTION).sort());
    for (const [name, snippet] of Object.entries(snippets)) {
      assert.ok(snippet.prefix.length > 0 && snippet.description.length > 0, name);
    }
  });

  for (const [name, snippet] of Object.entries(snippets)) {
    it(`${name}: every choice gives a valid review`, () => {
      const body = snippet.body.join('\n');
      const picks = [...body.matchAll(CHOICE)].flatMap(([, tabstop, choices]) => choices.split(',').map((choice) => ({ tabstop, choice })));
      for (const pick of [undefined, ...picks]) {
        const text = inReview(SECTION[name], expand(body, pick));
        assert.deepEqual(schemaViolations(parse(text)), [], text);
      }
    });
  }
});
