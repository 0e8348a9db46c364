import * as assert from 'node:assert/strict';
import { escapeData, escapeProperty, toGithubCommands } from './github-commands';
import type { LocatedFinding } from './located-finding';

const FINDING: LocatedFinding = {
  file: 'reviews/a.pir.yaml', line: 3, column: 11, endLine: 3, endColumn: 13, severity: 'error', rule: 'schema', message: 'severity must be P1–P4',
};

describe('GitHub workflow commands', () => {
  it('writes one ::error/::warning/::notice line per finding with its file and span', () => {
    const out = toGithubCommands([FINDING, { ...FINDING, severity: 'warning' }, { ...FINDING, severity: 'info' }, { ...FINDING, severity: 'hint' }]);
    assert.deepEqual(out.split('\n'), [
      '::error file=reviews/a.pir.yaml,line=3,col=11,endLine=3,endColumn=13,title=pir schema::severity must be P1–P4',
      '::warning file=reviews/a.pir.yaml,line=3,col=11,endLine=3,endColumn=13,title=pir schema::severity must be P1–P4',
      '::notice file=reviews/a.pir.yaml,line=3,col=11,endLine=3,endColumn=13,title=pir schema::severity must be P1–P4',
      '::notice file=reviews/a.pir.yaml,line=3,col=11,endLine=3,endColumn=13,title=pir schema::severity must be P1–P4',
      '',
    ]);
  });

  it('escapes %, CR and LF in the message, so a message cannot end the command or start another', () => {
    assert.equal(escapeData('100% done\r\n::error::x'), '100%25 done%0D%0A::error::x');
    const out = toGithubCommands([{ ...FINDING, message: 'line one\nline two 50%' }]);
    assert.match(out, /::line one%0Aline two 50%25\n$/);
    assert.equal(out.split('\n').length, 2);
  });

  it('escapes also : and , in properties, which separate them', () => {
    assert.equal(escapeProperty('a:b,c%d\ne'), 'a%3Ab%2Cc%25d%0Ae');
    const out = toGithubCommands([{ ...FINDING, file: 'odd, name: 100%.pir.yaml' }]);
    assert.match(out, /^::error file=odd%2C name%3A 100%25\.pir\.yaml,line=3,/);
  });

  it('writes file paths with forward slashes, as GitHub matches them to the diff', () => {
    assert.match(toGithubCommands([{ ...FINDING, file: 'reviews\\2026\\a.pir.yaml' }]), /file=reviews\/2026\/a\.pir\.yaml,/);
  });

  it('writes nothing for no findings', () => {
    assert.equal(toGithubCommands([]), '');
  });
});
