/**
 * The matching rules, in order, as a pure function of a line and the open items it may pay:
 * (a) an invoice number or a loan's number / virtual account in the remark or reference;
 * (b) a receivable's amount due plus its unique amount code, exactly, one candidate only;
 * (c) the payer's name in the remark and the exact amount due, one candidate only;
 * (d) an amount within the tolerance and a date within the window: a proposal, never posted alone.
 * A rule finding two candidates finds none: a wrong match is worse than a line left for a person.
 */
import { daysBetween, moneyToDecimal, referenceKey, uniqueAmountCode } from '@prospek/shared';
import type { FollowUpReason, FollowUpReasonParams, MatchRule, MatchTargetKind, StatementDirection } from '@prospek/shared';

export interface OpenItem {
  kind: MatchTargetKind;
  id: number;
  /** Numbers that name it in a remark (an invoice number; a loan's own number and virtual account), as reference keys. */
  keys: string[];
  label: string;
  clientId: number | null;
  /** The client's or the supplier's name, for rule (c). */
  payer: string;
  officerId: number | null;
  /** What is due now: an invoice's open amount, a loan's arrears or next installment (minor units). */
  due: bigint;
  dueDate: string;
}

export interface LineFacts {
  direction: StatementDirection;
  amount: bigint;
  date: string;
  remark: string;
  reference: string | null;
}

export interface Mismatch {
  code: FollowUpReason;
  params: FollowUpReasonParams;
}

export type Decision =
  | { kind: 'AUTO'; rule: MatchRule; item: OpenItem; mismatch: Mismatch | null }
  | { kind: 'PROPOSE'; rule: MatchRule; item: OpenItem }
  | { kind: 'NO_INVOICE'; clientId: number; officerId: number | null; payer: string }
  | { kind: 'NONE' };

export interface KnownClient {
  id: number;
  name: string;
  officerId: number | null;
}

export interface RuleSettings {
  /** Minor units. */
  tolerance: bigint;
  windowDays: number;
}

/** Words of a name or remark, upper case, without punctuation and the legal forms every company shares. */
const NOISE = new Set(['PT', 'CV', 'TBK', 'UD', 'PD', 'KOPERASI', 'BAPAK', 'IBU', 'BPK', 'SDR', 'TRF', 'TRANSFER', 'DARI', 'KE', 'BAYAR', 'PEMBAYARAN']);
export function nameWords(text: string): string[] {
  return text
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter((w) => w.length > 1 && !NOISE.has(w));
}

/** Whether every word of the name appears in the remark (names of one word need three letters or more). */
function names(remarkWords: Set<string>, payer: string): boolean {
  const words = nameWords(payer);
  if (words.length === 0 || (words.length === 1 && words[0].length < 3)) return false;
  return words.every((w) => remarkWords.has(w));
}

const kindsOf = (direction: StatementDirection): MatchTargetKind[] => (direction === 'IN' ? ['RECEIVABLE', 'LOAN'] : ['PAYABLE']);

/** What disagrees between a line and the item it pays, if anything. */
export function mismatchOf(line: Pick<LineFacts, 'amount' | 'date'>, item: OpenItem, expected: bigint = item.due): Mismatch | null {
  const base = { target: item.label, expected: moneyToDecimal(expected), paid: moneyToDecimal(line.amount) };
  if (line.amount < expected) return { code: 'AMOUNT_SHORT', params: { ...base, difference: moneyToDecimal(expected - line.amount) } };
  // Paying a loan ahead is allowed; an invoice paid over leaves the client a credit to settle.
  if (line.amount > expected && item.kind !== 'LOAN') return { code: 'AMOUNT_OVER', params: { ...base, difference: moneyToDecimal(line.amount - expected) } };
  if (item.kind !== 'LOAN' && line.date > item.dueDate)
    return { code: 'PAID_LATE', params: { target: item.label, dueDate: item.dueDate, paidDate: line.date } };
  return null;
}

/** The open items by what finds them: built once per statement, read for every line. */
export class CandidateIndex {
  private readonly byKey = new Map<string, OpenItem[]>();
  private readonly byAmount = new Map<bigint, OpenItem[]>();
  private readonly byCodedAmount = new Map<bigint, OpenItem[]>();
  /** Per kind, sorted by amount due, for the tolerance search. */
  private readonly sorted = new Map<MatchTargetKind, Array<{ due: bigint; item: OpenItem }>>();
  private readonly clientsByWord = new Map<string, KnownClient[]>();

