import { graphql } from '../../api/generated/gql';

export const NotificationsQuery = graphql(`
  query Notifications($unreadOnly: Boolean!, $first: Int, $after: String) {
    notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        type
        title
        body
        link
        params
        readAt
        createdAt
      }
    }
    unreadNotificationCount
  }
`);

export const MarkReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);
