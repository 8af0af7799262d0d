/**
 * Bank statements: the upload (parsed, its new lines stored once by fingerprint, the matching job
 * started) and the reads — statements, a statement's lines, and the reconciliation queue board.
 */
import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import type { StatementLineCardData, StatementLineState } from '@prospek/shared';
import { readBoard, readColumn } from '../../boards/board-paging.js';
import type { BoardRow } from '../../boards/board-paging.js';
import { dialectOf, insertRows } from '../../db/sql.js';
import { uniqueViolation } from '../../db/unique-violation.js';
import type { Dialect } from '../../db/sql.js';
import type { TransactionRunner } from '../../db/transaction.js';
import { ForbiddenError, InputError, NotFoundError } from '../../errors.js';
import { checkPageSize, decodeCursor, encodeCursor } from '../../graphql/pagination.js';
import type { JobQueue } from '../../jobs/job-queue.js';
import { jobIdOf } from '../../jobs/job-queue.js';
import type { AccessService } from '../access/access.service.js';
import { reachesOffice } from '../access/scope.js';
import type { Scope } from '../access/scope.js';
import type { User } from '../user/user.entity.js';
import { parseId } from '../write-context.js';
import { BankStatement, BankStatementLine } from './bank-statement.entity.js';
import { RECONCILIATION_BOARD, lineCard, lineCardsSql } from './reconcile.board.js';
import type { LineRow } from './reconcile.board.js';
import { fingerprints, parseStatement, previewStatement } from './statement-parse.js';
import type { ParsedStatement, SheetPreview, StatementField } from './statement-parse.js';

export const RECONCILE_JOB = 'reconcile-statement';

export interface UploadRequest {
  fileName: string;
  data: Buffer;
  officeId: number | null;
  account: string | null;
  mapping: Partial<Record<StatementField, string | null>> | null;
}

export interface ColumnRead {
  state: StatementLineState;
  count: number;
  total: bigint;
  cards: StatementLineCardData[];
  hasMore: boolean;
  endCursor: string | null;
}

/**
 * Runs a statement's storing again when an upload of the same lines committed meanwhile: its lines'
 * unique fingerprints refused this one's insert (or, taken in another order, made it a deadlock's
 * victim), and the next attempt reads them as seen before and counts them as duplicates.
 */
async function takenOnce<T>(store: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await store();
    } catch (error) {
      const overlap =
        uniqueViolation(error)?.index === 'UQ_bank_statement_line_fingerprint' || uniqueViolation(error)?.columns?.includes('bank_statement_line.fingerprint');
      if (attempt >= 5 || !(overlap || deadlock(error))) throw error;
    }
  }
}

const deadlock = (error: unknown) => (error as { driverError?: { code?: unknown } } | null)?.driverError?.code === 'ER_LOCK_DEADLOCK';

const position = (statementId: number, index: number) => `${String(statementId).padStart(10, '0')}${String(index).padStart(6, '0')}`;

