/**
 * An uploaded bank statement into lines: MT940 by its tags, or a table (CSV/XLSX, read by the import
 * reader) through a column mapping — date, and amount or debit/credit, remark, reference, balance.
 * Each line gets a fingerprint that is the same however often the same statement is uploaded.
 */
import { createHash } from 'node:crypto';
import type { StatementDirection } from '@prospek/shared';
import { InputError } from '../../errors.js';
import { cellReader, checkMappingOf, parseSheet, suggestMapping } from '../lead-import/import-parse.js';
import { isMt940, parseMt940 } from './mt940.js';
import { parseStatementAmount, parseStatementDate } from './statement-values.js';

export const STATEMENT_FIELDS = {
  date: ['tanggal', 'tgl', 'tanggal transaksi', 'date', 'value date', 'tgl transaksi', 'posting date'],
  amount: ['jumlah', 'nominal', 'amount', 'mutasi', 'nilai'],
  debit: ['debit', 'debet', 'db', 'keluar'],
  credit: ['kredit', 'credit', 'cr', 'masuk'],
  remark: ['keterangan', 'uraian', 'remark', 'description', 'deskripsi', 'berita', 'narrative'],
  reference: ['referensi', 'reference', 'no referensi', 'ref', 'no ref'],
  balance: ['saldo', 'balance'],
} as const;
export type StatementField = keyof typeof STATEMENT_FIELDS;
export type StatementMapping = Partial<Record<StatementField, string>>;

export interface StatementLineInput {
  date: string;
  direction: StatementDirection;
  /** Minor units, positive. */
  amount: bigint;
  remark: string;
  reference: string | null;
  balance: bigint | null;
}

export interface ParsedStatement {
  format: 'CSV' | 'MT940';
  account: string | null;
  lines: StatementLineInput[];
}

export interface SheetPreview {
  headers: string[];
  mapping: StatementMapping;
  rows: string[][];
}

export const MAX_STATEMENT_LINES = 20_000;
const MAX_TEXT = 300;

const clip = (text: string, max = MAX_TEXT) => text.replace(/\s+/g, ' ').trim().slice(0, max);

/** The headings, a suggested mapping and the first rows of a table, for the mapping step. */
export async function previewStatement(fileName: string, data: Buffer): Promise<SheetPreview | null> {
  if (isMt940(data.toString('utf8'))) return null;
  const sheet = await parseSheet(fileName, data);
  return { headers: sheet.headers, mapping: suggestMapping(sheet.headers, STATEMENT_FIELDS), rows: sheet.rows.slice(0, 5).map((r) => r.cells) };
}

export async function parseStatement(fileName: string, data: Buffer, mapping: Partial<Record<StatementField, string | null>> | null): Promise<ParsedStatement> {
  const text = data.toString('utf8').replace(/^\uFEFF/, '');
  if (isMt940(text)) {
    const mt = parseMt940(text);
    return {
      format: 'MT940',
      account: mt.account,
      lines: mt.lines.map((l) => ({ ...l, remark: clip(l.remark), reference: l.reference ? clip(l.reference, 100) : null, balance: null })),
    };
  }
  const sheet = await parseSheet(fileName, data);
  const chosen = mapping ? checkMappingOf(sheet.headers, mapping, STATEMENT_FIELDS) : suggestMapping(sheet.headers, STATEMENT_FIELDS);
  const missing = [!chosen.date && 'date', !chosen.amount && !(chosen.debit || chosen.credit) && 'amount'].filter((m): m is string => Boolean(m));
  if (missing.length)
    throw InputError.field(
      'mapping',
      'REQUIRED',
      `The mapping needs a column for ${missing.join(' and ')}`,
      { missing: missing.join(', ') },
      'MAPPING_INCOMPLETE',
    );
  if (sheet.rows.length > MAX_STATEMENT_LINES)
    throw InputError.field('file', 'TOO_LONG', `At most ${MAX_STATEMENT_LINES} lines per statement`, { max: MAX_STATEMENT_LINES });
  const lines: StatementLineInput[] = [];
  for (const row of sheet.rows) {
    const cell = cellReader(row.cells, sheet.headers, chosen);
    const rowError = (column: StatementField) =>
      InputError.field(
        'file',
        'INVALID',
        `Row ${row.rowNumber}: the ${column} cannot be read`,
        { row: row.rowNumber, column: chosen[column] ?? column },
        'STATEMENT_ROW_INVALID',
      );
    const date = parseStatementDate(cell('date'));
    if (!date) throw rowError('date');
    let signed: bigint | null;
    if (chosen.amount) {
      signed = parseStatementAmount(cell('amount'));
      if (signed === null) throw rowError('amount');
    } else {
      const debit = cell('debit') ? parseStatementAmount(cell('debit')) : 0n;
      const credit = cell('credit') ? parseStatementAmount(cell('credit')) : 0n;
      if (debit === null) throw rowError('debit');
      if (credit === null) throw rowError('credit');
      signed = (credit < 0n ? -credit : credit) - (debit < 0n ? -debit : debit);
    }
    // A row of zero (an opening-balance or header row some exports repeat) moves no money.
    if (signed === 0n) continue;
    const balance = cell('balance') ? parseStatementAmount(cell('balance')) : null;
    const reference = clip(cell('reference'), 100) || null;
    lines.push({ date, direction: signed > 0n ? 'IN' : 'OUT', amount: signed > 0n ? signed : -signed, remark: clip(cell('remark')), reference, balance });
  }
  if (lines.length === 0) throw InputError.field('file', 'REQUIRED', 'The statement has no lines that move money');
  return { format: 'CSV', account: null, lines };
}

/**
 * Each line's fingerprint: the account and what the line says, and how many identical lines came
 * before it in the file (two equal transfers on one day are two lines, and stay two on a re-upload).
 */
export function fingerprints(officeId: number, account: string, lines: StatementLineInput[]): string[] {
  const seen = new Map<string, number>();
  return lines.map((l) => {
    const base = [officeId, account, l.date, l.direction, l.amount, l.reference ?? '', l.remark].join('|');
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return createHash('sha256').update(`${base}|${n}`).digest('hex');
  });
}
