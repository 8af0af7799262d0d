/**
 * A reader of SWIFT MT940 customer statements as Indonesian banks export them: the reference (:20:),
 * account (:25:), statement number (:28C:), opening balance (:60F:/:60M:), transactions (:61: with
 * their information :86:) and closing balance (:62F:/:62M:). Several statements in one file are read as
 * one run; the balances must agree with the transactions between them.
 */
import { InputError } from '../../errors.js';
import type { StatementDirection } from '@prospek/shared';

export interface Mt940Line {
  date: string;
  direction: StatementDirection;
  /** Minor units, positive. */
  amount: bigint;
  reference: string | null;
  remark: string;
}

export interface Mt940Balance {
  date: string;
  /** Minor units, signed (a debit balance is negative). */
  amount: bigint;
  currency: string;
}

export interface Mt940Statement {
  reference: string;
  account: string;
  statementNumber: string | null;
  opening: Mt940Balance;
  closing: Mt940Balance;
  lines: Mt940Line[];
}

/** Whether the text looks like MT940 rather than a table. */
export function isMt940(text: string): boolean {
  return /(^|\n)\s*:20:/.test(text) && /(^|\n)\s*:61:/.test(text) && /(^|\n)\s*:6[02][FM]:/.test(text);
}

const bad = (message: string, params?: Record<string, string | number>) => InputError.field('file', 'INVALID', message, params, 'MT940_INVALID');

function yymmdd(text: string, tag: string): string {
  const year = 2000 + Number(text.slice(0, 2));
  const iso = `${year}-${text.slice(2, 4)}-${text.slice(4, 6)}`;
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso) throw bad(`${tag} has no valid date`, { tag });
  return iso;
}

function swiftAmount(text: string, tag: string): bigint {
  const m = /^(\d{1,15}),(\d{0,2})$/.exec(text);
  if (!m) throw bad(`${tag} has no valid amount`, { tag });
  return BigInt(m[1]) * 100n + BigInt(m[2].padEnd(2, '0'));
}

function balance(value: string, tag: string): Mt940Balance {
  const m = /^([CD])(\d{6})([A-Z]{3})([\d,]+)$/.exec(value.replace(/\s+/g, ''));
  if (!m) throw bad(`${tag} is not a balance`, { tag });
  const amount = swiftAmount(m[4], tag);
  return { date: yymmdd(m[2], tag), currency: m[3], amount: m[1] === 'D' ? -amount : amount };
}

const LINE_61 = /^(\d{6})(\d{4})?(RC|RD|C|D)([A-Z])?(\d[\d,]*)([NSF][A-Z0-9]{3})([^\n]*)(?:\n([\s\S]*))?$/;

function transaction(value: string): Omit<Mt940Line, 'remark'> & { extra: string } {
  const m = LINE_61.exec(value);
  if (!m) throw bad(':61: is not a transaction line', { tag: ':61:', value: value.slice(0, 40) });
  // RC (reversal of a credit) takes money out; RD puts it back.
  const direction: StatementDirection = m[3] === 'C' || m[3] === 'RD' ? 'IN' : 'OUT';
  const [customerRef, bankRef] = m[7].split('//');
  const reference = [customerRef, bankRef].map((r) => r?.trim()).find((r) => r && r !== 'NONREF') ?? null;
  return { date: yymmdd(m[1], ':61:'), direction, amount: swiftAmount(m[5], ':61:'), reference, extra: (m[8] ?? '').trim() };
}

/** The tagged fields in order, each with its (possibly multi-line) value; SWIFT block wrappers dropped. */
function fields(text: string): Array<{ tag: string; value: string }> {
  const body = text
    .replace(/\r\n?/g, '\n')
    .replace(/\{[1-3]:[^}]*\}/g, '')
    .replace(/\{4:\s*/g, '')
    .replace(/\n?-\}\s*/g, '\n');
  const out: Array<{ tag: string; value: string }> = [];
  for (const raw of body.split('\n')) {
    const m = /^:(\d{2}[A-Z]?):(.*)$/.exec(raw.trim());
    if (m) out.push({ tag: m[1], value: m[2] });
    else if (out.length > 0 && raw.trim() !== '') out[out.length - 1].value += `\n${raw.trim()}`;
  }
  return out;
}

export function parseMt940(text: string): Mt940Statement {
  const all = fields(text);
  if (!all.some((f) => f.tag === '61')) throw bad('The statement has no :61: transactions');
  let reference: string | null = null;
  let account: string | null = null;
  let statementNumber: string | null = null;
  let opening: Mt940Balance | null = null;
  let closing: Mt940Balance | null = null;
  let running = 0n;
  const lines: Mt940Line[] = [];
  for (const { tag, value } of all) {
    switch (tag) {
      case '20':
        reference ??= value.trim();
        break;
      case '25':
        if (account !== null && account !== value.trim()) throw bad('The file holds statements of more than one account');
        account = value.trim();
        break;
      case '28C':
        statementNumber ??= value.trim();
        break;
      case '60F':
      case '60M': {
        const b = balance(value, `:${tag}:`);
        if (opening === null) {
          opening = b;
          running = b.amount;
        } else if (b.amount !== running) throw bad('An opening balance disagrees with the transactions before it', { tag: `:${tag}:` });
        break;
      }
      case '61': {
        const t = transaction(value);
        running += t.direction === 'IN' ? t.amount : -t.amount;
        lines.push({ date: t.date, direction: t.direction, amount: t.amount, reference: t.reference, remark: t.extra });
        break;
      }
      case '86': {
        const last = lines[lines.length - 1];
        if (last) last.remark = [last.remark, value.replace(/\n/g, ' ').trim()].filter(Boolean).join(' ');
        break;
      }
      case '62F':
      case '62M':
        closing = balance(value, `:${tag}:`);
        break;
    }
  }
  if (!reference) throw bad('The statement has no :20: reference');
  if (!account) throw bad('The statement has no :25: account');
  if (!opening) throw bad('The statement has no :60F: opening balance');
  if (!closing) throw bad('The statement has no :62F: closing balance');
  if (closing.amount !== running)
    throw bad('The closing balance disagrees with the opening balance and the transactions', {
      expected: closing.amount.toString(),
      computed: running.toString(),
    });
  return { reference, account, statementNumber, opening, closing, lines };
}
