import type { DataSource, EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { addMonths, businessDate, disbursementSchedule, dpdBucketOf, isBusinessDate } from '@prospek/shared';
import type { FieldError } from '@prospek/shared';
import { dialectOf } from '../../db/sql.js';
import type { Dialect } from '../../db/sql.js';
import type { TransactionRunner } from '../../db/transaction.js';
import { AppError, InputError, NotFoundError, scheduleOrRefuse } from '../../errors.js';
import { sqlKeysetPage } from '../../graphql/keyset-page.js';
import type { AccessService } from '../access/access.service.js';
import { canReadClient, clientReadCondition } from '../access/scope.js';
import type { Scope } from '../access/scope.js';
import { Client } from '../client/client.entity.js';
import { Lead } from '../lead/lead.entity.js';
import { Offer } from '../offer/offer.entity.js';
import { Product } from '../product/product.entity.js';
import { officeTimeZone } from '../office/office-zone.js';
import type { User } from '../user/user.entity.js';
import { LoanGradeChange } from './collectibility.entity.js';
import type { LoanLedgerStore } from './loan-ledger.store.js';
import { LoanPositionRun, zoneDates } from './loan-position-run.js';
import type { ChunkSteps } from './loan-position-run.js';
import { Loan, LoanInstallment } from './loan.entity.js';
import type { DisburseLoanInput, LoanFilterInput } from './loan.inputs.js';
import { logError } from '../../observability/logger.js';

export function parseLoanId(field: string, value: string | number): number | null {
  const id = Number(value);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

/**
 * Loans: disbursed from an accepted offer, listed and read within the viewer's reach (officers their
 * own clients' loans, managers their offices', admins all, marketing none), the same rule as clients.
 */
export class LoanService {
  private readonly dialect: Dialect;
  private readonly positions: LoanPositionRun;

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly access: AccessService,
    private readonly ledger: LoanLedgerStore,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.dialect = dialectOf(dataSource);
    this.positions = new LoanPositionRun(dataSource, transactions, ledger, (id, asOf) => this.refreshLoan(id, asOf));
  }

  today(): string {
    return businessDate(this.clock());
  }

  /** Today in an office zone. */
  todayIn(zone: string): string {
    return businessDate(this.clock(), zone);
  }

  /** The latest business date of any office zone (WIT's): nothing dated later can be today anywhere. */
  todayAnywhere(): string {
    return Object.values(zoneDates(this.clock())).reduce((a, b) => (a > b ? a : b));
  }

  async list(viewer: User, filter: LoanFilterInput, first: number | null | undefined, after: string | null | undefined) {
    const q = this.dialect.id;
    const reach = clientReadCondition(await this.access.scope(viewer), q, 'ln');
    const parts = [reach.sql];
    const params: unknown[] = [...reach.params];
    for (const key of ['officerId', 'officeId'] as const) {
      if (filter[key]) {
        parts.push(`ln.${q(key)} = ?`);
        params.push(Number(filter[key]) || 0);
      }
    }
    if (filter.clientId) {
      parts.push(`ln.${q('clientId')} = ?`);
      params.push(Number(filter.clientId) || 0);
    }
    if (filter.status) {
      parts.push(`ln.${q('status')} = ?`);
      params.push(filter.status);
    }
    if (filter.collectibility !== null && filter.collectibility !== undefined) {
      parts.push(`ln.${q('collectibility')} = ?`);
      params.push(filter.collectibility);
    }
    const ids = await sqlKeysetPage<{ id: number | string }>(
      this.dataSource,
      { select: `ln.${q('id')} AS id`, from: `${q('loan')} ln`, where: parts.join(' AND '), params },
      [{ expression: `ln.${q('id')}`, descending: true }],
      { first, after },
      20,
    );
    const wanted = ids.nodes.map((r) => Number(r.id));
    const loans = wanted.length ? await this.dataSource.getRepository(Loan).findBy({ id: In(wanted) }) : [];
    return { ...ids, nodes: loans.sort((a, b) => b.id - a.id) };
  }

  async get(viewer: User, rawId: string | number): Promise<Loan> {
    const scope = await this.access.scope(viewer);
    const id = parseLoanId('id', rawId);
    const loan = id === null ? null : await this.dataSource.getRepository(Loan).findOneBy({ id });
    if (!loan || !canReadClient(scope, loan)) throw new NotFoundError('Loan', rawId);
    return loan;
  }

  /** The loan locked for a posting, or null when it does not exist or lies outside the viewer's reach. */
  async lockVisible(manager: EntityManager, scope: Scope, id: number): Promise<Loan | null> {
    const loan = await this.lock(manager, id);
    return loan && canReadClient(scope, loan) ? loan : null;
  }

  /** Takes the loan's row lock: postings to one loan take turns and each reads the latest figures. */
  private async lock(manager: EntityManager, id: number): Promise<Loan | null> {
    // MySQL reads the row with its lock in one statement; SQLite's transactions take turns already.
    if (this.dialect.forUpdate === '') return manager.findOneBy(Loan, { id });
    return manager.createQueryBuilder(Loan, 'ln').setLock('pessimistic_write').where('ln.id = :id', { id }).getOne();
  }

  async disburse(actor: User, input: DisburseLoanInput): Promise<Loan> {
    // The latest date any office has reached; the client's own office date is checked once it is known.
    const today = this.todayAnywhere();
    const errors: FieldError[] = [];
    const offerId = parseLoanId('offerId', input.offerId);
    if (offerId === null) errors.push({ field: 'offerId', code: 'INVALID', message: 'offerId is not an id' });
    if (!isBusinessDate(input.disbursementDate))
      errors.push({ field: 'disbursementDate', code: 'DATE_INVALID', message: 'disbursementDate must be YYYY-MM-DD' });
    else if (input.disbursementDate > today)
      errors.push({ field: 'disbursementDate', code: 'DATE_INVALID', message: 'disbursementDate is in the future', params: { max: today } });
    if (!isBusinessDate(input.firstDueDate)) errors.push({ field: 'firstDueDate', code: 'DATE_INVALID', message: 'firstDueDate must be YYYY-MM-DD' });
    else if (isBusinessDate(input.disbursementDate)) {
      const latest = addMonths(input.disbursementDate, 2);
      if (input.firstDueDate <= input.disbursementDate || input.firstDueDate > latest) {
        errors.push({
          field: 'firstDueDate',
          code: 'DATE_INVALID',
          message: `firstDueDate must fall after the disbursement and by ${latest}`,
          params: { min: input.disbursementDate, max: latest },
        });
      }
    }
    if (errors.length > 0) throw new InputError(errors);
    const scope = await this.access.scope(actor);
    const q = this.dialect.id;
    return this.transactions.run(async (tx) => {
      const m = tx.manager;
      // Locked: two disbursements of one offer take turns, and the second finds the loan.
      const locked: unknown[] = await m.query(`SELECT ${q('id')} FROM ${q('offer')} WHERE ${q('id')} = ?${this.dialect.forUpdate}`, [offerId]);
      const offer = locked.length ? await m.findOneBy(Offer, { id: offerId as number }) : null;
      const lead = offer?.leadId ? await m.findOneBy(Lead, { id: offer.leadId }) : null;
      const clientId = offer?.clientId ?? lead?.clientId ?? null;
      const client = clientId === null ? null : await m.findOneBy(Client, { id: clientId });
      if (!offer || !client || !canReadClient(scope, client)) throw InputError.field('offerId', 'NOT_ALLOWED', 'offerId is not an offer you may disburse');
      const product = await m.findOneByOrFail(Product, { id: offer.productId });
      if (offer.status !== 'ACCEPTED' || product.kind !== 'LOAN' || !offer.interestMethod) {
        throw InputError.field('offerId', 'NOT_ALLOWED', 'Only an accepted loan offer is disbursed', { status: offer.status });
      }
      if (lead && lead.stage !== 'WON') throw InputError.field('offerId', 'NOT_ALLOWED', 'The lead of this offer is not WON yet', { stage: lead.stage });
      const officeToday = businessDate(this.clock(), await officeTimeZone(m, client.officeId));
      if (input.disbursementDate > officeToday) {
        throw InputError.field('disbursementDate', 'DATE_INVALID', 'disbursementDate is in the future', { max: officeToday });
      }
      const existing = await m.findOneBy(Loan, { offerId: offer.id });
      if (existing) throw new AppError('CONFLICT', 'This offer was disbursed already', { entity: 'Loan', current: { id: String(existing.id) } });

      const method = offer.interestMethod;
      // An offer made before such terms were refused may still carry them.
      const schedule = scheduleOrRefuse('offerId', () =>
        disbursementSchedule(
          { amount: offer.amount, tenorMonths: offer.tenorMonths, annualRate: (offer.annualRateMicro / 1_000_000).toFixed(6), method },
          input.firstDueDate,
        ),
      );
      const values = {
        clientId: client.id,
        productId: product.id,
        offerId: offer.id,
        officerId: client.officerId,
        officeId: client.officeId,
        principal: offer.amount,
        annualRateMicro: offer.annualRateMicro,
        tenorMonths: offer.tenorMonths,
        interestMethod: offer.interestMethod,
        disbursementDate: input.disbursementDate,
        firstDueDate: input.firstDueDate,
        maturityDate: schedule[schedule.length - 1].dueDate,
        status: 'ACTIVE' as const,
        outstandingPrincipal: offer.amount,
        arrears: 0n,
        creditBalance: 0n,
        daysPastDue: 0,
        collectibility: 1,
        positionAsOf: input.disbursementDate,
        closedDate: null,
      };
      const id = Number((await m.insert(Loan, values)).identifiers[0].id);
      await m.insert(
        LoanInstallment,
        schedule.map((row) => ({
          loanId: id,
          number: row.number,
          dueDate: row.dueDate,
          principal: row.principal,
          interest: row.interest,
          paidPrincipal: 0n,
          paidInterest: 0n,
          penalty: 0n,
          paidPenalty: 0n,
          paidDate: null,
        })),
      );
      await m.insert(LoanGradeChange, {
        loanId: id,
        asOfDate: input.disbursementDate,
        daysPastDue: 0,
        fromBucket: null,
        toBucket: dpdBucketOf(0),
        fromGrade: null,
        toGrade: 1,
        ruleSetId: null,
      });
      await tx.audit({ entityType: 'Loan', entityId: id, action: 'disburse', actorId: actor.id, after: { ...values, schedule: schedule.length } });
      const loan = await m.findOneByOrFail(Loan, { id });
      // A loan disbursed back-dated may already have installments due.
      return this.ledger.replay(tx, loan, { kind: 'DISBURSE', repaymentId: null, replayFrom: input.disbursementDate, actorId: actor.id }, officeToday);
    });
  }

  /**
   * The nightly run: every open loan not yet positioned for its business date gets its days past due,
   * arrears, penalty and grade as of that date, in chunks (see LoanPositionRun). Given an instant, each
   * loan's date is its office's (a WIT office's day starts two hours before a WIB one's); given a date,
   * that date for every office. A retried run does only what is left.
   */
  async refreshPositions(at: string | Date = this.clock(), log: (message: string) => void = logError, steps?: ChunkSteps): Promise<number> {
    return this.positions.run(zoneDates(at), log, steps);
  }

  /** Time the last nightly run spent telling the ledger's followers, in ms (the benchmark prints it). */
  get nightlyFollowersMs(): number {
    return this.positions.followersMs;
  }

  /** Time the last nightly run spent in each of its steps, in ms (the benchmark prints it). */
  get nightlyStepMs(): Readonly<Record<string, number>> {
    return this.positions.stepMs;
  }

  /** The per-loan repositioning, one transaction: what the nightly run does for a loan it cannot batch. */
  async refreshLoan(id: number, asOf: string): Promise<boolean> {
    return this.transactions.run(async (tx) => {
      const locked = await this.lock(tx.manager, id);
      if (!locked || locked.positionAsOf >= asOf || (locked.status !== 'ACTIVE' && locked.status !== 'RESTRUCTURED')) return false;
      await this.ledger.replay(tx, locked, { kind: 'NIGHTLY', repaymentId: null, replayFrom: asOf, actorId: 0 }, asOf);
      return true;
    });
  }

  /** Today in the loan's office zone: the date its postings are valued against and positioned at. */
  async todayOf(manager: EntityManager, loan: Pick<Loan, 'officeId'>): Promise<string> {
    return businessDate(this.clock(), await officeTimeZone(manager, loan.officeId));
  }
}
