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
