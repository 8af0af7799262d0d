import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed operations for the client, generated from the committed server schema. */
const config: CodegenConfig = {
  schema: '../server/schema.graphql',
  documents: ['src/**/*.ts', '!src/api/generated/**'],
  ignoreNoDocuments: true,
  generates: {
    'src/api/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Money: 'string', LocalDate: 'string', DateTimeISO: 'string', ID: 'string' },
      },
    },
  },
};

export default config;
