/**
 * Matching a statement's lines (the background job's work, chunk by chunk) and a person's decisions
 * on the queue: confirming a proposal or picking the target, and rejecting a proposal.
 */
import { MoreThan } from 'typeorm';
import type { DataSource } from 'typeorm';
import type { JobContext } from '../../jobs/job-queue.js';
import type { ResolvedConfig } from '../../config.js';
import type { Dialect } from '../../db/sql.js';
import type { TransactionRunner } from '../../db/transaction.js';
import { AppError, InputError, NotFoundError } from '../../errors.js';
import { logger } from '../../observability/logger.js';
import type { AccessService } from '../access/access.service.js';
import { User } from '../user/user.entity.js';
import type { WriteContext } from '../write-context.js';
import { parseId } from '../write-context.js';
import { BankStatement, BankStatementLine } from './bank-statement.entity.js';
import { RECONCILIATION_BOARD, readLineCard } from './reconcile.board.js';
import { loadCandidates } from './reconcile-candidates.js';
import type { OnlyTarget } from './reconcile-candidates.js';
import type { LineChange, ReconcileMatcher } from './reconcile-matcher.js';
import { CandidateIndex, mismatchOf } from './reconcile-rules.js';
import type { OpenItem, RuleSettings } from './reconcile-rules.js';
import type { ConfirmStatementMatchInput, RejectStatementMatchInput } from './bank-statement.types.js';

export const MATCH_CHUNK = 500;
/** Loan repayments of one chunk under way at once (each its own transaction, once per line, before the chunk's). */
export const POSTING_CONCURRENCY = 8;

async function mapLimited<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const runners = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const at = next++;
      out[at] = await work(items[at]);
    }
  });
  await Promise.all(runners);
  return out;
}

