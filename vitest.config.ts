import {defineConfig} from "vitest/config";

// Commands, run as processes: slower than a unit test, quicker than a site build.
const PROCESS_TESTS = ["tests/reliability/**/*.test.ts", "tests/import/cli.test.ts", "tests/fetch/fetch.test.ts"];

// Three projects, all run by `npm test`: fast unit tests of the pipeline (`npm run test:unit`),
// the commands run as processes under faults and hostile input (`npm run test:reliability`),
// and end-to-end tests against the site built from the sample data (built once, by the e2e
// project's global setup; `npm run test:e2e`).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["tests/**/*.test.ts"],
          exclude: ["tests/e2e/**", ...PROCESS_TESTS],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: "reliability",
          include: PROCESS_TESTS,
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          globalSetup: ["tests/support/buildSite.ts"],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
