import { expect, it } from "vitest";
import { count } from "drizzle-orm";
import { sessions } from "../src/database/schema.ts";
import { demoPassword } from "../src/demo/demo-data.ts";
import { createHttpClient } from "./support/http-client.ts";
import { describeOnEachEngine } from "./support/test-application.ts";

const privacyOfficer = "privacy@gemeente-voorbeeld.example";

describeOnEachEngine(
  "authentication",
  (server) => {
    const sessionCount = async () =>
      (await server().application.connection.database.select({ value: count() }).from(sessions))[0]!.value;

    it("logs in with the demo account and shows the memberships", async () => {
      const client = createHttpClient(server().app);
      const response = await client.login(privacyOfficer, demoPassword);
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(body.user.email).toBe(privacyOfficer);
      expect(body.memberships).toHaveLength(1);
      expect(body.memberships[0].organisation.name).toBe("Gemeente Voorbeeld");
      expect(body.memberships[0].role).toBe("privacy_officer");
      expect(body.user).not.toHaveProperty("passwordHash");

      const cookie = response.cookies.find((candidate) => candidate.name === "art28_session");
      expect(cookie?.httpOnly).toBe(true);
      expect(cookie?.sameSite).toBe("Lax");

      const session = await client.request({ method: "GET", url: "/api/session" });
      expect(session.statusCode).toBe(200);
      expect(session.json().user.name).toBe("Priya Privacy");
    });

    it("accepts the e-mail address in any letter case", async () => {
      const response = await createHttpClient(server().app).login("Privacy@Gemeente-Voorbeeld.example", demoPassword);
      expect(response.statusCode).toBe(200);
    });

    it("refuses a wrong password with 401 and opens no session", async () => {
      const before = await sessionCount();
      const client = createHttpClient(server().app);
      const response = await client.login("beheer@gemeente-voorbeeld.example", "not-the-password");
      expect(response.statusCode).toBe(401);
      expect(response.headers["content-type"]).toContain("application/problem+json");
      expect(response.json().code).toBe("invalid_credentials");
      expect(response.cookies.find((candidate) => candidate.name === "art28_session")).toBeUndefined();
      expect(await sessionCount()).toBe(before);
      expect((await client.request({ method: "GET", url: "/api/session" })).statusCode).toBe(401);
    });

    it("answers an unknown account exactly like a wrong password", async () => {
      const response = await createHttpClient(server().app).login("nobody@nowhere.example", "whatever-password");
      expect(response.statusCode).toBe(401);
      expect(response.json().code).toBe("invalid_credentials");
    });

    it("rejects a malformed login body with 422 and names the field", async () => {
      const client = createHttpClient(server().app);
      await client.fetchCsrfToken();
      const response = await client.request({
        method: "POST",
        url: "/api/session",
        payload: { email: "not-an-email" },
      });
      expect(response.statusCode).toBe(422);
      const paths = response.json().issues.map((issue: { path: string }) => issue.path);
      expect(paths).toEqual(expect.arrayContaining(["body.email", "body.password"]));
    });

    it("rejects a login without CSRF token with 403 and opens no session", async () => {
      const before = await sessionCount();
      const client = createHttpClient(server().app);
      await client.fetchCsrfToken();
      const response = await client.request({
        method: "POST",
        url: "/api/session",
        payload: { email: privacyOfficer, password: demoPassword },
        withCsrf: false,
      });
      expect(response.statusCode).toBe(403);
      expect(response.json().code).toBe("csrf_invalid");
      expect(await sessionCount()).toBe(before);
    });

    it("rejects a CSRF token that belongs to another browser", async () => {
      const attacker = createHttpClient(server().app);
      const attackerToken = await attacker.fetchCsrfToken();
      const victim = createHttpClient(server().app);
      await victim.fetchCsrfToken();
      const response = await victim.request({
        method: "POST",
        url: "/api/session",
        payload: { email: privacyOfficer, password: demoPassword },
        headers: { "x-csrf-token": attackerToken },
        withCsrf: false,
      });
      expect(response.statusCode).toBe(403);
      expect(response.json().code).toBe("csrf_invalid");
    });

    it("logs out: the session is deleted and the cookie no longer works", async () => {
      const client = createHttpClient(server().app);
      await client.login(privacyOfficer, demoPassword);
      const cookie = client.cookies.get("art28_session");
      const before = await sessionCount();
      const response = await client.request({ method: "DELETE", url: "/api/session" });
      expect(response.statusCode).toBe(204);
      expect(await sessionCount()).toBe(before - 1);
      const replay = await server().app.inject({
        method: "GET",
        url: "/api/session",
        headers: { cookie: `art28_session=${cookie}` },
      });
      expect(replay.statusCode).toBe(401);
      expect(replay.json().code).toBe("unauthenticated");
    });
  },
  { loginAttemptsPerMinute: 1000 },
);

describeOnEachEngine(
  "login rate limit",
  (server) => {
    it("answers 429 as problem+json once a client exceeds the attempts per minute", async () => {
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 5; attempt++) {
        const response = await createHttpClient(server().app).login(
          "lezer@gemeente-voorbeeld.example",
          `wrong-${attempt}`,
        );
        statuses.push(response.statusCode);
        if (response.statusCode === 429) expect(response.json().code).toBe("rate_limited");
      }
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
      // Even the right password is refused while the limit holds.
      const blocked = await createHttpClient(server().app).login("lezer@gemeente-voorbeeld.example", demoPassword);
      expect(blocked.statusCode).toBe(429);
    });
  },
  { loginAttemptsPerMinute: 3 },
);
