import type { AddressInfo } from "node:net";
import { and, asc, eq } from "drizzle-orm";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApplication, type Application } from "../src/composition-root.ts";
import type { Config } from "../src/config.ts";
import type { Database, DatabaseTarget } from "../src/database/connection.ts";
import { agreements, audits, notifications } from "../src/database/schema.ts";
import { withOrganisationScope } from "../src/database/tenant-scope.ts";
import { createAgreementDataAccess } from "../src/data-access/agreements.ts";
import { createBreachDataAccess } from "../src/data-access/breaches.ts";
import { createCertificationDataAccess } from "../src/data-access/certifications.ts";
import { createCounterpartyDataAccess } from "../src/data-access/counterparties.ts";
import { createNotificationOutboxDataAccess, unconfirmedSendError } from "../src/data-access/notifications.ts";
import { createOrganisationDataAccess } from "../src/data-access/organisations.ts";
import { createRelationshipDataAccess } from "../src/data-access/relationships.ts";
import { createUserDataAccess } from "../src/data-access/users.ts";
import { buildHttpServer } from "../src/http/server.ts";
import { hashPassword } from "../src/services/passwords.ts";
import { createHttpClient } from "./support/http-client.ts";
import { useTemporaryFolders } from "./support/temporary-folders.ts";
import { engines, startTestServer, testConfig, type EngineUnderTest } from "./support/test-application.ts";

/** Monday 3 March 2031, 10:00 in Amsterdam: a fixed clock ahead of today, so session cookies stay valid. */
const now = new Date("2031-03-03T09:00:00Z");
const password = "herinnering-wachtwoord";
const people = {
  admin: "beheer@herinneringen.example",
  privacyOfficer: "privacy@herinneringen.example",
  contractManager: "inkoop@herinneringen.example",
  viewer: "lezer@herinneringen.example",
  otherAdmin: "beheer@elders.example",
} as const;

/** The reminders the crafted register must produce at `now` in the first organisation. */
const expectedKinds = [
  "agreement_expiring",
  "audit_due",
  "breach_deadline_started",
  "certification_expired",
  "review_overdue",
];

interface CraftedRegister {
  organisationId: string;
  otherOrganisationId: string;
  agreementId: string;
  breachId: string;
}

let passwordHash: Promise<string> | undefined;

/**
 * Two organisations of our own (no demo data), each with members, and a register whose dates
 * make the reminders above due at `now`; the other organisation gets one reminder of its own.
 */
