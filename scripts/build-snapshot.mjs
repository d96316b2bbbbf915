// Builds the start-up snapshot: dist/ bundled into one CommonJS file with esbuild
// (dist/snapshot/bundle.cjs, entry src/cli/snapshot.ts), then the blob made from it with
// `node --build-snapshot` (dist/cli/blob.js: the same step install runs when the Node
// differs). Part of `npm run build`. A failure leaves factx on its plain modules.
import { build } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLE, makeBlob } from '../dist/cli/blob.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');
// packages that find files of their own next to their code (piscina's worker), read their own
// import.meta (tinyglobby's fdir), are loaded only for rare inputs (HTML) or may be absent
// (chrono-node, a development dependency for `eval --baseline chrono`) stay outside the
// bundle, required from node_modules when used
// (and compromise's full build, for `eval --baseline compromise` only: extraction uses
// compromise/two, bundled; the full build in the blob made it 2 MB larger and slower to restore)
const EXTERNAL = ['piscina', 'linkedom', '@mozilla/readability', 'tinyglobby', 'chrono-node', 'compromise'];

const plugin = {
  name: 'factx-snapshot',
  setup(b) {
    // 'compromise' alone, not its subpaths (esbuild's `external` would take compromise/two too)
    b.onResolve({ filter: /^compromise$/ }, () => ({ path: 'compromise', external: true }));
    // `createRequire(import.meta.url)(x)` is a plain require the bundler can follow; a module's
    // own URL (for a worker's file, package.json, the schema) is where it lies in dist/
    b.onLoad({ filter: /[\\/]dist[\\/].*\.js$/ }, (args) => {
      const rel = relative(DIST, args.path).split('\\').join('/');
      let src = readFileSync(args.path, 'utf8');
      src = src.replace(/\b(?:const|let)\s+require\s*=\s*createRequire\(import\.meta\.url\);?/g, '');
      src = src.replace(/createRequire\(import\.meta\.url\)/g, 'require');
      src = src.replace(/import\.meta\.url/g, `__factxUrl(${JSON.stringify(rel)})`);
      return { contents: src, loader: 'js', resolveDir: dirname(args.path) };
    });
  },
};

await build({
  entryPoints: [join(DIST, 'cli', 'snapshot.js')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  outfile: BUNDLE,
  external: EXTERNAL.filter((id) => id !== 'compromise'),
  plugins: [plugin],
  logLevel: 'warning',
  banner: {
    js: [
      // the dist folder: next to the bundle when the blob is made; where bin/factx.js lies when restored
      `globalThis.__FACTX_DIST__ = require('node:path').join(__dirname, '..');`,
      `function __factxUrl(rel) { return require('node:url').pathToFileURL(require('node:path').join(globalThis.__FACTX_DIST__, rel)).href; }`,
      // packages outside the bundle load from node_modules when used, after the snapshot is restored
      `const __factxExternal = (id) => require('node:module').createRequire(require('node:path').join(globalThis.__FACTX_DIST__, 'snapshot', 'x.cjs'))(id);`,
    ].join('\n'),
  },
});

// externals: esbuild writes require("piscina") and import("piscina"); the restored snapshot's own
// require knows only built-ins
let code = readFileSync(BUNDLE, 'utf8');
for (const id of EXTERNAL) {
  code = code.split(`require(${JSON.stringify(id)})`).join(`__factxExternal(${JSON.stringify(id)})`);
  code = code.split(`import(${JSON.stringify(id)})`).join(`Promise.resolve().then(() => __factxExternal(${JSON.stringify(id)}))`);
}
// a dynamic import() left in the bundle has no loader once the snapshot is restored
if (/\bimport\(/.test(code.replace(/\/\/.*$/gm, ''))) throw new Error('build-snapshot: a dynamic import() is left in the bundle');
// a dependency's import.meta.url is empty in a CommonJS bundle: such a package must stay external
if (/\bimport_meta\d*\b/.test(code)) throw new Error('build-snapshot: a bundled package reads import.meta; add it to EXTERNAL');
writeFileSync(BUNDLE, code);

const made = makeBlob();
if (!made.ok) process.stderr.write(`factx: the start-up snapshot was not built; factx will start from its modules:\n${made.reason}\n`);
