import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/vscode/**', 'node_modules/**'],
    testTimeout: 20_000,
    pool: 'forks',
  },
});
