import { graphql } from '../../api/generated/gql';

export const AllTemplatesQuery = graphql(`
  query AllMessageTemplates($first: Int, $after: String) {
    messageTemplates(includeInactive: true, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        code
        name
        body
        active
        version
      }
    }
  }
`);

export const CreateTemplateMutation = graphql(`
  mutation CreateMessageTemplate($input: MessageTemplateInput!) {
    createMessageTemplate(input: $input) {
      id
    }
  }
`);

export const UpdateTemplateMutation = graphql(`
  mutation UpdateMessageTemplate($input: MessageTemplateInput!) {
    updateMessageTemplate(input: $input) {
      id
      version
    }
  }
`);

export const UpdateStageSlaMutation = graphql(`
  mutation UpdateStageSla($stage: String!, $maxIdleDays: Int!) {
    updateStageSla(stage: $stage, maxIdleDays: $maxIdleDays) {
      stage
      maxIdleDays
    }
  }
`);

export const WipLimitsQuery = graphql(`
  query WipLimits {
    boardColumnSettings(board: "tasks") {
      columnKey
      wipLimit
      hardLimit
    }
  }
`);

export const UpdateWipLimitMutation = graphql(`
  mutation UpdateWipLimit($columnKey: String!, $wipLimit: Int, $hardLimit: Boolean!) {
    updateBoardColumnSetting(board: "tasks", columnKey: $columnKey, wipLimit: $wipLimit, hardLimit: $hardLimit) {
      columnKey
      wipLimit
      hardLimit
    }
  }
`);

export const RecommendationThresholdsQuery = graphql(`
  query RecommendationThresholds {
    recommendationThresholds {
      key
      unit
      value
      defaultValue
      min
      max
    }
  }
`);

export const SetRecommendationThresholdMutation = graphql(`
  mutation SetRecommendationThreshold($key: String!, $value: Float!) {
    setRecommendationThreshold(key: $key, value: $value) {
      key
      unit
      value
      defaultValue
      min
      max
    }
  }
`);
