import { describe, expect, it } from 'vitest';
import { colorLevel } from '../src/cli/color.js';

const tty = { when: 'auto' as const, env: {}, isTTY: true, format: 'table' };

describe('colour decision', () => {
  it('colours tables on a terminal only', () => {
    expect(colorLevel(tty)).toBe(2);
    expect(colorLevel({ ...tty, isTTY: false })).toBe(0);
    expect(colorLevel({ ...tty, format: 'jsonl' })).toBe(0);
    expect(colorLevel({ ...tty, env: { COLORTERM: 'truecolor' } })).toBe(3);
  });
  it('honours NO_COLOR (non-empty) and TERM=dumb', () => {
    expect(colorLevel({ ...tty, env: { NO_COLOR: '1' } })).toBe(0);
    expect(colorLevel({ ...tty, env: { NO_COLOR: '' } })).toBe(2);
    expect(colorLevel({ ...tty, env: { TERM: 'dumb' } })).toBe(0);
  });
  it('lets FORCE_COLOR and --color always win over the stream', () => {
    expect(colorLevel({ ...tty, isTTY: false, env: { FORCE_COLOR: '1' } })).toBe(1);
    expect(colorLevel({ ...tty, env: { FORCE_COLOR: '0' } })).toBe(0);
    expect(colorLevel({ ...tty, isTTY: false, when: 'always' })).toBe(2);
    expect(colorLevel({ ...tty, isTTY: false, when: 'always', env: { FORCE_COLOR: '3' } })).toBe(3);
  });
  it('never colours with --color never or machine formats', () => {
    expect(colorLevel({ ...tty, when: 'never', env: { FORCE_COLOR: '3' } })).toBe(0);
    expect(colorLevel({ ...tty, when: 'always', format: 'csv' })).toBe(0);
  });
});
