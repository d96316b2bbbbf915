// Normalization, apart from detection: a measure's value in SI units, so that "2,000-lb",
// "907 kg" and "0.9 tonnes" compare. Conversions come from js-quantities (its unit table),
// not from factors written here; this file only names each of our units in its vocabulary.
import Qty from 'js-quantities';

/** Our canonical unit -> the name js-quantities knows it by, where the two differ. */
const QTY_NAME: Record<string, string> = {
  cm3: 'cm^3', ft2: 'ft^2', ft3: 'ft^3', km2: 'km^2', km3: 'km^3', m2: 'm^2', m3: 'm^3', mi2: 'mi^2',
  '°C': 'tempC', '°F': 'tempF', K: 'tempK', '°': 'deg', mL: 'ml', cL: 'cl', L: 'l', µg: 'ug', µm: 'um',
  kn: 'kt', Mbit: 'Mb', dr: 'dram', ton: 'short-ton', t: 'tonne', bit: 'b', ha: 'hectare',
};

/** The SI unit each kind is reported in (data in bytes, which SI does not name). */
const SI_UNIT: Record<string, { qty: string; symbol: string }> = {
  length: { qty: 'm', symbol: 'm' },
  calibre: { qty: 'm', symbol: 'm' },
  mass: { qty: 'kg', symbol: 'kg' },
  volume: { qty: 'm^3', symbol: 'm3' },
  area: { qty: 'm^2', symbol: 'm2' },
  speed: { qty: 'm/s', symbol: 'm/s' },
  temperature: { qty: 'tempK', symbol: 'K' },
  energy: { qty: 'J', symbol: 'J' },
  power: { qty: 'W', symbol: 'W' },
  frequency: { qty: 'Hz', symbol: 'Hz' },
  angle: { qty: 'rad', symbol: 'rad' },
  data: { qty: 'B', symbol: 'B' },
};

/** Conversions from a unit to a kind's SI unit, found once per pair (null: js-quantities has none). */
const cache = new Map<string, ((v: number) => number) | null>();

function conversion(unit: string, to: string): ((v: number) => number) | undefined {
  const from = QTY_NAME[unit] ?? unit;
  const key = `${from}>${to}`;
  if (!cache.has(key)) {
    try {
      // linear with an offset (temperatures): take both from two points
      const zero = Qty(0, from).to(to).scalar;
      const factor = Qty(1, from).to(to).scalar - zero;
      cache.set(key, (v) => zero + v * factor);
    } catch {
      cache.set(key, null);
    }
  }
  return cache.get(key) ?? undefined;
}

/** `value unit` of a measure of `kind` in SI units, or undefined (money, counts, percent, age). */
export function toSI(kind: string, value: number, unit: string | undefined): { value: number; unit: string } | undefined {
  const si = SI_UNIT[kind];
  if (!si || !unit) return undefined;
  const f = conversion(unit, si.qty);
  return f ? { value: Number(f(value).toPrecision(10)), unit: si.symbol } : undefined;
}
