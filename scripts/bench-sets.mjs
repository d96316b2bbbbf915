// Writes the performance issue's two batch sets into a temporary folder and prints their
// paths, for `npm run bench -- $(node scripts/bench-sets.mjs)`: 205 documents (wikigold and
// re3d_dev) and 1,671 (wikigold, re3d_dev, gum_news, gum_interview and plover_facts, three
// times over, with unique ids). The corpus stays in ../shared/corpus; nothing is copied here.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CORPUS = fileURLToPath(new URL('../../shared/corpus/', import.meta.url));
const read = (name) => readFileSync(join(CORPUS, `${name}.jsonl`), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const dir = mkdtempSync(join(tmpdir(), 'factx-bench-'));
const line = (id, d) => JSON.stringify({ id, text: d.text, ...(d.dct ? { dct: d.dct } : {}) });

const small = ['wikigold', 're3d_dev'].flatMap((n) => read(n).map((d, i) => line(`${n}-${d.id ?? i}`, d)));
const large = [0, 1, 2].flatMap((r) => ['wikigold', 're3d_dev', 'gum_news', 'gum_interview', 'plover_facts'].flatMap((n) => read(n).map((d, i) => line(`${r}-${n}-${d.id ?? i}`, d))));
writeFileSync(join(dir, `batch-${small.length}.jsonl`), small.join('\n') + '\n');
writeFileSync(join(dir, `batch-${large.length}.jsonl`), large.join('\n') + '\n');
console.log(join(dir, `batch-${small.length}.jsonl`), join(dir, `batch-${large.length}.jsonl`));
