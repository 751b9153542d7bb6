import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{domain,api,bot,tab,tests,scripts}/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/.tsbuild/**', '**/dist/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
