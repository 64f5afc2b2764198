import type { RelationshipDetail } from "@art28/contract";
import { processorAnswers } from "@art28/domain";
import { expect, it } from "vitest";
import type { Database } from "../src/database/connection.ts";
import { demoEmails, loginAsDemo } from "./support/demo-sessions.ts";
import {
  auditEventsOf,
  createCounterparty,
  expectStatus,
  registerRequests,
  registerRowCounts,
  registerRowsOf,
  type RegisterRequests,
} from "./support/register-helpers.ts";
import { describeOnEachEngine } from "./support/test-application.ts";

interface Issue {
  path: string;
  message: string;
}
interface Problem {
  code: string;
  detail: string;
  issues?: Issue[];
}
interface AuditEvent {
  action: string;
  entityType: string;
  actorLabel: string;
  changes: Record<string, unknown>;
}

/** A create body and a change for each kind of record under a relationship. */
const recordKinds = [
  {
    segment: "security-measures",
    entityType: "security_measure",
    create: { description: "Versleuteling van gegevens in rust (AES-256)", reference: "Bijlage 2, par. 1" },
    change: { reference: "Bijlage 2, par. 4" },
  },
  {
    segment: "certifications",
    entityType: "certification",
    create: { kind: "iso_27001", holder: "Wolkdienst B.V.", issuedOn: "2024-03-01", expiresOn: "2027-02-28" },
    change: { expiresOn: "2027-06-30" },
  },
  {
    segment: "sub-processors",
    entityType: "sub_processor",
    create: { name: "Rekencentrum Oost B.V.", service: "Hosting", country: "de", authorisationStatus: "pending" },
    change: { authorisationStatus: "authorised", authorisedAt: "2026-02-01T09:30:00+01:00" },
  },
  {
    segment: "audits",
    entityType: "audit",
    create: { plannedOn: "2026-09-15", findings: "" },
    change: { doneOn: "2026-09-20", findings: "Logging van beheerders ontbreekt." },
  },
  {
    segment: "breaches",
    entityType: "breach",
    create: { description: "Back-up onversleuteld verstuurd.", controllerAwareAt: "2026-05-04T08:00:00Z" },
    change: { measures: "Sleutels vervangen." },
  },
] as const;

