import { and, asc, eq, inArray } from "drizzle-orm";
import { expect, it } from "vitest";
import type { Database } from "../src/database/connection.ts";
import { auditEvents, counterparties, notifications } from "../src/database/schema.ts";
import { demoEmails, loginAsDemo } from "./support/demo-sessions.ts";
import { multipartBody } from "./support/multipart.ts";
import { createCounterparty, expectStatus, registerRequests } from "./support/register-helpers.ts";
import { describeOnEachEngine } from "./support/test-application.ts";

/** A fixed clock ahead of today (session cookies stay valid); the services and the demo data use it. */
const now = new Date("2031-05-12T10:15:00Z");
const hour = 60 * 60 * 1000;

interface BreachView {
  id: string;
  occurredAt: string | null;
  processorAwareAt: string | null;
  controllerAwareAt: string | null;
  authorityDeadlineAt: string | null;
  description: string;
}
interface HistoryView {
  items: { action: string; occurredAt: string; changes: Record<string, unknown> }[];
}

/** An ISO moment `hoursAgo` before the clock, with seconds and milliseconds as an API client may send. */
const preciseMoment = (hoursAgo: number, extraMilliseconds: number) =>
  new Date(now.getTime() - hoursAgo * hour + extraMilliseconds).toISOString();
/** The same moment as a form in minutes sends it back. */
const cutToTheMinute = (iso: string) => new Date(Math.floor(Date.parse(iso) / 60_000) * 60_000).toISOString();

