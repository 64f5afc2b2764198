import { defineConfig } from "vitest/config";

/**
 * Three projects: unit tests beside pure code, integration tests against real databases,
 * and end-to-end flows in Chromium. `npm test` runs all of them.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["packages/*/src/**/*.test.ts", "packages/*/src/**/*.test.tsx"],
        },
      },
      {
        test: {
          name: "integration",
          include: ["packages/server/test/**/*.test.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
