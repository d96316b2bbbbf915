import { analyze } from '/work/main/dist/nlp/compromise.js';
import { wordTokens } from '/work/main/dist/dimensions/names/names.tokens.js';
import { detectNames } from '/work/main/dist/dimensions/names/names.rules.js';
const t = process.argv[2];
const a = analyze(t);
for (const c of detectNames(wordTokens(a), a.text)) console.log(c.kind, JSON.stringify(t.slice(c.start, c.end)), c.rule);
