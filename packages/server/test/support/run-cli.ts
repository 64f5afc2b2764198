import { spawnSync } from "node:child_process";
import os from "node:os";
import { fileURLToPath } from "node:url";

export const cliPath = fileURLToPath(new URL("../../bin/art28.js", import.meta.url));

/**
 * Runs the `art28` command as a user would, with a clean environment (only PATH and HOME)
 * plus `environment`; `input` is piped to standard input.
 */
export function runCli(args: readonly string[], environment: Record<string, string> = {}, input = "") {
  const result = spawnSync(process.execPath, [cliPath, ...args], {
    env: { PATH: process.env.PATH ?? "", HOME: os.tmpdir(), ART28_LOG_LEVEL: "silent", ...environment },
    input,
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
