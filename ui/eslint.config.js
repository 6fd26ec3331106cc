import fs from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importPlugin from 'eslint-plugin-import';
import reactHooks from 'eslint-plugin-react-hooks';

// Imports flow one way: app -> features -> shared (components, lib). A feature never imports another
// feature; every folder under src/features gets its own zone, so a new feature is covered by itself.
const features = fs.readdirSync('src/features', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const featureZones = features.map((name) => ({
  target: `./src/features/${name}`,
  from: './src/features',
  except: [`./${name}`],
  message: 'Features never import each other: move what both need to src/components or src/lib, or compose them in src/app.',
}));

export default tseslint.config(
  { ignores: ['target/**', 'node_modules/**', 'src/gql/**', 'e2e/**', 'scripts/**', '*.config.{js,ts}', 'codegen.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  importPlugin.flatConfigs.recommended,
  importPlugin.flatConfigs.typescript,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { window: 'readonly', document: 'readonly' } },
    settings: {
      'import/resolver': { typescript: { project: './tsconfig.app.json' }, node: true },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'import/no-unresolved': 'off',
      'import/named': 'off',
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            ...featureZones,
            { target: './src/features', from: './src/app', message: 'Features do not import the app shell.' },
            { target: ['./src/components', './src/lib'], from: ['./src/features', './src/app'], message: 'Shared code does not depend on features or the app.' },
          ],
        },
      ],
    },
  },
);
