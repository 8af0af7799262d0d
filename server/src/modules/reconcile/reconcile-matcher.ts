/**
 * Puts a rule's decision (or a person's choice) on a statement line: posts the money where the line is
 * matched, then records the line's new state, target and reason in one transaction with its audit
 * entry, the follow-up for the client's officer when something disagrees, and the board event.
 */
import { moneyToDecimal } from '@prospek/shared';
import type { FollowUpReason, FollowUpReasonParams, MatchRule, StatementLineState } from '@prospek/shared';
import type { Dialect } from '../../db/sql.js';
import type { AuditInput, Tx, TransactionRunner } from '../../db/transaction.js';
import { ConflictError } from '../../errors.js';
import { logger } from '../../observability/logger.js';
import { Activity } from '../follow-up/activity.entity.js';
import type { User } from '../user/user.entity.js';
import { BankStatementLine } from './bank-statement.entity.js';
import { RECONCILIATION_BOARD, lineVisibility, readLineCard } from './reconcile.board.js';
import type { ReconcilePosting } from './reconcile-posting.js';
import type { Decision, Mismatch, OpenItem } from './reconcile-rules.js';
import { followUpNote } from './reconcile-wording.js';

export interface LineChange {
  state: StatementLineState;
  item: OpenItem | null;
  rule: MatchRule | null;
  reason: { code: FollowUpReason; params: FollowUpReasonParams; clientId: number; officerId: number | null } | null;
  posted: { kind: string; id: number } | null;
}

export interface ChangeOrigin {
  actor: User;
  mutationId: string | null;
  /** The action audited: matchStatementLine (the job), confirmStatementMatch, rejectStatementMatch. */
  action: string;
  /** Whether the board hears of it card by card (a person's move) or as a refresh after a chunk (the job). */
  emitCard: boolean;
  reasonText?: string | null;
}

