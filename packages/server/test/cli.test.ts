import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import { describe, expect, it } from "vitest";
import { useTemporaryFolders } from "./support/temporary-folders.ts";
import { cliPath as cli, runCli } from "./support/run-cli.ts";

const newFolder = useTemporaryFolders("art28-cli-");

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url: string, deadline: number): Promise<Response> {
  for (;;) {
    try {
      return await fetch(url);
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

describe("art28 command line", () => {
  it("lists its commands with --help", () => {
    const result = runCli(["--help"]);
    expect(result.status).toBe(0);
    for (const command of ["serve", "migrate", "user"]) expect(result.stdout).toContain(command);
  });

  it("refuses wrong configuration with exit code 2, naming every wrong variable, and touches nothing", () => {
    const folder = newFolder();
    const result = runCli(["serve"], { PORT: "abc", DATABASE_URL: "mysql://x", ART28_DATA_DIR: folder });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('PORT="abc"');
    expect(result.stderr).toContain('DATABASE_URL="mysql://x"');
    expect(fs.readdirSync(folder)).toEqual([]);
  });

  it("creates the first admin with the password from standard input, then refuses a duplicate", () => {
    const folder = newFolder();
    const args = [
      "user",
      "create",
      "--email",
      "admin@nieuwdorp.example",
      "--name",
      "Ada Admin",
      "--organisation",
      "Gemeente Nieuwdorp",
    ];
    const created = runCli(args, { ART28_DATA_DIR: folder, ART28_DEMO: "0" }, "a-strong-password\n");
    expect(created.stderr).toBe("");
    expect(created.status).toBe(0);
    expect(created.stdout).toContain(
      'Created admin@nieuwdorp.example as admin of "Gemeente Nieuwdorp" (new controller organisation)',
    );

    const duplicate = runCli(args, { ART28_DATA_DIR: folder, ART28_DEMO: "0" }, "another-password\n");
    expect(duplicate.status).toBe(1);
    expect(duplicate.stderr).toContain("already exists");
  }, 60_000);

  it("validates user create options (exit code 2) before touching the database", () => {
    const folder = newFolder();
    const result = runCli(
      ["user", "create", "--email", "not-an-email", "--name", "X", "--organisation", "Y", "--role", "boss"],
      { ART28_DATA_DIR: folder },
      "a-strong-password\n",
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("--email must be an e-mail address");
    expect(result.stderr).toContain("--role must be one of admin, privacy_officer, contract_manager, viewer");
    expect(fs.readdirSync(folder)).toEqual([]);
  });

  it("serves, refuses a second server on the same data folder, and stops cleanly on SIGTERM", async () => {
    const folder = newFolder();
    const port = await freePort();
    const environment = {
      PATH: process.env.PATH ?? "",
      ART28_DATA_DIR: folder,
      PORT: String(port),
      ART28_LOG_LEVEL: "warn",
    };
    const server = spawn(process.execPath, [cli, "serve"], { env: environment, stdio: ["ignore", "pipe", "pipe"] });
    const exited = new Promise<number | null>((resolve) => server.on("exit", (code) => resolve(code)));
    try {
      const health = await waitForHealth(`http://127.0.0.1:${port}/health`, Date.now() + 45_000);
      expect(health.status).toBe(200);

      const second = runCli(["serve"], { ART28_DATA_DIR: folder, PORT: String(await freePort()) });
      expect(second.status).toBe(1);
      expect(second.stderr).toContain("in use by another Art28 process");
    } finally {
      server.kill("SIGTERM");
    }
    expect(await exited).toBe(0);
    // The lock is released: the folder opens again.
    const migrate = runCli(["migrate"], { ART28_DATA_DIR: folder });
    expect(migrate.status).toBe(0);
  }, 90_000);
});
