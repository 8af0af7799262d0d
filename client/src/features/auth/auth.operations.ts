import { graphql } from '../../api/generated/gql';

export const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      expiresAt
      user {
        id
        name
        email
        role
        segment
        mustChangePassword
        office {
          id
          name
          timeZone
        }
      }
    }
  }
`);

export const MeQuery = graphql(`
  query Me {
    me {
      id
      name
      email
      role
      segment
      mustChangePassword
      office {
        id
        name
        timeZone
      }
    }
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
      token
      user {
        id
        mustChangePassword
      }
    }
  }
`);
