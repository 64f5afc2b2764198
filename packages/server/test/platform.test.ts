import { expect, it } from "vitest";
import { count } from "drizzle-orm";
import { organisations } from "../src/database/schema.ts";
import { seedDemoData } from "../src/demo/demo-data.ts";
import { describeOnEachEngine } from "./support/test-application.ts";

describeOnEachEngine("platform", (server, engine) => {
  it("reports health including the database engine", async () => {
    const response = await server().app.inject({ method: "GET", url: "/health" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: "ok", database: { engine: engine.name, reachable: true } });
  });

  it("publishes an OpenAPI document generated from the route schemas", async () => {
    const response = await server().app.inject({ method: "GET", url: "/api/openapi.json" });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        "/health",
        "/api/session",
        "/api/csrf",
        "/api/organisations/{organisationId}",
        "/api/organisations/{organisationId}/counterparties",
        "/api/organisations/{organisationId}/counterparties/{counterpartyId}",
      ]),
    );
    const login = document.paths["/api/session"].post;
    expect(login.requestBody.content["application/json"].schema.required).toEqual(["email", "password"]);
  });

  it("answers unknown API paths with a problem+json 404", async () => {
    const response = await server().app.inject({ method: "GET", url: "/api/does-not-exist" });
    expect(response.statusCode).toBe(404);
    expect(response.headers["content-type"]).toContain("application/problem+json");
    expect(response.json()).toMatchObject({ status: 404, code: "not_found" });
  });

  it("answers malformed JSON with 400 malformed_request", async () => {
    const csrf = await server().app.inject({ method: "GET", url: "/api/csrf" });
    const response = await server().app.inject({
      method: "POST",
      url: "/api/session",
      headers: {
        "content-type": "application/json",
        "x-csrf-token": csrf.json().token,
        cookie: csrf.cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join("; "),
      },
      payload: "{not json",
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe("malformed_request");
  });

  it("loads the demo data once: a second run on the same database adds nothing", async () => {
    const { database } = server().application.connection;
    const before = (await database.select({ value: count() }).from(organisations))[0]!.value;
    expect(before).toBe(3);
    expect(await seedDemoData(database)).toBe(false);
    expect((await database.select({ value: count() }).from(organisations))[0]!.value).toBe(before);
  });
});
