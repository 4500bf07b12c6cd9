import { defineConfig } from 'vitest/config';

// Three projects: `unit` runs pure code and needs no build; `build` and `e2e` read the real site,
// which their global setup builds once per run (see tests/helpers/global-setup.ts).
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // Unit files share no state (each makes its own temporary folder and restores what it
          // changes in the environment), so they run side by side, on every core (Vitest's default
          // leaves one free, which on two cores is one file at a time), and in workers that are
          // reused rather than started afresh for each file: starting one cost more than most files'
          // tests.
          fileParallelism: true,
          maxWorkers: '100%',
          isolate: false,
          // No unit test needs more than a second or two: one that hangs fails in seconds rather
          // than holding the run for minutes.
          testTimeout: 10_000,
          hookTimeout: 10_000,
          // Pure code first: a broken function fails the run before any site is built.
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          globalSetup: ['tests/helpers/global-setup.ts'],
          // Build tests run real Astro builds, one after another on small machines.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/helpers/global-setup.ts'],
          // A browser and a build competing for two cores make timings (first load, print) flaky.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
