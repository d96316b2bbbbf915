// Imports point one way (cli -> format, pipeline -> dimensions -> nlp -> model). Read from the
// source files themselves, so that a wrong import fails here before review.
import { readdirSync, readFileSync } from 'node:fs';
import { join, dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../src', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** file (relative to src) -> the project files it imports (relative to src) */
const graph = new Map<string, string[]>();
for (const f of files(SRC)) {
  const text = readFileSync(f, 'utf8');
  const deps = [...text.matchAll(/^(?:import|export)\s[^;]*?from\s+'(\.[^']+)'|import\('(\.[^']+)'\)/gms)]
    .map((m) => (m[1] ?? m[2])!)
    .map((p) => relative(SRC, resolve(dirname(f), p)).replace(/\.js$/, '.ts'));
  graph.set(relative(SRC, f), deps);
}
const edges = [...graph].flatMap(([from, deps]) => deps.map((to) => ({ from, to })));
const layer = (p: string) => p.split('/')[0]!;
const dimension = (p: string) => (p.startsWith('dimensions/') ? p.split('/')[1] : undefined);

describe('architecture', () => {
  it('reads every import', () => {
    expect(graph.size).toBeGreaterThan(30);
    expect(edges.length).toBeGreaterThan(50);
  });
  it('only the CLI imports the CLI', () => {
    expect(edges.filter((e) => layer(e.to) === 'cli' && layer(e.from) !== 'cli')).toEqual([]);
  });
  it('the model imports nothing', () => {
    expect(edges.filter((e) => layer(e.from) === 'model')).toEqual([]);
  });
  it('formatters import no detector, pipeline or adapter', () => {
    expect(edges.filter((e) => layer(e.from) === 'format' && ['dimensions', 'pipeline', 'nlp', 'eval', 'index.ts'].includes(layer(e.to)))).toEqual([]);
  });
  it('the number dimension imports no other dimension, and no dimension imports the pipeline', () => {
    expect(edges.filter((e) => dimension(e.from) === 'number' && dimension(e.to) && dimension(e.to) !== 'number')).toEqual([]);
    expect(edges.filter((e) => layer(e.from) === 'dimensions' && ['pipeline', 'cli', 'format', 'eval'].includes(layer(e.to)))).toEqual([]);
  });
  it("no dimension imports another's rules or resolvers, only its vocabulary or the number dimension", () => {
    const bad = edges.filter((e) => dimension(e.from) && dimension(e.to) && dimension(e.from) !== dimension(e.to) && dimension(e.to) !== 'number' && !/\.vocab\.ts$/.test(e.to));
    expect(bad).toEqual([]);
  });
  it('only src/nlp/ imports compromise', () => {
    const users = files(SRC).filter((f) => /from 'compromise|require\('compromise|\('compromise\//.test(readFileSync(f, 'utf8'))).map((f) => relative(SRC, f));
    expect(users.every((f) => f.startsWith('nlp/'))).toBe(true);
  });
  it('has no import cycles', () => {
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[][] = [];
    const visit = (n: string, path: string[]) => {
      if (state.get(n) === 'done') return;
      if (state.get(n) === 'open') {
        cycles.push([...path.slice(path.indexOf(n)), n]);
        return;
      }
      state.set(n, 'open');
      for (const d of graph.get(n) ?? []) visit(d, [...path, n]);
      state.set(n, 'done');
    };
    for (const n of graph.keys()) visit(n, []);
    expect(cycles).toEqual([]);
  });
});
