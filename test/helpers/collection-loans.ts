/** Loans for the collection suites: an accepted offer to one of an officer's clients, disbursed through the API. */
import { addMonths } from '@prospek/shared';
import { expectData } from './server.js';
import type { TestServer } from './server.js';

export interface LoanFigures {
  id: string;
  version: number;
  arrears: string;
  daysPastDue: number;
  outstandingPrincipal: string;
}

const FIGURES = 'id version arrears daysPastDue outstandingPrincipal';

/** Disburses a new loan of `officerId`'s first client, `monthsBack` on `disbursed` with nothing paid since. */
export async function disburseLoan(server: TestServer, adminToken: string, officerToken: string, officerId: string, disbursed: string): Promise<LoanFigures> {
  const q = (name: string) => server.app.dataSource.driver.escape(name);
  const [client]: Array<{ id: number }> = await server.app.dataSource.query(
    `SELECT ${q('id')} AS id FROM ${q('client')} WHERE ${q('officerId')} = ? ORDER BY ${q('id')}`,
    [Number(officerId)],
  );
  const products = expectData(
    await server.gql<{
      products: { nodes: Array<{ id: string; kind: string; minAmount: string; minTenorMonths: number; maxTenorMonths: number; minRate: number }> };
    }>('{ products(first: 100) { nodes { id kind minAmount minTenorMonths maxTenorMonths minRate } } }', {}, { token: adminToken }),
  ).products.nodes.filter((p) => p.kind === 'LOAN');
  const product = products[0];
  const offer = expectData(
    await server.gql<{ createOffer: { id: string } }>(
      `mutation($input: CreateOfferInput!) { createOffer(input: $input) { id } }`,
      {
        input: {
          clientId: String(client.id),
          productId: product.id,
          amount: product.minAmount,
          tenorMonths: Math.min(product.maxTenorMonths, Math.max(product.minTenorMonths, 12)),
          annualRate: product.minRate,
        },
      },
      { token: adminToken },
    ),
  ).createOffer;
  expectData(await server.gql(`mutation($id: ID!) { presentOffer(id: $id) { id } }`, { id: offer.id }, { token: adminToken }));
  expectData(await server.gql(`mutation($id: ID!) { acceptOffer(id: $id) { id } }`, { id: offer.id }, { token: adminToken }));
  return expectData(
    await server.gql<{ disburseLoan: LoanFigures }>(
      `mutation($input: DisburseLoanInput!) { disburseLoan(input: $input) { ${FIGURES} } }`,
      { input: { offerId: offer.id, disbursementDate: disbursed, firstDueDate: addMonths(disbursed, 1) } },
      { token: officerToken },
    ),
  ).disburseLoan;
}

/** Posts a repayment through the API; returns the loan's figures after it. */
export async function postRepayment(server: TestServer, token: string, loanId: string, amount: string, valueDate: string): Promise<LoanFigures> {
  return expectData(
    await server.gql<{ postRepayment: LoanFigures }>(
      `mutation($input: PostRepaymentInput!) { postRepayment(input: $input) { ${FIGURES} } }`,
      { input: { loanId, amount, valueDate, channel: 'TRANSFER', reference: `TRX-${valueDate}` } },
      { token },
    ),
  ).postRepayment;
}
