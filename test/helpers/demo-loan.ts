import { addMonths, businessDate } from '@prospek/shared';
import { expectData } from './server.js';
import type { TestServer } from './server.js';

/**
 * Disburses the first accepted, not yet disbursed loan offer of the officer signed in with `officerToken`,
 * `monthsAgo` months back with its first installment due a month later: a loan unpaid since then.
 */
export async function disburseDemoLoan(server: TestServer, officerToken: string, monthsAgo: number): Promise<{ loanId: string; clientId: string }> {
  const q = (name: string) => server.app.dataSource.driver.escape(name);
  const me = expectData(await server.gql<{ me: { id: string } }>('{ me { id } }', {}, { token: officerToken })).me.id;
  const [offer]: Array<{ id: number; clientId: number }> = await server.app.dataSource.query(
    `SELECT o.${q('id')} AS id, o.${q('clientId')} AS clientId FROM ${q('offer')} o JOIN ${q('client')} c ON c.${q('id')} = o.${q('clientId')}
     JOIN ${q('product')} p ON p.${q('id')} = o.${q('productId')}
     WHERE o.${q('status')} = 'ACCEPTED' AND p.${q('kind')} = 'LOAN' AND c.${q('officerId')} = ?
       AND NOT EXISTS (SELECT 1 FROM ${q('loan')} ln WHERE ln.${q('offerId')} = o.${q('id')}) ORDER BY o.${q('id')}`,
    [Number(me)],
  );
  const start = addMonths(businessDate(), -monthsAgo);
  const loanId = expectData(
    await server.gql<{ disburseLoan: { id: string } }>(
      'mutation($input: DisburseLoanInput!) { disburseLoan(input: $input) { id } }',
      { input: { offerId: String(offer.id), disbursementDate: start, firstDueDate: addMonths(start, 1) } },
      { token: officerToken },
    ),
  ).disburseLoan.id;
  return { loanId, clientId: String(offer.clientId) };
}
