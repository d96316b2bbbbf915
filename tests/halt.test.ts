// Waiting on documents in flight (src/cli/halt.ts): a long stream must not keep what it wrote.
import { describe, expect, it } from 'vitest';
import { Halt } from '../src/cli/halt.js';

describe('Halt', () => {
  it('holds nothing for a document once it has settled, however many went through', async () => {
    const h = new Halt();
    for (let i = 0; i < 1000; i++) expect(await h.wait(Promise.resolve(i))).toBe(i);
    await expect(h.wait(Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(h.pending).toBe(0);
  });
  it('ends a wait in progress at once on halt, and every later wait', async () => {
    const h = new Halt();
    const never = new Promise<number>(() => {});
    const w = h.wait(never);
    expect(h.pending).toBe(1);
    h.halt();
    expect(await w).toBeUndefined();
    expect(await h.wait(Promise.resolve(5))).toBeUndefined();
    expect(h.pending).toBe(0);
  });
});
