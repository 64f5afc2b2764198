import { createHash } from "node:crypto";
import { checkReportSchema, registerRecordPaths } from "@art28/contract";
import { addDays, calendarDateOf, checkAgreement } from "@art28/domain";
import { and, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { verifyAuditChains } from "../src/audit/verify-audit-chain.ts";
import {
  agreementDocuments,
  agreements,
  auditEvents,
  processingSpecifications,
  relationships,
} from "../src/database/schema.ts";
import { seedDemoData } from "../src/demo/demo-data.ts";
import { demoRelationships } from "../src/demo/demo-register.ts";
import { readDocumentInProcess } from "../src/documents/index.ts";
import { demoEmails, loginAsDemo } from "./support/demo-sessions.ts";
import { describeOnEachEngine } from "./support/test-application.ts";

/** Far from today on purpose: the demo must be dated from the seeding clock, not from the calendar. */
const now = new Date("2032-01-20T08:00:00Z");
const today = calendarDateOf(now);

interface DashboardFlag {
  flag: string;
  count: number;
  relationships: Array<{ relationshipName: string; counterpartyName: string; on: string | null }>;
}

describeOnEachEngine(
  "demo register",
  (server) => {
    const database = () => server().application.connection.database;

    async function dashboardOfDemo() {
      const { client, organisationId } = await loginAsDemo(server(), demoEmails.viewer);
      const response = await client.request({ method: "GET", url: `/api/organisations/${organisationId}/dashboard` });
      expect(response.statusCode).toBe(200);
      return { client, organisationId, dashboard: response.json() };
    }

    it("shows compliant, missing, expiring and overdue cases on the dashboard, dated from the seeding clock", async () => {
      const { dashboard } = await dashboardOfDemo();
      const flag = (id: string) => dashboard.flags.find((entry: DashboardFlag) => entry.flag === id) as DashboardFlag;

      expect(dashboard.relationships).toBe(demoRelationships.length);
      expect(dashboard.compliance.compliant).toBeGreaterThanOrEqual(5);
      expect(dashboard.compliance.missing).toBeGreaterThanOrEqual(1);
      expect(dashboard.compliance.not_required).toBeGreaterThanOrEqual(1);
      expect(dashboard.coveragePercentage).toBeGreaterThan(0);
      expect(dashboard.coveragePercentage).toBeLessThan(100);

      expect(flag("missing_agreement").relationships.map((entry) => entry.counterpartyName)).toContain(
        "ParkeerGemak B.V.",
      );
      const expiring = flag("agreement_expiring").relationships;
      expect(expiring.length).toBeGreaterThanOrEqual(1);
      expect(expiring.every((entry) => entry.on! > today && entry.on! <= addDays(today, 90))).toBe(true);
      for (const overdue of ["review_overdue", "audit_overdue", "certification_expired"]) {
        const entries = flag(overdue).relationships;
        expect(entries.length, overdue).toBeGreaterThanOrEqual(1);
        expect(entries.every((entry) => entry.on! < today && entry.on! > addDays(today, -90))).toBe(true);
      }
      expect(flag("breach_deadline_running").count).toBe(1);
      expect(flag("breach_deadline_missed").count).toBe(1);
      expect(flag("breach_deadline_running").relationships[0]!.on! >= today).toBe(true);
      expect(flag("breach_deadline_missed").relationships[0]!.on! < today).toBe(true);

      const breachDeadline = dashboard.deadlines.find(
        (entry: { deadline: string }) => entry.deadline === "breach_authority_notification",
      );
      const hoursLeft = (Date.parse(breachDeadline.at) - now.getTime()) / 3_600_000;
      expect(hoursLeft).toBeGreaterThan(0);
      expect(hoursLeft).toBeLessThan(72);
      expect(dashboard.deadlines.length).toBeGreaterThanOrEqual(4);
    });

    it("covers joint controllers, a party that needs no agreement and one whose role is still open", async () => {
      const { client, organisationId } = await dashboardOfDemo();
      const url = `/api/organisations/${organisationId}/relationships`;
      const byRole = async (role: string) =>
        (await client.request({ method: "GET", url, query: { role } })).json().items as Array<{
          status: { compliance: string; requiredAgreement: string | null };
        }>;
      expect((await byRole("joint_controllers")).map((item) => item.status)).toContainEqual(
        expect.objectContaining({ compliance: "compliant", requiredAgreement: "art26_arrangement" }),
      );
      expect((await byRole("not_applicable")).map((item) => item.status.compliance)).toContain("not_required");
      expect((await byRole("independent_controller")).map((item) => item.status.compliance)).toContain("not_required");
      const undetermined = (await client.request({ method: "GET", url, query: { compliance: "undetermined" } })).json();
      expect(undetermined.total).toBeGreaterThanOrEqual(1);
    });

    it("stores with each compliant agreement the signed text and the report the check gives on it", async () => {
      const { organisationId } = await dashboardOfDemo();
      const stored = await database()
        .select({ agreement: agreements, document: agreementDocuments })
        .from(agreements)
        .innerJoin(
          agreementDocuments,
          and(
            eq(agreementDocuments.organisationId, agreements.organisationId),
            eq(agreementDocuments.agreementId, agreements.id),
          ),
        )
        .where(and(eq(agreements.organisationId, organisationId), eq(agreements.status, "active")));
      expect(stored.length).toBeGreaterThanOrEqual(5);
      for (const { agreement, document } of stored) {
        const report = checkReportSchema.parse(agreement.latestCheckReport);
        expect(report.summary.compliant, document.fileName).toBe(true);
        expect(report.file).toBe(document.fileName);
        expect(document.sha256).toBe(createHash("sha256").update(document.content).digest("hex"));
        // The stored report is what the check says about the stored text, not a hand-written verdict.
        const reread = await readDocumentInProcess({ bytes: document.content, fileName: document.fileName });
        expect(checkAgreement(reread).summary).toEqual(report.summary);
        expect(document.content.toString("utf8")).toContain("Gemeente Voorbeeld");
        expect(agreement.latestCheckAt!.getTime()).toBeLessThanOrEqual(now.getTime());
      }
    });

    it("records a 'created' event by 'demo' for every seeded relationship, in an intact chain", async () => {
      const { organisationId } = await dashboardOfDemo();
      const seeded = await database()
        .select({ id: relationships.id })
        .from(relationships)
        .where(eq(relationships.organisationId, organisationId));
      const events = await database()
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.organisationId, organisationId), eq(auditEvents.entityType, "relationship")));
      for (const { id } of seeded) {
        expect(events).toContainEqual(
          expect.objectContaining({ entityId: id, action: "created", actorLabel: "demo", actorUserId: null }),
        );
      }
      const breachEvents = await database()
        .select({ changes: auditEvents.changes })
        .from(auditEvents)
        .where(and(eq(auditEvents.organisationId, organisationId), eq(auditEvents.entityType, "breach")));
      expect(breachEvents.length).toBeGreaterThanOrEqual(2);
      const [chain] = await verifyAuditChains(database(), { organisationId });
      expect(chain).toMatchObject({ firstBreak: null });
      expect(chain!.events).toBeGreaterThan(seeded.length);
    });

    it("files the demo's history as the API does: specifications under their relationship, documents on the agreement", async () => {
      const { client, organisationId } = await dashboardOfDemo();
      const history = async (entityType: string, entityId: string) => {
        const response = await client.request({
          method: "GET",
          url: registerRecordPaths.history(organisationId, entityType, entityId),
        });
        expect(response.statusCode, response.body).toBe(200);
        return (
          response.json() as {
            items: { action: string; actorLabel: string; occurredAt: string; changes: Record<string, unknown> }[];
          }
        ).items;
      };

      const [specified] = await database()
        .select({ relationshipId: processingSpecifications.relationshipId })
        .from(processingSpecifications)
        .where(eq(processingSpecifications.organisationId, organisationId))
        .limit(1);
      const specificationHistory = await history("processing_specification", specified!.relationshipId);
      expect(specificationHistory).toEqual([
        expect.objectContaining({ action: "created", actorLabel: "demo", occurredAt: now.toISOString() }),
      ]);
      expect(specificationHistory[0]!.changes).toMatchObject({ relationshipId: specified!.relationshipId });

      const [withDocument] = await database()
        .select({ agreementId: agreementDocuments.agreementId, documentId: agreementDocuments.id })
        .from(agreementDocuments)
        .where(eq(agreementDocuments.organisationId, organisationId))
        .limit(1);
      const agreementHistory = await history("agreement", withDocument!.agreementId);
      expect(agreementHistory.map((event) => event.action)).toEqual(["created", "document_attached", "check_attached"]);
      expect(agreementHistory[1]!.changes).toMatchObject({ documentId: withDocument!.documentId });
      expect(agreementHistory[2]!.changes).toMatchObject({ documentId: withDocument!.documentId, compliant: true });

      const otherFiling = await database()
        .select({ id: auditEvents.id })
        .from(auditEvents)
        .where(and(eq(auditEvents.organisationId, organisationId), eq(auditEvents.entityType, "agreement_document")));
      expect(otherFiling).toEqual([]);
    });

    it("seeds only into an empty database", async () => {
      const count = async () => (await database().select({ id: relationships.id }).from(relationships)).length;
      const before = await count();
      expect(await seedDemoData(database(), { now })).toBe(false);
      expect(await count()).toBe(before);
    });
  },
  {},
  { now: () => now },
);
