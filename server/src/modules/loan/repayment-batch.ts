/**
 * A repayment file posted at once (a bank's daily file from its core system): many payments, each with
 * its own idempotency key and answer. The payments are grouped per loan and posted in chunks of whole
 * loans, each chunk one transaction holding its loans' row locks: the payments, their postings, the
 * replay of each loan's ledger from its installments and standing payments (the shared engine, as a
 * single posting replays), the changed allocations, installments and figures, the ledger's followers and
 * the kept answers are written a few statements for the whole chunk. A payment is refused for the reason
 * a single posting would refuse it (in file order, so a payment after the one settling its loan is
 * refused as the loan is closed); a malformed file is refused whole and writes nothing.
 */
import { In } from 'typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { IDEMPOTENCY_KEY_MAX_LENGTH, isBusinessDate, isIdempotencyKey, moneyToDecimal, parseMoney, replayLedger } from '@prospek/shared';
import type { FieldError } from '@prospek/shared';
import { toBusinessDate } from '../../db/columns.js';
import { isMysql } from '../../db/data-source.js';
import { dialectOf } from '../../db/sql.js';
import type { Dialect } from '../../db/sql.js';
import type { AuditInput, TransactionRunner, Tx } from '../../db/transaction.js';
import { InputError } from '../../errors.js';
import type { AccessService } from '../access/access.service.js';
import { canReadClient } from '../access/scope.js';
import type { Scope } from '../access/scope.js';
import { IDEMPOTENCY_KEY_TTL_MS, requestHash } from '../idempotency/idempotency.service.js';
import { IdempotencyKey } from '../idempotency/idempotency-key.entity.js';
import { officeTimeZones } from '../office/office-zone.js';
import type { User } from '../user/user.entity.js';
import { LoanGradeChange } from './collectibility.entity.js';
import type { CollectibilityRuleSet } from './collectibility.entity.js';
import type { CollectionTerms } from './collectibility.service.js';
import { allocationChanges } from './loan-ledger.store.js';
import type { ChunkStep, LoanLedgerStore } from './loan-ledger.store.js';
import { derivePosition, gradeChangeOf, gradeOf, positionValues } from './loan-position.js';
import type { PositionFigures } from './loan-position.js';
import { writeLoanPositions } from './loan-position-run.js';
import type { StoredInstallment } from './loan-position-run.js';
import { Loan } from './loan.entity.js';
import { parseLoanId } from './loan.service.js';
import type { LoanService } from './loan.service.js';
import { LoanAllocation } from './repayment.entity.js';
import { REPAYMENT_CHANNELS } from './repayment.entity.js';
import type { RepaymentChannel } from './repayment.entity.js';
import { LoanScheduleVersion } from './restructure.entity.js';

/** At most this many payments a call; a larger file is sent in several. */
export const MAX_BATCH_REPAYMENTS = 1000;
/** Payments a transaction posts (whole loans, so a loan with more payments makes a larger chunk). */
const CHUNK = 250;
/** The kept answers of this operation are per payment, under the payment's own key. */
export const BATCH_OPERATION = 'postRepayments';
/** A chunk that lost a race for a key or a lock is posted again (it then replays the winner's answers). */
const ATTEMPTS = 5;

export interface BatchRepaymentItem {
  key: string;
  loanId: string;
  amount: bigint;
  valueDate: string;
  channel: RepaymentChannel;
  reference?: string | null;
}

/** What one payment of the file came to; a posted payment's answer is kept and a retry gets it again. */
export interface BatchRepaymentOutcome {
  key: string;
  outcome: 'POSTED' | 'REPLAYED' | 'REFUSED';
  repaymentId: string | null;
  loanId: string;
  /** The loan's figures once its payments of the file's chunk were posted. */
  loan: {
    outstandingPrincipal: bigint;
    arrears: bigint;
    creditBalance: bigint;
    daysPastDue: number;
    collectibility: number;
    status: Loan['status'];
  } | null;
  error: { code: string; field: string; message: string } | null;
}

