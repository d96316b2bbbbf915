// Names that must not be people, whatever else they are: the corpus format (names.corpus.ts)
// says what must be found and what must not be found at all, not that a name is no person.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

const people = (text: string) => extract(text, { refDate: '2026-12-04', types: ['people'] }).people.map((p) => p.name);

describe('no person', () => {
  it('reads no person in a plural role before one side or body: "behind leaders Arsenal"', () => {
    expect(people('Halvik Rovers moved two points behind leaders Corvane, and champions Tarlow lost.')).toEqual([]);
    // (a list after the plural role is people)
    expect(people('Photographers Helmut Newton and Annie Leibovitz attended.')).toEqual(['Helmut Newton', 'Annie Leibovitz']);
  });
});
