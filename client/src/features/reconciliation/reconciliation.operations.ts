import { graphql } from '../../api/generated/gql';

/** A statement line as the queue's card shows it: the fields `board:event` messages of the queue carry. */
export const StatementLineCardFields = graphql(`
  fragment StatementLineCardFields on StatementLineCard {
    id
    statementId
    state
    position
    date
    direction
    amount
    remark
    reference
    officeId
    officerId
    client {
      id
      name
    }
    target {
      kind
      id
      label
    }
    rule
    reasonCode
    reasonParams
    posted
    version
  }
`);

export const ReconciliationBoardQuery = graphql(`
  query ReconciliationBoard($statementId: ID, $perColumn: Int) {
    reconciliationBoard(statementId: $statementId, perColumn: $perColumn) {
      columns {
        state
        count
        total
        hasMore
        endCursor
        cards {
          ...StatementLineCardFields
        }
      }
    }
  }
`);

export const ReconciliationColumnQuery = graphql(`
  query ReconciliationColumn($state: StatementLineState!, $statementId: ID, $after: String, $first: Int) {
    reconciliationColumn(state: $state, statementId: $statementId, after: $after, first: $first) {
      hasMore
      endCursor
      cards {
        ...StatementLineCardFields
      }
    }
  }
`);

export const ConfirmStatementMatchMutation = graphql(`
  mutation ConfirmStatementMatch($input: ConfirmStatementMatchInput!) {
    confirmStatementMatch(input: $input) {
      ...StatementLineCardFields
    }
  }
`);

export const RejectStatementMatchMutation = graphql(`
  mutation RejectStatementMatch($input: RejectStatementMatchInput!) {
    rejectStatementMatch(input: $input) {
      ...StatementLineCardFields
    }
  }
`);

export const UnmatchStatementLineMutation = graphql(`
  mutation UnmatchStatementLine($input: UnmatchStatementLineInput!) {
    unmatchStatementLine(input: $input) {
      ...StatementLineCardFields
    }
  }
`);

export const StatementMatchCandidatesQuery = graphql(`
  query StatementMatchCandidates($lineId: ID!, $search: String, $first: Int) {
    statementMatchCandidates(lineId: $lineId, search: $search, first: $first) {
      kind
      id
      label
      party
      amountDue
      dueDate
    }
  }
`);

export const BankStatementsQuery = graphql(`
  query BankStatements($first: Int, $after: String) {
    bankStatements(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        account
        format
        fileName
        periodFrom
        periodTo
        status
        progress
        lineCount
        duplicateCount
        createdAt
      }
    }
  }
`);

export const BankStatementQuery = graphql(`
  query BankStatement($id: ID!, $after: String) {
    bankStatement(id: $id) {
      id
      account
      format
      fileName
      periodFrom
      periodTo
      status
      progress
      lineCount
      duplicateCount
      lines(first: 100, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          ...StatementLineCardFields
        }
      }
    }
  }
`);
