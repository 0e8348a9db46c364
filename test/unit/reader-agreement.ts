// What "the fast reader reads a text as the yaml library does" means, checked on one text: used by
// the YAML test suite's conformance test and by the fuzz property. Where the fast reader takes a
// text, yaml must find no error, the values must be deep-equal, the source trees equal, and each
// scalar's range must slice out that scalar.
import * as assert from 'node:assert/strict';
import { parse } from 'yaml';
import { readWithDocument } from '../../src/core/read-document';
import { readWithEvents } from '../../src/core/read-events';
import type { SourceNode, SourceScalar } from '../../src/core/source-tree';

/** Checks the fast reader against yaml on `text`; says whether the fast reader took it and whether yaml finds it valid. */
export function assertReadersAgree(text: string): { taken: boolean; valid: boolean } {
  const fast = readWithEvents(text);
  const slow = readWithDocument(text);
  const valid = slow.errors.length === 0;
  if (!fast) return { taken: false, valid };
  assert.deepEqual(slow.errors, [], 'the fast reader accepted a text with YAML errors');
  assert.deepEqual(fast.value, slow.value, 'values differ');
  assert.deepEqual(fast.root, slow.root, 'source trees differ');
  for (const [node, value] of scalars(fast.root, fast.value)) assertRangeHolds(text, node, value);
  return { taken: true, valid };
}

/** Each scalar of `node` (keys and values) with the value it must read as. */
function* scalars(node: SourceNode | undefined, value: unknown): Generator<[SourceScalar, unknown]> {
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
function assertRangeHolds(text: string, node: SourceScalar, value: unknown): void {
  const slice = text.slice(node.start, node.end);
  const where = `${JSON.stringify(slice)} at ${node.start}-${node.end}`;
  if (!node.plain && /^[|>]/.test(slice)) {
    const lastWord = String(value).trim().split(/\s+/).at(-1)!;
    assert.ok(slice.trimEnd().endsWith(lastWord), `${where} does not end with ${JSON.stringify(lastWord)}`);
  } else if (!node.plain) {
    assert.match(slice, /^(["']).*\1$/s, where);
    assert.deepEqual(parse(slice), value, where);
  } else if (typeof value === 'string') {
    assert.equal(foldPlain(slice), value, where);
  } else {
    assert.deepEqual(parse(slice), value, where);
  }
}

/** A plain scalar's lines as YAML folds them: one line break becomes a space, n + 1 become n. Only spaces and tabs are trimmed (not U+00A0 or U+FEFF). */
function foldPlain(source: string): string {
  let out = '';
  let breaks = 0;
  for (const [i, line] of source.split(/\r?\n/).map((l) => l.replace(/^[ \t]+|[ \t]+$/g, '')).entries()) {
    if (line === '' && i > 0) breaks++;
    else {
      out += i === 0 ? line : (breaks > 0 ? '\n'.repeat(breaks) : ' ') + line;
      breaks = 0;
    }
  }
  return out;
}
