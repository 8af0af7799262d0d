import { graphql } from '../../api/generated/gql';

export const AuditTrailQuery = graphql(`
  query AuditTrail($entityType: String!, $entityId: ID!, $first: Int, $after: String) {
    auditTrail(entityType: $entityType, entityId: $entityId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        action
        at
        actor {
          id
          name
        }
        changes {
          field
          before
          after
        }
      }
    }
  }
`);

export const AuditEntriesQuery = graphql(`
  query AuditEntries($filter: AuditFilterInput, $first: Int, $after: String) {
    auditEntries(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        action
        at
        entityType
        entityId
        fields
        actor {
          id
          name
        }
      }
    }
  }
`);
