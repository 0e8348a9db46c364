import { load } from 'js-yaml';
import { parseDocument } from 'yaml';
import { getLanguageService } from 'yaml-language-server/lib/umd/languageservice/yamlLanguageService';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lint } from '../../src/core/lint';
import { reviewSchema } from '../../src/core/schema';
import { generateReview } from '../generate';
import { measure, type Row, type Suite } from '../measure';

/** The sizes the issues name: a typical review, a very large one, a pathological one. */
const SIZES = [20_000, 1_000_000, 10_000_000];
const NOW = new Date('2026-06-01T00:00:00Z');

/**
 * yaml-language-server (what the Red Hat YAML extension runs) validating the same text against
 * the same schema: the peer a user would otherwise rely on.
 */
function yamlLanguageServer(): (text: string) => Promise<void> {
  const service = getLanguageService({
    schemaRequestService: async () => JSON.stringify(reviewSchema),
    workspaceContext: { resolveRelativePath: (relativePath: string) => relativePath },
  });
  service.configure({ validate: true, schemas: [{ uri: 'file:///pir.schema.json', fileMatch: ['*.pir.yaml'], schema: reviewSchema }] });
  let version = 0;
  return async (text) => {
    await service.doValidation(TextDocument.create('file:///bench.pir.yaml', 'yaml', ++version, text), false);
  };
}

/** Full lint (parse, schema, every rule) against a bare parse and against yaml-language-server. */
export const lintSuite: Suite = {
  name: 'lint one review',
  async run(): Promise<Row[]> {
    const validate = yamlLanguageServer();
    const rows: Row[] = [];
    for (const bytes of SIZES) {
      const text = generateReview(1, bytes);
      const label = bytes >= 1_000_000 ? `${bytes / 1_000_000} MB` : `${bytes / 1000} KB`;
      const repetitions = bytes >= 10_000_000 ? 3 : bytes >= 1_000_000 ? 5 : 31;
      const local = measure({
        parse: () => parseDocument(text),
        load: () => load(text),
        lint: () => lint(text, { now: NOW }),
      }, { repetitions, warmup: 2 });
      const peer = await measureAsync(() => validate(text), repetitions);
      const parse: Row = { name: `bare yaml parseDocument, ${label}`, ms: local.parse };
      const yls: Row = { name: `yaml-language-server validate, ${label}`, ms: peer };
      // What the lint reads with (src/core/read-events.ts): the rest of a lint is schema and rules.
      const jsYaml: Row = { name: `bare js-yaml load, ${label}`, ms: local.load };
      rows.push(
        parse,
        yls,
        jsYaml,
        { name: `pir lint vs js-yaml load, ${label}`, ms: local.lint, baseline: jsYaml },
        { name: `pir lint vs parse, ${label}`, ms: local.lint, baseline: parse, goal: { max: 1.3, unit: 'ratio' } },
        { name: `pir lint vs yaml-language-server, ${label}`, ms: local.lint, baseline: yls, goal: { max: 0.7, unit: 'ratio' } },
      );
    }
    return rows;
  },
};

async function measureAsync(run: () => Promise<void>, repetitions: number): Promise<number> {
  await run();
  const samples: number[] = [];
  for (let i = 0; i < repetitions; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b)[samples.length >> 1];
}
