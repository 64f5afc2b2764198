import fs from "node:fs";

/**
 * What the machine offers the test suites, with the reason when something is missing. The
 * suites skip on these conditions and `npm test` names every skipped suite with its reason.
 */
export const postgresTestUrl: string | undefined = process.env.TEST_DATABASE_URL || undefined;
export const postgresSkipReason = postgresTestUrl
  ? undefined
  : "TEST_DATABASE_URL is not set (e.g. TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test)";

export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const chromiumSkipReason = fs.existsSync(chromiumPath)
  ? undefined
  : `Chromium not found at ${chromiumPath} (install Debian's package: apt-get install chromium)`;

export const skippedSuites: ReadonlyArray<{ suite: string; reason: string }> = [
  ...(postgresSkipReason ? [{ suite: "integration tests on PostgreSQL", reason: postgresSkipReason }] : []),
  ...(chromiumSkipReason ? [{ suite: "end-to-end tests in Chromium", reason: chromiumSkipReason }] : []),
];
