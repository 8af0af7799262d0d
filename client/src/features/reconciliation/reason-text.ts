import type { FollowUpReason, FollowUpReasonParams } from '@prospek/shared';
import { i18n } from '../../i18n';
import { rupiah } from '../../ui/format';

/** What disagrees on a line, in the reader's language, from the code and parameters the server keeps. */
export function reasonText(code: FollowUpReason, paramsJson: string | null): string {
  const p = (paramsJson ? JSON.parse(paramsJson) : {}) as FollowUpReasonParams;
  const money = (v: string | undefined) => (v ? rupiah(v) : '');
  return i18n.global.t(`reconciliation.reasons.${code}`, {
    target: p.target ?? '',
    expected: money(p.expected),
    paid: money(p.paid),
    difference: money(p.difference),
    dueDate: p.dueDate ?? '',
    paidDate: p.paidDate ?? '',
    name: p.name ?? '',
  });
}
