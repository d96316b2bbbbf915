// Build step: the man page man/factx.1, generated from the commander definition (dist/), so
// that `man factx` works after a global install (package.json "man") and never drifts from --help.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { buildProgram, EXAMPLES } = await import(new URL('../dist/cli/main.js', import.meta.url).href);
const { manPage } = await import(new URL('../dist/cli/shell.js', import.meta.url).href);
const { version } = JSON.parse(readFileSync(`${root}/package.json`, 'utf8'));
// reproducible: the date comes from SOURCE_DATE_EPOCH when set
const when = process.env.SOURCE_DATE_EPOCH ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000) : new Date();
const date = when.toISOString().slice(0, 7);
mkdirSync(`${root}/man`, { recursive: true });
writeFileSync(`${root}/man/factx.1`, manPage(buildProgram(), version, { examples: EXAMPLES.replace(/^\s*Examples:\s*/, ''), date }));
console.error('build-man: man/factx.1');
