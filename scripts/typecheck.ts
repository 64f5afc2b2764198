/**
 * Type-checks every package with its own compiler settings (the web app has the DOM, the
 * server has Node) and the root scripts and tests.
 */
import { spawnSync } from "node:child_process";

const projects = [
  "packages/domain/tsconfig.json",
  "packages/contract/tsconfig.json",
  "packages/server/tsconfig.json",
  "packages/web/tsconfig.json",
  "tsconfig.json",
];

let failed = false;
for (const project of projects) {
  const result = spawnSync("tsc", ["-p", project], { stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`typecheck failed: ${project}`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
