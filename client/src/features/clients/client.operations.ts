import { graphql } from '../../api/generated/gql';

export const ClientsQuery = graphql(`
  query Clients($filter: ClientFilterInput, $first: Int, $after: String) {
    clients(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        cif
        name
        type
        phone
        status
        segment
        officer {
          id
          name
        }
      }
    }
  }
`);

export const ClientDetailQuery = graphql(`
  query ClientDetail($id: ID!) {
    client(id: $id) {
      id
      cif
      type
      name
      nik
      npwp
      birthDate
      gender
      phone
      whatsapp
      email
      address
      segment
      status
      monthlyIncome
      existingInstallments
      version
      createdAt
      officer {
        id
        name
      }
      office {
        id
        name
      }
      sourceLead {
        id
        fullName
      }
      productsHeld {
        id
        amount
        tenorMonths
        product {
          id
          name
        }
      }
      offers {
        id
        status
        amount
        tenorMonths
        annualRate
        pdfUrl
        dsrPercent
        dsrOverLimit
        dsrLimitPercent
        product {
          id
          name
        }
      }
    }
  }
`);

export const CreateClientMutation = graphql(`
  mutation CreateClient($input: ClientFieldsInput!) {
    createClient(input: $input) {
      id
      cif
    }
  }
`);

export const UpdateClientMutation = graphql(`
  mutation UpdateClient($input: UpdateClientInput!) {
    updateClient(input: $input) {
      id
      version
    }
  }
`);
