import { graphql } from '../../api/generated/gql';

export const CollectionCaseFields = graphql(`
  fragment CollectionCaseFields on CollectionCaseCard {
    id
    loanId
    status
    position
    client {
      id
      name
    }
    officerId
    officer {
      id
      name
    }
    officeId
    daysPastDue
    arrears
    collectibility
    openedOn
    resolvedOn
    promise {
      promisedDate
      amount
      status
    }
    version
  }
`);

export const CollectionBoardQuery = graphql(`
  query CollectionBoard($filter: CollectionBoardFilter, $perColumn: Int) {
    collectionBoard(filter: $filter, perColumn: $perColumn) {
      columns {
        status
        count
        total
        hasMore
        endCursor
        cards {
          ...CollectionCaseFields
        }
      }
    }
  }
`);

export const CollectionColumnQuery = graphql(`
  query CollectionColumn($status: CollectionColumn!, $filter: CollectionBoardFilter, $after: String, $first: Int) {
    collectionColumn(status: $status, filter: $filter, after: $after, first: $first) {
      hasMore
      endCursor
      cards {
        ...CollectionCaseFields
      }
    }
  }
`);

export const MoveCollectionCaseMutation = graphql(`
  mutation MoveCollectionCase($input: MoveCollectionCaseInput!) {
    moveCollectionCase(input: $input) {
      ...CollectionCaseFields
    }
  }
`);

export const RecordPaymentPromiseMutation = graphql(`
  mutation RecordPaymentPromise($input: RecordPaymentPromiseInput!) {
    recordPaymentPromise(input: $input) {
      id
      status
      promisedDate
      amount
    }
  }
`);
