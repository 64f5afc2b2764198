import { expect, it } from "vitest";
import { demoEmails, loginAsDemo } from "./support/demo-sessions.ts";
import { describeOnEachEngine } from "./support/test-application.ts";

describeOnEachEngine("organisation settings", (server) => {
  it("lets an administrator override design tokens, and shows them to every member", async () => {
    const admin = await loginAsDemo(server(), demoEmails.admin);
    const theme = { "--basis-color-accent-1-default": "#00689e", "--basis-heading-font-family": "Georgia, serif" };
    const response = await admin.client.request({
      method: "PATCH",
      url: `/api/organisations/${admin.organisationId}`,
      payload: { theme },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().theme).toEqual(theme);

    const viewer = await loginAsDemo(server(), demoEmails.viewer);
    const seen = await viewer.client.request({ method: "GET", url: `/api/organisations/${viewer.organisationId}` });
    expect(seen.json().theme).toEqual(theme);
  });

  it("refuses theme changes by a non-administrator (403) and keeps the theme", async () => {
    const officer = await loginAsDemo(server(), demoEmails.privacyOfficer);
    const before = (
      await officer.client.request({ method: "GET", url: `/api/organisations/${officer.organisationId}` })
    ).json();
    const response = await officer.client.request({
      method: "PATCH",
      url: `/api/organisations/${officer.organisationId}`,
      payload: { theme: { "--basis-color-accent-1-default": "red" } },
    });
    expect(response.statusCode).toBe(403);
    const after = (
      await officer.client.request({ method: "GET", url: `/api/organisations/${officer.organisationId}` })
    ).json();
    expect(after.theme).toEqual(before.theme);
  });

  it("rejects overrides that are not CSS custom properties or that could inject CSS (422)", async () => {
    const admin = await loginAsDemo(server(), demoEmails.admin);
    const before = (
      await admin.client.request({ method: "GET", url: `/api/organisations/${admin.organisationId}` })
    ).json();
    for (const theme of [{ color: "red" }, { "--accent": "red; } body { display: none" }]) {
      const response = await admin.client.request({
        method: "PATCH",
        url: `/api/organisations/${admin.organisationId}`,
        payload: { theme },
      });
      expect(response.statusCode).toBe(422);
      expect(response.json().code).toBe("validation_failed");
    }
    const after = (
      await admin.client.request({ method: "GET", url: `/api/organisations/${admin.organisationId}` })
    ).json();
    expect(after.theme).toEqual(before.theme);
  });
});
