import type { CodegenConfig } from '@graphql-codegen/cli';

// Types come from the server's own schema files, so a schema change that breaks a query breaks `npm run build`.
const config: CodegenConfig = {
  schema: '../api-graphql/src/main/resources/graphql/*.graphqls',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        // A scalar added later by another feature reads as unknown until the UI uses it.
        defaultScalarType: 'unknown',
        scalars: { DateTime: 'string', Date: 'string', JSON: 'unknown' },
      },
    },
  },
};
export default config;