interface Item extends BatchRepaymentItem {
  index: number;
  loanNumber: number;
  reference: string | null;
  hash: string;
}

interface StoredRepayment {
  id: number;
  amount: bigint;
  valueDate: string;
  reversed: boolean;
}

const big = (value: unknown) => BigInt(value as string);
const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/** The kept answer of a posted payment: money as decimal strings. */
function keptAnswer(o: BatchRepaymentOutcome): string {
  const loan = o.loan!;
  return JSON.stringify({
    repaymentId: o.repaymentId,
    loanId: o.loanId,
    outstandingPrincipal: moneyToDecimal(loan.outstandingPrincipal),
    arrears: moneyToDecimal(loan.arrears),
    creditBalance: moneyToDecimal(loan.creditBalance),
    daysPastDue: loan.daysPastDue,
    collectibility: loan.collectibility,
    status: loan.status,
  });
}

function replayedAnswer(key: string, response: string): BatchRepaymentOutcome {
  const a = JSON.parse(response) as Record<string, string | number>;
  return {
    key,
    outcome: 'REPLAYED',
    repaymentId: String(a.repaymentId),
    loanId: String(a.loanId),
    loan: {
      outstandingPrincipal: parseMoney(String(a.outstandingPrincipal)),
      arrears: parseMoney(String(a.arrears)),
      creditBalance: parseMoney(String(a.creditBalance)),
      daysPastDue: Number(a.daysPastDue),
      collectibility: Number(a.collectibility),
      status: a.status as Loan['status'],
    },
    error: null,
  };
}

function isRetryable(error: unknown): boolean {
  const code = (error as { code?: string; driverError?: { code?: string } }).driverError?.code ?? (error as { code?: string }).code;
  return code === 'ER_DUP_ENTRY' || code === 'ER_LOCK_DEADLOCK' || code === 'ER_LOCK_WAIT_TIMEOUT';
}

export class RepaymentBatchService {
  private readonly dialect: Dialect;

  constructor(
    dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly access: AccessService,
    private readonly loans: LoanService,
    private readonly ledger: LoanLedgerStore,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.dialect = dialectOf(dataSource);
  }

  /** Checks every payment of the file (BAD_USER_INPUT for any malformed one, nothing written), then posts in chunks. */
  async post(actor: User, items: readonly BatchRepaymentItem[]): Promise<BatchRepaymentOutcome[]> {
    const checked = this.check(items);
    const scope = await this.access.scope(actor);
    const byLoan = new Map<number, Item[]>();
    for (const item of checked) {
      if (!byLoan.has(item.loanNumber)) byLoan.set(item.loanNumber, []);
      byLoan.get(item.loanNumber)!.push(item);
    }
    const outcomes = new Array<BatchRepaymentOutcome>(checked.length);
    let chunk: number[] = [];
    let size = 0;
    const flush = async () => {
      if (chunk.length === 0) return;
      const ids = chunk.sort((a, b) => a - b);
      chunk = [];
      size = 0;
      for (let attempt = 1; ; attempt++) {
        try {
          const done = await this.transactions.run((tx) => this.postChunk(tx, actor, scope, ids, byLoan));
          for (const o of done) outcomes[o.index] = o.outcome;
          return;
        } catch (error) {
          if (attempt >= ATTEMPTS || !isRetryable(error)) throw error;
        }
      }
    };
    for (const [loanId, group] of byLoan) {
      chunk.push(loanId);
      size += group.length;
      if (size >= CHUNK) await flush();
    }
    await flush();
    return outcomes;
  }

