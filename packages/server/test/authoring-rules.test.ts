/**
 * The rules around negotiation and signing that protect what ends up signed: nothing open may
 * be frozen into the PDF, in-app steps need the supplier on Art28 (the signed copy is the way
 * otherwise), a reissue closes what was left open, the filed PDF is the signed one, and an
 * acceptance is judged against what is agreed at that moment.
 */
import { authoringPaths, type AuthoredVersionDetail } from "@art28/contract";
import { eq, sql } from "drizzle-orm";
import { afterEach, beforeAll, expect, it, vi } from "vitest";
import type * as renderModule from "../src/authoring-render/index.ts";
import type { Database } from "../src/database/connection.ts";
import { authoredAgreementVersions } from "../src/database/schema.ts";
import { scannedPdf } from "./documents/sample-documents.ts";
import { demoEmails } from "./support/demo-sessions.ts";
import { type MultipartPart } from "./support/multipart.ts";
import { auditEventsOf, createCounterparty, expectStatus, registerRequests } from "./support/register-helpers.ts";
import {
  authoringAddresses,
  sha256Hex,
  sessionsOf,
  detailOf,
  problemOf,
  type AuthoringRequests,
  demoAuthoringRelationshipId,
} from "./support/authoring-helpers.ts";
import { describeOnEachEngine } from "./support/test-application.ts";

/** Runs while the PDF for signing is rendered, i.e. between the read and the write of `prepare`. */
const rendering = vi.hoisted(() => ({ during: null as null | (() => Promise<void>) }));

vi.mock("../src/authoring-render/index.ts", async (importOriginal) => {
  const original = await importOriginal<typeof renderModule>();
  return {
    ...original,
    renderAgreementPdf: async (...args: Parameters<typeof original.renderAgreementPdf>) => {
      const during = rendering.during;
      rendering.during = null;
      await during?.();
      return original.renderAgreementPdf(...args);
    },
  };
});

afterEach(() => {
  rendering.during = null;
});

const scanFields: MultipartPart[] = [
  { name: "controllerSignatoryName", value: "Priya Privacy" },
  { name: "controllerSignatoryRole", value: "Burgemeester" },
  { name: "processorSignatoryName", value: "Sander Salaris" },
  { name: "processorSignatoryRole", value: "Directeur" },
];

