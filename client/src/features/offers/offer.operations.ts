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

/** The offer a lead is won with: its most recent accepted one. */
export const WonOfferQuery = graphql(`
  query WonOffer($leadId: ID!) {
    offers(filter: { leadId: $leadId, status: ACCEPTED }, first: 1) {
      nodes {
        ...OfferFields
      }
    }
  }
`);

/** A lead's offers, newest first, a page at a time. */
export const LeadOffersQuery = graphql(`
  query LeadOffers($leadId: ID!, $first: Int, $after: String) {
    offers(filter: { leadId: $leadId }, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...OfferFields
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