  private check(items: readonly BatchRepaymentItem[]): Item[] {
    const today = this.loans.todayAnywhere();
    const errors: FieldError[] = [];
    if (items.length === 0) errors.push({ field: 'items', code: 'REQUIRED', message: 'Send at least one payment' });
    if (items.length > MAX_BATCH_REPAYMENTS) {
      errors.push({ field: 'items', code: 'TOO_LONG', message: `At most ${MAX_BATCH_REPAYMENTS} payments a call`, params: { max: MAX_BATCH_REPAYMENTS } });
    }
    if (errors.length > 0) throw new InputError(errors);
    const keys = new Set<string>();
    const checked = items.map((input, index) => {
      const at = (name: string) => `items.${index}.${name}`;
      if (!isIdempotencyKey(input.key)) {
        errors.push({ field: at('key'), code: 'INVALID', message: `key must be 1 to ${IDEMPOTENCY_KEY_MAX_LENGTH} printable ASCII characters` });
      } else if (keys.has(input.key)) errors.push({ field: at('key'), code: 'DUPLICATE', message: 'Each payment of the file needs its own key' });
      keys.add(input.key);
      const loanNumber = parseLoanId(at('loanId'), input.loanId);
      if (loanNumber === null) errors.push({ field: at('loanId'), code: 'INVALID', message: 'loanId is not an id' });
      if (input.amount <= 0n) errors.push({ field: at('amount'), code: 'AMOUNT_NOT_POSITIVE', message: 'amount must be more than zero' });
      if (!isBusinessDate(input.valueDate)) errors.push({ field: at('valueDate'), code: 'DATE_INVALID', message: 'valueDate must be YYYY-MM-DD' });
      else if (input.valueDate > today)
        errors.push({ field: at('valueDate'), code: 'DATE_INVALID', message: 'valueDate is in the future', params: { max: today } });
      if (!REPAYMENT_CHANNELS.includes(input.channel)) errors.push({ field: at('channel'), code: 'INVALID', message: 'Unknown channel' });
      const reference = input.reference?.trim() || null;
      if (reference && reference.length > 100) {
        errors.push({ field: at('reference'), code: 'TOO_LONG', message: 'reference must be at most 100 characters', params: { max: 100 } });
      }
      // What the key stands for: a retry with the key and another payment is refused.
      const hash = requestHash(BATCH_OPERATION, null, {
        loanId: input.loanId,
        amount: moneyToDecimal(input.amount),
        valueDate: input.valueDate,
        channel: input.channel,
        reference,
      });
      return { ...input, index, loanNumber: loanNumber ?? 0, reference, hash };
    });
    if (errors.length > 0) throw new InputError(errors);
    return checked;
  }

