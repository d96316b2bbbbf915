// One benchmark run in a fresh process: `compromise` (bare parse, the baseline)
// or `factx` (full extraction) over a list of documents. Prints JSON timings.
import { readFileSync } from 'node:fs';

const [mode, file] = process.argv.slice(2);
const docs = file.endsWith('.jsonl')
  ? readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l))
  : [{ id: file, text: readFileSync(file, 'utf8') }];
let run;
if (mode === 'compromise') {
  const nlp = (await import('compromise')).default;
  run = (d) => nlp(d.text);
} else {
  const { extract, DEFAULT_TYPES } = await import('../dist/index.js');
  // factx-nofacts: the same extraction without the facts layer, to report what facts cost
  const types = mode === 'factx-nofacts' ? DEFAULT_TYPES.filter((t) => t !== 'facts') : DEFAULT_TYPES;
  run = (d) => extract(d.text, { dct: d.dct ?? undefined, today: '2023-09-24', types });
}
run(docs[0]); // warm-up: lexicons, JIT
const t0 = process.hrtime.bigint();
const c0 = process.cpuUsage();
for (const d of docs) run(d);
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
// CPU time of the whole process over the same span: V8's helper threads (concurrent
// GC, background compilation) included, so cpuMs / ms is the cores one thread keeps busy
const c = process.cpuUsage(c0);
const cpuMs = (c.user + c.system) / 1000;
const words = docs.reduce((n, d) => n + d.text.split(/\s+/).filter(Boolean).length, 0);
console.log(JSON.stringify({ mode, docs: docs.length, words, ms, cpuMs, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
