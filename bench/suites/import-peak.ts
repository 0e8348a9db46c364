// Child process of the import suite: imports one export for one window and prints its peak
// resident memory in KB (alone in its process, so nothing else counts).
import { readCandidates } from '../../src/core/import/read';

const [dir, since, until] = process.argv.slice(2);
const window = { since: since ? Number(since) : undefined, until: until ? Number(until) : undefined };
void readCandidates([{ path: dir }], {}, window).then(() => process.stdout.write(`${process.resourceUsage().maxRSS}\n`));
