import { randomUUID } from "node:crypto";
import { addDays, calendarDateOf } from "@art28/domain";
import { expect, it } from "vitest";
import { withOrganisationScope } from "../src/database/tenant-scope.ts";
import { agreements, audits, counterparties, relationships } from "../src/database/schema.ts";
import { demoRelationships } from "../src/demo/demo-register.ts";
import { dashboardFlagListLimit } from "../src/services/register-overview-service.ts";
import { demoEmails, loginAsDemo } from "./support/demo-sessions.ts";
import type { HttpClient } from "./support/http-client.ts";
import { describeOnEachEngine } from "./support/test-application.ts";

/** A fixed clock well ahead of today, so nothing here depends on the day the tests run. */
const now = new Date("2031-06-15T09:30:00Z");
const today = calendarDateOf(now);

interface Summary {
  id: string;
  name: string;
  role: string | null;
  counterparty: { id: string; name: string; kvkNumber: string | null };
  status: { compliance: string; flags: Array<{ flag: string; on: string | null }>; deadlines: unknown[] };
}

async function list(client: HttpClient, organisationId: string, query: Record<string, string> = {}) {
  const response = await client.request({
    method: "GET",
    url: `/api/organisations/${organisationId}/relationships`,
    query,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { items: Summary[]; total: number; page: number; pageSize: number };
}

describeOnEachEngine(
  "register overview: relationship list and dashboard",
  (server) => {
    it("lists every relationship with its counterparty and status, ordered by counterparty and name", async () => {
      const { client, organisationId } = await loginAsDemo(server(), demoEmails.viewer);
      const body = await list(client, organisationId, { pageSize: "200" });
      expect(body.total).toBe(demoRelationships.length);
      expect(body).toMatchObject({ page: 1, pageSize: 200 });
      const salary = body.items.find((item) => item.counterparty.name === "Salarisdienst Noord B.V.")!;
      expect(salary).toMatchObject({
        name: "Salarisadministratie en loonstroken",
        role: "processor",
        counterparty: { kvkNumber: "71843206" },
        status: { compliance: "compliant", requiredAgreement: "processor_agreement" },
      });
      const names = body.items.map((item) => item.counterparty.name);
      expect(names).toEqual([...names].sort((one, other) => one.localeCompare(other)));
    });

    it("pages without gaps or repeats and keeps the total over all pages", async () => {
      const { client, organisationId } = await loginAsDemo(server(), demoEmails.viewer);
      const all = (await list(client, organisationId, { pageSize: "200" })).items.map((item) => item.id);
      const paged: string[] = [];
      for (let page = 1; page <= Math.ceil(all.length / 5); page += 1) {
        const body = await list(client, organisationId, { pageSize: "5", page: String(page) });
        expect(body.total).toBe(all.length);
        expect(body.items.length).toBeLessThanOrEqual(5);
        paged.push(...body.items.map((item) => item.id));
      }
      expect(paged).toEqual(all);
      const beyond = await list(client, organisationId, { pageSize: "5", page: "99" });
      expect(beyond).toMatchObject({ items: [], total: all.length, page: 99 });
    });

    it("searches relationship name, counterparty name and KvK number, with % taken literally", async () => {
      const { client, organisationId } = await loginAsDemo(server(), demoEmails.viewer);
      const counterpartyNames = async (q: string) =>
        (await list(client, organisationId, { q })).items.map((item) => item.counterparty.name);
      expect(await counterpartyNames("loonstroken")).toEqual(["Salarisdienst Noord B.V."]);
      expect(await counterpartyNames("webhaven")).toEqual(["Webhaven Hosting B.V."]);
      expect(await counterpartyNames("71843206")).toEqual(["Salarisdienst Noord B.V."]);
      expect(await counterpartyNames("%")).toEqual([]);
      expect(await counterpartyNames("_")).toEqual([]);
    });

    it("filters on compliance, flag, role and counterparty, also combined with paging", async () => {
      const { client, organisationId } = await loginAsDemo(server(), demoEmails.viewer);
      const missing = await list(client, organisationId, { compliance: "missing" });
      expect(missing.items.map((item) => item.counterparty.name).sort()).toEqual([
        "Nimbus Harbor Inc.",
        "ParkeerGemak B.V.",
      ]);
      expect(missing.items.every((item) => item.status.compliance === "missing")).toBe(true);

      const running = await list(client, organisationId, { flag: "breach_deadline_running" });
      expect(running.items.map((item) => item.counterparty.name)).toEqual(["Belwaarts Klantcontact B.V."]);

      const joint = await list(client, organisationId, { role: "joint_controllers" });
      expect(joint.items.map((item) => [item.counterparty.name, item.status.compliance])).toEqual([
        ["Stichting Schuldhulp Op Orde", "compliant"],
      ]);

      const byCounterparty = await list(client, organisationId, { counterpartyId: missing.items[0]!.counterparty.id });
      expect(byCounterparty.items.map((item) => item.id)).toEqual([missing.items[0]!.id]);

      const compliant = await list(client, organisationId, { compliance: "compliant", pageSize: "200" });
      const secondPage = await list(client, organisationId, { compliance: "compliant", pageSize: "4", page: "2" });
      expect(secondPage.total).toBe(compliant.total);
      expect(secondPage.items.map((item) => item.id)).toEqual(compliant.items.slice(4, 8).map((item) => item.id));

      const none = await list(client, organisationId, { compliance: "missing", role: "joint_controllers" });
      expect(none).toMatchObject({ items: [], total: 0 });
    });

    it("refuses unknown filter values with 422 naming the field", async () => {
      const { client, organisationId } = await loginAsDemo(server(), demoEmails.viewer);
      const response = await client.request({
        method: "GET",
        url: `/api/organisations/${organisationId}/relationships`,
        query: { compliance: "fine", pageSize: "1000" },
      });
      expect(response.statusCode).toBe(422);
      const paths = response.json().issues.map((issue: { path: string }) => issue.path);
      expect(paths).toEqual(expect.arrayContaining(["querystring.compliance", "querystring.pageSize"]));
    });

    it("shows a crafted relationship's computed status in the list and on the dashboard", async () => {
      const { client, organisationId } = await loginAsDemo(server(), demoEmails.viewer);
      const dashboardBefore = (
        await client.request({ method: "GET", url: `/api/organisations/${organisationId}/dashboard` })
      ).json();

      // Two relationships with one new counterparty: an active agreement never checked, a review
      // date passed, an audit planned next week; and a relationship without role.
      const counterpartyId = randomUUID();
      const relationshipId = randomUUID();
      const agreementId = randomUUID();
      const auditId = randomUUID();
      await withOrganisationScope(server().application.connection.database, organisationId, async (transaction) => {
        await transaction.insert(counterparties).values({
          id: counterpartyId,
          organisationId,
          name: "Aaa Testleverancier B.V.",
          kvkNumber: "99887766",
          country: "NL",
          category: "other",
        });
        await transaction.insert(relationships).values([
          { id: relationshipId, organisationId, counterpartyId, name: "Bbb toetsdienst", role: "processor" },
          { id: randomUUID(), organisationId, counterpartyId, name: "Aaa nog te bepalen", role: null },
        ]);
        await transaction.insert(agreements).values({
          id: agreementId,
          organisationId,
          relationshipId,
          kind: "processor_agreement",
          status: "active",
          signedOn: addDays(today, -200),
          effectiveOn: addDays(today, -190),
          reviewOn: addDays(today, -3),
        });
        await transaction
          .insert(audits)
          .values({ id: auditId, organisationId, relationshipId, plannedOn: addDays(today, 7) });
      });

      const listed = await list(client, organisationId, { counterpartyId });
      expect(listed.items.map((item) => item.name)).toEqual(["Aaa nog te bepalen", "Bbb toetsdienst"]);
      expect(listed.items[0]!.status).toMatchObject({ compliance: "undetermined", flags: [] });
      expect(listed.items[1]!.status).toEqual({
        requiredAgreement: "processor_agreement",
        compliance: "incomplete",
        flags: [
          { flag: "check_missing", on: null, at: null, subject: { type: "agreement", id: agreementId } },
          { flag: "review_overdue", on: addDays(today, -3), at: null, subject: { type: "agreement", id: agreementId } },
        ],
        deadlines: [{ deadline: "audit", on: addDays(today, 7), at: null, subject: { type: "audit", id: auditId } }],
      });
      // The first counterparty in name order leads the unfiltered list.
      expect((await list(client, organisationId, { pageSize: "2" })).items.map((item) => item.name)).toEqual([
        "Aaa nog te bepalen",
        "Bbb toetsdienst",
      ]);
      expect((await list(client, organisationId, { q: "99887766" })).total).toBe(2);

      const response = await client.request({ method: "GET", url: `/api/organisations/${organisationId}/dashboard` });
      expect(response.statusCode).toBe(200);
      const dashboard = response.json();
      expect(dashboard.generatedAt).toBe(now.toISOString());
      expect(dashboard.relationships).toBe(dashboardBefore.relationships + 2);
      expect(dashboard.compliance.incomplete).toBe(dashboardBefore.compliance.incomplete + 1);
      expect(dashboard.compliance.undetermined).toBe(dashboardBefore.compliance.undetermined + 1);
      const needingAgreement = (
        body: { compliance: { compliant: number; missing: number; incomplete: number } },
        extra: number,
      ) => body.compliance.compliant + body.compliance.missing + body.compliance.incomplete + extra;
      // One more relationship needs an agreement and is not compliant: the coverage drops.
      expect(dashboard.coveragePercentage).toBe(
        Math.round((dashboard.compliance.compliant / needingAgreement(dashboardBefore, 1)) * 1000) / 10,
      );
      expect(dashboard.coveragePercentage).toBeLessThan(dashboardBefore.coveragePercentage);

      const reviewOverdue = dashboard.flags.find((entry: { flag: string }) => entry.flag === "review_overdue");
      expect(reviewOverdue.count).toBe(
        dashboardBefore.flags.find((entry: { flag: string }) => entry.flag === "review_overdue").count + 1,
      );
      expect(reviewOverdue.relationships).toContainEqual({
        relationshipId,
        relationshipName: "Bbb toetsdienst",
        counterpartyName: "Aaa Testleverancier B.V.",
        on: addDays(today, -3),
      });
      const dates = reviewOverdue.relationships.map((entry: { on: string }) => entry.on);
      expect(dates).toEqual([...dates].sort());

      expect(dashboard.deadlines).toContainEqual({
        relationshipId,
        relationshipName: "Bbb toetsdienst",
        counterpartyName: "Aaa Testleverancier B.V.",
        deadline: "audit",
        on: addDays(today, 7),
        at: null,
        subject: { type: "audit", id: auditId },
      });
      const deadlineDates = dashboard.deadlines.map((entry: { on: string }) => entry.on);
      expect(deadlineDates).toEqual([...deadlineDates].sort());
      expect(deadlineDates.every((on: string) => on >= today && on <= addDays(today, 90))).toBe(true);
      for (const entry of dashboard.flags) {
        expect(entry.relationships.length).toBe(Math.min(entry.count, dashboardFlagListLimit));
      }
    });

    it("refuses another organisation's id with 403 and shows nothing of it", async () => {
      const supplier = await loginAsDemo(server(), demoEmails.supplier);
      const municipality = await loginAsDemo(server(), demoEmails.viewer);
      for (const path of ["relationships", "dashboard"]) {
        const response = await supplier.client.request({
          method: "GET",
          url: `/api/organisations/${municipality.organisationId}/${path}`,
        });
        expect(response.statusCode, path).toBe(403);
        expect(response.json().code).toBe("forbidden");
        expect(response.body).not.toContain("Salarisadministratie");
      }
      // Its own register is empty: the municipality's relationships do not leak into it.
      const own = await list(supplier.client, supplier.organisationId);
      expect(own).toMatchObject({ items: [], total: 0 });
      const dashboard = (
        await supplier.client.request({ method: "GET", url: `/api/organisations/${supplier.organisationId}/dashboard` })
      ).json();
      expect(dashboard).toMatchObject({ relationships: 0, coveragePercentage: null, deadlines: [] });
      expect(dashboard.flags.every((entry: { count: number }) => entry.count === 0)).toBe(true);
    });

    it("asks for a session (401)", async () => {
      const { organisationId } = await loginAsDemo(server(), demoEmails.viewer);
      for (const path of ["relationships", "dashboard"]) {
        const response = await server().app.inject({
          method: "GET",
          url: `/api/organisations/${organisationId}/${path}`,
        });
        expect(response.statusCode).toBe(401);
      }
    });
  },
  {},
  { now: () => now },
);
