import * as assert from 'node:assert/strict';
import { blameLanguage } from './blame-language';
import { runRule, yaml } from './testing';

describe('blame-language', () => {
  it('points at the exact words in plain and quoted scalars', () => {
    const findings = runRule(blameLanguage, yaml(
      'title: Outage caused by human error',
      'summary: "The on-call engineer was careless and should have checked the diff."',
      "rootCause: It was the deployer's fault, not the pipeline.",
    ));
    assert.deepEqual(findings.map((f) => f.covered).sort(), ['careless', "deployer's fault", 'human error', 'should have']);
    assert.deepEqual(findings.find((f) => f.covered === 'human error')?.path, ['title']);
    assert.ok(findings.every((f) => /^Blaming wording "[^"]+"\. /.test(f.message)));
  });

  it('falls back to the whole value when the source differs from the text (escapes)', () => {
    // The value reads "deployer's fault" but the source has the doubled quote of a single-quoted scalar.
    const findings = runRule(blameLanguage, yaml("rootCause: 'It was the deployer''s fault.'"));
    assert.equal(findings.length, 1);
    assert.equal(findings[0].covered, "'It was the deployer''s fault.'");
  });

  it('finds words inside literal and folded block scalars, every occurrence', () => {
    const findings = runRule(blameLanguage, yaml(
      'summary: |',
      '  A change went out on Friday.',
      '  Human error, they said; human error again.',
      'rootCause: >',
      '  The release was rushed and',
      '  careless reviews let it through.',
    ));
    assert.deepEqual(findings.map((f) => [f.line, f.covered]).sort(), [[3, 'Human error'], [3, 'human error'], [6, 'careless']]);
  });

  it('falls back to the whole block when a phrase spans a folded line', () => {
    const findings = runRule(blameLanguage, yaml('rootCause: >', '  It was human', '  error.'));
    assert.equal(findings.length, 1);
    assert.equal(findings[0].covered, '>\n  It was human\n  error.');
  });

  it('flags "failed to" only with a person as its subject', () => {
    const findings = runRule(blameLanguage, yaml(
      'participants:',
      '  - name: Ana Lima',
      'timeline:',
      '  - at: 2026-03-14T09:12:00Z',
      '    text: The health check failed to detect the stuck worker.',
      '  - at: 2026-03-14T09:20:00Z',
      '    text: Ana Lima failed to acknowledge the page; then she failed to escalate.',
    ));
    assert.deepEqual(findings.map((f) => f.covered).sort(), ['Ana Lima failed to', 'she failed to']);
    assert.deepEqual(findings[0].path, ['timeline', 1, 'text']);
  });

  it('leaves phrases about systems, components and tools alone', () => {
    const findings = runRule(blameLanguage, yaml(
      'summary: |',
      '  The replicas failed to catch up. The alert should have fired at 80%.',
      '  Every service should have clear owners. Retries should have been automatically throttled.',
      "  It was the load balancer's fault, and the network was at fault.",
      '  The CI job forgot nothing: the cache failed to refresh, as it should have done.',
    ));
    assert.deepEqual(findings.map((f) => f.covered), []);
  });

  it('flags hindsight, forgetting and fault about people, also in the passive and with an adverb', () => {
    const findings = runRule(blameLanguage, yaml(
      'summary: |',
      '  We clearly should have deployed it alone. The staging environment should have been checked.',
      '  The developer forgot to restart the workers, and we quickly failed to notice.',
      '  It was my fault. The operator was at fault.',
      '  The engineer who changed the lifecycle rule should have double-checked the unit.',
    ));
    assert.deepEqual(findings.map((f) => f.covered).sort(), [
      'developer forgot', 'at fault', 'my fault', 'should have', 'should have', 'should have', 'we quickly failed to',
    ].sort());
  });

  it('flags a participant named in the root cause or the last why', () => {
    const findings = runRule(blameLanguage, yaml(
      'participants:',
      '  - name: Ana',
      '  - name: bob',
      'timeline:',
      '  - at: 2026-03-14T09:12:00Z',
      '    actor: bob',
      '    text: Bob rolls back.',
      'rootCause: The config Ana pushed had a typo.',
      'analysis:',
      '  fiveWhys:',
      '    whys:',
      '      - Why did checkout fail? The config was invalid.',
      '      - Why was it invalid? Because Bob edited it by hand.',
    ));
    assert.deepEqual(findings.map((f) => [f.covered, f.path]), [
      ['Ana', ['rootCause']],
      ['Bob', ['analysis', 'fiveWhys', 'whys', 1]],
    ]);
    assert.match(findings[0].message, /names a person \("Ana"\)/);
  });

  it('does not take a system that acts in the timeline for a person', () => {
    const findings = runRule(blameLanguage, yaml(
      'timeline:',
      '  - at: 2026-03-14T09:12:00Z',
      '    actor: flag-service',
      '    text: flag-service pushes the new payload.',
      'rootCause: flag-service accepted a payload with a renamed key.',
    ));
    assert.deepEqual(findings, []);
  });

  it('passes blameless prose and ignores names, tags and other non-prose fields', () => {
    const findings = runRule(blameLanguage, yaml(
      'title: Checkout outage after config rollout',
      'tags: [human error]',
      'participants:',
      '  - name: Careless Whisper',
      'timeline:',
      '  - at: 2026-03-14T09:12:00Z',
      '    actor: Ana',
      '    text: Ana rolls back the config.',
      'rootCause: The config loader accepted a renamed key without a migration or a validation step.',
      'actionItems:',
      '  - title: Validate config keys in CI',
      '    owner: Analyst team',
    ));
    assert.deepEqual(findings, []);
  });

  it('does not throw on wrong types', () => {
    const findings = runRule(blameLanguage, yaml(
      'summary: [1, 2]',
      'rootCause: 5',
      'participants: nope',
      'timeline: 7',
      'analysis:',
      '  fiveWhys:',
      '    whys: human error',
    ));
    assert.deepEqual(findings.map((f) => f.covered), ['human error']);
  });
});