describeOnEachEngine("authoring rules", (server) => {
  const database = (): Database => server().application.connection.database;
  const session = sessionsOf(server);
  let municipality: AuthoringRequests;
  let supplier: AuthoringRequests;
  let demoRelationshipId: string;
  let counter = 0;

  beforeAll(async () => {
    municipality = await session(demoEmails.privacyOfficer);
    supplier = await session(demoEmails.supplier);
    demoRelationshipId = await demoAuthoringRelationshipId(database(), municipality.organisationId);
  });

  async function generateWithSupplier(): Promise<AuthoredVersionDetail> {
    return detailOf(
      await municipality.generate(demoRelationshipId, {
        variables: authoringAddresses,
        counterpartyOrganisationId: supplier.organisationId,
      }),
      201,
    );
  }

  /** A version of a complete relationship whose supplier is not on Art28. */
  async function generateWithoutSupplier(): Promise<AuthoredVersionDetail> {
    const api = registerRequests(municipality.client, municipality.organisationId);
    counter += 1;
    const counterparty = await createCounterparty(api, `Scanbureau ${counter} B.V.`);
    const relationship = expectStatus<{ id: string }>(
      await api.post(api.paths.relationships(), {
        counterpartyId: counterparty.id,
        name: `Scannen van post ${counter}`,
        role: "processor",
      }),
      201,
    );
    expectStatus(
      await api.put(api.paths.specification(relationship.id), {
        subjectMatter: "Digitaliseren van inkomende post",
        nature: "scannen en opslaan",
        purposes: ["Zaakgericht werken"],
        dataCategories: ["Namen", "Adressen"],
        dataSubjectCategories: ["Inwoners"],
        storageCountries: ["NL"],
        processingCountries: ["NL"],
      }),
      200,
    );
    expectStatus(
      await api.post(api.paths.records(relationship.id, "security-measures"), {
        description: "Versleutelde opslag",
        reference: "Bijlage 2",
      }),
      201,
    );
    const version = detailOf(await municipality.generate(relationship.id, { variables: authoringAddresses }), 201);
    expect(version.counterpartyOrganisationId).toBeNull();
    return version;
  }

  async function registerAgreementOf(version: AuthoredVersionDetail) {
    const api = registerRequests(municipality.client, municipality.organisationId);
    const relationship = expectStatus<{
      agreements: {
        id: string;
        status: string;
        signedDocument: { sha256: string } | null;
        latestCheck: object | null;
      }[];
    }>(await api.get(api.paths.relationship(version.relationshipId)), 200);
    return relationship.agreements.find((agreement) => agreement.id === version.agreementId)!;
  }

  it("refuses to prepare signing when a proposal was made while the PDF was being rendered", async () => {
    const version = await generateWithSupplier();
    rendering.during = async () => {
      expectStatus(
        await supplier.propose(version.id, {
          clauseId: "liability.cap",
          proposedText: "De aansprakelijkheid van Verwerker is beperkt tot € 300.000 per kalenderjaar.",
          reason: "Verzekering.",
        }),
        201,
      );
    };
    const problem = problemOf(await municipality.prepareSigning(version.id), 409);
    expect(problem.code).toBe("negotiation_step_not_allowed");
    expect(problem.issues?.[0]?.message).toBe("open_proposals");
    const after = detailOf(await municipality.detail(version.id), 200);
    expect(after).toMatchObject({ status: "negotiating", signingDocumentSha256: null, openDeviations: 1 });
  });

  it("refuses to prepare signing when a negotiation step happened while the PDF was being rendered", async () => {
    const version = await generateWithSupplier();
    const proposed = detailOf(
      await supplier.propose(version.id, {
        clauseId: "final-provisions.amendments",
        proposedText: "Wijzigingen alleen schriftelijk.",
        reason: "Korter.",
      }),
      201,
    ).deviations[0]!;
    detailOf(await municipality.respond(version.id, proposed.id, { decision: "reject" }), 200);
    // A new proposal, withdrawn again before the write: the text is the same, but the version moved on.
    rendering.during = async () => {
      const made = detailOf(
        await supplier.propose(version.id, {
          clauseId: "final-provisions.amendments",
          proposedText: "Wijzigingen alleen schriftelijk en getekend.",
          reason: "Nog korter.",
        }),
        201,
      ).deviations.at(-1)!;
      expectStatus(
        await supplier.client.request({
          method: "POST",
          url: authoringPaths.deviationWithdrawal(supplier.organisationId, version.id, made.id),
          payload: {},
        }),
        200,
      );
    };
    expect(problemOf(await municipality.prepareSigning(version.id), 409).code).toBe("conflict");
    expect(detailOf(await municipality.detail(version.id), 200).status).toBe("negotiating");
  });

  it("without a supplier organisation refuses proposals and in-app signing; the signed scan is the way", async () => {
    const version = await generateWithoutSupplier();
    const proposal = problemOf(
      await municipality.propose(version.id, {
        clauseId: "final-provisions.amendments",
        proposedText: "Partijen wijzigen deze overeenkomst alleen schriftelijk.",
        reason: "Duidelijker.",
      }),
      409,
    );
    expect(proposal).toMatchObject({
      code: "negotiation_step_not_allowed",
      issues: [{ message: "supplier_not_on_art28" }],
    });
    const hash = detailOf(await municipality.prepareSigning(version.id), 200).signingDocumentSha256!;
    const inApp = problemOf(
      await municipality.sign(version.id, { signatoryName: "P", signatoryRole: "Wethouder", documentSha256: hash }),
      409,
    );
    expect(inApp).toMatchObject({
      code: "negotiation_step_not_allowed",
      issues: [{ message: "supplier_not_on_art28" }],
    });
    const printed = (await municipality.signingDocument(version.id)).rawPayload;
    const signed = detailOf(
      await municipality.signedScan(version.id, [
        { name: "file", fileName: "ondertekend.pdf", contentType: "application/pdf", content: printed },
        ...scanFields,
      ]),
      201,
    );
    expect(signed.status).toBe("signed");
    expect(signed.signatures.map((signature) => signature.method)).toEqual(["scan", "scan"]);
  });

  it("with a supplier organisation refuses the signed scan: both parties sign in the app", async () => {
    const version = await generateWithSupplier();
    const hash = detailOf(await municipality.prepareSigning(version.id), 200).signingDocumentSha256!;
    const printed = (await municipality.signingDocument(version.id)).rawPayload;
    expect(sha256Hex(printed)).toBe(hash);
    const problem = problemOf(
      await municipality.signedScan(version.id, [
        { name: "file", fileName: "ondertekend.pdf", contentType: "application/pdf", content: printed },
        ...scanFields,
      ]),
      409,
    );
    expect(problem).toMatchObject({
      code: "negotiation_step_not_allowed",
      issues: [{ message: "supplier_signs_in_app" }],
    });
    const after = detailOf(await municipality.detail(version.id), 200);
    expect(after).toMatchObject({ status: "signing", signatures: [] });
  });

  it("keeps a scan without a text layer as the signed document, without a check report", async () => {
    const version = await generateWithoutSupplier();
    detailOf(await municipality.prepareSigning(version.id), 200);
    const scan = Buffer.from(await scannedPdf());
    const signed = detailOf(
      await municipality.signedScan(version.id, [
        { name: "file", fileName: "scan.pdf", contentType: "application/pdf", content: scan },
        ...scanFields,
      ]),
      201,
    );
    expect(signed.status).toBe("signed");
    expect(signed.signatures.every((signature) => signature.documentSha256 === sha256Hex(scan))).toBe(true);
    const agreement = await registerAgreementOf(version);
    expect(agreement).toMatchObject({ status: "signed", latestCheck: null });
    expect(agreement.signedDocument?.sha256).toBe(sha256Hex(scan));
  });

  it("still refuses a scan that is no PDF", async () => {
    const version = await generateWithoutSupplier();
    detailOf(await municipality.prepareSigning(version.id), 200);
    const problem = problemOf(
      await municipality.signedScan(version.id, [
        { name: "file", fileName: "scan.pdf", contentType: "application/pdf", content: Buffer.from("GIF89a scan") },
        ...scanFields,
      ]),
      415,
    );
    expect(problem.code).toBe("unsupported_media_type");
  });

  it("closes the open proposals of a reissued version as lapsed", async () => {
    const version = await generateWithSupplier();
    const open = detailOf(
      await supplier.propose(version.id, {
        clauseId: "liability.cap",
        proposedText: "De aansprakelijkheid van Verwerker is beperkt tot € 400.000 per kalenderjaar.",
        reason: "Verzekering.",
      }),
      201,
    ).deviations[0]!;
    const reissued = detailOf(await municipality.reissue(version.id), 201);
    expect(reissued.deviations).toEqual([]);
    const old = detailOf(await municipality.detail(version.id), 200);
    expect(old.status).toBe("superseded");
    expect(old.openDeviations).toBe(0);
    expect(old.deviations.find((deviation) => deviation.id === open.id)).toMatchObject({
      status: "withdrawn",
      responseNote: `Vervallen door nieuwe versie ${reissued.versionNumber}`,
      respondedByName: demoEmails.privacyOfficer,
    });
    const events = await auditEventsOf(database(), municipality.organisationId);
    const lapsed = events.filter(
      (event) =>
        event.action === "deviation_withdrawn" &&
        (event.changes as { deviationId?: string } | null)?.deviationId === open.id,
    );
    expect(lapsed).toHaveLength(1);
  });

  it("refuses to file a signed PDF whose bytes are not the ones prepared for signing", async () => {
    const version = await generateWithSupplier();
    const hash = detailOf(await municipality.prepareSigning(version.id), 200).signingDocumentSha256!;
    // The stored document no longer matches its recorded hash (a defect or tampering).
    await database()
      .update(authoredAgreementVersions)
      .set({
        signingDocument: sql`${authoredAgreementVersions.signingDocument} || decode('0a2574616d70657265640a', 'hex')`,
      })
      .where(eq(authoredAgreementVersions.id, version.id));
    const problem = problemOf(
      await supplier.sign(version.id, { signatoryName: "S", signatoryRole: "Directeur", documentSha256: hash }),
      500,
    );
    expect(problem.code).toBe("internal_error");
    const after = detailOf(await municipality.detail(version.id), 200);
    expect(after).toMatchObject({ status: "signing", signatures: [] });
    expect((await registerAgreementOf(version)).signedDocument).toBeNull();
  });

  it("judges an acceptance against what is agreed by then: two harmless deletions together weaken a requirement", async () => {
    const version = await generateWithSupplier();
    const propose = async (clauseId: string) =>
      detailOf(
        await supplier.propose(version.id, { clauseId, proposedText: "", reason: "Dubbel." }),
        201,
      ).deviations.at(-1)!;
    const first = await propose("breaches.notification");
    const second = await propose("breaches.information");
    // Each alone leaves the other clause meeting the breach notification requirement.
    expect(first.weakenedRequirements).toEqual([]);
    expect(second.weakenedRequirements).toEqual([]);

    const afterFirst = detailOf(await municipality.respond(version.id, first.id, { decision: "accept" }), 200);
    expect(afterFirst.deviations.find((deviation) => deviation.id === first.id)?.weakenedRequirements).toEqual([]);
    const afterSecond = detailOf(await municipality.respond(version.id, second.id, { decision: "accept" }), 200);
    expect(afterSecond.deviations.find((deviation) => deviation.id === second.id)).toMatchObject({
      status: "accepted",
      weakenedRequirements: ["breach_notification"],
    });
    const events = await auditEventsOf(database(), municipality.organisationId);
    const accepted = events.find(
      (event) =>
        event.action === "deviation_accepted" &&
        (event.changes as { deviationId?: string } | null)?.deviationId === second.id,
    );
    expect(accepted?.changes).toMatchObject({ weakenedRequirements: ["breach_notification"] });
  });

  it("sends the deviation report as a download that is neither sniffed nor cached", async () => {
    const version = await generateWithSupplier();
    for (const format of ["csv", "json"] as const) {
      const report = await municipality.report(version.id, format);
      expect(report.statusCode).toBe(200);
      expect(report.headers["x-content-type-options"]).toBe("nosniff");
      expect(report.headers["cache-control"]).toContain("no-store");
      expect(report.headers["content-disposition"]).toContain("attachment");
    }
  });
});