export class ReconcileMatcher {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly dialect: Dialect,
    private readonly posting: ReconcilePosting,
  ) {}

  async postAndWrite(line: BankStatementLine, item: OpenItem, rule: MatchRule, mismatch: Mismatch | null, origin: ChangeOrigin): Promise<StatementLineState> {
    return this.write(line, await this.posted(line, item, item.due, rule, mismatch, origin), origin);
  }

  /** Posts the line's money to the item (which owed `due` when the rule chose it) and says what the line becomes. */
  async posted(line: BankStatementLine, item: OpenItem, due: bigint, rule: MatchRule, mismatch: Mismatch | null, origin: ChangeOrigin): Promise<LineChange> {
    const posted = await this.posting.post(origin.actor, line, item, due);
    const reason = mismatch && item.clientId !== null ? { ...mismatch, clientId: item.clientId, officerId: item.officerId } : null;
    return { state: reason ? 'FOLLOW_UP' : 'MATCHED', item, rule, reason, posted };
  }

  /**
   * A chunk's matches to invoices posted together in the caller's transaction (each line's payment
   * once, under its fingerprint) and what each line becomes; a payment refused leaves its line unmatched.
   */
  async postedAllIn(
    tx: Tx,
    wanted: Array<{ line: BankStatementLine; item: OpenItem; due: bigint; rule: MatchRule; mismatch: Mismatch | null }>,
    origin: ChangeOrigin,
  ): Promise<LineChange[]> {
    const posted = await this.posting.postInvoicesIn(tx, origin.actor, wanted);
    return wanted.map(({ line, item, rule, mismatch }, i) => {
      const p = posted[i];
      if ('refused' in p) {
        logger.warn({ lineId: line.id, invoiceId: item.id, message: p.refused }, 'statement line left unmatched');
        return this.unposted(line, { kind: 'NONE' });
      }
      const reason = mismatch && item.clientId !== null ? { ...mismatch, clientId: item.clientId, officerId: item.officerId } : null;
      return { state: reason ? 'FOLLOW_UP' : 'MATCHED', item, rule, reason, posted: p };
    });
  }

  /** The change a decision makes without posting anything (everything but AUTO). */
  unposted(line: BankStatementLine, decision: Exclude<Decision, { kind: 'AUTO' }>): LineChange {
    switch (decision.kind) {
      case 'NONE':
        return { state: 'UNMATCHED', item: null, rule: null, reason: null, posted: null };
      case 'PROPOSE':
        return { state: 'PROPOSED', item: decision.item, rule: decision.rule, reason: null, posted: null };
      case 'NO_INVOICE':
        return {
          state: 'FOLLOW_UP',
          item: null,
          rule: null,
          reason: {
            code: 'NO_INVOICE',
            params: { name: decision.payer, paid: moneyToDecimal(line.amount) },
            clientId: decision.clientId,
            officerId: decision.officerId,
          },
          posted: null,
        };
    }
  }

  /** Writes the change against the version read; a line changed meanwhile is a CONFLICT. */
  async write(line: BankStatementLine, change: LineChange, origin: ChangeOrigin): Promise<StatementLineState> {
    await this.transactions.run((tx) => this.writeIn(tx, line, change, origin));
    return change.state;
  }

  /**
   * Many lines' changes in the caller's transaction (a chunk of the matching job), which holds the
   * lines' row locks and found each at the version read: one statement writes them all, their audit
   * entries a few more. Cards are not sent one by one (the job refreshes the board after the chunk).
   */
  async writeAllIn(tx: Tx, changes: Array<{ line: BankStatementLine; change: LineChange }>, origin: ChangeOrigin): Promise<void> {
    if (changes.length === 0) return;
    const q = this.dialect.id;
    const rows: Array<{ line: BankStatementLine; values: Record<string, unknown> }> = [];
    const audits: AuditInput[] = [];
    for (const { line, change } of changes) {
      let activityId: number | null = line.activityId;
      if (change.reason && activityId === null) activityId = await this.followUp(tx, line, change.reason, origin.actor);
      const values = this.valuesOf(line, change, activityId);
      rows.push({ line, values });
      if (this.audited(line, change, values.targetId as number | null, origin)) audits.push(this.auditOf(line, change, values, origin));
    }
    // Each column as a CASE over the lines' ids, its values bound by position (the version goes up by one).
    const columns = Object.keys(rows[0].values).filter((c) => c !== 'version' && c !== 'checked');
    const params: unknown[] = [];
    const sets = columns.map((column) => {
      for (const { values } of rows) params.push(values[column]);
      return `${q(column)} = CASE ${q('id')} ${rows.map(({ line }) => `WHEN ${line.id} THEN ?`).join(' ')} END`;
    });
    params.push(this.dialect.instant(new Date()));
    await tx.manager.query(
      `UPDATE ${q('bank_statement_line')} SET ${sets.join(', ')}, ${q('checked')} = 1, ${q('version')} = ${q('version')} + 1, ${q('updatedAt')} = ?
       WHERE ${q('id')} IN (${rows.map(({ line }) => line.id).join(', ')})`,
      params,
    );
    await tx.auditAll(audits);
  }

  private valuesOf(line: BankStatementLine, change: LineChange, activityId: number | null) {
    return {
      state: change.state,
      checked: true,
      targetKind: change.item?.kind ?? null,
      targetId: change.item?.id ?? null,
      clientId: change.reason?.clientId ?? change.item?.clientId ?? null,
      officerId: change.reason ? change.reason.officerId : (change.item?.officerId ?? null),
      rule: change.rule,
      reasonCode: change.reason?.code ?? null,
      reasonParams: change.reason ? JSON.stringify(change.reason.params) : null,
      postedKind: change.posted?.kind ?? line.postedKind,
      postedId: change.posted?.id ?? line.postedId,
      activityId,
      version: line.version + 1,
    };
  }

  private audited(line: BankStatementLine, change: LineChange, targetId: number | null, origin: ChangeOrigin): boolean {
    return line.state !== change.state || line.targetId !== targetId || origin.action !== 'matchStatementLine';
  }

  private auditOf(line: BankStatementLine, change: LineChange, values: ReturnType<ReconcileMatcher['valuesOf']>, origin: ChangeOrigin): AuditInput {
    return {
      entityType: 'BankStatementLine',
      entityId: line.id,
      action: origin.action,
      actorId: origin.actor.id,
      before: { state: line.state, targetKind: line.targetKind, targetId: line.targetId },
      after: {
        state: change.state,
        targetKind: values.targetKind,
        targetId: values.targetId,
        rule: change.rule,
        reason: values.reasonCode,
        posted: values.postedId,
        note: origin.reasonText ?? null,
      },
    };
  }

  private async writeIn(tx: Tx, line: BankStatementLine, change: LineChange, origin: ChangeOrigin): Promise<void> {
    const m = tx.manager;
    let activityId: number | null = line.activityId;
    if (change.reason && activityId === null) activityId = await this.followUp(tx, line, change.reason, origin.actor);
    const values = this.valuesOf(line, change, activityId);
    const officerId = values.officerId;
    const result = await m.update(BankStatementLine, { id: line.id, version: line.version }, values);
    if (result.affected === 0) throw new ConflictError('StatementLine', await readLineCard(m, this.dialect, line.id));
    if (this.audited(line, change, values.targetId, origin)) await tx.audit(this.auditOf(line, change, values, origin));
    if (origin.emitCard)
      tx.emit({
        kind: 'card',
        board: RECONCILIATION_BOARD.board,
        type: 'moved',
        card: await readLineCard(m, this.dialect, line.id),
        visibility: lineVisibility({ officerId, officeId: line.officeId }),
        previousVisibility: lineVisibility(line),
        actorId: String(origin.actor.id),
        mutationId: origin.mutationId,
      });
  }

  /** A follow-up for the client's officer, due now, saying what disagrees. */
  private async followUp(tx: Tx, line: BankStatementLine, reason: NonNullable<LineChange['reason']>, actor: User): Promise<number> {
    const inserted = await tx.manager.insert(Activity, {
      type: 'CALL',
      leadId: null,
      clientId: reason.clientId,
      ownerId: reason.officerId ?? actor.id,
      createdById: actor.id,
      dueAt: new Date(),
      doneAt: null,
      notes: followUpNote(reason.code, reason.params, { date: line.date, amount: moneyToDecimal(line.amount), reference: line.reference }),
    });
    const id = Number(inserted.identifiers[0].id);
    await tx.audit({
      entityType: 'Client',
      entityId: reason.clientId,
      action: 'scheduleActivity',
      actorId: actor.id,
      after: { activity: id, type: 'CALL', statementLine: line.id, reason: reason.code },
    });
    return id;
  }
}
