import { graphql } from '../../api/generated/gql';

export const CampaignFields = graphql(`
  fragment CampaignFields on Campaign {
    id
    name
    slug
    channel
    status
    startDate
    endDate
    budget
    spend
    leadGoal
    description
    formEnabled
    formUrl
    qrUrl
    version
    product {
      id
      name
    }
    figures {
      leads
      converted
      amountWon
      costPerLead
      goalProgress
    }
  }
`);

export const CampaignsQuery = graphql(`
  query Campaigns($first: Int, $after: String) {
    campaigns(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...CampaignFields
      }
    }
  }
`);

export const CampaignQuery = graphql(`
  query Campaign($id: ID!) {
    campaign(id: $id) {
      ...CampaignFields
      leadsBrought(first: 50) {
        totalCount
        nodes {
          id
          fullName
          phone
          stage
          createdAt
        }
      }
    }
  }
`);

export const CreateCampaignMutation = graphql(`
  mutation CreateCampaign($input: CampaignFieldsInput!) {
    createCampaign(input: $input) {
      ...CampaignFields
    }
  }
`);

export const UpdateCampaignMutation = graphql(`
  mutation UpdateCampaign($input: UpdateCampaignInput!) {
    updateCampaign(input: $input) {
      ...CampaignFields
    }
  }
`);

export const ImportLeadsMutation = graphql(`
  mutation ImportLeads($importId: ID!, $mapping: ImportMappingInput!) {
    importLeads(importId: $importId, mapping: $mapping) {
      id
      status
    }
  }
`);
