// The sidebar's workspace index: a warm start from the last session's cache re-reads only the
// files whose stamp changed.
import * as assert from 'assert';
import type * as vscode from 'vscode';
import type { IndexCache } from '../../src/core/workspace-index';
import { INDEX_CACHE_KEY, WorkspaceReviews } from '../../src/extension/review-index';
import { closeAll, fixture } from './helpers';

/** A workspaceState stand-in that starts from `saved`. */
function memento(saved: Record<string, unknown> = {}): vscode.Memento {
  const values = new Map(Object.entries(saved));
  return {
    keys: () => [...values.keys()],
    get: <T>(key: string, fallback?: T) => (values.has(key) ? (values.get(key) as T) : fallback),
    update: async (key: string, value: unknown) => void values.set(key, value),
  };
}

describe('workspace review index', () => {
  const a = fixture('reviews/a.pir.yaml').toString();
  const b = fixture('reviews/b.pir.yaml').toString();
  before(closeAll);

  it('starts from the cache and re-reads only files whose mtime or size changed', async () => {
    const cold = new WorkspaceReviews(memento());
    await cold.ready;
    const cache = cold.index.toCache();
    cold.dispose();

    // Mark the cached entries so a re-read shows: a keeps its stamp, b gets an outdated one.
    const files = cache.files.map(({ stamp, entry }) =>
      entry.uri === a ? { stamp, entry: { ...entry, title: 'From the cache' } }
        : entry.uri === b ? { stamp: { ...stamp, mtime: 0 }, entry: { ...entry, title: 'Outdated' } }
          : { stamp, entry });
    const warm = new WorkspaceReviews(memento({ [INDEX_CACHE_KEY]: { ...cache, files } satisfies IndexCache }));
    try {
      assert.strictEqual(warm.index.get(a)?.title, 'From the cache', 'the cached entries are there before any file is read');
      await warm.ready;
      assert.strictEqual(warm.index.get(a)?.title, 'From the cache');
      assert.strictEqual(warm.index.get(b)?.title, 'Login failures during certificate rotation');
    } finally {
      warm.dispose();
    }
  });
});