export class ReconcileService {
  readonly settings: RuleSettings;

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly access: AccessService,
    private readonly dialect: Dialect,
    private readonly matcher: ReconcileMatcher,
    config: Pick<ResolvedConfig, 'reconcile'>,
  ) {
    this.settings = { tolerance: BigInt(config.reconcile.toleranceRupiah) * 100n, windowDays: config.reconcile.windowDays };
  }

  /**
   * Goes through the statement's lines not yet checked, in chunks. A chunk is one transaction: its
   * lines' payments to invoices, the lines' new states, their audit and the chunk's checkpoint commit
   * together or not at all, so a job that dies mid-chunk leaves the chunk as it found it. Loans are
   * repaid through their engine first, a transaction each, once per line (a retry answers the first).
   */
  async matchStatement(job: JobContext<{ statementId: number }>): Promise<number> {
    const repo = this.dataSource.getRepository(BankStatementLine);
    const statement = await this.dataSource.getRepository(BankStatement).findOneByOrFail({ id: job.data.statementId });
    const actor = await this.dataSource.getRepository(User).findOneByOrFail({ id: statement.uploadedById });
    const officeIds = (await this.access.tree()).subtree(statement.officeId);
    const candidates = await loadCandidates(this.dataSource.manager, this.dialect, officeIds);
    await this.withPaidBefore(statement.id, officeIds, candidates.items);
    const index = new CandidateIndex(candidates.items, candidates.clients);
    const origin = { actor, mutationId: null, action: 'matchStatementLine', emitCard: false };
    const q = this.dialect.id;
    let done = await repo.countBy({ statementId: statement.id, checked: true });
    // The next chunk is decided and written while the one before commits (two transactions at most:
    // their lines differ, their invoices are locked in id order, and the statement's row takes turns).
    let inFlight: Promise<number> | null = null;
    let after = 0;
    for (;;) {
      const lines = await repo.find({
        where: { statementId: statement.id, checked: false, id: MoreThan(after) },
        order: { id: 'ASC' },
        take: MATCH_CHUNK,
      });
      if (lines.length === 0) break;
      after = lines[lines.length - 1].id;
      const work = lines.map((line) => {
        const decision = index.decide(line, this.settings);
        const due = decision.kind === 'AUTO' ? decision.item.due : 0n;
        if (decision.kind === 'AUTO') index.paid(decision.item, line.amount);
        return { line, decision, due };
      });
      const loanChanges = new Map<number, LineChange>();
      const loanWork = work.filter((w) => w.decision.kind === 'AUTO' && w.decision.item.kind === 'LOAN');
      await mapLimited(loanWork, POSTING_CONCURRENCY, async ({ line, decision, due }) => {
        if (decision.kind !== 'AUTO') return;
        try {
          loanChanges.set(line.id, await this.matcher.posted(line, decision.item, due, decision.rule, decision.mismatch, origin));
        } catch (error) {
          // A posting the engine refuses (a date before the loan's disbursement, say) is left for a person.
          if (!(error instanceof AppError)) throw error;
          logger.warn({ lineId: line.id, code: error.code, message: error.message }, 'statement line left unmatched');
          loanChanges.set(line.id, this.matcher.unposted(line, { kind: 'NONE' }));
        }
      });
      const committed = this.transactions.run(async (tx) => {
        // The chunk's lines locked; one a person moved since it was read is theirs (it is not written here).
        const ids = lines.map((l) => l.id);
        const locked: Array<{ id: number | string; version: number | string; checked: unknown }> = await tx.manager.query(
          `SELECT ${q('id')} AS id, ${q('version')} AS version, ${q('checked')} AS checked FROM ${q('bank_statement_line')} WHERE ${q('id')} IN (${ids.map(() => '?').join(', ')}) ORDER BY ${q('id')}${this.dialect.forUpdate}`,
          ids,
        );
        const readAt = new Map(lines.map((l) => [l.id, l.version]));
        const unchanged = new Set(locked.filter((r) => !Number(r.checked) && Number(r.version) === readAt.get(Number(r.id))).map((r) => Number(r.id)));
        const mine = work.filter((w) => unchanged.has(w.line.id));
        const paying = mine.filter((w) => w.decision.kind === 'AUTO' && w.decision.item.kind !== 'LOAN');
        const paid = await this.matcher.postedAllIn(
          tx,
          paying.map(({ line, decision, due }) => {
            const auto = decision as Extract<typeof decision, { kind: 'AUTO' }>;
            return { line, item: auto.item, due, rule: auto.rule, mismatch: auto.mismatch };
          }),
          origin,
        );
        const paidOf = new Map(paying.map((w, i) => [w.line.id, paid[i]]));
        const written = mine.map(({ line, decision }) => ({
          line,
          change: paidOf.get(line.id) ?? loanChanges.get(line.id) ?? this.matcher.unposted(line, decision as Exclude<typeof decision, { kind: 'AUTO' }>),
        }));
        await this.matcher.writeAllIn(tx, written, origin);
        done += written.length;
        const progress = Math.min(99, Math.floor((100 * done) / Math.max(1, statement.lineCount)));
        await job.checkpoint(tx.manager, `lines ${lines[0].id}-${lines[lines.length - 1].id}`, written.length);
        await tx.manager.update(BankStatement, { id: statement.id }, { progress });
        tx.emit({ kind: 'board-refresh', board: RECONCILIATION_BOARD.board, visibility: { officerId: null, officeId: String(statement.officeId) } });
        for (const officerId of new Set(written.map((c) => c.change.reason?.officerId ?? c.change.item?.officerId ?? null)))
          if (officerId !== null)
            tx.emit({
              kind: 'board-refresh',
              board: RECONCILIATION_BOARD.board,
              visibility: { officerId: String(officerId), officeId: String(statement.officeId) },
            });
        return progress;
      });
      // Marked heard, so that this chunk failing while the one before is awaited is no unhandled rejection.
      committed.catch(() => undefined);
      const previous = inFlight;
      inFlight = committed;
      try {
        if (previous) await job.progress(await previous);
        job.continueOrStop();
      } catch (error) {
        // The job ends (failed, or the server stopping) only once no chunk of it is under way.
        await committed.catch(() => undefined);
        throw error;
      }
    }
    if (inFlight) await job.progress(await inFlight);
    await this.dataSource.getRepository(BankStatement).update({ id: statement.id }, { status: 'DONE', progress: 100 });
    return done;
  }

  /**
   * Lines of the statement not yet checked whose money is on an invoice already (a payment under the
   * line's fingerprint, made by a person confirming it or by an earlier run of the job): what they paid
   * goes back on the invoice as still due, so the rules find the invoice again and the posting answers
   * that payment — the line is recorded, never posted twice nor left as if nothing fitted.
   */
  private async withPaidBefore(statementId: number, officeIds: number[], items: OpenItem[]): Promise<void> {
    const q = this.dialect.id;
    const rows: Array<{ invoiceId: number | string; amount: number | string }> = await this.dataSource.query(
      `SELECT pa.${q('invoiceId')} AS ${q('invoiceId')}, SUM(pa.${q('amount')}) AS ${q('amount')} FROM ${q('bank_statement_line')} bl ` +
        `JOIN ${q('payment')} p ON p.${q('sourceKey')} = bl.${q('fingerprint')} JOIN ${q('payment_allocation')} pa ON pa.${q('paymentId')} = p.${q('id')} ` +
        `WHERE bl.${q('statementId')} = ? AND bl.${q('checked')} = ? GROUP BY pa.${q('invoiceId')}`,
      [statementId, false],
    );
    for (const row of rows) {
      const amount = BigInt(row.amount);
      if (amount <= 0n) continue;
      const id = Number(row.invoiceId);
      let item = items.find((i) => i.kind !== 'LOAN' && i.id === id);
      if (!item) {
        item = (await loadCandidates(this.dataSource.manager, this.dialect, officeIds, { kind: 'INVOICE', id }, true)).items[0];
        if (!item) continue;
        items.push(item);
      }
      item.due += amount;
    }
  }

  /** A line in the viewer's reach: managers' office tree, an officer's clients' lines. */
  async visibleLine(ctx: WriteContext, rawId: string): Promise<BankStatementLine> {
    const scope = await this.access.scope(ctx.actor);
    const id = parseId('lineId', rawId);
    const q = this.dialect.id;
    const reach = RECONCILIATION_BOARD.reach(scope, q);
    const rows: unknown[] =
      id === null
        ? []
        : await this.dataSource.query(`SELECT bl.${q('id')} FROM ${q('bank_statement_line')} bl WHERE bl.${q('id')} = ? AND ${reach.sql}`, [
            id,
            ...reach.params,
          ]);
    if (rows.length === 0) throw new NotFoundError('StatementLine', rawId);
    return this.dataSource.getRepository(BankStatementLine).findOneByOrFail({ id: id as number });
  }

  checkVersion(line: BankStatementLine, expected: number | null | undefined): void {
    if (expected !== null && expected !== undefined && expected !== line.version)
      throw new AppError('CONFLICT', 'The statement line was changed by someone else; reload and try again', {
        entity: 'StatementLine',
        current: { id: String(line.id), version: line.version, state: line.state },
      });
  }

  /**
   * Posts the line to its proposal, or to the invoice or loan the person names (only where nothing was
   * posted for it yet); a posted line in FOLLOW_UP is acknowledged and moves to MATCHED.
   */
  async confirm(ctx: WriteContext, input: ConfirmStatementMatchInput) {
    const invoiceId = parseId('invoiceId', input.invoiceId);
    const loanId = parseId('loanId', input.loanId);
    if (invoiceId !== null && loanId !== null) throw InputError.field('invoiceId', 'INVALID', 'Name an invoice or a loan, not both');
    const line = await this.visibleLine(ctx, input.lineId);
    this.checkVersion(line, input.expectedVersion);
    const origin = { actor: ctx.actor, mutationId: ctx.mutationId, action: 'confirmStatementMatch', emitCard: true };
    const named: OnlyTarget | null = invoiceId !== null ? { kind: 'INVOICE', id: invoiceId } : loanId !== null ? { kind: 'LOAN', id: loanId } : null;
    if (line.state === 'MATCHED' || (line.postedId !== null && named))
      throw InputError.field('lineId', 'NOT_ALLOWED', 'The line’s money is posted already', undefined, 'ALREADY_POSTED');
    if (line.postedId !== null) {
      await this.matcher.write(
        line,
        {
          state: 'MATCHED',
          item: await this.itemOf(line, { kind: line.targetKind === 'LOAN' ? 'LOAN' : 'INVOICE', id: line.targetId as number }, true, null),
          rule: line.rule,
          reason: null,
          posted: null,
        },
        origin,
      );
      return readLineCard(this.dataSource.manager, this.dialect, line.id);
    }
    const target =
      named ??
      (line.state === 'PROPOSED' && line.targetId !== null
        ? { kind: line.targetKind === 'LOAN' ? ('LOAN' as const) : ('INVOICE' as const), id: line.targetId }
        : null);
    if (!target) throw InputError.field('lineId', 'REQUIRED', 'The line has no proposal: name an invoice or a loan', undefined, 'NOTHING_PROPOSED');
    const item = await this.itemOf(line, target, false, ctx.actor);
    await this.matcher.postAndWrite(line, item, named ? 'MANUAL' : (line.rule ?? 'TOLERANCE'), mismatchOf(line, item), origin);
    return readLineCard(this.dataSource.manager, this.dialect, line.id);
  }

  /** Sends a proposal (or an unposted follow-up) back to UNMATCHED, saying why. */
  async reject(ctx: WriteContext, input: RejectStatementMatchInput) {
    const reason = input.reason.trim();
    if (!reason) throw InputError.field('reason', 'REQUIRED', 'Say why the match is rejected');
    if (reason.length > 500) throw InputError.field('reason', 'TOO_LONG', 'reason must be at most 500 characters', { max: 500 });
    const line = await this.visibleLine(ctx, input.lineId);
    this.checkVersion(line, input.expectedVersion);
    if (line.postedId !== null) throw InputError.field('lineId', 'NOT_ALLOWED', 'The line’s money is posted already', undefined, 'ALREADY_POSTED');
    if (line.state !== 'PROPOSED' && line.state !== 'FOLLOW_UP')
      throw InputError.field('lineId', 'NOT_ALLOWED', 'The line has no proposal to reject', undefined, 'NOTHING_PROPOSED');
    await this.matcher.write(
      line,
      { state: 'UNMATCHED', item: null, rule: null, reason: null, posted: null },
      { actor: ctx.actor, mutationId: ctx.mutationId, action: 'rejectStatementMatch', emitCard: true, reasonText: reason },
    );
    return readLineCard(this.dataSource.manager, this.dialect, line.id);
  }

  /**
   * The named target as an open item of the statement's office tree, of the line's direction, that
   * `chooser` may post to (an officer: their own clients' only); one out of reach answers as a missing one.
   */
  private async itemOf(line: BankStatementLine, target: OnlyTarget, evenIfClosed: boolean, chooser: User | null): Promise<OpenItem> {
    const field = target.kind === 'LOAN' ? 'loanId' : 'invoiceId';
    const officeIds = (await this.access.tree()).subtree(line.officeId);
    const found = await loadCandidates(this.dataSource.manager, this.dialect, officeIds, target, evenIfClosed);
    const scope = chooser ? await this.access.scope(chooser) : null;
    const item = found.items.find((i) => !scope || scope.role !== 'OFFICER' || i.officerId === scope.user.id);
    if (!item) throw InputError.field(field, 'NOT_ALLOWED', `${field} is not open in the statement’s offices`);
    if ((line.direction === 'IN') !== (item.kind !== 'PAYABLE'))
      throw InputError.field(
        field,
        'NOT_ALLOWED',
        line.direction === 'IN' ? 'Money in pays a client’s invoice or a loan' : 'Money out pays a supplier’s invoice',
      );
    return item;
  }
}
