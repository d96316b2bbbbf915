// What each stage of name detection hands on: a candidate span, its kind and the rule that made it.
export type NameKind = 'person' | 'org' | 'place';

export interface NameCandidate {
  kind: NameKind | 'unknown';
  start: number;
  end: number;
  text: string;
  rule: string;
  /** Index range of the name's tokens. */
  first: number;
  last: number;
  title?: string;
  affiliation?: string;
  /** Canonical key for aliases (countries, known organizations). */
  canonical?: string;
  /** The title comes from a plural role before a list of names ("photographers A, B and C"). */
  pluralTitle?: boolean;
  /** Offsets of the name that appointed the person to the title ("HDFC Bank named X as ..."): its body, if it is one. */
  appointedBy?: [number, number];
}

/** Candidate rules for one bare name, which a context rule may rename as it knows more. */
export const SINGLE_NAME_RULES: ReadonlySet<string> = new Set(['person.single-name', 'person.single-tagged']);