  private async postChunk(
    tx: Tx,
    actor: User,
    scope: Scope,
    loanIds: number[],
    byLoan: Map<number, Item[]>,
  ): Promise<Array<{ index: number; outcome: BatchRepaymentOutcome }>> {
    const m = tx.manager;
    const q = this.dialect.id;
    // The loans' locks first, in id order: a posting reads each loan's latest figures, and two files take turns.
    await m.query(`SELECT ${q('id')} FROM ${q('loan')} WHERE ${q('id')} IN (${marks(loanIds.length)}) ORDER BY ${q('id')}${this.dialect.forUpdate}`, loanIds);
    const loans = new Map((await m.find(Loan, { where: { id: In(loanIds) } })).map((l) => [l.id, l]));
    const items = loanIds.flatMap((id) => byLoan.get(id)!);
    const done: Array<{ index: number; outcome: BatchRepaymentOutcome }> = [];
    const refuse = (item: Item, code: string, field: string, message: string) =>
      done.push({
        index: item.index,
        outcome: { key: item.key, outcome: 'REFUSED', repaymentId: null, loanId: item.loanId, loan: null, error: { code, field, message } },
      });

    // Keys answered before: the kept answer again; a key of another payment is refused.
    const held = await m.find(IdempotencyKey, { where: { userId: actor.id, operation: BATCH_OPERATION, key: In(items.map((i) => i.key)) } });
    const expired = held.filter((k) => this.clock().getTime() - k.createdAt.getTime() >= IDEMPOTENCY_KEY_TTL_MS);
    if (expired.length > 0) await m.delete(IdempotencyKey, { id: In(expired.map((k) => k.id)) });
    const answered = new Map(held.filter((k) => !expired.includes(k)).map((k) => [k.key, k]));

    const visible = [...loans.values()].filter((l) => canReadClient(scope, l));
    const ids = visible.map((l) => l.id);
    const zones = await officeTimeZones(
      m,
      visible.map((l) => l.officeId),
    );
    const todayOf = (loan: Loan) => this.loans.todayIn(zones.get(loan.officeId) ?? 'Asia/Jakarta');
    const restructured = visible.filter((l) => l.scheduleVersion > 1);
    const versions = new Map(
      (restructured.length ? await m.find(LoanScheduleVersion, { where: { loanId: In(restructured.map((l) => l.id)) } }) : [])
        .filter((v) => v.version === loans.get(v.loanId)?.scheduleVersion)
        .map((v) => [v.loanId, v]),
    );
    const terms = new Map<number, CollectionTerms>();
    for (const productId of new Set(visible.map((l) => l.productId))) terms.set(productId, await this.ledger.collectibility.termsOf(m, productId));
    const installments = await this.installmentsOf(m, ids);
    const repayments = await this.repaymentsOf(m, ids, loans);

    // Each payment checked as a single posting checks it, in file order per loan.
    const accepted = new Map<number, Item[]>();
    for (const loanId of loanIds) {
      const loan = loans.get(loanId);
      const group = byLoan.get(loanId)!;
      const standing = (repayments.get(loanId) ?? []).filter((r) => !r.reversed);
      const schedule = installments.get(loanId) ?? [];
      const owed = schedule.reduce((sum, r) => sum + r.principal + r.interest, 0n);
      let paid = standing.reduce((sum, r) => sum + r.amount, 0n);
      let status = loan?.status;
      const mine: Item[] = [];
      for (const item of group) {
        const kept = answered.get(item.key);
        if (kept) {
          if (kept.requestHash !== item.hash)
            refuse(item, 'CONFLICT', 'key', 'This key was already used for a different payment; use a new key for a new payment');
          else if (kept.status !== 'DONE' || kept.response === null)
            refuse(item, 'CONFLICT', 'key', 'This payment was posted already; its answer was not kept');
          else done.push({ index: item.index, outcome: replayedAnswer(item.key, kept.response) });
          continue;
        }
        if (!loan || !canReadClient(scope, loan)) {
          refuse(item, 'NOT_ALLOWED', 'loanId', 'loanId is not a loan you may post to');
          continue;
        }
        const recovery = loan.status === 'WRITTEN_OFF';
        const officeToday = todayOf(loan);
        const version = versions.get(loan.id);
        if (item.valueDate < loan.disbursementDate)
          refuse(item, 'DATE_INVALID', 'valueDate', `valueDate is before the disbursement on ${loan.disbursementDate}`);
        else if (status !== 'ACTIVE' && status !== 'RESTRUCTURED' && !recovery) refuse(item, 'NOT_ALLOWED', 'loanId', `The loan is ${status}`);
        else if (recovery && loan.closedDate && item.valueDate < loan.closedDate)
          refuse(item, 'DATE_INVALID', 'valueDate', `valueDate is before the write-off on ${loan.closedDate}`);
        else if (version && item.valueDate < version.effectiveDate)
          refuse(item, 'DATE_INVALID', 'valueDate', `valueDate is before the restructuring on ${version.effectiveDate}`);
        else if (item.valueDate > officeToday) refuse(item, 'DATE_INVALID', 'valueDate', 'valueDate is in the future');
        else {
          mine.push(item);
          paid += item.amount;
          // Paid in full only once the payments reach what the schedule owes; then the replay says whether it settled.
          if (!recovery && paid >= owed) {
            const trial = replayLedger(
              schedule,
              [...standing, ...mine.map((i, n) => ({ id: -1 - n, amount: i.amount, valueDate: i.valueDate }))],
              terms.get(loan.productId)!,
              officeToday,
            );
            if (derivePosition(loan, trial, [], terms.get(loan.productId)!, officeToday).status === 'CLOSED') status = 'CLOSED';
          }
        }
      }
      if (mine.length > 0) accepted.set(loanId, mine);
    }
    if (accepted.size === 0) return done;

    // The payments and their postings, one multi-row statement each.
    const posted = [...accepted.entries()].flatMap(([loanId, group]) => group.map((item) => ({ loan: loans.get(loanId)!, item })));
    const repaymentIds = await this.insertRows(
      m,
      'loan_repayment',
      ['loanId', 'amount', 'valueDate', 'channel', 'reference', 'reversed', 'recovery', 'scheduleVersion', 'postedById'],
      posted.map(({ loan, item }) => [
        loan.id,
        String(item.amount),
        item.valueDate,
        item.channel,
        item.reference,
        false,
        loan.status === 'WRITTEN_OFF',
        loan.scheduleVersion,
        actor.id,
      ]),
    );
    const replayFrom = new Map<number, string>();
    for (const { loan, item } of posted) {
      const from = replayFrom.get(loan.id);
      if (from === undefined || item.valueDate < from) replayFrom.set(loan.id, item.valueDate);
    }
    const postingIds = await this.insertRows(
      m,
      'loan_posting',
      ['loanId', 'kind', 'repaymentId', 'replayFrom', 'actorId'],
      posted.map(({ loan }, n) => [loan.id, 'REPAYMENT', repaymentIds[n], replayFrom.get(loan.id)!, actor.id]),
    );
    const audits: AuditInput[] = posted.map(({ loan, item }, n) => ({
      entityType: 'Loan',
      entityId: loan.id,
      action: 'repayment',
      actorId: actor.id,
      after: {
        repaymentId: repaymentIds[n],
        amount: item.amount,
        valueDate: item.valueDate,
        channel: item.channel,
        reference: item.reference,
        ...(loan.status === 'WRITTEN_OFF' ? { recovery: true } : {}),
      },
    }));
    await tx.auditAll(audits);

    // Each loan replayed once over its standing payments, the new ones included.
    const allocations = await this.allocationsOf(m, [...accepted.keys()]);
    const entryRows: Array<Omit<LoanAllocation, 'id'>> = [];
    const moved: Parameters<LoanLedgerStore['writeInstallments']>[1] = [];
    const positions: Array<{ id: number; p: PositionFigures; grade: number }> = [];
    const history: Array<NonNullable<ReturnType<typeof gradeChangeOf>>> = [];
    const steps: ChunkStep[] = [];
    const rules = new Map<string, CollectibilityRuleSet>();
    const answers = new Map<number, BatchRepaymentOutcome['loan']>();
    let n = 0;
    for (const [loanId, group] of accepted) {
      const loan = loans.get(loanId)!;
      const asOf = todayOf(loan);
      const loanTerms = terms.get(loan.productId)!;
      const schedule = installments.get(loanId) ?? [];
      const ofSchedule = repayments.get(loanId) ?? [];
      const fresh = group.map((item) => ({ id: repaymentIds[n++], amount: item.amount, valueDate: item.valueDate, reversed: false }));
      const standing = [...ofSchedule.filter((r) => !r.reversed), ...fresh];
      const result = replayLedger(schedule, standing, loanTerms, asOf);
      const ofVersion = new Set([...ofSchedule, ...fresh].map((r) => r.id));
      const postingId = postingIds[n - 1];
      for (const row of allocationChanges(
        loanId,
        (allocations.get(loanId) ?? []).filter((e) => ofVersion.has(e.repaymentId)),
        result.entries,
      ))
        entryRows.push({ ...row, postingId });
      for (const position of result.installments) {
        const row = schedule[position.number - 1];
        const same =
          row.paidPrincipal === position.paidPrincipal &&
          row.paidInterest === position.paidInterest &&
          row.penalty === position.penaltyCharged &&
          row.paidPenalty === position.paidPenalty &&
          row.paidDate === position.paidOn;
        if (!same) moved.push({ id: row.id, position });
      }
      const scheduled = schedule.reduce((sum, row) => sum + row.principal, 0n);
      const p = derivePosition(loan, result, standing, loanTerms, asOf, scheduled);
      if (!rules.has(asOf)) rules.set(asOf, await this.ledger.collectibility.rulesFor(m, asOf));
      const ruleSet = rules.get(asOf)!;
      const grade = gradeOf(p, ruleSet);
      const change = gradeChangeOf(loan, p, grade, ruleSet);
      if (change) history.push(change);
      positions.push({ id: loanId, p, grade });
      const values = positionValues(p, grade);
      const after = Object.assign(new Loan(), loan, values, { version: loan.version + 1, updatedAt: new Date() });
      steps.push({
        before: loan,
        after,
        change: { kind: 'REPAYMENT', repaymentId: fresh[fresh.length - 1].id, replayFrom: replayFrom.get(loanId)!, actorId: actor.id },
        asOf,
      });
      answers.set(loanId, {
        outstandingPrincipal: after.outstandingPrincipal,
        arrears: after.arrears,
        creditBalance: after.creditBalance,
        daysPastDue: after.daysPastDue,
        collectibility: after.collectibility,
        status: after.status,
      });
    }
    for (let i = 0; i < entryRows.length; i += 500) await m.insert(LoanAllocation, entryRows.slice(i, i + 500));
    await this.ledger.writeInstallments(m, moved);
    for (let i = 0; i < history.length; i += 200) await m.insert(LoanGradeChange, history.slice(i, i + 200));
    await writeLoanPositions(m, this.dialect, positions);
    await this.ledger.tellFollowersOfChunk(tx, steps);

    // The answers kept under their keys, with the writes: a key taken meanwhile by another file fails the chunk, which then replays.
    const now = this.clock();
    const keyRows: Array<Omit<IdempotencyKey, 'id'>> = [];
    posted.forEach(({ loan, item }, i) => {
      const outcome: BatchRepaymentOutcome = {
        key: item.key,
        outcome: 'POSTED',
        repaymentId: String(repaymentIds[i]),
        loanId: item.loanId,
        loan: answers.get(loan.id)!,
        error: null,
      };
      done.push({ index: item.index, outcome });
      keyRows.push({
        userId: actor.id,
        operation: BATCH_OPERATION,
        key: item.key,
        requestHash: item.hash,
        status: 'DONE',
        response: keptAnswer(outcome),
        createdAt: now,
      });
    });
    for (let i = 0; i < keyRows.length; i += 500) await m.insert(IdempotencyKey, keyRows.slice(i, i + 500));
    return done;
  }

