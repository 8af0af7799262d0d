import { graphql } from '../../api/generated/gql';

export const CreateProductMutation = graphql(`
  mutation CreateProduct($input: ProductFieldsInput!) {
    createProduct(input: $input) {
      id
    }
  }
`);

export const UpdateProductMutation = graphql(`
  mutation UpdateProduct($input: UpdateProductInput!) {
    updateProduct(input: $input) {
      id
    }
  }
`);

export const ProductsQuery = graphql(`
  query Products($filter: ProductFilterInput, $first: Int, $after: String) {
    products(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        code
        name
        kind
        segment
        interestMethod
        minRate
        maxRate
        minTenorMonths
        maxTenorMonths
        minAmount
        maxAmount
        fee
        vatTreatment
        description
        active
        version
        requirements {
          code
          label
        }
      }
    }
  }
`);
