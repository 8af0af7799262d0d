import { graphql } from '../../api/generated/gql';

export const OfferFields = graphql(`
  fragment OfferFields on Offer {
    id
    status
    amount
    tenorMonths
    annualRate
    interestMethod
    validUntil
    declineReason
    version
    pdfUrl
    dsrPercent
    dsrOverLimit
    dsrLimitPercent
    product {
      id
      name
      kind
    }
    figures {
      fee
      feeVat
      depositInterest
      depositTax
      loan {
        installment
        totalInterest
        totalPaid
      }
    }
  }
`);

export const LeadSalesQuery = graphql(`
  query LeadSales($id: ID!) {
    lead(id: $id) {
      id
      offers {
        ...OfferFields
      }
      documentChecklist {
        code
        label
        received
      }
      client {
        id
        cif
        name
      }
    }
  }
`);

export const CreateOfferMutation = graphql(`
  mutation CreateOffer($input: CreateOfferInput!) {
    createOffer(input: $input) {
      ...OfferFields
    }
  }
`);

export const PresentOfferMutation = graphql(`
  mutation PresentOffer($id: ID!) {
    presentOffer(id: $id) {
      ...OfferFields
    }
  }
`);

export const AcceptOfferMutation = graphql(`
  mutation AcceptOffer($id: ID!) {
    acceptOffer(id: $id) {
      ...OfferFields
    }
  }
`);

export const DeclineOfferMutation = graphql(`
  mutation DeclineOffer($id: ID!, $reason: String!) {
    declineOffer(id: $id, reason: $reason) {
      ...OfferFields
    }
  }
`);

export const SetLeadDocumentMutation = graphql(`
  mutation SetLeadDocument($leadId: ID!, $code: String!, $received: Boolean!) {
    setLeadDocument(leadId: $leadId, code: $code, received: $received) {
      id
    }
  }
`);