  /** Inserts rows in one statement per five hundred; the new ids in order (an insert's ids are consecutive). */
  private async insertRows(m: EntityManager, table: string, columns: string[], rows: unknown[][]): Promise<number[]> {
    const q = this.dialect.id;
    const ids: number[] = [];
    for (let i = 0; i < rows.length; i += 500) {
      const slice = rows.slice(i, i + 500);
      const values = slice.map(() => `(${marks(columns.length)})`).join(', ');
      const params = slice.flat().map((v) => (typeof v === 'boolean' ? (v ? 1 : 0) : v));
      await m.query(`INSERT INTO ${q(table)} (${columns.map(q).join(', ')}) VALUES ${values}`, params);
      // MySQL: the first id of the statement; SQLite: the last.
      const [{ id }] = await m.query(isMysql(m.connection) ? 'SELECT LAST_INSERT_ID() AS id' : 'SELECT last_insert_rowid() AS id');
      const first = isMysql(m.connection) ? Number(id) : Number(id) - slice.length + 1;
      for (let k = 0; k < slice.length; k++) ids.push(first + k);
    }
    return ids;
  }

  private async installmentsOf(m: EntityManager, ids: number[]): Promise<Map<number, StoredInstallment[]>> {
    const q = this.dialect.id;
    const byLoan = new Map<number, StoredInstallment[]>();
    if (ids.length === 0) return byLoan;
    const rows: Array<Record<string, unknown>> = await m.query(
      `SELECT ${['id', 'loanId', 'number', 'dueDate', 'principal', 'interest', 'paidPrincipal', 'paidInterest', 'penalty', 'paidPenalty', 'paidDate'].map(q).join(', ')}
       FROM ${q('loan_installment')} WHERE ${q('loanId')} IN (${marks(ids.length)}) ORDER BY ${q('loanId')}, ${q('number')}`,
      ids,
    );
    for (const r of rows) {
      const loanId = Number(r.loanId);
      if (!byLoan.has(loanId)) byLoan.set(loanId, []);
      byLoan.get(loanId)!.push({
        id: Number(r.id),
        number: Number(r.number),
        dueDate: toBusinessDate(r.dueDate as string | Date) as string,
        principal: big(r.principal),
        interest: big(r.interest),
        paidPrincipal: big(r.paidPrincipal),
        paidInterest: big(r.paidInterest),
        penalty: big(r.penalty),
        paidPenalty: big(r.paidPenalty),
        paidDate: toBusinessDate(r.paidDate as string | Date | null),
      });
    }
    return byLoan;
  }

