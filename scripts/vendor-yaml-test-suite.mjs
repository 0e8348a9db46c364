// Writes test/fixtures/yaml-test-suite/cases.json from a clone of github.com/yaml/yaml-test-suite
// (MIT): every case of a data release, as its name, its YAML and whether the suite marks it an
// error. Run again to move to a newer release:
//   node scripts/vendor-yaml-test-suite.mjs <path to the clone's git dir> [ref, default data-2022-01-17]
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [gitDir, ref = 'data-2022-01-17'] = process.argv.slice(2);
if (!gitDir) throw new Error('usage: node scripts/vendor-yaml-test-suite.mjs <git dir> [ref]');
const git = (...args) => execFileSync('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });

const commit = git('rev-parse', `${ref}^{commit}`).trim();
const files = new Set(git('ls-tree', '-r', '--name-only', commit).split('\n'));
const cases = [...files].filter((file) => file.endsWith('/in.yaml')).sort().map((file) => {
  const dir = file.slice(0, -'/in.yaml'.length);
  return {
    id: dir,
    name: git('show', `${commit}:${dir}/===`).trim(),
    yaml: git('show', `${commit}:${file}`),
    error: files.has(`${dir}/error`),
  };
});
const out = join(import.meta.dirname, '..', 'test', 'fixtures', 'yaml-test-suite', 'cases.json');
const source = { repository: 'https://github.com/yaml/yaml-test-suite', ref, commit, license: 'MIT (see LICENSE beside this file)' };
writeFileSync(out, `${JSON.stringify({ source, cases }, null, 0).replace(/\},\{"id"/g, '},\n{"id"')}\n`);
console.log(`${cases.length} cases (${cases.filter((c) => c.error).length} errors) from ${ref} (${commit}) -> ${out}`);
