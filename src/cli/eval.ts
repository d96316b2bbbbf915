// `factx eval GOLD.jsonl...`: read the gold files and print the scores (src/eval/run.ts).
import { readFileSync } from 'node:fs';
import { PRESETS } from '../eval/presets.js';
import { render, scoreDocuments, type EvalOptions, type FileResult, type GoldDoc } from '../eval/run.js';

function readGold(file: string, limit: number | undefined): GoldDoc[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const docs: GoldDoc[] = [];
  for (const [i, l] of lines.entries()) {
    if (!l.trim()) continue;
    try {
      docs.push(JSON.parse(l) as GoldDoc);
    } catch (e) {
      throw new Error(`line ${i + 1} is not JSON: ${(e as Error).message}`);
    }
    if (docs.length >= (limit ?? Infinity)) break;
  }
  if (docs.length === 0) throw new Error('no documents');
  return docs;
}

export async function runEval(files: string[], opts: EvalOptions): Promise<number> {
  if (opts.preset !== 'auto' && !PRESETS[opts.preset]) {
    process.stderr.write(`factx eval: unknown preset "${opts.preset}" (choose from auto, ${Object.keys(PRESETS).join(', ')})\n`);
    return 2;
  }
  const results: FileResult[] = [];
  let failed = 0;
  for (const f of files) {
    try {
      results.push(await scoreDocuments(f, readGold(f, opts.limit), opts));
    } catch (e) {
      failed++;
      process.stderr.write(`factx eval: ${f}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}\n`);
    }
  }
  process.stdout.write(opts.format === 'json' ? JSON.stringify(results, null, 2) + '\n' : render(results));
  return failed > 0 ? 1 : 0;
}
