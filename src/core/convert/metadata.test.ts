import * as assert from 'node:assert/strict';
import { splitFrontMatter } from './front-matter';
import { frontMatterMetadata, readMetadataLines } from './metadata';
import { redactContacts } from './redact';

describe('convert/front matter and metadata', () => {
  it('reads a blog post front matter, keeping keys with no field', () => {
    const { data, body } = splitFrontMatter('---\ntitle: "DNS outage"\ndate: 2023-02-08\nauthor: Jan, Ann\ntags: [dns, cdn]\nlayout: post\n---\n\nText\n');
    assert.equal(body, '\nText\n');
    assert.deepEqual(frontMatterMetadata(data), { title: 'DNS outage', day: '2023-02-08', authors: ['Jan', 'Ann'], tags: ['dns', 'cdn'], other: { layout: 'post' } });
  });

  it('leaves a broken front matter in the text and says why', () => {
    const result = splitFrontMatter('---\ntitle: [unclosed\n---\nText');
    assert.equal(result.body, '---\ntitle: [unclosed\n---\nText');
    assert.match(result.error ?? '', /not valid YAML/);
  });

  it('reads Key: value lines under the title and keeps the others', () => {
    const metadata = { other: {} };
    const kept = readMetadataLines('**Date:** 2026-03-14\n- **Authors:** Ann and Bob <bob@example.com>\nSeverity: SEV2\nLast Modified: 2026-03-20', metadata);
    assert.deepEqual(metadata, { other: {}, day: '2026-03-14', authors: ['Ann', 'Bob'], severity: 'SEV2' });
    assert.deepEqual(kept, ['Last Modified: 2026-03-20']);
    // A date line that says more than the date is kept as text, so nothing on it is lost.
    const more = { other: {} };
    assert.deepEqual(readMetadataLines('Date: 2026-03-14 · Severity: SEV1\nDate: Saturday, March 14th, 2026', more), ['Date: 2026-03-14 · Severity: SEV1']);
    assert.deepEqual(more, { other: {}, day: '2026-03-14' });
  });

  it('redacts e-mail addresses and phone numbers, not ids or times', () => {
    const { text, count } = redactContacts('Mail help@crates.io or call +1 415-555-0100; see #12345 at 10:02, build 2019-10-21.');
    assert.equal(text, 'Mail [email redacted] or call [phone redacted]; see #12345 at 10:02, build 2019-10-21.');
    assert.equal(count, 2);
  });
});
