// The output formats, by name. Adding one: a file exporting an OutputFormat, and a line here.
import type { OutputFormat } from './format.js';
import { json, jsonl } from './json.js';
import { csv } from './csv.js';
import { table } from './table.js';

export const FORMATS = { table, json, jsonl, csv } satisfies Record<string, OutputFormat>;
export type FormatName = keyof typeof FORMATS;
export const FORMAT_NAMES = Object.keys(FORMATS) as FormatName[];
export type { FormatOptions, OutputFormat } from './format.js';
