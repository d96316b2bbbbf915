import { describe, expect, it } from 'vitest';
import { outputName } from '../src/cli/sinks.js';

describe('output file names', () => {
  it('keep plain relative paths readable', () => {
    expect(outputName('articles/a.txt')).toBe('articles__a.txt.json');
    expect(outputName('doc-17')).toBe('doc-17.json');
    expect(outputName('北京.txt')).toBe('北京.txt.json');
  });
  it('are injective on ids that a lossy mapping would merge', () => {
    const ids = ['北京.txt', '上海.txt', 'Москва.txt', 'a?b', 'a b', 'a_b', 'a/b', 'a__b', 'a_/b', 'a/_b', '../../in/a.txt', '../../../in/a.txt', '/in/a.txt', 'in/a.txt', '.hidden', '_hidden', 'a~1', 'x'.repeat(250), 'x'.repeat(251)];
    const names = ids.map(outputName);
    expect(new Set(names).size).toBe(ids.length);
  });
  it('are stable, short enough for any file system, and never hidden', () => {
    for (const id of ['x'.repeat(250), '../a', '.env', 'é'.repeat(200)]) {
      const n = outputName(id);
      expect(outputName(id)).toBe(n);
      expect(Buffer.byteLength(n)).toBeLessThanOrEqual(200);
      expect(n.startsWith('.')).toBe(false);
      expect(n).not.toMatch(/[/\\\u0000]/);
    }
  });
});
