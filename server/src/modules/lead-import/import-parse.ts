/**
 * Reading an uploaded list: CSV (any of , ; or tab, with or without a BOM) or XLSX, into headings and
 * rows of text. Blank rows are dropped; cells are trimmed.
 */
import { parse } from 'csv-parse/sync';
import { readSheet } from 'read-excel-file/node';
import { InputError } from '../../errors.js';
import { fromSpreadsheetCell } from '../lead/spreadsheet-cell.js';

export interface ParsedSheet {
  headers: string[];
  rows: Array<{ rowNumber: number; cells: string[] }>;
}

export const MAX_IMPORT_ROWS = 100_000;

function isXlsx(fileName: string, data: Buffer): boolean {
  return /\.xlsx$/i.test(fileName) || (data[0] === 0x50 && data[1] === 0x4b);
}

/** The separator used most on the first line, outside quotes. */
function guessDelimiter(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0].replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length - 1] as const);
  return counts.sort((a, b) => b[1] - a[1])[0][1] > 0 ? counts[0][0] : ',';
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim();
}

export async function parseSheet(fileName: string, data: Buffer): Promise<ParsedSheet> {
  let table: string[][];
  if (isXlsx(fileName, data)) {
    try {
      table = (await readSheet(data)).map((row) => row.map(cellText));
    } catch {
      throw InputError.field('file', 'INVALID', 'The file is not a readable XLSX workbook', undefined, 'FILE_UNREADABLE');
    }
  } else {
    const text = data.toString('utf8').replace(/^\uFEFF/, '');
    try {
      const parsed = parse(text, {
        delimiter: guessDelimiter(text),
        relax_column_count: true,
        relax_quotes: true,
        skip_empty_lines: false,
        trim: true,
      }) as string[][];
      // A file Prospek exported guards formula-like text with an apostrophe; it reads back as typed.
      table = parsed.map((row) => row.map(fromSpreadsheetCell));
    } catch (error) {
      throw InputError.field('file', 'INVALID', `The file is not readable CSV: ${(error as Error).message}`, undefined, 'FILE_UNREADABLE');
    }
  }
  const numbered = table.map((cells, i) => ({ rowNumber: i + 1, cells })).filter((r) => r.cells.some((c) => c !== ''));
  if (numbered.length === 0) throw InputError.field('file', 'REQUIRED', 'The file has no rows');
  const [head, ...rows] = numbered;
  if (rows.length > MAX_IMPORT_ROWS) throw InputError.field('file', 'TOO_LONG', `At most ${MAX_IMPORT_ROWS} rows per import`, { max: MAX_IMPORT_ROWS });
  const headers = head.cells.map((h, i) => h || `Kolom ${i + 1}`);
  return { headers, rows };
}

/** Lead fields an import can fill, and headings that usually hold them. */
export const IMPORT_FIELDS = {
  fullName: ['nama', 'nama lengkap', 'name', 'full name', 'nama nasabah', 'nama calon debitur'],
  companyName: ['perusahaan', 'usaha', 'nama usaha', 'company', 'toko'],
  phone: ['hp', 'no hp', 'nomor hp', 'telepon', 'no telepon', 'phone', 'whatsapp', 'wa', 'no wa', 'handphone'],
  email: ['email', 'e-mail', 'surel'],
  nik: ['nik', 'ktp', 'no ktp', 'nomor ktp'],
  estimatedAmount: ['jumlah', 'plafon', 'nominal', 'kebutuhan dana', 'amount', 'pinjaman', 'perkiraan', 'perkiraan (rp)', 'amount (rp)'],
  source: ['sumber', 'source'],
  referrerName: ['referensi', 'pemberi referensi', 'referrer', 'direferensikan oleh'],
  segment: ['segmen', 'segment'],
  notes: ['catatan', 'keterangan', 'notes', 'note'],
} as const;
export type ImportField = keyof typeof IMPORT_FIELDS;

/** Each field's heading, guessed from the words people use (lead fields unless others are given). */
export function suggestMapping<F extends string = ImportField>(
  headers: string[],
  fields: Record<F, readonly string[]> = IMPORT_FIELDS as unknown as Record<F, readonly string[]>,
): Partial<Record<F, string>> {
  const mapping: Partial<Record<F, string>> = {};
  const normalized = headers.map((h) => h.toLowerCase().replace(/[._]/g, ' ').replace(/\s+/g, ' ').trim());
  for (const [field, words] of Object.entries(fields) as Array<[F, readonly string[]]>) {
    const index = normalized.findIndex((h) => words.includes(h));
    const loose = index >= 0 ? index : normalized.findIndex((h) => words.some((w) => w.length > 3 && h.includes(w)));
    if (loose >= 0 && !Object.values(mapping).includes(headers[loose])) mapping[field] = headers[loose];
  }
  return mapping;
}

/** Reads a row's cell by the field's chosen heading (empty when the field has no column). */
export function cellReader<F extends string>(cells: string[], headers: string[], mapping: Partial<Record<F, string>>): (field: F) => string {
  const indexOf = new Map(headers.map((h, i) => [h, i]));
  return (field) => {
    const heading = mapping[field];
    if (!heading) return '';
    const index = indexOf.get(heading);
    return index === undefined ? '' : (cells[index] ?? '').trim();
  };
}

/**
 * The chosen columns, each a heading of the file and a field of `fields`; `required` lists fields that
 * need a column (the field error names the first one missing).
 */
export function checkMappingOf<F extends string>(
  headers: string[],
  mapping: Partial<Record<F, string | null>>,
  fields: Record<F, readonly string[]>,
): Partial<Record<F, string>> {
  const clean: Partial<Record<F, string>> = {};
  for (const [field, heading] of Object.entries(mapping) as Array<[F, string | null | undefined]>) {
    if (!heading) continue;
    if (!(field in fields)) throw InputError.field(`mapping.${field}`, 'INVALID', `unknown field ${field}`);
    if (!headers.includes(heading))
      throw InputError.field(`mapping.${field}`, 'INVALID', `the file has no column "${heading}"`, { column: heading }, 'COLUMN_MISSING');
    clean[field] = heading;
  }
  return clean;
}