export class BankStatementService {
  readonly dialect: Dialect;

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly access: AccessService,
    private readonly jobs: JobQueue,
  ) {
    this.dialect = dialectOf(dataSource);
  }

  /** Managers and admins of the office: the office the statement's account belongs to. */
  private async uploaderScope(actor: User, officeId: number): Promise<Scope> {
    const scope = await this.access.scope(actor);
    if (scope.role !== 'MANAGER' && scope.role !== 'ADMIN') throw new ForbiddenError('Bank statements are uploaded by managers and admins');
    if (!reachesOffice(scope, officeId)) throw InputError.field('officeId', 'NOT_ALLOWED', 'officeId is not an office of yours');
    return scope;
  }

  async preview(actor: User, request: UploadRequest): Promise<SheetPreview | null> {
    await this.uploaderScope(actor, request.officeId ?? actor.officeId);
    return previewStatement(request.fileName, request.data);
  }

  /** Stores the statement's new lines (nothing when the file is refused) and starts matching them. */
  async upload(actor: User, request: UploadRequest): Promise<{ statement: BankStatement; settled: Promise<unknown> }> {
    const officeId = request.officeId ?? actor.officeId;
    await this.uploaderScope(actor, officeId);
    const parsed = await parseStatement(request.fileName, request.data, request.mapping);
    const account = (request.account?.trim() || parsed.account || '').slice(0, 40);
    if (!account) throw InputError.field('account', 'REQUIRED', 'Name the account the statement is of');
    const prints = fingerprints(officeId, account, parsed.lines);
    const dates = parsed.lines.map((l) => l.date).sort();
    const statement = await takenOnce(() => this.store(actor, request, officeId, account, parsed, prints, dates));
    if (statement.lineCount === 0) return { statement, settled: Promise.resolve() };
    const enqueued = await this.jobs.enqueue(RECONCILE_JOB, { statementId: statement.id }, { jobId: jobIdOf(RECONCILE_JOB, statement.id) });
    return { statement, settled: enqueued.settled };
  }

  /** The statement and its lines not seen before, in one transaction. */
  private store(
    actor: User,
    request: UploadRequest,
    officeId: number,
    account: string,
    parsed: ParsedStatement,
    prints: string[],
    dates: string[],
  ): Promise<BankStatement> {
    return this.transactions.run(async (tx) => {
      const m = tx.manager;
      const seen = new Set<string>();
      for (let at = 0; at < prints.length; at += 500) {
        const rows = await m.find(BankStatementLine, { select: { fingerprint: true }, where: { fingerprint: In(prints.slice(at, at + 500)) } });
        for (const r of rows) seen.add(r.fingerprint);
      }
      const fresh = parsed.lines.map((line, i) => ({ line, fingerprint: prints[i] })).filter((l) => !seen.has(l.fingerprint));
      const inserted = await m.insert(BankStatement, {
        officeId,
        account,
        format: parsed.format,
        fileName: request.fileName.slice(0, 200),
        periodFrom: dates[0],
        periodTo: dates[dates.length - 1],
        status: fresh.length ? 'MATCHING' : 'DONE',
        lineCount: fresh.length,
        duplicateCount: parsed.lines.length - fresh.length,
        progress: fresh.length ? 0 : 100,
        uploadedById: actor.id,
      });
      const statementId = Number(inserted.identifiers[0].id);
      // Bound by position (the query builder's named parameters cost time quadratic in a statement's values).
      await insertRows(
        m,
        this.dialect,
        'bank_statement_line',
        fresh.map(({ line, fingerprint }, i) => ({
          statementId,
          officeId,
          officerId: null,
          fingerprint,
          date: line.date,
          direction: line.direction,
          amount: line.amount,
          remark: line.remark,
          reference: line.reference,
          balance: line.balance,
          state: 'UNMATCHED',
          position: position(statementId, i),
          checked: 0,
          version: 1,
        })),
      );
      await tx.audit({
        entityType: 'BankStatement',
        entityId: statementId,
        action: 'uploadBankStatement',
        actorId: actor.id,
        after: { officeId, account, format: parsed.format, lines: fresh.length, duplicates: parsed.lines.length - fresh.length },
      });
      if (fresh.length) tx.emit({ kind: 'board-refresh', board: RECONCILIATION_BOARD.board, visibility: { officerId: null, officeId: String(officeId) } });
      return m.findOneByOrFail(BankStatement, { id: statementId });
    });
  }

  /** A statement in reach: managers and admins of its office tree; officers none (they see lines, not statements). */
  async get(viewer: User, rawId: string): Promise<BankStatement> {
    const scope = await this.access.scope(viewer);
    const id = parseId('id', rawId);
    const statement = id === null ? null : await this.dataSource.getRepository(BankStatement).findOneBy({ id });
    if (!statement || (scope.role !== 'ADMIN' && scope.role !== 'MANAGER') || !reachesOffice(scope, statement.officeId))
      throw new NotFoundError('BankStatement', rawId);
    return statement;
  }

  /** A line in the viewer's reach (the queue's rule), or NOT_FOUND. */
  async lineVisible(viewer: User, rawId: string): Promise<void> {
    const id = parseId('id', rawId);
    const q = this.dialect.id;
    const reach = RECONCILIATION_BOARD.reach(await this.access.scope(viewer), q);
    const rows: unknown[] =
      id === null
        ? []
        : await this.dataSource.query(`SELECT bl.${q('id')} FROM ${q('bank_statement_line')} bl WHERE bl.${q('id')} = ? AND ${reach.sql}`, [
            id,
            ...reach.params,
          ]);
    if (rows.length === 0) throw new NotFoundError('StatementLine', rawId);
  }

  async list(viewer: User, first: number, after: string | null) {
    checkPageSize('first', first);
    const scope = await this.access.scope(viewer);
    if (scope.role !== 'ADMIN' && scope.role !== 'MANAGER') return { nodes: [], totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null } };
    const q = this.dialect.id;
    const where = scope.officeIds === null ? '1 = 1' : scope.officeIds.length ? `${q('officeId')} IN (${scope.officeIds.map(() => '?').join(', ')})` : '1 = 0';
    const params: unknown[] = scope.officeIds ?? [];
    const cursor = decodeCursor(after);
    const before = cursor ? ` AND ${q('id')} < ?` : '';
    const repo = this.dataSource.getRepository(BankStatement);
    const [rows, total]: [Array<{ id: number | string }>, Array<{ n: number | string }>] = await Promise.all([
      this.dataSource.query(`SELECT ${q('id')} FROM ${q('bank_statement')} WHERE ${where}${before} ORDER BY ${q('id')} DESC LIMIT ?`, [
        ...params,
        ...(cursor ? [Number(cursor[0])] : []),
        first + 1,
      ]),
      this.dataSource.query(`SELECT COUNT(*) AS n FROM ${q('bank_statement')} WHERE ${where}`, params),
    ]);
    const ids = rows.slice(0, first).map((r) => Number(r.id));
    const nodes = ids.length ? (await repo.findBy({ id: In(ids) })).sort((a, b) => b.id - a.id) : [];
    return {
      nodes,
      totalCount: Number(total[0].n),
      pageInfo: { hasNextPage: rows.length > first, endCursor: nodes.length ? encodeCursor([nodes[nodes.length - 1].id]) : null },
    };
  }

  /** A statement's lines in file order, paged, each with its match state. */
  async lines(viewer: User, statement: BankStatement, state: StatementLineState | null, first: number, after: string | null) {
    checkPageSize('first', first);
    const q = this.dialect.id;
    const scope = await this.access.scope(viewer);
    const reach = RECONCILIATION_BOARD.reach(scope, q);
    const parts = [`bl.${q('statementId')} = ?`, `(${reach.sql})`];
    const params: unknown[] = [statement.id, ...reach.params];
    if (state) {
      parts.push(`bl.${q('state')} = ?`);
      params.push(state);
    }
    const cursor = decodeCursor(after);
    const page = cursor ? ` AND bl.${q('id')} > ?` : '';
    const [rows, total]: [LineRow[], Array<{ n: number | string }>] = await Promise.all([
      this.dataSource.query(`${lineCardsSql(this.dialect)} WHERE ${parts.join(' AND ')}${page} ORDER BY bl.${q('id')} LIMIT ?`, [
        ...params,
        ...(cursor ? [Number(cursor[0])] : []),
        first + 1,
      ]),
      this.dataSource.query(`SELECT COUNT(*) AS n FROM ${q('bank_statement_line')} bl WHERE ${parts.join(' AND ')}`, params),
    ]);
    const nodes = rows.slice(0, first).map(lineCard);
    return {
      nodes,
      totalCount: Number(total[0].n),
      pageInfo: { hasNextPage: rows.length > first, endCursor: nodes.length ? encodeCursor([Number(nodes[nodes.length - 1].id)]) : null },
    };
  }

  private source(scope: Scope, statementId: number | null) {
    const q = this.dialect.id;
    const reach = RECONCILIATION_BOARD.reach(scope, q);
    const parts = [`(${reach.sql})`, `bl.${q('archivedAt')} IS NULL`];
    const params = [...reach.params];
    if (statementId !== null) {
      parts.push(`bl.${q('statementId')} = ?`);
      params.push(statementId);
    }
    return { select: lineCardsSql(this.dialect), where: { sql: parts.join(' AND '), params } };
  }

  async board(viewer: User, statementId: number | null, perColumn: number): Promise<ColumnRead[]> {
    const source = this.source(await this.access.scope(viewer), statementId);
    const pages = await readBoard<StatementLineState, LineRow & BoardRow>(this.dataSource.manager, this.dialect, RECONCILIATION_BOARD, source, perColumn);
    return pages.map((p) => ({ state: p.column, count: p.count, total: p.total, cards: p.rows.map(lineCard), hasMore: p.hasMore, endCursor: p.endCursor }));
  }

  async column(viewer: User, state: StatementLineState, statementId: number | null, after: string | null, first: number) {
    const source = this.source(await this.access.scope(viewer), statementId);
    const page = await readColumn<StatementLineState, LineRow & BoardRow>(
      this.dataSource.manager,
      this.dialect,
      RECONCILIATION_BOARD,
      source,
      state,
      after,
      first,
    );
    return { cards: page.rows.map(lineCard), hasMore: page.hasMore, endCursor: page.endCursor };
  }
}
