import type { LoanDetailQuery } from '../../api/generated/graphql';

/** A loan as the loan page reads it, and its parts the page's panels show. */
export type LoanDetail = NonNullable<LoanDetailQuery['loan']>;
export type LoanRepayment = LoanDetail['repayments'][number];
