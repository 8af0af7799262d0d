import { graphql } from '../../api/generated/gql';

export const AuditTrailQuery = graphql(`
  query AuditTrail($entityType: String!, $entityId: ID!) {
    auditTrail(entityType: $entityType, entityId: $entityId) {
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
`);
