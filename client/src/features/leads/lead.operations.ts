import { graphql } from '../../api/generated/gql';

export const LeadCardFields = graphql(`
  fragment LeadCardFields on Lead {
    id
    fullName
    companyName
    phone
    source
    segment
    estimatedAmount
    stage
    position
    ownerId
    owner {
      id
      name
    }
    officeId
    stageEnteredAt
    nextActionAt
    lostReason
    lastActivityAt
    campaignId
    version
    latestOffer {
      id
      status
      product {
        id
        name
      }
    }
  }
`);

export const LeadBoardQuery = graphql(`
  query LeadBoard($filter: LeadFilterInput, $perColumn: Int) {
    leadBoard(filter: $filter, perColumn: $perColumn) {
      columns {
        stage
        count
        totalAmount
        weightedAmount
        probability
        hasMore
        endCursor
        cards {
          ...LeadCardFields
        }
      }
    }
  }
`);

export const LeadBoardTotalsQuery = graphql(`
  query LeadBoardTotals($filter: LeadFilterInput) {
    leadBoard(filter: $filter, perColumn: 1) {
      columns {
        stage
        count
        totalAmount
        weightedAmount
        probability
      }
    }
  }
`);

export const LeadColumnQuery = graphql(`
  query LeadColumn($stage: LeadStage!, $filter: LeadFilterInput, $after: String, $first: Int) {
    leadColumn(stage: $stage, filter: $filter, after: $after, first: $first) {
      hasMore
      endCursor
      cards {
        ...LeadCardFields
      }
    }
  }
`);

export const LeadDetailQuery = graphql(`
  query LeadDetail($id: ID!) {
    lead(id: $id) {
      ...LeadCardFields
      whatsapp
      email
      nik
      referrerName
      expectedCloseDate
      monthlyIncome
      existingInstallments
      notes
      productId
      clientId
      archivedAt
      createdAt
      daysInStage
      stageHistory {
        id
        fromStage
        toStage
        changedAt
        changedBy {
          id
          name
        }
      }
      assignments {
        id
        assignedAt
        reason
        fromOwner {
          id
          name
        }
        toOwner {
          id
          name
        }
        assignedBy {
          id
          name
        }
      }
    }
  }
`);

export const OfficersQuery = graphql(`
  query Officers($first: Int, $after: String) {
    users(filter: { role: OFFICER }, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        segment
        officeId
        office {
          id
          name
        }
      }
    }
  }
`);

/** What the lead form offers to link: the campaigns the viewer reaches, a page at a time. */
export const LeadFormCampaignsQuery = graphql(`
  query LeadFormCampaigns($first: Int, $after: String) {
    campaigns(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        status
        channel
        startDate
        product {
          id
        }
      }
    }
  }
`);

/** The active catalog the lead form offers, a page at a time. */
export const LeadFormProductsQuery = graphql(`
  query LeadFormProducts($first: Int, $after: String) {
    products(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        kind
      }
    }
  }
`);

export const CreateLeadMutation = graphql(`
  mutation CreateLead($input: CreateLeadInput!) {
    createLead(input: $input) {
      ...LeadCardFields
    }
  }
`);

export const UpdateLeadMutation = graphql(`
  mutation UpdateLead($input: UpdateLeadInput!) {
    updateLead(input: $input) {
      ...LeadCardFields
    }
  }
`);

export const MoveLeadMutation = graphql(`
  mutation MoveLead($input: MoveLeadInput!) {
    moveLead(input: $input) {
      ...LeadCardFields
    }
  }
`);

export const ArchiveLeadMutation = graphql(`
  mutation ArchiveLead($id: ID!) {
    archiveLead(id: $id) {
      ...LeadCardFields
    }
  }
`);

export const ClaimLeadMutation = graphql(`
  mutation ClaimLead($id: ID!) {
    claimLead(id: $id) {
      ...LeadCardFields
    }
  }
`);

export const ReassignLeadMutation = graphql(`
  mutation ReassignLead($id: ID!, $ownerId: ID!, $reason: String) {
    reassignLead(id: $id, ownerId: $ownerId, reason: $reason) {
      ...LeadCardFields
    }
  }
`);

export const LeadExportUrlQuery = graphql(`
  query LeadExportUrl($format: String!, $filter: LeadFilterInput) {
    leadExportUrl(format: $format, filter: $filter)
  }
`);
