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
        strictScalars: true,
        scalars: { DateTime: 'string', Date: 'string' },
      },
    },
  },
};
export default config;
