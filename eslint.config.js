import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const PURE_MODEL = {
  group: ['**/map/*', '**/ui/*', '**/state/*', 'react', 'react-dom', 'react-intl', 'maplibre-gl', '@deck.gl/*'],
  message: 'model/ is pure: the map, the store and the interface import it, not the other way round.',
};
const BUILD_TIME_ONLY = {
  group: ['**/validation/*'],
  message: 'model/validation/ runs at build time only (scripts/validate.ts), never in the browser.',
};
const EDTF_AT_BUILD_TIME = {
  name: 'edtf',
  message: 'EDTF dates are read at build time (model/validation/eventDates.ts); the app reads their spans from the data file.',
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public', 'bench-results', 'test-results', '.probes'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Imports name the file they mean, extension and all, as Node and Vite's native config loader
    // read them (vite.config.ts reaches src/model/ through scripts/lib/).
    files: ['**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...['ImportDeclaration', 'ExportNamedDeclaration', 'ExportAllDeclaration', 'ImportExpression'].map((node) => ({
          selector: `${node} > Literal.source[value=/^\\.{1,2}\\/(?!.*\\.(tsx?|jsx?|json|css|svg|png)(\\?.*)?$)/]`,
          message: 'A relative import names its file with its extension (./scene.ts).',
        })),
      ],
    },
  },
  {
    // The pure model draws nothing and keeps no state: it reaches neither the renderers, the store
    // nor React (docs/ARCHITECTURE.md). Its tests may drive the store's storage.
    files: ['src/model/**/*.ts'],
    ignores: ['src/model/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [PURE_MODEL] }] },
  },
  {
    // What ships to the browser leaves the build-time checks (zod, the reference geography, the EDTF reader) out.
    files: ['src/model/**/*.ts'],
    ignores: ['src/model/**/*.test.ts', 'src/model/validation/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [EDTF_AT_BUILD_TIME], patterns: [PURE_MODEL, BUILD_TIME_ONLY] }] },
  },
  {
    files: ['src/*.{ts,tsx}', 'src/{ui,map,state,basemap,i18n}/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [EDTF_AT_BUILD_TIME], patterns: [BUILD_TIME_ONLY] }] },
  },
  {
    // The palette is read by the model, the map and the stylesheets alike, so it depends on none of them.
    files: ['src/style/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/model/**'], message: 'style/ imports nothing from model/.' }] }] },
  },
);
