import { graphql } from '../../api/generated/gql';

export const JobsQuery = graphql(`
  query BackgroundJobs($filter: JobFilterInput, $first: Int, $after: String) {
    jobs(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        state
        progress
        attempts
        maxAttempts
        error
        createdAt
        updatedAt
        finishedAt
      }
    }
  }
`);

export const RetryJobMutation = graphql(`
  mutation RetryJob($id: String!) {
    retryJob(id: $id) {
      id
      state
      attempts
      error
      progress
    }
  }
`);
