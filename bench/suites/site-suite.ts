import { gzipSync } from 'node:zlib';
import { lint } from '../../src/core/lint';
import { buildSite, MANIFEST_FILE, type SiteSource } from '../../src/core/site/build';
import { generateWorkspace } from '../generate';
import { measure, type Row, type Suite } from '../measure';

const FILES = 1_000;
const BYTES = 10_000;
const NOW = new Date('2026-06-01T00:00:00Z');
const SCRIPTS = { site: '', dashboard: '' };

/** `pir site` over a generated workspace: a full build against linting the same files, a rebuild after one edit, and the search index's size. */
export const siteSuite: Suite = {
  name: `site build, ${FILES} reviews of ~${BYTES / 1000} KB`,
  run(): Row[] {
    const sources: SiteSource[] = generateWorkspace(FILES, BYTES).map((file) => ({ path: file.uri.replace('file:///', ''), text: file.text }));
    const full = buildSite(sources, { now: NOW, scripts: SCRIPTS });
    const previous = JSON.parse(full.files.get(MANIFEST_FILE)!);
    const middle = FILES >> 1;
    let edits = 0;

    const times = measure({
      lint: () => {
        for (const source of sources) lint(source.text, { now: NOW });
      },
      build: () => buildSite(sources, { now: NOW, scripts: SCRIPTS }),
      rebuild: () => {
        // One review edited since the last build; the manifest is as that build wrote it (parsed, as publishSite reads it).
        const edited = sources.map((s, i) => (i === middle ? { ...s, text: `${s.text}# edit ${edits++}\n` } : s));
        buildSite(edited, { now: NOW, scripts: SCRIPTS, previous: JSON.parse(JSON.stringify(previous)) });
      },
    }, { repetitions: 3, warmup: 1 });

    const index = full.files.get('search-index.js')!;
    const lintRow: Row = { name: `lint (${FILES} files)`, ms: times.lint };
    const build: Row = { name: 'site: full build', ms: times.build, baseline: lintRow, goal: { max: 3, unit: 'ratio' } };
    return [
      lintRow,
      build,
      { name: 'site: rebuild after one change', ms: times.rebuild, baseline: build, goal: { max: 0.1, unit: 'ratio' } },
      { name: 'site: search index (search-index.js)', ms: Buffer.byteLength(index) / 1024, unit: 'KB' },
      { name: 'site: search index, gzipped', ms: gzipSync(index).length / 1024, unit: 'KB' },
    ];
  },
};
