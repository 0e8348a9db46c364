import * as assert from 'node:assert/strict';
import { parseConfig, resolveConfig } from './config';
import { RULE_IDS } from './rules';

const read = (text: string) => parseConfig(text, RULE_IDS);

describe('config', () => {
  it('gives the format defaults when nothing is set', () => {
    const config = resolveConfig();
    assert.deepEqual(config.severities.map((e) => e.id), ['P1', 'P2', 'P3', 'P4']);
    assert.deepEqual(config.actionTypes.map((e) => e.id), ['corrective', 'preventive']);
    assert.deepEqual(config.categories.map((e) => e.id), ['people', 'process', 'tools', 'systems', 'environment']);
    assert.equal(config.timeZone, undefined);
    assert.deepEqual(config.sections, []);
    assert.equal(config.exportExtensions, true);
  });

  it('reads team scales as strings or {id, description}, most severe first', () => {
    const { config, errors } = read([
      'severities:',
      '  - {id: SEV0, description: All hands}',
      '  - SEV1',
      '  - SEV2',
      'actionTypes: [mitigate, prevent, process, other]',
      'categories: [Machine, Method, Material, Man, Measurement, Milieu]',
      'timelineKinds: [trigger, detection, page, mitigation, resolution]',
      'timeZone: America/Los_Angeles',
      'exportTimeZone: Europe/Berlin',
      'exportExtensions: false',
      'sections:',
      '  - {key: whereWeGotLucky, title: Where we got lucky, description: Near misses}',
      '',
    ].join('\n'));
    assert.deepEqual(errors, []);
    const resolved = resolveConfig(config);
    assert.deepEqual(resolved.severities, [{ id: 'SEV0', description: 'All hands' }, { id: 'SEV1' }, { id: 'SEV2' }]);
    assert.deepEqual(resolved.actionTypes.map((e) => e.id), ['mitigate', 'prevent', 'process', 'other']);
    assert.equal(resolved.timeZone, 'America/Los_Angeles');
    assert.equal(resolved.exportTimeZone, 'Europe/Berlin');
    assert.equal(resolved.exportExtensions, false);
    assert.deepEqual(resolved.sections, [{ key: 'whereWeGotLucky', title: 'Where we got lucky', description: 'Near misses' }]);
  });

  it('keeps the lifecycle timeline kinds in a team scale', () => {
    const resolved = resolveConfig(read('timelineKinds: [page, note]\n').config);
    assert.deepEqual(resolved.timelineKinds.map((e) => e.id), ['page', 'note', 'trigger', 'detection', 'mitigation', 'resolution']);
  });

  it('names the key and the line of each problem, and keeps the valid parts', () => {
    const { config, errors, problems } = read([
      'severities:',
      '  - SEV0',
      '  - {id: SEV1, colour: red}',
      '  - SEV0',
      'timeZone: Mars/Olympus',
      'actionTypes: mitigate',
      'sections:',
      '  - {key: summary, title: Summary}',
      '  - {key: trigger}',
      'exportExtensions: maybe',
      'colours: {}',
      '',
    ].join('\n'));
    assert.deepEqual(problems.map((p) => p.line), [3, 4, 5, 6, 8, 9, 10, 11]);
    assert.match(errors[0], /^line 3: `severities\[1\]` may only have `id` and `description`/);
    assert.match(errors[1], /^line 4: `severities\[2\]`: `SEV0` is listed twice/);
    assert.match(errors[2], /^line 5: `timeZone` must be an IANA time zone name/);
    assert.match(errors[3], /^line 6: `actionTypes` must be a list/);
    assert.match(errors[4], /^line 8: `sections\[0\]`: `summary` cannot be a section key/);
    assert.match(errors[5], /^line 9: `sections\[1\]` must be a mapping with a `key` and a `title`/);
    assert.match(errors[6], /^line 10: `exportExtensions` must be true or false/);
    assert.match(errors[7], /^line 11: unknown key `colours`/);
    assert.deepEqual(config.severities, [{ id: 'SEV0' }]);
    assert.equal(config.timeZone, undefined);
  });

  it('reports YAML that does not parse, with its line', () => {
    const { problems } = read('rules:\n  a: [\n');
    assert.equal(problems.length, 1);
    assert.match(problems[0].message, /^not valid YAML/);
    assert.ok(problems[0].line);
  });
});
