import { defineConfig } from 'vitest/config';

/**
 * Three projects, one per kind of evidence:
 * unit  – pure functions from src/, build/ and bench/
 * build – assertions over the built dist/ (built once by the global setup)
 * e2e   – Debian's Chromium against dist/ served on 127.0.0.1
 */
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          globalSetup: ['tests/support/global-build.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/global-build.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // One browser per file is plenty on a two-core machine.
          fileParallelism: false,
        },
      },
    ],
  },
});