async function craftRegister(database: Database): Promise<CraftedRegister> {
  passwordHash ??= hashPassword(password);
  const hash = await passwordHash;
  const organisationAccess = createOrganisationDataAccess(database);
  const userAccess = createUserDataAccess(database);
  const organisation = await organisationAccess.insert({ name: "Gemeente Herinneringen", kind: "controller" });
  const other = await organisationAccess.insert({ name: "Gemeente Elders", kind: "controller" });
  const members = [
    [people.admin, organisation.id, "admin"],
    [people.privacyOfficer, organisation.id, "privacy_officer"],
    [people.contractManager, organisation.id, "contract_manager"],
    [people.viewer, organisation.id, "viewer"],
    [people.otherAdmin, other.id, "admin"],
  ] as const;
  for (const [email, organisationId, role] of members) {
    const user = await userAccess.insert({ email, name: email.split("@")[0]!, passwordHash: hash });
    await organisationAccess.insertMembership({ organisationId, userId: user.id, role });
  }

  const register = await withOrganisationScope(database, organisation.id, async (transaction) => {
    const counterparty = await createCounterpartyDataAccess(transaction, organisation.id).insert({
      name: "Salarisdienst Oost B.V.",
      kvkNumber: "87654321",
      country: "NL",
      category: "other",
    });
    const relationship = await createRelationshipDataAccess(transaction, organisation.id).insert({
      counterpartyId: counterparty.id,
      name: "Salarisadministratie",
      role: "processor",
    });
    const agreementAccess = createAgreementDataAccess(transaction, organisation.id);
    const agreement = await agreementAccess.insert({
      relationshipId: relationship.id,
      kind: "processor_agreement",
      status: "active",
      effectiveOn: "2029-03-01",
      endsOn: "2031-03-23",
      reviewOn: "2031-02-01",
    });
    // A draft reminds of nothing, whatever its dates.
    await agreementAccess.insert({
      relationshipId: relationship.id,
      kind: "processor_agreement",
      endsOn: "2031-03-06",
    });
    await createCertificationDataAccess(transaction, organisation.id).insert({
      relationshipId: relationship.id,
      kind: "iso_27001",
      holder: "Salarisdienst Oost B.V.",
      issuedOn: "2028-02-28",
      expiresOn: "2031-02-28",
    });
    await transaction
      .insert(audits)
      .values({ organisationId: organisation.id, relationshipId: relationship.id, plannedOn: "2031-03-16" });
    const breachAccess = createBreachDataAccess(transaction, organisation.id);
    const breach = await breachAccess.insert({
      relationshipId: relationship.id,
      controllerAwareAt: new Date("2031-03-02T08:00:00Z"),
      description: "Loonstroken naar een verkeerd adres gestuurd.",
    });
    // Already notified: no reminder.
    await breachAccess.insert({
      relationshipId: relationship.id,
      controllerAwareAt: new Date("2031-03-02T09:00:00Z"),
      authorityNotifiedAt: new Date("2031-03-02T15:00:00Z"),
      description: "USB-stick verloren.",
    });
    return { agreementId: agreement.id, breachId: breach.id };
  });

  await withOrganisationScope(database, other.id, async (transaction) => {
    const counterparty = await createCounterpartyDataAccess(transaction, other.id).insert({
      name: "Hosting Elders B.V.",
      country: "NL",
      category: "other",
    });
    const relationship = await createRelationshipDataAccess(transaction, other.id).insert({
      counterpartyId: counterparty.id,
      name: "Hosting",
      role: "processor",
    });
    await createAgreementDataAccess(transaction, other.id).insert({
      relationshipId: relationship.id,
      kind: "processor_agreement",
      status: "signed",
      endsOn: "2031-04-02",
    });
  });
  return { organisationId: organisation.id, otherOrganisationId: other.id, ...register };
}

/** The notifications of one organisation, read as the owner (the test looks from outside). */
async function storedNotifications(database: Database, organisationId: string) {
  return database
    .select()
    .from(notifications)
    .where(eq(notifications.organisationId, organisationId))
    .orderBy(asc(notifications.reminderKey));
}

/** A database that outlives one application: a folder for PGlite, a database for PostgreSQL. */
async function lastingDatabase(
  engine: EngineUnderTest,
  newFolder: () => string,
): Promise<{ target: DatabaseTarget; drop(): Promise<void> }> {
  if (engine.name === "pglite") {
    return { target: { engine: "pglite", directory: newFolder() }, drop: async () => undefined };
  }
  return engine.createDatabase();
}

function startOn(target: DatabaseTarget, overrides: Partial<Config> = {}): Promise<Application> {
  return startApplication(testConfig({ loadDemoData: false, ...overrides }), { database: target, now: () => now });
}

// --- A small SMTP server to receive what the sender sends -----------------------------------

interface ReceivedMail {
  recipients: string[];
  subject: string;
  text: string;
}

/** Decodes RFC 2047 encoded words ("=?UTF-8?Q?...?="), as nodemailer writes non-ASCII headers. */
function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_match, _charset, encoding: string, text: string) =>
      encoding.toUpperCase() === "B"
        ? Buffer.from(text, "base64").toString("utf8")
        : Buffer.from(
            text
              .replace(/_/g, " ")
              .replace(/=([0-9A-Fa-f]{2})/g, (_hex, code: string) => String.fromCharCode(parseInt(code, 16))),
            "latin1",
          ).toString("utf8"),
    );
}

