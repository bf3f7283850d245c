// Lint enforces the architecture's boundaries (see ../shared/docs/ARCHITECTURE.md):
// renderer never imports main; only registerIpc imports ipcMain and only the preload imports ipcRenderer;
// services never import Electron; no import cycles; no `any`; no floating promises.
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-artifacts/**', 'bench-results/**', 'models/**', '**/*.mjs', '**/*.js', '**/*.cjs'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    plugins: { 'import-x': importX },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'no-restricted-syntax': [
        'error',
        { selector: "ImportSpecifier[imported.name='ipcMain']", message: 'Only src/main/ipc/registerIpc.ts may import ipcMain.' },
        { selector: "ImportSpecifier[imported.name='ipcRenderer']", message: 'Only src/preload/index.ts may import ipcRenderer.' },
      ],
    },
  },
  {
    files: ['src/main/ipc/registerIpc.ts'],
    rules: { 'no-restricted-syntax': ['error', { selector: "ImportSpecifier[imported.name='ipcRenderer']", message: 'Only the preload may import ipcRenderer.' }] },
  },
  {
    files: ['src/preload/index.ts'],
    rules: { 'no-restricted-syntax': ['error', { selector: "ImportSpecifier[imported.name='ipcMain']", message: 'Only registerIpc may import ipcMain.' }] },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/main/**', 'electron', 'node:*'], message: 'The renderer talks to main only through window.api.' }] }],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/main/**', '**/renderer/**', 'electron', 'node:*'], message: 'src/shared is pure TypeScript.' }] }],
    },
  },
  {
    files: ['src/main/services/**/*.ts', 'src/main/cli/**/*.ts', 'src/main/ipc/handlers/**/*.ts', 'src/main/ipc/dispatch.ts', 'src/main/ipc/createHandlers.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'Services, handlers and the CLI run without Electron.' }] }],
    },
  },
);