describeOnEachEngine(
  "register consistency",
  (server) => {
    const database = (): Database => server().application.connection.database;
    let counter = 0;
    // One login per account and suite: logins are rate-limited.
    let privacyOfficer: ReturnType<typeof loginAsDemo> | undefined;
    const session = () => (privacyOfficer ??= loginAsDemo(server(), demoEmails.privacyOfficer));

    async function relationship() {
      const { client, organisationId } = await session();
      const api = registerRequests(client, organisationId);
      counter += 1;
      const counterparty = await createCounterparty(api, `Consistentie ${counter} B.V.`);
      const created = expectStatus<{ id: string }>(
        await api.post(api.paths.relationships(), {
          counterpartyId: counterparty.id,
          name: `Dossiers ${counter}`,
          role: "processor",
        }),
        201,
      );
      return { api, organisationId, counterpartyId: counterparty.id, relationshipId: created.id };
    }

    async function notificationsAbout(organisationId: string, entityId: string) {
      return database()
        .select({ id: notifications.id, kind: notifications.kind, reminderKey: notifications.reminderKey })
        .from(notifications)
        .where(and(eq(notifications.organisationId, organisationId), eq(notifications.entityId, entityId)))
        .orderBy(asc(notifications.reminderKey));
    }

    it("keeps a breach's moments and deadline when a form sends them back cut to the minute, and reminds once", async () => {
      const { api, organisationId, relationshipId } = await relationship();
      const breachesPath = api.paths.records(relationshipId, "breaches");
      const created = expectStatus<BreachView>(
        await api.post(breachesPath, {
          description: "Wachtwoordenlijst per ongeluk gedeeld.",
          occurredAt: preciseMoment(30, 12_345),
          processorAwareAt: preciseMoment(26, 7_891),
          controllerAwareAt: preciseMoment(20, 41_517),
        }),
        201,
      );
      const reminders = server().application.services.reminders;
      await reminders.sweepReminders();
      const firstSweep = await notificationsAbout(organisationId, created.id);
      expect(firstSweep.map((notification) => notification.kind)).toEqual(["breach_deadline_started"]);

      const breachPath = api.paths.record(relationshipId, "breaches", created.id);
      const saved = expectStatus<BreachView>(
        await api.patch(breachPath, {
          occurredAt: cutToTheMinute(created.occurredAt!),
          processorAwareAt: cutToTheMinute(created.processorAwareAt!),
          controllerAwareAt: cutToTheMinute(created.controllerAwareAt!),
          description: "Wachtwoordenlijst per ongeluk gedeeld met een leverancier.",
        }),
        200,
      );
      expect(saved).toMatchObject({
        occurredAt: created.occurredAt,
        processorAwareAt: created.processorAwareAt,
        controllerAwareAt: created.controllerAwareAt,
        authorityDeadlineAt: created.authorityDeadlineAt,
      });
      const history = expectStatus<HistoryView>(await api.get(api.paths.history("breach", created.id)), 200);
      expect(history.items.map((event) => event.action)).toEqual(["created", "updated"]);
      expect(Object.keys(history.items[1]!.changes)).toEqual(["description"]);

      await reminders.sweepReminders();
      expect(await notificationsAbout(organisationId, created.id)).toEqual(firstSweep);

      // A real change of a minute still moves the deadline, and is recorded.
      const moved = new Date(Date.parse(cutToTheMinute(created.controllerAwareAt!)) + 60_000).toISOString();
      const changed = expectStatus<BreachView>(await api.patch(breachPath, { controllerAwareAt: moved }), 200);
      expect(changed.controllerAwareAt).toBe(moved);
      expect(Date.parse(changed.authorityDeadlineAt!)).toBe(Date.parse(moved) + 72 * hour);
      const after = expectStatus<HistoryView>(await api.get(api.paths.history("breach", created.id)), 200);
      expect(Object.keys(after.items[2]!.changes).sort()).toEqual(["authorityDeadlineAt", "controllerAwareAt"]);
    });

    it("keeps a sub-processor's authorisation moment when it comes back cut to the minute", async () => {
      const { api, relationshipId } = await relationship();
      const created = expectStatus<{ id: string; authorisedAt: string }>(
        await api.post(api.paths.records(relationshipId, "sub-processors"), {
          name: "Rekenhuis Zuid B.V.",
          service: "Back-up",
          country: "NL",
          authorisationStatus: "authorised",
          authorisedAt: preciseMoment(48, 33_333),
        }),
        201,
      );
      const path = api.paths.record(relationshipId, "sub-processors", created.id);
      const saved = expectStatus<{ authorisedAt: string }>(
        await api.patch(path, { authorisedAt: cutToTheMinute(created.authorisedAt), service: "Back-up en herstel" }),
        200,
      );
      expect(saved.authorisedAt).toBe(created.authorisedAt);
      const history = expectStatus<HistoryView>(await api.get(api.paths.history("sub_processor", created.id)), 200);
      expect(Object.keys(history.items.at(-1)!.changes)).toEqual(["service"]);
    });

    it("dates audit events with the services' clock: register changes, counterparties and imports", async () => {
      const { api, organisationId, counterpartyId, relationshipId } = await relationship();
      const counterpartyHistory = expectStatus<HistoryView>(
        await api.get(api.paths.history("counterparty", counterpartyId)),
        200,
      );
      const relationshipHistory = expectStatus<HistoryView>(
        await api.get(api.paths.history("relationship", relationshipId)),
        200,
      );
      expect(counterpartyHistory.items.map((event) => event.occurredAt)).toEqual([now.toISOString()]);
      expect(relationshipHistory.items.map((event) => event.occurredAt)).toEqual([now.toISOString()]);

      const { client } = await session();
      const csv = "Naam;KvK-nummer;Land;Categorie\r\nKlokwerk B.V.;96000001;NL;other\r\n";
      const body = multipartBody([{ name: "file", fileName: "klok.csv", contentType: "text/csv", content: csv }]);
      const imported = await client.request({
        method: "POST",
        url: `/api/organisations/${organisationId}/counterparties/import`,
        payload: body.payload,
        headers: body.headers,
      });
      expect(imported.statusCode, imported.body).toBe(201);
      const importEvents = await database()
        .select({ occurredAt: auditEvents.occurredAt })
        .from(auditEvents)
        .where(
          and(
            eq(auditEvents.organisationId, organisationId),
            eq(auditEvents.entityType, "counterparty"),
            eq(auditEvents.action, "imported"),
          ),
        );
      expect(importEvents.length).toBeGreaterThanOrEqual(1);
      for (const event of importEvents) expect(event.occurredAt.toISOString()).toBe(now.toISOString());
    });

    it("adds a list once when two imports of it run at the same time", async () => {
      const { client, organisationId } = await session();
      const kvkNumbers = Array.from({ length: 300 }, (_, index) => `95${String(index).padStart(6, "0")}`);
      const csv =
        "Naam;KvK-nummer;Land;Categorie\r\n" +
        kvkNumbers.map((kvkNumber, index) => `Gelijktijdig ${index} B.V.;${kvkNumber};NL;other\r\n`).join("");
      const importOnce = () => {
        const body = multipartBody([{ name: "file", fileName: "lijst.csv", contentType: "text/csv", content: csv }]);
        return client.request({
          method: "POST",
          url: `/api/organisations/${organisationId}/counterparties/import`,
          payload: body.payload,
          headers: body.headers,
        });
      };
      const responses = await Promise.all([importOnce(), importOnce()]);
      expect(responses.map((response) => response.statusCode).sort()).toEqual([201, 422]);
      const refused = responses.find((response) => response.statusCode === 422)!;
      expect(refused.json().code).toBe("validation_failed");
      const stored = await database()
        .select({ kvkNumber: counterparties.kvkNumber })
        .from(counterparties)
        .where(and(eq(counterparties.organisationId, organisationId), inArray(counterparties.kvkNumber, kvkNumbers)));
      expect(stored).toHaveLength(kvkNumbers.length);
    });
  },
  {},
  { now: () => now },
);