describeOnEachEngine("register API", (server) => {
  const database = (): Database => server().application.connection.database;
  let counter = 0;
  // One login per account and suite: logins are rate-limited.
  const sessions = new Map<string, ReturnType<typeof loginAsDemo>>();
  const session = (email: string) => {
    if (!sessions.has(email)) sessions.set(email, loginAsDemo(server(), email));
    return sessions.get(email)!;
  };

  /** A privacy officer's register client with a fresh counterparty and relationship of its own. */
  async function setup(options: { role?: string | null } = { role: "processor" }) {
    const { client, organisationId } = await session(demoEmails.privacyOfficer);
    const api = registerRequests(client, organisationId);
    counter += 1;
    const counterparty = await createCounterparty(api, `Wolkdienst ${counter} B.V.`);
    const relationship = expectStatus<{ id: string }>(
      await api.post(api.paths.relationships(), {
        counterpartyId: counterparty.id,
        name: `Opslag ${counter}`,
        ...options,
      }),
      201,
    );
    return { api, organisationId, counterpartyId: counterparty.id, relationshipId: relationship.id };
  }

  async function history(api: RegisterRequests, entityType: string, id: string): Promise<AuditEvent[]> {
    return expectStatus<{ items: AuditEvent[] }>(await api.get(api.paths.history(entityType, id)), 200).items;
  }

  it("creates a relationship with the role of the counterparty's latest assessment, and records who did it", async () => {
    const { client, organisationId } = await session(demoEmails.privacyOfficer);
    const api = registerRequests(client, organisationId);
    const counterparty = await createCounterparty(api, "Salarisverwerker Test B.V.");
    expectStatus(
      await client.request({
        method: "POST",
        url: "/api/role-assessments",
        payload: { answers: processorAnswers, organisationId, counterpartyId: counterparty.id },
      }),
      201,
    );

    const response = await api.post(api.paths.relationships(), {
      counterpartyId: counterparty.id,
      name: "Salarisadministratie",
    });
    const created = expectStatus<RelationshipDetail>(response, 201);
    expect(created).toMatchObject({
      organisationId,
      name: "Salarisadministratie",
      role: "processor",
      notes: "",
      counterparty: { id: counterparty.id, name: "Salarisverwerker Test B.V." },
      specification: null,
      agreements: [],
    });
    // A processor without agreement: both parties are in breach of Art. 28(3).
    expect(created.status.compliance).toBe("missing");
    expect(created.status.flags.map((flag) => flag.flag)).toContain("missing_agreement");

    const explicit = expectStatus<{ role: string | null }>(
      await api.post(api.paths.relationships(), { counterpartyId: counterparty.id, name: "Pensioenen", role: null }),
      201,
    );
    expect(explicit.role).toBeNull();

    const events = await history(api, "relationship", created.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: "created",
      actorLabel: demoEmails.privacyOfficer,
      changes: { counterpartyId: counterparty.id, name: "Salarisadministratie", role: "processor", notes: "" },
    });
  });

  it("refuses a relationship for an unknown counterparty with 404 and writes nothing", async () => {
    const { api, organisationId } = await setup();
    const before = await registerRowCounts(database(), organisationId);
    const response = await api.post(api.paths.relationships(), {
      counterpartyId: "00000000-0000-4000-8000-000000000000",
      name: "Spookdienst",
    });
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe("not_found");
    expect(await registerRowCounts(database(), organisationId)).toEqual(before);
  });

  it("shows a relationship with everything under it", async () => {
    const { api, relationshipId } = await setup();
    expectStatus(
      await api.put(api.paths.specification(relationshipId), { subjectMatter: "Opslag", purposes: ["archief"] }),
      200,
    );
    for (const kind of recordKinds) {
      expectStatus(await api.post(api.paths.records(relationshipId, kind.segment), kind.create), 201);
    }
    expectStatus(await api.post(api.paths.agreements(relationshipId), { kind: "processor_agreement" }), 201);

    const detail = expectStatus<RelationshipDetail>(await api.get(api.paths.relationship(relationshipId)), 200);
    expect(detail.specification).toMatchObject({ subjectMatter: "Opslag", purposes: ["archief"] });
    for (const list of [
      "securityMeasures",
      "certifications",
      "subProcessors",
      "agreements",
      "audits",
      "breaches",
    ] as const) {
      expect(detail[list], list).toHaveLength(1);
    }
    expect(detail.subProcessors[0]!.country).toBe("DE");
    expect(detail.agreements[0]).toMatchObject({ status: "draft", signedDocument: null, latestCheck: null });
    // A draft is no agreement yet, and a breach with the 72 hours passed is flagged.
    expect(detail.status.compliance).toBe("missing");
    expect(detail.status.flags.map((flag) => flag.flag)).toEqual(
      expect.arrayContaining(["missing_agreement", "breach_deadline_missed"]),
    );
  });

  it("changes a relationship and records only the fields that changed", async () => {
    const { api, relationshipId } = await setup();
    const changed = expectStatus<{ name: string; notes: string; role: string }>(
      await api.patch(api.paths.relationship(relationshipId), { name: "Opslag en back-up", notes: "" }),
      200,
    );
    expect(changed).toMatchObject({ name: "Opslag en back-up", notes: "", role: "processor" });
    const events = await history(api, "relationship", relationshipId);
    expect(events.map((event) => event.action)).toEqual(["created", "updated"]);
    expect(events[1]!.changes).toEqual({
      name: { from: expect.stringMatching(/^Opslag \d+$/), to: "Opslag en back-up" },
    });
  });

  it("writes the processing specification, replaces it, and refuses an unknown country code", async () => {
    const { api, organisationId, relationshipId } = await setup();
    const first = expectStatus<Record<string, unknown>>(
      await api.put(api.paths.specification(relationshipId), {
        subjectMatter: "Opslag van zaakdossiers",
        storageCountries: ["nl"],
        transfers: [{ country: "US", safeguard: "standard_contractual_clauses" }],
      }),
      200,
    );
    expect(first).toMatchObject({ storageCountries: ["NL"], purposes: [], processesBsn: false });
    expectStatus(
      await api.put(api.paths.specification(relationshipId), {
        subjectMatter: "Opslag van zaakdossiers",
        storageCountries: ["NL", "BE"],
        processesBsn: true,
        transfers: [{ country: "US", safeguard: "standard_contractual_clauses" }],
      }),
      200,
    );
    const events = await history(api, "processing_specification", relationshipId);
    expect(events.map((event) => event.action)).toEqual(["created", "updated"]);
    expect(events[1]!.changes).toEqual({
      storageCountries: { from: ["NL"], to: ["NL", "BE"] },
      processesBsn: { from: false, to: true },
    });

    const before = await registerRowsOf(database(), organisationId);
    const refused = await api.put(api.paths.specification(relationshipId), { storageCountries: ["NL", "XX"] });
    expect(refused.statusCode).toBe(422);
    expect(refused.json<Problem>().issues).toEqual([
      expect.objectContaining({ path: "body.storageCountries.1", message: expect.stringMatching(/country code/) }),
    ]);
    expect(await registerRowsOf(database(), organisationId)).toEqual(before);
  });

  it.each([
    [
      "an expiry date before the issue date",
      "certifications",
      { kind: "nen_7510", holder: "Wolkdienst", issuedOn: "2026-01-01", expiresOn: "2025-12-31" },
      "body.expiresOn",
    ],
    [
      "an unknown country code",
      "sub-processors",
      { name: "Verre Dienst", country: "XX", authorisationStatus: "pending" },
      "body.country",
    ],
    ["a missing mandatory field", "security-measures", { reference: "Bijlage 3" }, "body.description"],
    [
      "a controller aware before the processor",
      "breaches",
      {
        description: "Lek",
        processorAwareAt: "2026-05-04T10:00:00+02:00",
        controllerAwareAt: "2026-05-04T09:00:00+02:00",
      },
      "body.controllerAwareAt",
    ],
  ] as const)("refuses %s with 422 naming the field, and writes nothing", async (_label, segment, body, path) => {
    const { api, organisationId, relationshipId } = await setup();
    const before = await registerRowsOf(database(), organisationId);
    const response = await api.post(api.paths.records(relationshipId, segment), body);
    expect(response.statusCode).toBe(422);
    const problem = response.json<Problem>();
    expect(problem.code).toBe("validation_failed");
    expect(problem.issues?.map((issue) => issue.path)).toEqual([path]);
    expect(await registerRowsOf(database(), organisationId)).toEqual(before);
  });

  it("checks a change against the stored values: an expiry date before the stored issue date is refused", async () => {
    const { api, organisationId, relationshipId } = await setup();
    const certification = expectStatus<{ id: string }>(
      await api.post(api.paths.records(relationshipId, "certifications"), {
        kind: "iso_27001",
        holder: "Wolkdienst",
        issuedOn: "2025-06-01",
        expiresOn: "2028-05-31",
      }),
      201,
    );
    const before = await registerRowsOf(database(), organisationId);
    const response = await api.patch(api.paths.record(relationshipId, "certifications", certification.id), {
      expiresOn: "2025-05-31",
    });
    expect(response.statusCode).toBe(422);
    expect(response.json<Problem>().issues).toEqual([
      { path: "body.expiresOn", message: "The expiry date lies before the issue date" },
    ]);
    expect(await registerRowsOf(database(), organisationId)).toEqual(before);

    const breach = expectStatus<{ id: string }>(
      await api.post(api.paths.records(relationshipId, "breaches"), {
        description: "Lek",
        controllerAwareAt: "2026-05-04T09:00:00+02:00",
      }),
      201,
    );
    const lateProcessor = await api.patch(api.paths.record(relationshipId, "breaches", breach.id), {
      processorAwareAt: "2026-05-04T12:00:00+02:00",
    });
    expect(lateProcessor.statusCode).toBe(422);
    expect(lateProcessor.json<Problem>().issues?.map((issue) => issue.path)).toEqual(["body.controllerAwareAt"]);
  });

  it("keeps the fields a change does not send", async () => {
    const { api, relationshipId } = await setup();
    const certification = expectStatus<{ id: string }>(
      await api.post(api.paths.records(relationshipId, "certifications"), {
        kind: "other",
        name: "ISAE 3402 type II",
        holder: "Wolkdienst",
      }),
      201,
    );
    const changed = expectStatus<{ name: string; holder: string }>(
      await api.patch(api.paths.record(relationshipId, "certifications", certification.id), {
        holder: "Wolkdienst NL",
      }),
      200,
    );
    expect(changed).toMatchObject({ name: "ISAE 3402 type II", holder: "Wolkdienst NL" });

    const breach = expectStatus<{ id: string }>(
      await api.post(api.paths.records(relationshipId, "breaches"), {
        description: "Brief naar verkeerd adres",
        authorityNotificationRequired: false,
        measures: "Brief teruggehaald",
      }),
      201,
    );
    const breachChanged = expectStatus<{ authorityNotificationRequired: boolean; measures: string }>(
      await api.patch(api.paths.record(relationshipId, "breaches", breach.id), { description: "Brief naar buren" }),
      200,
    );
    expect(breachChanged).toMatchObject({ authorityNotificationRequired: false, measures: "Brief teruggehaald" });
  });

  it("creates, changes and deletes each kind of record, with an audit event for each step", async () => {
    const { api, relationshipId } = await setup();
    for (const kind of recordKinds) {
      const created = expectStatus<Record<string, unknown> & { id: string }>(
        await api.post(api.paths.records(relationshipId, kind.segment), kind.create),
        201,
      );
      expect(created.relationshipId).toBe(relationshipId);
      const url = api.paths.record(relationshipId, kind.segment, created.id);
      const changed = expectStatus<Record<string, unknown>>(await api.patch(url, kind.change), 200);
      for (const [field, value] of Object.entries(kind.change)) {
        const expected = field === "authorisedAt" ? new Date(value).toISOString() : value;
        expect(changed[field], `${kind.segment}.${field}`).toBe(expected);
      }
      expect((await api.delete(url)).statusCode).toBe(204);
      expect((await api.patch(url, kind.change)).statusCode).toBe(404);

      const events = await history(api, kind.entityType, created.id);
      expect(
        events.map((event) => event.action),
        kind.segment,
      ).toEqual(["created", "updated", "deleted"]);
      expect(Object.keys(events[1]!.changes).sort(), kind.segment).toEqual(Object.keys(kind.change).sort());
      expect(events[2]!.changes.relationshipId).toBe(relationshipId);
    }
  });

  it("computes the authority deadline as 72 elapsed hours, also when a change moves the moment of awareness", async () => {
    const { api, relationshipId } = await setup();
    // Summer time starts in the night of 29 March 2026: 72 hours are still 72 hours.
    const breach = expectStatus<{ id: string; authorityDeadlineAt: string }>(
      await api.post(api.paths.records(relationshipId, "breaches"), {
        description: "Laptop gestolen",
        controllerAwareAt: "2026-03-28T10:00:00+01:00",
      }),
      201,
    );
    expect(breach.authorityDeadlineAt).toBe("2026-03-31T09:00:00.000Z");
    const url = api.paths.record(relationshipId, "breaches", breach.id);
    const moved = expectStatus<{ authorityDeadlineAt: string }>(
      await api.patch(url, { controllerAwareAt: "2026-03-29T12:00:00+02:00" }),
      200,
    );
    expect(moved.authorityDeadlineAt).toBe("2026-04-01T10:00:00.000Z");
    const cleared = expectStatus<{ authorityDeadlineAt: string | null }>(
      await api.patch(url, { controllerAwareAt: null }),
      200,
    );
    expect(cleared.authorityDeadlineAt).toBeNull();
    const events = await history(api, "breach", breach.id);
    expect(events[1]!.changes).toEqual({
      controllerAwareAt: { from: "2026-03-28T09:00:00.000Z", to: "2026-03-29T10:00:00.000Z" },
      authorityDeadlineAt: { from: "2026-03-31T09:00:00.000Z", to: "2026-04-01T10:00:00.000Z" },
    });
  });

  it("moves an agreement along the allowed statuses and refuses the others with the reason", async () => {
    const { api, organisationId, relationshipId } = await setup();
    const agreement = expectStatus<{ id: string; status: string; allowedTransitions: string[] }>(
      await api.post(api.paths.agreements(relationshipId), {
        kind: "processor_agreement",
        standardName: "Model Verwerkersovereenkomst",
        standardVersion: "2025",
        effectiveOn: "2026-01-01",
      }),
      201,
    );
    expect(agreement).toMatchObject({ status: "draft", allowedTransitions: ["negotiating", "signed", "ended"] });
    const statusUrl = api.paths.agreementStatus(agreement.id);
    expectStatus(await api.post(statusUrl, { status: "negotiating" }), 200);
    const signed = expectStatus<{ status: string; allowedTransitions: string[] }>(
      await api.post(statusUrl, { status: "signed" }),
      200,
    );
    expect(signed).toMatchObject({ status: "signed", allowedTransitions: ["active", "ended"] });

    const before = await registerRowsOf(database(), organisationId);
    const refused = await api.post(statusUrl, { status: "draft" });
    expect(refused.statusCode).toBe(409);
    expect(refused.json<Problem>()).toMatchObject({
      code: "transition_not_allowed",
      detail: expect.stringMatching(/signed text is not changed/),
    });
    // The text is fixed once signed; the dates may still be corrected.
    const textChange = await api.patch(api.paths.agreement(agreement.id), { standardVersion: "2026" });
    expect(textChange.statusCode).toBe(409);
    expect(textChange.json<Problem>().issues?.map((issue) => issue.path)).toEqual(["body.standardVersion"]);
    const endBeforeStart = await api.patch(api.paths.agreement(agreement.id), { endsOn: "2025-12-31" });
    expect(endBeforeStart.statusCode).toBe(422);
    expect(endBeforeStart.json<Problem>().issues?.map((issue) => issue.path)).toEqual(["body.endsOn"]);
    expect((await api.delete(api.paths.agreement(agreement.id))).statusCode).toBe(409);
    expect(await registerRowsOf(database(), organisationId)).toEqual(before);

    const corrected = expectStatus<{ reviewOn: string; standardVersion: string }>(
      await api.patch(api.paths.agreement(agreement.id), { reviewOn: "2026-11-01", standardVersion: "2025" }),
      200,
    );
    expect(corrected).toMatchObject({ reviewOn: "2026-11-01", standardVersion: "2025" });

    const events = await history(api, "agreement", agreement.id);
    expect(events.map((event) => event.action)).toEqual(["created", "status_changed", "status_changed", "updated"]);
    expect(events[2]!.changes).toEqual({ status: { from: "negotiating", to: "signed" } });
    expect(events[3]!.changes).toEqual({ reviewOn: { from: null, to: "2026-11-01" } });
  });

  it("changes and deletes a draft agreement, with its history kept", async () => {
    const { api, relationshipId } = await setup();
    const draft = expectStatus<{ id: string }>(
      await api.post(api.paths.agreements(relationshipId), {
        kind: "art26_arrangement",
        standardName: "Model Regeling",
        standardVersion: "1.0",
      }),
      201,
    );
    // A version alone may change; clearing the name while a version is stored is refused.
    expectStatus(await api.patch(api.paths.agreement(draft.id), { standardVersion: "1.1" }), 200);
    const nameless = await api.patch(api.paths.agreement(draft.id), { standardName: null });
    expect(nameless.statusCode).toBe(422);
    expect(nameless.json<Problem>().issues?.map((issue) => issue.path)).toEqual(["body.standardName"]);
    expect((await api.delete(api.paths.agreement(draft.id))).statusCode).toBe(204);
    expect((await api.patch(api.paths.agreement(draft.id), { reviewOn: "2027-01-01" })).statusCode).toBe(404);
    const events = await history(api, "agreement", draft.id);
    expect(events.map((event) => event.action)).toEqual(["created", "updated", "deleted"]);
  });

  it("refuses to delete a relationship with records under it (409), and deletes one with only a specification", async () => {
    const { api, organisationId, relationshipId } = await setup();
    expectStatus(
      await api.post(api.paths.records(relationshipId, "security-measures"), {
        description: "Tweefactorauthenticatie",
      }),
      201,
    );
    const before = await registerRowsOf(database(), organisationId);
    const refused = await api.delete(api.paths.relationship(relationshipId));
    expect(refused.statusCode).toBe(409);
    expect(refused.json<Problem>()).toMatchObject({
      code: "still_referenced",
      detail: expect.stringMatching(/1 security measures/),
    });
    expect(await registerRowsOf(database(), organisationId)).toEqual(before);

    const other = await setup();
    expectStatus(await other.api.put(other.api.paths.specification(other.relationshipId), { nature: "Opslag" }), 200);
    expect((await other.api.delete(other.api.paths.relationship(other.relationshipId))).statusCode).toBe(204);
    expect((await other.api.get(other.api.paths.relationship(other.relationshipId))).statusCode).toBe(404);
    const relationshipEvents = await history(other.api, "relationship", other.relationshipId);
    expect(relationshipEvents.map((event) => event.action)).toEqual(["created", "deleted"]);
    const specificationEvents = await history(other.api, "processing_specification", other.relationshipId);
    expect(specificationEvents.map((event) => event.action)).toEqual(["created", "deleted"]);
  });

  it("lets a viewer read but not write (403), and a refused write leaves no trace, not even an audit event", async () => {
    const { api, organisationId, counterpartyId, relationshipId } = await setup();
    const agreement = expectStatus<{ id: string }>(
      await api.post(api.paths.agreements(relationshipId), { kind: "processor_agreement" }),
      201,
    );
    const certification = expectStatus<{ id: string }>(
      await api.post(api.paths.records(relationshipId, "certifications"), { kind: "soc_2", holder: "Wolkdienst" }),
      201,
    );
    const viewer = await session(demoEmails.viewer);
    const read = registerRequests(viewer.client, organisationId);
    expect((await read.get(read.paths.relationship(relationshipId))).statusCode).toBe(200);
    expect((await read.get(read.paths.history("relationship", relationshipId))).statusCode).toBe(200);

    const before = await registerRowsOf(database(), organisationId);
    const attempts = [
      read.post(read.paths.relationships(), { counterpartyId, name: "Poging" }),
      read.patch(read.paths.relationship(relationshipId), { name: "Poging" }),
      read.delete(read.paths.relationship(relationshipId)),
      read.put(read.paths.specification(relationshipId), { nature: "Poging" }),
      read.post(read.paths.records(relationshipId, "breaches"), { description: "Poging" }),
      read.patch(read.paths.record(relationshipId, "certifications", certification.id), { holder: "Poging" }),
      read.delete(read.paths.record(relationshipId, "certifications", certification.id)),
      read.post(read.paths.agreements(relationshipId), { kind: "processor_agreement" }),
      read.patch(read.paths.agreement(agreement.id), { reviewOn: "2027-01-01" }),
      read.post(read.paths.agreementStatus(agreement.id), { status: "negotiating" }),
      read.delete(read.paths.agreement(agreement.id)),
      read.patch(read.paths.counterparty(counterpartyId), { name: "Poging" }),
      read.delete(read.paths.counterparty(counterpartyId)),
    ];
    for (const attempt of attempts) {
      const response = await attempt;
      expect(response.statusCode, response.body).toBe(403);
      expect(response.json<Problem>().code).toBe("forbidden");
    }
    expect(await registerRowsOf(database(), organisationId)).toEqual(before);
  });

  it("changes and deletes counterparties with audit events, and keeps one that relationships refer to", async () => {
    const { api, organisationId, counterpartyId } = await setup();
    const changed = expectStatus<{ name: string; contactEmail: string; country: string }>(
      await api.patch(api.paths.counterparty(counterpartyId), { contactEmail: "privacy@wolkdienst.example" }),
      200,
    );
    expect(changed).toMatchObject({ contactEmail: "privacy@wolkdienst.example", country: "NL" });

    const before = await registerRowsOf(database(), organisationId);
    const referenced = await api.delete(api.paths.counterparty(counterpartyId));
    expect(referenced.statusCode).toBe(409);
    expect(referenced.json<Problem>().code).toBe("still_referenced");
    const invalid = await api.patch(api.paths.counterparty(counterpartyId), { kvkNumber: "123", country: "XX" });
    expect(invalid.statusCode).toBe(422);
    expect(
      invalid
        .json<Problem>()
        .issues?.map((issue) => issue.path)
        .sort(),
    ).toEqual(["body.country", "body.kvkNumber"]);
    expect(await registerRowsOf(database(), organisationId)).toEqual(before);

    const loose = await createCounterparty(api, "Losse Partij B.V.");
    expect((await api.delete(api.paths.counterparty(loose.id))).statusCode).toBe(204);
    expect((await api.get(api.paths.counterparty(loose.id))).statusCode).toBe(404);
    const looseEvents = await history(api, "counterparty", loose.id);
    expect(looseEvents.map((event) => event.action)).toEqual(["created", "deleted"]);
    expect(looseEvents[1]!.changes).toMatchObject({ name: "Losse Partij B.V.", country: "NL" });

    const events = await history(api, "counterparty", counterpartyId);
    expect(events.map((event) => event.action)).toEqual(["created", "updated"]);
    expect(events[1]!.changes).toEqual({ contactEmail: { from: null, to: "privacy@wolkdienst.example" } });
  });

  it("answers 404 for unknown records and ids, and 422 for an unknown kind of history", async () => {
    const { api, relationshipId } = await setup();
    const unknown = "00000000-0000-4000-8000-000000000000";
    for (const url of [
      api.paths.relationship(unknown),
      api.paths.history("relationship", unknown),
      api.paths.checkReport(unknown),
    ]) {
      const response = await api.get(url);
      expect(response.statusCode, url).toBe(404);
      expect(response.json<Problem>().code).toBe("not_found");
    }
    expect((await api.patch(api.paths.record(relationshipId, "audits", unknown), { findings: "x" })).statusCode).toBe(
      404,
    );
    expect((await api.post(api.paths.agreementStatus(unknown), { status: "ended" })).statusCode).toBe(404);
    const kind = await api.get(api.paths.history("contract", relationshipId));
    expect(kind.statusCode).toBe(422);
  });

  it("keeps a record's events in its own organisation's chain, oldest first", async () => {
    const { api, organisationId, relationshipId } = await setup();
    expectStatus(await api.patch(api.paths.relationship(relationshipId), { notes: "Eerste notitie" }), 200);
    expectStatus(await api.patch(api.paths.relationship(relationshipId), { notes: "Tweede notitie" }), 200);
    const stored = (await auditEventsOf(database(), organisationId)).filter(
      (event) => event.entityId === relationshipId,
    );
    const shown = await history(api, "relationship", relationshipId);
    expect(shown.map((event) => event.action)).toEqual(stored.map((event) => event.action));
    expect(stored.map((event) => event.sequence)).toEqual(
      [...stored.map((event) => event.sequence)].sort((a, b) => a - b),
    );
    expect(shown.at(-1)!.changes).toEqual({ notes: { from: "Eerste notitie", to: "Tweede notitie" } });
  });
});