  constructor(items: OpenItem[], clients: KnownClient[]) {
    const push = <K>(map: Map<K, OpenItem[]>, key: K, item: OpenItem) => {
      const list = map.get(key);
      if (list) list.push(item);
      else map.set(key, [item]);
    };
    for (const item of items) {
      if (item.due <= 0n) continue;
      for (const key of item.keys) if (key.length >= 6) push(this.byKey, key, item);
      push(this.byAmount, item.due, item);
      if (item.kind === 'RECEIVABLE') push(this.byCodedAmount, item.due + BigInt(uniqueAmountCode(item.id)) * 100n, item);
      const list = this.sorted.get(item.kind) ?? [];
      list.push({ due: item.due, item });
      this.sorted.set(item.kind, list);
    }
    for (const list of this.sorted.values()) list.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.item.id - b.item.id));
    for (const client of clients) {
      const words = nameWords(client.name);
      const longest = words.sort((a, b) => b.length - a.length)[0];
      if (!longest) continue;
      const list = this.clientsByWord.get(longest) ?? [];
      list.push(client);
      this.clientsByWord.set(longest, list);
    }
  }

  decide(line: LineFacts, settings: RuleSettings): Decision {
    const kinds = kindsOf(line.direction);
    const fits = (item: OpenItem) => kinds.includes(item.kind);
    const text = `${line.reference ?? ''} ${line.remark}`;
    const remarkWords = new Set(nameWords(text));

    // (a) A number in the remark: each token as written, and runs of tokens a bank split with spaces.
    const tokens = text.split(/[\s,;:]+/).filter(Boolean);
    const referenced = new Map<string, OpenItem>();
    for (let i = 0; i < tokens.length; i++)
      for (let n = 1; n <= 4 && i + n <= tokens.length; n++)
        for (const item of this.byKey.get(referenceKey(tokens.slice(i, i + n).join(''))) ?? [])
          if (fits(item) && item.due > 0n) referenced.set(`${item.kind}:${item.id}`, item);
    if (referenced.size === 1) {
      const item = [...referenced.values()][0];
      return { kind: 'AUTO', rule: 'REFERENCE', item, mismatch: mismatchOf(line, item) };
    }
    if (referenced.size > 1) return this.proposeAmong([...referenced.values()], line) ?? { kind: 'NONE' };

    // (b) The unique amount code.
    if (line.direction === 'IN') {
      const coded = (this.byCodedAmount.get(line.amount) ?? []).filter((item) => item.due + BigInt(uniqueAmountCode(item.id)) * 100n === line.amount);
      if (coded.length === 1) {
        const item = coded[0];
        const late = line.date > item.dueDate ? mismatchOf({ amount: item.due, date: line.date }, item) : null;
        return { kind: 'AUTO', rule: 'AMOUNT_CODE', item, mismatch: late };
      }
    }

    // (c) The payer's name and the exact amount.
    const named = (this.byAmount.get(line.amount) ?? []).filter((item) => fits(item) && item.due === line.amount && names(remarkWords, item.payer));
    if (named.length === 1) return { kind: 'AUTO', rule: 'CLIENT_AMOUNT', item: named[0], mismatch: mismatchOf(line, named[0]) };

    // (d) Close in amount and date: a proposal.
    const near: OpenItem[] = [];
    for (const kind of kinds) near.push(...this.within(kind, line.amount, settings.tolerance));
    const inWindow = near.filter((item) => item.due > 0n && Math.abs(daysBetween(item.dueDate, line.date)) <= settings.windowDays);
    const proposal = this.proposeAmong(inWindow, line, remarkWords);
    if (proposal) return proposal;

    // Money from a client the remark names, with nothing open that it fits.
    if (line.direction === 'IN') {
      const clients = this.clientsNamed(remarkWords);
      if (clients.length === 1) return { kind: 'NO_INVOICE', clientId: clients[0].id, officerId: clients[0].officerId, payer: clients[0].name };
    }
    return { kind: 'NONE' };
  }

  /**
   * Takes a posted amount off an item: later lines of the statement see what it still owes. (The
   * indexes keep the amount it was found by; every lookup checks the amount still due.)
   */
  paid(item: OpenItem, amount: bigint): void {
    item.due = item.due > amount ? item.due - amount : 0n;
  }

  /** The best of several candidates as a proposal: the one the remark names, else the closest amount, then date. */
  private proposeAmong(items: OpenItem[], line: LineFacts, words?: Set<string>): Decision | null {
    if (items.length === 0) return null;
    const distance = (item: OpenItem) => (item.due > line.amount ? item.due - line.amount : line.amount - item.due);
    const score = (item: OpenItem) => [
      words && names(words, item.payer) ? 0 : 1,
      distance(item),
      BigInt(Math.abs(daysBetween(item.dueDate, line.date))),
      BigInt(item.id),
    ];
    const best = [...items].sort((a, b) => {
      const [x, y] = [score(a), score(b)];
      for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
      return 0;
    })[0];
    return { kind: 'PROPOSE', rule: 'TOLERANCE', item: best };
  }

  private within(kind: MatchTargetKind, amount: bigint, tolerance: bigint): OpenItem[] {
    const list = this.sorted.get(kind) ?? [];
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].due < amount - tolerance) lo = mid + 1;
      else hi = mid;
    }
    const out: OpenItem[] = [];
    for (let i = lo; i < list.length && list[i].due <= amount + tolerance; i++) {
      const item = list[i].item;
      if (item.due >= amount - tolerance && item.due <= amount + tolerance) out.push(item);
    }
    return out;
  }

  private clientsNamed(words: Set<string>): KnownClient[] {
    const found = new Map<number, KnownClient>();
    for (const word of words) for (const client of this.clientsByWord.get(word) ?? []) if (names(words, client.name)) found.set(client.id, client);
    return [...found.values()];
  }
}
