import { graphql } from '../../api/generated/gql';

export const LoanAdminQuery = graphql(`
  query LoanAdmin {
    loanBookSetting {
      institutionType
    }
    collectibilityRuleSets {
      id
      institutionType
      effectiveFrom
      maxDaysPastDue
      pastMaturityMinGrade
      restructureUpgradeAfter
      restructureUpgradeGrades
      createdAt
    }
    loanProductTerms {
      productId
      allocationPreset
      graceDays
      toleranceAmount
      penaltyPercentPerDay
    }
    products(filter: { kind: LOAN, active: null }, first: 100) {
      nodes {
        id
        code
        name
        active
      }
    }
  }
`);

export const UpdateInstitutionTypeMutation = graphql(`
  mutation UpdateInstitutionType($institutionType: InstitutionType!) {
    updateInstitutionType(institutionType: $institutionType) {
      institutionType
    }
  }
`);

export const UpdateCollectibilityRuleSetMutation = graphql(`
  mutation UpdateCollectibilityRuleSet($input: UpdateCollectibilityRuleSetInput!) {
    updateCollectibilityRuleSet(input: $input) {
      id
    }
  }
`);

export const UpdateLoanProductTermsMutation = graphql(`
  mutation UpdateLoanProductTerms($input: UpdateLoanProductTermsInput!) {
    updateLoanProductTerms(input: $input) {
      productId
    }
  }
`);
