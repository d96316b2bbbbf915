// Machine formats: JSON Lines (one record a line) and a JSON array streamed item by item. Pure.
import type { Result } from '../model/types.js';
import type { OutputFormat } from './format.js';

export const jsonl: OutputFormat = {
  name: 'jsonl',
  perRecord: true,
  record: (r) => JSON.stringify(r) + '\n',
};

export const json: OutputFormat = {
  name: 'json',
  perRecord: false,
  header: () => '[',
  record: (r: Result, index: number) => (index === 0 ? '\n' : ',\n') + JSON.stringify(r, null, 2).replace(/^/gm, '  '),
  footer: (count) => (count === 0 ? ']\n' : '\n]\n'),
};
