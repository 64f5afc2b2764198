import { templatesOverviewSchema, authoringPaths } from "@art28/contract";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { organisations } from "../src/database/schema.ts";
import { demoAssociationName, demoSupplierName } from "../src/demo/demo-data.ts";
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

  describe("association membership", () => {
    const idOf = async (name: string) =>
      (
        await server()
          .application.connection.database.select({ id: organisations.id })
          .from(organisations)
          .where(eq(organisations.name, name))
      )[0]!.id;

    it("lets an administrator leave and join an association, which decides the template the organisation starts from", async () => {
      const admin = await loginAsDemo(server(), demoEmails.admin);
      const associationId = await idOf(demoAssociationName);
      const patch = (payload: object) =>
        admin.client.request({ method: "PATCH", url: `/api/organisations/${admin.organisationId}`, payload });
      const effectiveSource = async () =>
        templatesOverviewSchema.parse(
          (await admin.client.request({ method: "GET", url: authoringPaths.templates(admin.organisationId) })).json(),
        ).effective.source;

      const themeBefore = (
        await admin.client.request({ method: "GET", url: `/api/organisations/${admin.organisationId}` })
      ).json().theme;
      const left = await patch({ associationId: null });
      expect(left.statusCode).toBe(200);
      expect(left.json()).toMatchObject({ associationId: null, associationName: null, theme: themeBefore });
      expect(await effectiveSource()).toBe("standard");

      const joined = await patch({ associationId });
      expect(joined.statusCode).toBe(200);
      expect(joined.json()).toMatchObject({ associationId, associationName: demoAssociationName });
      expect(await effectiveSource()).toBe("association");
      const read = await admin.client.request({ method: "GET", url: `/api/organisations/${admin.organisationId}` });
      expect(read.json()).toMatchObject({ associationId, associationName: demoAssociationName });
    });

    it("refuses membership changes by a non-administrator (403)", async () => {
      const officer = await loginAsDemo(server(), demoEmails.privacyOfficer);
      const response = await officer.client.request({
        method: "PATCH",
        url: `/api/organisations/${officer.organisationId}`,
        payload: { associationId: null },
      });
      expect(response.statusCode).toBe(403);
      const read = await officer.client.request({ method: "GET", url: `/api/organisations/${officer.organisationId}` });
      expect(read.json().associationName).toBe(demoAssociationName);
    });

    it("refuses an organisation that is not an association, or the association itself (422)", async () => {
      const admin = await loginAsDemo(server(), demoEmails.admin);
      const supplierId = await idOf(demoSupplierName);
      const notAnAssociation = await admin.client.request({
        method: "PATCH",
        url: `/api/organisations/${admin.organisationId}`,
        payload: { associationId: supplierId },
      });
      expect(notAnAssociation.statusCode).toBe(422);
      expect(notAnAssociation.json()).toMatchObject({
        code: "validation_failed",
        issues: [{ path: "body.associationId" }],
      });

      const association = await loginAsDemo(server(), demoEmails.association);
      const itself = await association.client.request({
        method: "PATCH",
        url: `/api/organisations/${association.organisationId}`,
        payload: { associationId: association.organisationId },
      });
      expect(itself.statusCode).toBe(422);
      const read = await admin.client.request({ method: "GET", url: `/api/organisations/${admin.organisationId}` });
      expect(read.json().associationName).toBe(demoAssociationName);
    });
  });
});
