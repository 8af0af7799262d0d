/** A complaint as the API shows it: its row with the names it refers to, and its SLA computed now. */
import type { EntityManager } from 'typeorm';
import { addDays } from '@prospek/shared';
import type { ComplaintChannel, ComplaintOutcome, ComplaintPriority, ComplaintStatus } from '@prospek/shared';
import { toBusinessDate } from '../../db/columns.js';
import type { Dialect } from '../../db/sql.js';
import type { ComplaintVisibility } from './complaint.board.js';
import type { ComplaintClock } from './complaint-clock.js';
import type { ComplaintView } from './complaint.types.js';

type Id = number | string;

export interface ComplaintRow {
  id: Id;
  status: ComplaintStatus;
  position: string;
  channel: ComplaintChannel;
  priority: ComplaintPriority;
  description: string;
  clientId: Id | null;
  leadId: Id | null;
  loanId: Id | null;
  invoiceId: Id | null;
  productId: Id | null;
  categoryId: Id;
  ownerId: Id | null;
  officeId: Id;
  receivedAt: Date | string;
  completeOn: Date | string;
  extendedOn: Date | string | null;
  extensionReason: string | null;
  extensionToldVia: ComplaintChannel | null;
  extensionToldOn: Date | string | null;
  resolution: string | null;
  policyId: Id | null;
  outcome: ComplaintOutcome | null;
  answerChannel: ComplaintChannel | null;
  answeredOn: Date | string | null;
  version: Id;
  slaWorkingDays: Id | null;
  slaExtensionDays: Id | null;
  categoryWarningDays: Id | null;
  clientName: string | null;
  leadName: string | null;
  ownerName: string | null;
  categoryName: string;
  policyName: string | null;
  productName: string | null;
}

/** The columns a complaint shows, over `cp` and the joins of `complaintFromSql`. */
export function complaintColumnsSql(dialect: Dialect): string {
  const q = dialect.id;
  return (
    `cp.*, c.${q('name')} AS ${q('clientName')}, l.${q('fullName')} AS ${q('leadName')}, u.${q('name')} AS ${q('ownerName')}, ` +
    `cat.${q('name')} AS ${q('categoryName')}, cat.${q('slaWarningDays')} AS ${q('categoryWarningDays')}, pol.${q('name')} AS ${q('policyName')}, pr.${q('name')} AS ${q('productName')}`
  );
}

export function complaintFromSql(dialect: Dialect): string {
  const q = dialect.id;
  return (
    `${q('complaint')} cp JOIN ${q('complaint_category')} cat ON cat.${q('id')} = cp.${q('categoryId')} ` +
    `LEFT JOIN ${q('client')} c ON c.${q('id')} = cp.${q('clientId')} LEFT JOIN ${q('lead')} l ON l.${q('id')} = cp.${q('leadId')} ` +
    `LEFT JOIN ${q('user')} u ON u.${q('id')} = cp.${q('ownerId')} LEFT JOIN ${q('resolution_policy')} pol ON pol.${q('id')} = cp.${q('policyId')} ` +
    `LEFT JOIN ${q('product')} pr ON pr.${q('id')} = cp.${q('productId')}`
  );
}

/** `SELECT … FROM complaint cp …` with the names a complaint shows. */
export function complaintSelectSql(dialect: Dialect): string {
  return `SELECT ${complaintColumnsSql(dialect)} FROM ${complaintFromSql(dialect)}`;
}

const ref = (id: Id | null, name: string | null) => (id === null ? null : { id: String(id), name: name ?? '' });
const numberOrNull = (n: Id | null) => (n === null ? null : Number(n));
const idOf = (id: Id | null) => (id === null ? null : String(id));

/** The complaints of these rows with their SLA (three statements for all of them), in the rows' order. */
export async function toComplaintViews(manager: EntityManager, clock: ComplaintClock, reopenDays: number, rows: ComplaintRow[]): Promise<ComplaintView[]> {
  const slas = await clock.of(
    manager,
    rows.map((r) => ({
      id: Number(r.id),
      officeId: Number(r.officeId),
      receivedAt: toBusinessDate(r.receivedAt) as string,
      completeOn: toBusinessDate(r.completeOn) as string,
      extendedOn: toBusinessDate(r.extendedOn),
      sla: { workingDays: numberOrNull(r.slaWorkingDays), extensionDays: numberOrNull(r.slaExtensionDays), warningDays: numberOrNull(r.categoryWarningDays) },
    })),
  );
  return rows.map((r) => {
    const sla = slas.get(Number(r.id));
    if (!sla) throw new Error(`No SLA for complaint ${r.id}`);
    return {
      id: String(r.id),
      status: r.status,
      position: r.position,
      channel: r.channel,
      priority: r.priority,
      description: r.description,
      category: { id: String(r.categoryId), name: r.categoryName },
      client: ref(r.clientId, r.clientName),
      lead: ref(r.leadId, r.leadName),
      loanId: idOf(r.loanId),
      invoiceId: idOf(r.invoiceId),
      product: ref(r.productId, r.productName),
      ownerId: idOf(r.ownerId),
      owner: ref(r.ownerId, r.ownerName),
      officeId: String(r.officeId),
      receivedAt: toBusinessDate(r.receivedAt) as string,
      completeOn: toBusinessDate(r.completeOn) as string,
      slaDueDate: sla.dueDate,
      workingDaysLeft: sla.daysLeft,
      workingDaysUsed: sla.usedDays,
      workingDaysAllowed: sla.allowedDays,
      breached: sla.breached,
      warning: sla.warning,
      paused: sla.paused,
      extended: r.extendedOn !== null,
      extendedOn: toBusinessDate(r.extendedOn),
      extensionReason: r.extensionReason,
      extensionDays: numberOrNull(r.slaExtensionDays) ?? clock.sla.extensionDays,
      extensionToldVia: r.extensionToldVia,
      extensionToldOn: toBusinessDate(r.extensionToldOn),
      resolution: r.resolution,
      policy: ref(r.policyId, r.policyName),
      outcome: r.outcome,
      answerChannel: r.answerChannel,
      answeredOn: toBusinessDate(r.answeredOn),
      resolvedOn: sla.resolvedOn,
      reopenUntil: sla.resolvedOn ? addDays(sla.resolvedOn, reopenDays) : null,
      version: Number(r.version),
    };
  });
}

export function complaintVisibility(c: { ownerId: Id | null; officeId: Id }): ComplaintVisibility {
  return { ownerId: c.ownerId === null ? null : String(c.ownerId), officeId: String(c.officeId) };
}
