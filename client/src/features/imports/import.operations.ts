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

/** An upload's state and result, leads or loans. */
export const LeadImportQuery = graphql(`
  query LeadImport($id: ID!) {
    leadImport(id: $id) {
      id
      status
      totalRows
      importedRows
      rejectedRows
      rejectedUrl
      error
      kind
    }
  }
`);