  /** Each loan's repayments under the schedule in force, reversed ones too (their entries stay the version's). */
  private async repaymentsOf(m: EntityManager, ids: number[], loans: Map<number, Loan>): Promise<Map<number, StoredRepayment[]>> {
    const q = this.dialect.id;
    const byLoan = new Map<number, StoredRepayment[]>();
    if (ids.length === 0) return byLoan;
    const rows: Array<Record<string, unknown>> = await m.query(
      `SELECT ${q('id')}, ${q('loanId')}, ${q('amount')}, ${q('valueDate')}, ${q('reversed')}, ${q('scheduleVersion')}
       FROM ${q('loan_repayment')} WHERE ${q('loanId')} IN (${marks(ids.length)}) ORDER BY ${q('id')}`,
      ids,
    );
    for (const r of rows) {
      const loanId = Number(r.loanId);
      if (Number(r.scheduleVersion) !== loans.get(loanId)!.scheduleVersion) continue;
      if (!byLoan.has(loanId)) byLoan.set(loanId, []);
      byLoan.get(loanId)!.push({
        id: Number(r.id),
        amount: big(r.amount),
        valueDate: toBusinessDate(r.valueDate as string | Date) as string,
        reversed: Boolean(Number(r.reversed)),
      });
    }
    return byLoan;
  }

  private async allocationsOf(m: EntityManager, ids: number[]) {
    const q = this.dialect.id;
    const rows: Array<Record<string, unknown>> = await m.query(
      `SELECT ${q('loanId')}, ${q('repaymentId')}, ${q('installmentNumber')}, ${q('component')}, ${q('amount')}
       FROM ${q('loan_allocation')} WHERE ${q('loanId')} IN (${marks(ids.length)})`,
      ids,
    );
    const byLoan = new Map<number, Array<Pick<LoanAllocation, 'repaymentId' | 'installmentNumber' | 'component' | 'amount'>>>();
    for (const r of rows) {
      const loanId = Number(r.loanId);
      if (!byLoan.has(loanId)) byLoan.set(loanId, []);
      byLoan.get(loanId)!.push({
        repaymentId: Number(r.repaymentId),
        installmentNumber: Number(r.installmentNumber),
        component: r.component as LoanAllocation['component'],
        amount: big(r.amount),
      });
    }
    return byLoan;
  }
}
