// The folder `npm start` opens: a scratch copy of examples/, made fresh on every start under
// .cache/ (git-ignored). Trying the product (Mark Done, New Review, Export…) then writes into
// the copy, never into tracked files that the golden-file tests read.
import { cpSync, rmSync } from 'node:fs';
import path from 'node:path';

/**
 * Replaces `target` with a copy of `<root>/examples` and returns its absolute path.
 * @param {string} root the repository root
 * @param {string} [target] default `<root>/.cache/demo-workspace`
 */
export function prepareDemoWorkspace(root, target = path.join(root, '.cache/demo-workspace')) {
  rmSync(target, { recursive: true, force: true });
  cpSync(path.join(root, 'examples'), target, { recursive: true });
  return target;
}
