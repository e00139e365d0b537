import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tools/**/*.test.ts', 'bench/**/*.test.ts'],
    // Fixture goldens hold generated packages, tests included: those run under their own toolchains.
    exclude: ['**/node_modules/**', 'tools/codegen/fixtures/**'],
    testTimeout: 60_000,
  },
});
