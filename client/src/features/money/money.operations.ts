import { graphql } from '../../api/generated/gql';

export const CashFlowQuery = graphql(`
  query CashFlow($from: LocalDate!, $to: LocalDate!, $officeId: ID, $officerId: ID) {
    cashFlow(from: $from, to: $to, officeId: $officeId, officerId: $officerId) {
      months {
        month
        moneyIn
        moneyOut
        net
        principal
        interest
        penalty
        repaymentCredit
        receivablesCollected
        disbursed
        payablesPaid
      }
    }
  }
`);

export const BudgetVsActualQuery = graphql(`
  query BudgetVsActual($from: LocalDate!, $to: LocalDate!, $officeId: ID) {
    budgetVsActual(from: $from, to: $to, officeId: $officeId) {
      lines {
        kind
        id
        name
        budget
        spend
        remaining
        leads
        won
        disbursed
      }
    }
  }
`);

export const JournalExportQuery = graphql(`
  query JournalExport($month: String!, $officeId: ID) {
    journalExport(month: $month, officeId: $officeId) {
      url
      month
      lineCount
      debitTotal
      creditTotal
    }
  }
`);

export const AccountMappingQuery = graphql(`
  query AccountMapping {
    accountMapping {
      id
      account
      productId
      code
      name
      version
      updatedAt
    }
  }
`);

export const SetAccountMappingMutation = graphql(`
  mutation SetAccountMapping($input: SetAccountMappingInput!) {
    setAccountMapping(input: $input) {
      id
      account
      productId
      code
      name
      version
      updatedAt
    }
  }
`);

export const MappingProductsQuery = graphql(`
  query MappingProducts {
    products(filter: { kind: LOAN, active: null }, first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);
