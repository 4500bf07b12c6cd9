import { defineConfig } from 'vitest/config';

// Three projects: `unit` runs pure code and needs no build; `build` and `e2e` read the real site,
// which their global setup builds once per run (see tests/helpers/global-setup.ts).
export default defineConfig({
  test: {
    // Build tests run real Astro builds, one after another on small machines.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: { name: 'build', include: ['tests/build/**/*.test.ts'], globalSetup: ['tests/helpers/global-setup.ts'] },
      },
      {
        extends: true,
        test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], globalSetup: ['tests/helpers/global-setup.ts'] },
      },
    ],
  },
});
