// Machine formats. Pure: values in, strings out.
import type { Extraction } from '../model/types.js';

export interface ErrorRecord {
  id: string;
  error: { code: string; message: string };
}

export function formatJsonl(x: Extraction | ErrorRecord): string {
  return JSON.stringify(x) + '\n';
}

/** Pieces of one JSON array, so that a long batch can be streamed: open, item, close. */
export const jsonArray = {
  open: (): string => '[',
  item: (x: Extraction | ErrorRecord, index: number): string => (index === 0 ? '\n' : ',\n') + JSON.stringify(x, null, 2).replace(/^/gm, '  '),
  close: (count: number): string => (count === 0 ? ']\n' : '\n]\n'),
};
