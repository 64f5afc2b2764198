/**
 * `npm test`: typecheck, lint, build the web app (the end-to-end tests drive the built app),
 * then every vitest project. Ends with the names of skipped suites and their reasons, and one
 * plain line `N passed, N failed` counting every test.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { skippedSuites } from "../test/environment.ts";

const reportFile = "test-results/vitest.json";

interface Step {
  name: string;
  command: string;
  args: string[];
}

const steps: Step[] = [
  { name: "typecheck", command: "node", args: ["scripts/typecheck.ts"] },
  { name: "lint", command: "eslint", args: [".", "--max-warnings", "0"] },
  { name: "build web app", command: "npm", args: ["run", "build", "--silent"] },
];

const failedSteps: string[] = [];
for (const step of steps) {
  console.log(`\n▶ ${step.name}`);
  const result = spawnSync(step.command, step.args, { stdio: "inherit" });
  if (result.status !== 0) failedSteps.push(step.name);
}

console.log("\n▶ tests (unit, integration, end-to-end)");
fs.mkdirSync("test-results", { recursive: true });
fs.rmSync(reportFile, { force: true });
const vitest = spawnSync(
  "vitest",
  ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${reportFile}`],
  { stdio: "inherit" },
);
if (vitest.status !== 0) failedSteps.push("tests");

// Without a report vitest itself crashed: count that as one failure.
const report = fs.existsSync(reportFile)
  ? (JSON.parse(fs.readFileSync(reportFile, "utf8")) as { numPassedTests: number; numFailedTests: number })
  : { numPassedTests: 0, numFailedTests: 1 };
const passed = report.numPassedTests;
const failed = report.numFailedTests;

console.log("");
for (const { suite, reason } of skippedSuites) console.log(`skipped: ${suite}: ${reason}`);
for (const step of failedSteps) console.log(`failed: ${step}`);
// A failed typecheck, lint or build counts as a failure even when every test passed.
const failedOutsideTests = failedSteps.filter((step) => step !== "tests").length;
console.log(`${passed} passed, ${failed + failedOutsideTests} failed`);
process.exit(failedSteps.length > 0 ? 1 : 0);
