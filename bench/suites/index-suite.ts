import { parseDocument } from 'yaml';
import { ReviewIndex, type FileStamp } from '../../src/core/workspace-index';
import { generateWorkspace } from '../generate';
import { measure, type Row, type Suite } from '../measure';

const FILES = 1_000;
const BYTES = 10_000;

/** The workspace index against a bare YAML parse of the same files (the goals of the index's issue). */
export const indexSuite: Suite = {
  name: `workspace index, ${FILES} reviews of ~${BYTES / 1000} KB`,
  run(): Row[] {
    const files = generateWorkspace(FILES, BYTES).map((file, i) => ({ ...file, stamp: { mtime: 1_750_000_000_000 + i, size: file.text.length } as FileStamp }));
    const coldIndex = (): ReviewIndex => {
      const index = new ReviewIndex();
      for (const file of files) index.update(file.uri, file.text, file.stamp);
      return index;
    };

    const times = measure({
      parse: () => {
        for (const file of files) parseDocument(file.text);
      },
      cold: coldIndex,
    });

    const index = coldIndex();
    const cacheText = JSON.stringify(index.toCache());
    const warm = measure({
      warm: () => {
        // A restart: read the saved cache, then re-read only files whose stamp changed (none).
        const restored = ReviewIndex.fromCache(JSON.parse(cacheText));
        for (const file of files) if (restored.needsUpdate(file.uri, file.stamp)) restored.update(file.uri, file.text, file.stamp);
      },
    }).warm;

    // An edit in the middle of the workspace, then what a view reads to refresh.
    const edited = files[FILES >> 1];
    let edits = 0;
    const one = measure({
      parse: () => parseDocument(edited.text),
      update: () => {
        index.update(edited.uri, `${edited.text}# edit ${edits++}\n`);
        index.actionItems();
      },
    }, { repetitions: 51, warmup: 5 });

    const parse: Row = { name: `bare yaml parseDocument (${FILES} files)`, ms: times.parse };
    // The update's goal is in ms; its ratio to parsing the same file shows what the index adds.
    const parseOne: Row = { name: 'bare yaml parseDocument (1 file)', ms: one.parse };
    const cold: Row = { name: 'index: cold, all files', ms: times.cold, baseline: parse, goal: { max: 1.3, unit: 'ratio' } };
    return [
      parse,
      cold,
      parseOne,
      { name: 'index: update one file + list items', ms: one.update, baseline: parseOne, goal: { max: 20, unit: 'ms' } },
      { name: 'index: warm start from cache, no changes', ms: warm, baseline: cold, goal: { max: 0.1, unit: 'ratio' } },
    ];
  },
};
