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

  describe("reminders and e-mail", () => {
    it("run the scheduler every 300 seconds and keep reminders in the app by default", () => {
      expect(loadConfig({})).toMatchObject({ smtp: undefined, remindersEnabled: true, reminderIntervalSeconds: 300 });
    });

    it("read the SMTP server, the sender, the interval and the switch", () => {
      const config = loadConfig({
        ART28_SMTP_URL: "smtps://art28:geheim@mail.gemeente.example:465",
        ART28_MAIL_FROM: "Art28 <art28@gemeente.example>",
        ART28_REMINDER_INTERVAL_SECONDS: "60",
        ART28_REMINDERS: "0",
      });
      expect(config).toMatchObject({
        smtp: { url: "smtps://art28:geheim@mail.gemeente.example:465", from: "Art28 <art28@gemeente.example>" },
        remindersEnabled: false,
        reminderIntervalSeconds: 60,
      });
    });

    it("refuse a URL that is not SMTP without echoing it, since it may hold a password", () => {
      let error: unknown;
      try {
        loadConfig({ ART28_SMTP_URL: "https://user:secret-password@mail.example", ART28_MAIL_FROM: "a@b.example" });
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(ConfigurationError);
      const message = (error as ConfigurationError).message;
      expect(message).toMatch(/ART28_SMTP_URL=\(hidden\): must be an smtp:\/\/ or smtps:\/\/ URL/);
      expect(message).not.toContain("secret-password");
    });

    it("require a sender when an SMTP server is set, and a sender that is an address", () => {
      expect(() => loadConfig({ ART28_SMTP_URL: "smtp://mail.example" })).toThrow(
        /ART28_MAIL_FROM="": is required when ART28_SMTP_URL is set/,
      );
      expect(() => loadConfig({ ART28_SMTP_URL: "smtp://mail.example", ART28_MAIL_FROM: "Art28" })).toThrow(
        /ART28_MAIL_FROM="Art28": must be an e-mail address/,
      );
    });

    it("refuse an interval below 10 seconds or above a day", () => {
      expect(() => loadConfig({ ART28_REMINDER_INTERVAL_SECONDS: "5" })).toThrow(
        /ART28_REMINDER_INTERVAL_SECONDS="5": must be between 10 and 86400/,
      );
      expect(() => loadConfig({ ART28_REMINDER_INTERVAL_SECONDS: "100000" })).toThrow(/must be between 10 and 86400/);
    });
  });
});
