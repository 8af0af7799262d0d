import { graphql } from '../../api/generated/gql';

export const UserFields = graphql(`
  fragment UserFields on User {
    id
    name
    email
    role
    segment
    active
    mustChangePassword
    officeId
    office {
      id
      name
    }
    version
  }
`);

export const UsersQuery = graphql(`
  query Users($filter: UserFilterInput, $first: Int, $after: String) {
    users(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...UserFields
      }
    }
  }
`);

export const UserQuery = graphql(`
  query User($id: ID!) {
    user(id: $id) {
      ...UserFields
    }
  }
`);

export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...UserFields
    }
  }
`);

export const UpdateUserMutation = graphql(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      ...UserFields
    }
  }
`);

export const DeactivateUserMutation = graphql(`
  mutation DeactivateUser($id: ID!) {
    deactivateUser(id: $id) {
      ...UserFields
    }
  }
`);

export const ReactivateUserMutation = graphql(`
  mutation ReactivateUser($id: ID!) {
    reactivateUser(id: $id) {
      ...UserFields
    }
  }
`);

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($id: ID!) {
    resetPassword(id: $id) {
      temporaryPassword
      user {
        ...UserFields
      }
    }
  }
`);

export const ReassignPortfolioMutation = graphql(`
  mutation ReassignPortfolio($fromOfficerId: ID!, $toOfficerId: ID!, $reason: String!) {
    reassignPortfolio(fromOfficerId: $fromOfficerId, toOfficerId: $toOfficerId, reason: $reason) {
      leads
      clients
      followUps
    }
  }
`);

export const OfficesQuery = graphql(`
  query Offices($first: Int, $after: String) {
    offices(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        code
        name
        parentId
        timeZone
        monthlyBudget
        version
      }
    }
  }
`);

export const CreateOfficeMutation = graphql(`
  mutation CreateOffice($input: CreateOfficeInput!) {
    createOffice(input: $input) {
      id
      code
      name
      parentId
      timeZone
      version
    }
  }
`);

export const UpdateOfficeMutation = graphql(`
  mutation UpdateOffice($input: UpdateOfficeInput!) {
    updateOffice(input: $input) {
      id
      code
      name
      parentId
      timeZone
      monthlyBudget
      version
    }
  }
`);
