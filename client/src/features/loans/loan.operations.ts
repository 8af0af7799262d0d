import { graphql } from '../../api/generated/gql';

export const LoansQuery = graphql(`
  query Loans($filter: LoanFilterInput, $first: Int, $after: String) {
    loans(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        status
        principal
        outstandingPrincipal
        arrears
        daysPastDue
        collectibility
        maturityDate
        client {
          id
          name
          cif
        }
        product {
          id
          name
        }
        officer {
          id
          name
        }
      }
    }
  }
`);

export const LoanDetailQuery = graphql(`
  query LoanDetail($id: ID!) {
    loan(id: $id) {
      id
      version
      status
      principal
      annualRate
      tenorMonths
      interestMethod
      outstandingPrincipal
      arrears
      creditBalance
      daysPastDue
      collectibility
      positionAsOf
      disbursementDate
      maturityDate
      externalNumber
      scheduleVersion
      restructuredFromGrade
      closedDate
      writtenOffPrincipal
      writeOffReason
      recovered
      client {
        id
        name
        cif
      }
      product {
        id
        name
        maxRate
      }
      officer {
        id
        name
      }
      office {
        id
        name
        timeZone
      }
      schedule {
        number
        dueDate
        principal
        interest
        paidPrincipal
        paidInterest
        penalty
        paidPenalty
        paidDate
      }
      promises {
        id
        status
        madeOn
        promisedDate
        amount
        resolvedOn
      }
      repayments {
        id
        amount
        valueDate
        channel
        reference
        reversed
        reversalReason
        scheduleVersion
        recovery
      }
      scheduleVersions {
        version
        kind
        current
        effectiveDate
        principal
        capitalisedArrears
        carriedArrears
        annualRate
        tenorMonths
        gradeBefore
        reason
        installments {
          number
          dueDate
          principal
          interest
          paidPrincipal
          paidInterest
          penalty
          paidPenalty
          paidDate
        }
      }
    }
  }
`);

export const ClientLoansQuery = graphql(`
  query ClientLoans($id: ID!) {
    client(id: $id) {
      id
      collectibility
      loans {
        id
        offerId
        status
        principal
        outstandingPrincipal
        daysPastDue
        collectibility
        product {
          id
          name
        }
      }
      offers {
        id
        status
        amount
        tenorMonths
        product {
          id
          name
          kind
        }
      }
    }
  }
`);

export const DisburseLoanMutation = graphql(`
  mutation DisburseLoan($input: DisburseLoanInput!) {
    disburseLoan(input: $input) {
      id
    }
  }
`);

export const PostRepaymentMutation = graphql(`
  mutation PostRepayment($input: PostRepaymentInput!) {
    postRepayment(input: $input) {
      id
      version
    }
  }
`);

export const ReverseRepaymentMutation = graphql(`
  mutation ReverseRepayment($id: ID!, $reason: String!) {
    reverseRepayment(id: $id, reason: $reason) {
      id
      version
    }
  }
`);

export const ClosedMonthEndsQuery = graphql(`
  query ClosedMonthEnds {
    closedMonthEnds
  }
`);

export const LoanMonthEndExportUrlQuery = graphql(`
  query LoanMonthEndExportUrl($monthEnd: LocalDate!) {
    loanMonthEndExportUrl(monthEnd: $monthEnd)
  }
`);

export const CheckLoanImportQuery = graphql(`
  query CheckLoanImport($importId: ID!, $mapping: LoanImportMappingInput!) {
    checkLoanImport(importId: $importId, mapping: $mapping) {
      validRows
      rejectedRows
      duplicateRows
      problems {
        rowNumber
        outcome
        reason
        reasons {
          code
          value
          max
        }
      }
    }
  }
`);

export const ImportLoansMutation = graphql(`
  mutation ImportLoans($importId: ID!, $mapping: LoanImportMappingInput!) {
    importLoans(importId: $importId, mapping: $mapping) {
      id
      status
    }
  }
`);

export const RestructureLoanMutation = graphql(`
  mutation RestructureLoan($input: RestructureLoanInput!) {
    restructureLoan(input: $input) {
      id
      version
      status
    }
  }
`);

export const WriteOffLoanMutation = graphql(`
  mutation WriteOffLoan($input: WriteOffLoanInput!) {
    writeOffLoan(input: $input) {
      id
      version
      status
    }
  }
`);