async function startSmtpServer() {
  const received: ReceivedMail[] = [];
  let rejection: string | undefined;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        if (rejection !== undefined) {
          callback(Object.assign(new Error(rejection), { responseCode: 451 }));
          return;
        }
        const raw = Buffer.concat(chunks).toString("utf8");
        const [head = "", ...body] = raw.split(/\r?\n\r?\n/);
        const subjectLine = head
          .replace(/\r?\n[ \t]+/g, " ")
          .split(/\r?\n/)
          .find((line) => line.toLowerCase().startsWith("subject:"));
        received.push({
          recipients: session.envelope.rcptTo.map((recipient) => recipient.address).sort(),
          subject: decodeHeader(subjectLine?.slice("subject:".length).trim() ?? ""),
          text: body.join("\n\n"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    received,
    smtp: { url: `smtp://127.0.0.1:${port}`, from: "Art28 <art28@herinneringen.example>" },
    /** From now on every message is refused with this text (undefined: accepted again). */
    refuse(message: string | undefined) {
      rejection = message;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

// --- The suites ---------------------------------------------------------------------------

describe.each(engines)("reminders on $name", (engine) => {
  describe.skipIf(engine.skipReason)(engine.name, () => {
    const newFolder = useTemporaryFolders("art28-reminders-");

    describe("the sweep", () => {
      let lasting: Awaited<ReturnType<typeof lastingDatabase>>;
      let application: Application;
      let register: CraftedRegister;
      beforeAll(async () => {
        lasting = await lastingDatabase(engine, newFolder);
        application = await startOn(lasting.target);
        register = await craftRegister(application.connection.database);
      }, 60_000);
      afterAll(async () => {
        await application?.close();
        await lasting?.drop();
      });

      it("stores exactly the due reminders once, with their texts; a second sweep stores none", async () => {
        const { database } = application.connection;
        const first = await application.services.reminders.sweepReminders(now);
        expect(first).toMatchObject({ organisations: 2, created: 6, failures: [] });

        const stored = await storedNotifications(database, register.organisationId);
        expect(stored.map((notification) => notification.kind).sort()).toEqual(expectedKinds);
        expect(stored.every((notification) => notification.emailStatus === "not_configured")).toBe(true);
        const expiring = stored.find((notification) => notification.kind === "agreement_expiring")!;
        expect(expiring).toMatchObject({
          reminderKey: `agreement_expiring:${register.agreementId}:2031-03-23:30d`,
          entityType: "agreement",
          entityId: register.agreementId,
          dueAt: new Date("2031-03-22T23:00:00Z"),
        });
        expect(expiring.content).toMatchObject({
          nl: { subject: "Verwerkersovereenkomst met Salarisdienst Oost B.V. loopt af op 23 maart 2031" },
          en: { subject: "Processor agreement with Salarisdienst Oost B.V. ends on 23 March 2031" },
        });
        expect((expiring.content as { nl: { body: string } }).nl.body).toContain("'Salarisadministratie'");
        const breach = stored.find((notification) => notification.kind === "breach_deadline_started")!;
        expect(breach.dueAt).toEqual(new Date("2031-03-05T08:00:00Z"));
        expect(await storedNotifications(database, register.otherOrganisationId)).toHaveLength(1);

        const second = await application.services.reminders.sweepReminders(now);
        expect(second).toMatchObject({ created: 0, failures: [] });
        expect(await storedNotifications(database, register.organisationId)).toHaveLength(5);
      });

      it("fires the next stage once it is reached, and a new reminder when the end date changes", async () => {
        const { database } = application.connection;
        await application.services.reminders.sweepReminders(now);
        const before = await storedNotifications(database, register.organisationId);

        // A day later 23 hours are left on the breach deadline; nothing else moved to a new stage.
        const nextDay = new Date("2031-03-04T09:00:00Z");
        expect((await application.services.reminders.sweepReminders(nextDay)).created).toBe(1);
        const afterNextDay = await storedNotifications(database, register.organisationId);
        const added = afterNextDay.filter((row) => !before.some((earlier) => earlier.id === row.id));
        expect(added.map((row) => [row.kind, row.entityId])).toEqual([
          ["breach_deadline_approaching", register.breachId],
        ]);

        await withOrganisationScope(database, register.organisationId, (transaction) =>
          transaction
            .update(agreements)
            .set({ endsOn: "2031-03-28" })
            .where(
              and(eq(agreements.organisationId, register.organisationId), eq(agreements.id, register.agreementId)),
            ),
        );
        expect((await application.services.reminders.sweepReminders(nextDay)).created).toBe(1);
        const keys = (await storedNotifications(database, register.organisationId)).map((row) => row.reminderKey);
        expect(keys).toContain(`agreement_expiring:${register.agreementId}:2031-03-23:30d`);
        expect(keys).toContain(`agreement_expiring:${register.agreementId}:2031-03-28:30d`);
        expect((await application.services.reminders.sweepReminders(nextDay)).created).toBe(0);
      });
    });

    it("two sweeps at the same time store each reminder once", async () => {
      const lasting = await lastingDatabase(engine, newFolder);
      const first = await startOn(lasting.target);
      // PostgreSQL: a second application on the same database, as a second server process would be.
      // PGlite has one connection per folder, so there the two sweeps share the application.
      const second = engine.name === "postgres" ? await startOn(lasting.target) : first;
      try {
        const register = await craftRegister(first.connection.database);
        const results = await Promise.all([
          first.services.reminders.sweepReminders(now),
          second.services.reminders.sweepReminders(now),
          first.services.reminders.sweepReminders(now),
        ]);
        expect(results.flatMap((result) => result.failures)).toEqual([]);
        expect(results.reduce((sum, result) => sum + result.created, 0)).toBe(6);
        const stored = await storedNotifications(first.connection.database, register.organisationId);
        expect(stored.map((notification) => notification.kind).sort()).toEqual(expectedKinds);
      } finally {
        if (second !== first) await second.close();
        await first.close();
        await lasting.drop();
      }
    });

    it("a sweep after a restart on the same database stores nothing new", async () => {
      const lasting = await lastingDatabase(engine, newFolder);
      try {
        const before = await startOn(lasting.target);
        let register: CraftedRegister;
        try {
          register = await craftRegister(before.connection.database);
          expect((await before.services.reminders.sweepReminders(now)).created).toBe(6);
        } finally {
          await before.close();
        }
        const after = await startOn(lasting.target);
        try {
          expect(await after.services.reminders.sweepReminders(now)).toMatchObject({ created: 0, failures: [] });
          expect(await storedNotifications(after.connection.database, register.organisationId)).toHaveLength(5);
        } finally {
          await after.close();
        }
      } finally {
        await lasting.drop();
      }
    });

    describe("the API", () => {
      let lasting: Awaited<ReturnType<typeof lastingDatabase>>;
      let application: Application;
      let app: Awaited<ReturnType<typeof buildHttpServer>>;
      let register: CraftedRegister;
      beforeAll(async () => {
        lasting = await lastingDatabase(engine, newFolder);
        application = await startOn(lasting.target);
        app = await buildHttpServer(application, { logger: false });
        register = await craftRegister(application.connection.database);
        await application.services.reminders.sweepReminders(now);
      }, 60_000);
      afterAll(async () => {
        await app?.close();
        await application?.close();
        await lasting?.drop();
      });

      async function login(email: string) {
        const client = createHttpClient(app);
        const response = await client.login(email, password);
        expect(response.statusCode).toBe(200);
        return client;
      }
      const base = () => `/api/organisations/${register.organisationId}`;

      it("lists the organisation's reminders newest first, pages them, and counts the unread ones", async () => {
        const viewer = await login(people.viewer);
        // A reminder that fires later is newer, so it comes first.
        const later = new Date("2031-03-04T09:00:00Z");
        await application.services.reminders.sweepReminders(later);
        const all = await viewer.request({ method: "GET", url: `${base()}/notifications` });
        expect(all.statusCode).toBe(200);
        const body = all.json();
        expect(body).toMatchObject({ total: 6, page: 1, pageSize: 20 });
        expect(body.items[0]).toMatchObject({
          kind: "breach_deadline_approaching",
          subject: { type: "breach", id: register.breachId },
          dueAt: "2031-03-05T08:00:00.000Z",
          dueOn: "2031-03-05",
          read: false,
          readAt: null,
          emailStatus: "not_configured",
          createdAt: later.toISOString(),
        });
        expect(body.items[0].content.nl.subject).toContain("uiterlijk 5 maart 2031 om 09:00");
        expect(body.items[0].content.en.subject).toContain("by 5 March 2031 at 09:00");
        expect(body.items[0]).not.toHaveProperty("emailError");

        const second = await viewer.request({
          method: "GET",
          url: `${base()}/notifications`,
          query: { page: "2", pageSize: "4" },
        });
        expect(second.json()).toMatchObject({ total: 6, page: 2, pageSize: 4 });
        expect(second.json().items).toHaveLength(2);

        const count = await viewer.request({ method: "GET", url: `${base()}/notifications/unread-count` });
        expect(count.statusCode).toBe(200);
        expect(count.json()).toEqual({ unread: 6 });
      });

      it("lets any member mark a reminder read for the whole organisation, once", async () => {
        const viewer = await login(people.viewer);
        const admin = await login(people.admin);
        const list = (await admin.request({ method: "GET", url: `${base()}/notifications` })).json();
        const target = list.items.find((item: { kind: string }) => item.kind === "audit_due");
        const unreadBefore = (
          await admin.request({ method: "GET", url: `${base()}/notifications/unread-count` })
        ).json().unread;

        const marked = await viewer.request({ method: "POST", url: `${base()}/notifications/${target.id}/read` });
        expect(marked.statusCode).toBe(200);
        expect(marked.json()).toMatchObject({ id: target.id, read: true, readAt: now.toISOString() });
        const again = await admin.request({ method: "POST", url: `${base()}/notifications/${target.id}/read` });
        expect(again.json().readAt).toBe(now.toISOString());

        const unread = (
          await admin.request({ method: "GET", url: `${base()}/notifications`, query: { unread: "true" } })
        ).json();
        expect(unread.total).toBe(unreadBefore - 1);
        expect(unread.items.map((item: { id: string }) => item.id)).not.toContain(target.id);
        expect(
          (await admin.request({ method: "GET", url: `${base()}/notifications/unread-count` })).json().unread,
        ).toBe(unreadBefore - 1);
      });

      it("shows the outbox to admins and privacy officers only", async () => {
        for (const email of [people.admin, people.privacyOfficer]) {
          const client = await login(email);
          const response = await client.request({ method: "GET", url: `${base()}/outbox` });
          expect(response.statusCode).toBe(200);
          const body = response.json();
          expect(body.emailConfigured).toBe(false);
          expect(body.total).toBeGreaterThanOrEqual(5);
          expect(body.items[0]).toMatchObject({ emailStatus: "not_configured", emailAttempts: 0, emailError: null });
        }
        for (const email of [people.contractManager, people.viewer]) {
          const client = await login(email);
          const response = await client.request({ method: "GET", url: `${base()}/outbox` });
          expect(response.statusCode).toBe(403);
          expect(response.json().code).toBe("forbidden");
        }
      });

      it("refuses another organisation's notifications: 403 under its id, 404 under one's own", async () => {
        const outsider = await login(people.otherAdmin);
        const insider = await login(people.admin);
        const target = (await insider.request({ method: "GET", url: `${base()}/notifications` })).json().items[0];
        const foreign = base();
        const attempts = [
          { method: "GET", url: `${foreign}/notifications` },
          { method: "GET", url: `${foreign}/notifications/unread-count` },
          { method: "GET", url: `${foreign}/outbox` },
          { method: "POST", url: `${foreign}/notifications/${target.id}/read` },
        ] as const;
        for (const attempt of attempts) {
          const response = await outsider.request(attempt);
          expect(response.statusCode, `${attempt.method} ${attempt.url}`).toBe(403);
          expect(response.json().code).toBe("forbidden");
          expect(response.body).not.toContain("Salarisdienst");
        }
        const own = `/api/organisations/${register.otherOrganisationId}`;
        const underOwn = await outsider.request({ method: "POST", url: `${own}/notifications/${target.id}/read` });
        expect(underOwn.statusCode).toBe(404);
        expect(underOwn.json().code).toBe("not_found");
        const ownList = (await outsider.request({ method: "GET", url: `${own}/notifications` })).json();
        expect(ownList.total).toBe(1);
        expect(ownList.items[0].content.nl.subject).toContain("Hosting Elders B.V.");
        const still = (await insider.request({ method: "GET", url: `${base()}/notifications` })).json().items;
        expect(still.find((item: { id: string }) => item.id === target.id).read).toBe(target.read);
      });

      it("answers 401 without a login and 422 for a query that is not valid", async () => {
        const anonymous = await app.inject({ method: "GET", url: `${base()}/notifications` });
        expect(anonymous.statusCode).toBe(401);
        const viewer = await login(people.viewer);
        const invalid = await viewer.request({
          method: "GET",
          url: `${base()}/notifications`,
          query: { page: "0", unread: "maybe" },
        });
        expect(invalid.statusCode).toBe(422);
        expect(invalid.json().code).toBe("validation_failed");
      });
    });

    describe("e-mail", () => {
      let lasting: Awaited<ReturnType<typeof lastingDatabase>>;
      let application: Application;
      let smtpServer: Awaited<ReturnType<typeof startSmtpServer>>;
      let register: CraftedRegister;
      beforeAll(async () => {
        smtpServer = await startSmtpServer();
        lasting = await lastingDatabase(engine, newFolder);
        application = await startOn(lasting.target, { smtp: smtpServer.smtp });
        register = await craftRegister(application.connection.database);
      }, 60_000);
      afterAll(async () => {
        await application?.close();
        await lasting?.drop();
        await smtpServer?.close();
      });

      it("sends each reminder once to the organisation's admins and privacy officers, also when the sender runs twice", async () => {
        const { database } = application.connection;
        const { reminders } = application.services;
        expect((await reminders.sweepReminders(now)).created).toBe(6);
        const pending = await storedNotifications(database, register.organisationId);
        expect(pending.every((notification) => notification.emailStatus === "pending")).toBe(true);

        const results = await Promise.all([reminders.sendPendingEmails(now), reminders.sendPendingEmails(now)]);
        expect(results.reduce((sum, result) => sum + result.sent, 0)).toBe(6);
        expect(await reminders.sendPendingEmails(now)).toEqual({ sent: 0, failed: 0 });

        expect(smtpServer.received).toHaveLength(6);
        const ours = smtpServer.received.filter((mail) => mail.recipients.includes(people.admin));
        expect(ours).toHaveLength(5);
        for (const mail of ours) expect(mail.recipients).toEqual([people.admin, people.privacyOfficer].sort());
        const sent = await storedNotifications(database, register.organisationId);
        expect(ours.map((mail) => mail.subject).sort()).toEqual(
          sent.map((notification) => (notification.content as { nl: { subject: string } }).nl.subject).sort(),
        );
        expect(ours.map((mail) => mail.subject)).toContain(
          "Verwerkersovereenkomst met Salarisdienst Oost B.V. loopt af op 23 maart 2031",
        );
        const theirs = smtpServer.received.filter((mail) => !mail.recipients.includes(people.admin));
        expect(theirs.map((mail) => mail.recipients)).toEqual([[people.otherAdmin]]);
        for (const notification of sent) {
          expect(notification).toMatchObject({ emailStatus: "sent", emailAttempts: 1, emailError: null });
          expect(notification.emailedAt).toEqual(now);
        }
      });

      it("records a refused message as failed with its attempts, retries after the back-off, and does not crash", async () => {
        const { database } = application.connection;
        const { reminders } = application.services;
        await reminders.sweepReminders(now);
        await reminders.sendPendingEmails(now);
        const receivedBefore = smtpServer.received.length;

        await withOrganisationScope(database, register.organisationId, (transaction) =>
          transaction
            .update(agreements)
            .set({ endsOn: "2031-03-09" })
            .where(
              and(eq(agreements.organisationId, register.organisationId), eq(agreements.id, register.agreementId)),
            ),
        );
        expect((await reminders.sweepReminders(now)).created).toBe(1);
        const key = `agreement_expiring:${register.agreementId}:2031-03-09:7d`;
        const row = async () =>
          (await storedNotifications(database, register.organisationId)).find(
            (notification) => notification.reminderKey === key,
          )!;

        smtpServer.refuse("Mailbox temporarily unavailable");
        try {
          expect(await reminders.sendPendingEmails(now)).toEqual({ sent: 0, failed: 1 });
          expect(await row()).toMatchObject({ emailStatus: "failed", emailAttempts: 1 });
          expect((await row()).emailError).toContain("Mailbox temporarily unavailable");

          // Within the back-off (5 minutes after the first failure) nothing is tried.
          expect(await reminders.sendPendingEmails(new Date(now.getTime() + 4 * 60_000))).toEqual({
            sent: 0,
            failed: 0,
          });
          expect((await row()).emailAttempts).toBe(1);
          const secondTry = new Date(now.getTime() + 6 * 60_000);
          expect(await reminders.sendPendingEmails(secondTry)).toEqual({ sent: 0, failed: 1 });
          expect(await row()).toMatchObject({ emailStatus: "failed", emailAttempts: 2, emailedAt: secondTry });
        } finally {
          smtpServer.refuse(undefined);
        }
        // After the second failure the wait is 15 minutes.
        const thirdTry = new Date(now.getTime() + 22 * 60_000);
        expect(await reminders.sendPendingEmails(thirdTry)).toEqual({ sent: 1, failed: 0 });
        expect(await row()).toMatchObject({ emailStatus: "sent", emailAttempts: 3, emailError: null });
        expect(smtpServer.received.slice(receivedBefore).map((mail) => mail.subject)).toEqual([
          "Verwerkersovereenkomst met Salarisdienst Oost B.V. loopt af op 9 maart 2031",
        ]);
      });

      it("never sends again an e-mail whose delivery was started but not confirmed (at most once)", async () => {
        const { database } = application.connection;
        const { reminders } = application.services;
        await withOrganisationScope(database, register.organisationId, (transaction) =>
          transaction
            .update(agreements)
            .set({ endsOn: "2031-03-08" })
            .where(
              and(eq(agreements.organisationId, register.organisationId), eq(agreements.id, register.agreementId)),
            ),
        );
        expect((await reminders.sweepReminders(now)).created).toBe(1);
        const receivedBefore = smtpServer.received.length;

        // A sender takes the e-mail and the process stops before the outcome is written.
        const claimed = await createNotificationOutboxDataAccess(database).claim(10, now);
        expect(claimed).toHaveLength(1);
        expect(claimed[0]!.recipients).toEqual([people.admin, people.privacyOfficer].sort());

        const muchLater = new Date(now.getTime() + 24 * 60 * 60_000);
        expect(await reminders.sendPendingEmails(muchLater)).toEqual({ sent: 0, failed: 0 });
        expect(smtpServer.received.length).toBe(receivedBefore);
        const [stored] = await database.select().from(notifications).where(eq(notifications.id, claimed[0]!.id));
        expect(stored).toMatchObject({ emailStatus: "failed", emailAttempts: 1, emailError: unconfirmedSendError });
      });
    });

    it("sweeps the demo data on a first start without failing, and only once", async () => {
      const server = await startTestServer(engine, {}, { now: () => now });
      try {
        const first = await server.application.services.reminders.runOnce(now);
        expect(first.errors).toEqual([]);
        // The demo register is meant to show deadlines; which ones is the demo data's business.
        expect(first.sweep.created).toBeGreaterThan(0);
        const second = await server.application.services.reminders.runOnce(now);
        expect(second.errors).toEqual([]);
        expect(second.sweep.created).toBe(0);
      } finally {
        await server.close();
      }
    });
  });
});
