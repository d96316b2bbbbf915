// Whether tables get colour: a pure decision from the flag, the environment and the
// stream, so that it can be tested without a terminal.
export type ColorWhen = 'auto' | 'always' | 'never';

export interface ColorInputs {
  when: ColorWhen;
  env: Readonly<Record<string, string | undefined>>;
  isTTY: boolean;
  /** Colour is for tables only: machine formats never get escape codes. */
  format: string;
}

/**
 * chalk's level (0 none, 1 basic, 2 256 colours, 3 truecolor). `--color always` and
 * FORCE_COLOR (1-3; 0 or "false" turns it off) win over the stream; NO_COLOR (any
 * non-empty value) and TERM=dumb turn it off; otherwise colour on a terminal.
 */
export function colorLevel({ when, env, isTTY, format }: ColorInputs): 0 | 1 | 2 | 3 {
  if (format !== 'table' || when === 'never') return 0;
  const force = env.FORCE_COLOR;
  const forced = force === undefined ? undefined : force === '' || force === 'true' ? 1 : force === 'false' ? 0 : Math.min(3, Math.max(0, Number.parseInt(force, 10) || 0));
  if (when === 'always') return (forced || 2) as 1 | 2 | 3;
  if (forced !== undefined) return forced as 0 | 1 | 2 | 3;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  if (!isTTY || env.TERM === 'dumb') return 0;
  return env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit' ? 3 : 2;
}
