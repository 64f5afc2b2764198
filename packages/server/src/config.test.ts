import { describe, expect, it } from "vitest";
import { ConfigurationError, loadConfig } from "./config.ts";

describe("configuration", () => {
  it("has working defaults: port 3000, embedded database under ./data, demo data on", () => {
    const config = loadConfig({}, "/srv/art28");
    expect(config).toMatchObject({
      port: 3000,
      databaseUrl: undefined,
      dataDirectory: "/srv/art28/data",
      loadDemoData: true,
    });
  });

  it("reads PostgreSQL, data folder and demo switch from the environment", () => {
    const config = loadConfig(
      { PORT: "8080", DATABASE_URL: "postgres://art28@db/art28", ART28_DATA_DIR: "/var/lib/art28", ART28_DEMO: "0" },
      "/srv",
    );
    expect(config).toMatchObject({
      port: 8080,
      databaseUrl: "postgres://art28@db/art28",
      dataDirectory: "/var/lib/art28",
      loadDemoData: false,
    });
  });

  it("names every wrong variable at once", () => {
    let error: unknown;
    try {
      loadConfig({ PORT: "eighty", DATABASE_URL: "mysql://localhost/db", ART28_DEMO: "maybe" });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    const problems = (error as ConfigurationError).problems;
    expect(problems).toHaveLength(3);
    expect(problems.join("\n")).toMatch(/^PORT="eighty": /m);
    expect(problems.join("\n")).toMatch(/^DATABASE_URL="mysql:\/\/localhost\/db": must start with postgres:\/\//m);
    expect(problems.join("\n")).toMatch(/^ART28_DEMO="maybe": must be 0, 1, true or false/m);
  });

  it("rejects a port outside 1–65535", () => {
    expect(() => loadConfig({ PORT: "70000" })).toThrow(/PORT="70000": must be between 1 and 65535/);
  });

  it("treats empty variables as unset", () => {
    expect(loadConfig({ PORT: "", DATABASE_URL: "" }).port).toBe(3000);
  });
});
