import { graphql } from '../../api/generated/gql';

export const NotificationsQuery = graphql(`
  query Notifications($unreadOnly: Boolean!) {
    notifications(unreadOnly: $unreadOnly) {
      id
      type
      title
      body
      link
      readAt
      createdAt
    }
    unreadNotificationCount
  }
`);

export const MarkReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);
