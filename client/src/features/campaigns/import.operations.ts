import { graphql } from '../../api/generated/gql';

export const CheckImportQuery = graphql(`
  query CheckImport($importId: ID!, $mapping: ImportMappingInput!) {
    checkImport(importId: $importId, mapping: $mapping) {
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
