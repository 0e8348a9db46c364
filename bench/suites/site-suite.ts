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
    const previous = full.files.get(MANIFEST_FILE)!;
    // The previous build's files, as publishSite reads them from the output folder.
    const readFile = (name: string) => full.files.get(name);
    const middle = FILES >> 1;

    /** One review edited since the last build; the manifest is parsed from its JSON, as publishSite reads it. */
    const rebuild = (edit: (text: string) => string, entryChanged: boolean) => {
      const edited = sources.map((s, i) => (i === middle ? { ...s, text: edit(s.text) } : s));
      const rebuilt = buildSite(edited, { now: NOW, scripts: SCRIPTS, previous: JSON.parse(previous), readFile });
      if (rebuilt.problems.length || rebuilt.kept.length !== FILES - 1 || rebuilt.files.has('index.html') !== entryChanged) {
        throw new Error('the rebuild should render the edited review, and the index when its entry changed');
      }
    };
    const times = measure({
      lint: () => {
        for (const source of sources) lint(source.text, { now: NOW });
      },
      build: () => buildSite(sources, { now: NOW, scripts: SCRIPTS }),
      rebuild: () => rebuild((text) => text.replace('text: ', 'text: edited '), false),
      rebuildEntry: () => rebuild((text) => text.replace('status: open', 'status: done'), true),
    }, { repetitions: 3, warmup: 1 });

    const index = [...full.files].filter(([name]) => name.startsWith('search/')).map(([, text]) => text).join('');
    const lintRow: Row = { name: `lint (${FILES} files)`, ms: times.lint };
    const build: Row = { name: 'site: full build', ms: times.build, baseline: lintRow, goal: { max: 3, unit: 'ratio' } };
    return [
      lintRow,
      build,
      { name: 'site: rebuild, one review\'s prose edited', ms: times.rebuild, baseline: build, goal: { max: 0.1, unit: 'ratio' } },
      // Its index entry changes, so the index, actions and dashboard pages are made again.
      { name: 'site: rebuild, one action item\'s status changed', ms: times.rebuildEntry, baseline: build, goal: { max: 0.1, unit: 'ratio' } },
      { name: 'site: search index (search/*.js, 32 shards)', ms: Buffer.byteLength(index) / 1024, unit: 'KB' },
      { name: 'site: search index, gzipped', ms: gzipSync(index).length / 1024, unit: 'KB' },
    ];
  },
};
