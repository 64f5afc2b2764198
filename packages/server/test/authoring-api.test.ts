import { generationPreviewSchema, templatesOverviewSchema, type AuthoredVersionDetail } from "@art28/contract";
import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { verifyAuditChains } from "../src/audit/verify-audit-chain.ts";
import type { Database } from "../src/database/connection.ts";
import { authoredAgreementVersions, relationships } from "../src/database/schema.ts";
import { demoAuthoringRelationshipName, demoSupplierName } from "../src/demo/demo-data.ts";
import { demoEmails } from "./support/demo-sessions.ts";
import {
  auditEventsOf,
  createCounterparty,
  expectStatus,
  registerRequests,
  registerRowCounts,
} from "./support/register-helpers.ts";
import {
  authoringAddresses,
  sha256Hex,
  authoringRequests,
  sessionsOf,
  detailOf,
  problemOf,
  type AuthoringRequests,
  demoAuthoringRelationshipId,
} from "./support/authoring-helpers.ts";
import { describeOnEachEngine } from "./support/test-application.ts";

describeOnEachEngine("authoring API", (server) => {
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

  /** A fresh version of the demo relationship's agreement, negotiated with the supplier's organisation. */
  async function generateWithSupplier(overrides: object = {}): Promise<AuthoredVersionDetail> {
    return detailOf(
      await municipality.generate(demoRelationshipId, {
        variables: authoringAddresses,
        counterpartyOrganisationId: supplier.organisationId,
        ...overrides,
      }),
      201,
    );
  }

  /** A complete relationship of the municipality's own, written through the register API. */
  async function completeRelationship(): Promise<string> {
    const api = registerRequests(municipality.client, municipality.organisationId);
    counter += 1;
    const counterparty = await createCounterparty(api, `Archiefdienst ${counter} B.V.`);
    const relationship = expectStatus<{ id: string }>(
      await api.post(api.paths.relationships(), {
        counterpartyId: counterparty.id,
        name: `Digitaal archief ${counter}`,
        role: "processor",
      }),
      201,
    );
    expectStatus(
      await api.put(api.paths.specification(relationship.id), {
        subjectMatter: "Bewaren van digitale archiefstukken",
        nature: "opslaan en beschikbaar houden",
        purposes: ["Archivering volgens de Archiefwet"],
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
    return relationship.id;
  }

  it("previews the demo relationship from the register with the association's template and the supplier as partner", async () => {
    const preview = generationPreviewSchema.parse(expectStatus(await municipality.preview(demoRelationshipId), 200));
    expect(preview.variables).toMatchObject({
      controllerName: "Gemeente Voorbeeld",
      processorName: demoSupplierName,
      processorKvkNumber: "71843206",
      serviceName: demoAuthoringRelationshipName,
      liabilityCapEuros: 1_000_000,
      breachNotificationHours: 24,
    });
    expect(preview.variables.effectiveDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(preview.templateSource).toBe("association");
    expect(preview.templateLabel).toContain("Model Voorbeeldgemeenten");
    expect(preview.partnerOrganisations).toEqual([{ id: supplier.organisationId, name: demoSupplierName }]);
    expect(preview.annexes.subProcessors.map((row) => row.name)).toEqual(["Polderwolk Datacenters B.V."]);
    expect(preview.annexes.securityMeasures.length).toBeGreaterThan(0);
    // The demo relationship is complete in the register: nothing is left to ask for.
    expect(preview.missing).toEqual([]);
  });

  it("runs the whole flow: generate, propose, counter, accept, prepare signing, both sign", async () => {
    const eventsBefore = (await auditEventsOf(database(), municipality.organisationId)).length;
    const supplierEventsBefore = (await auditEventsOf(database(), supplier.organisationId)).length;

    const generated = await generateWithSupplier();
    expect(generated).toMatchObject({
      versionNumber: 1,
      status: "negotiating",
      viewerSide: "controller",
      language: "nl",
      ownerOrganisationName: "Gemeente Voorbeeld",
      counterpartyOrganisationName: demoSupplierName,
      outdatedAnnexes: [],
      signingDocumentSha256: null,
    });
    expect(generated.templateLabel).toContain("Model Voorbeeldgemeenten");
    expect(
      generated.document.blocks.some((block) => block.kind === "clause" && block.clauseId === "liability.cap"),
    ).toBe(true);
    const registerApi = registerRequests(municipality.client, municipality.organisationId);
    const agreementOf = async () => {
      const relationship = expectStatus<{
        agreements: {
          id: string;
          status: string;
          signedOn: string | null;
          signedDocument: { sha256: string } | null;
          latestCheck: {
            compliant: boolean;
            mandatoryPresent: number;
            mandatoryTotal: number;
            conflicts: number;
          } | null;
          standardName: string | null;
        }[];
      }>(await registerApi.get(registerApi.paths.relationship(demoRelationshipId)), 200);
      return relationship.agreements.find((agreement) => agreement.id === generated.agreementId)!;
    };
    expect(await agreementOf()).toMatchObject({ status: "negotiating", standardName: generated.templateLabel });

    // The supplier sees the version from its side.
    const listed = expectStatus<{ items: { id: string; viewerSide: string }[] }>(await supplier.list(), 200);
    expect(listed.items.find((item) => item.id === generated.id)?.viewerSide).toBe("processor");
    const supplierView = detailOf(await supplier.detail(generated.id), 200);
    expect(supplierView).toMatchObject({ viewerSide: "processor", outdatedAnnexes: [] });

    const proposal = detailOf(
      await supplier.propose(generated.id, {
        clauseId: "liability.cap",
        proposedText: "De aansprakelijkheid van Verwerker is beperkt tot € 250.000 per kalenderjaar.",
        reason: "Onze verzekering dekt niet meer.",
      }),
      201,
    );
    const proposed = proposal.deviations.at(-1)!;
    expect(proposed).toMatchObject({
      clauseId: "liability.cap",
      proposedBy: "processor",
      proposedByName: demoEmails.supplier,
      status: "proposed",
      parentId: null,
    });
    expect(proposed.originalText).toContain("€ 1.000.000");

    const countered = detailOf(
      await municipality.propose(generated.id, {
        clauseId: "liability.cap",
        proposedText: "De aansprakelijkheid van Verwerker is beperkt tot € 750.000 per kalenderjaar.",
        reason: "Wij komen u tegemoet, maar niet helemaal.",
        counterTo: proposed.id,
      }),
      201,
    );
    expect(countered.deviations.find((deviation) => deviation.id === proposed.id)?.status).toBe("countered");
    const counter = countered.deviations.find((deviation) => deviation.parentId === proposed.id)!;
    expect(counter).toMatchObject({ proposedBy: "controller", status: "proposed" });
    expect(countered.openDeviations).toBe(1);

    const accepted = detailOf(
      await supplier.respond(generated.id, counter.id, { decision: "accept", note: "Akkoord." }),
      200,
    );
    expect(accepted.deviations.find((deviation) => deviation.id === counter.id)).toMatchObject({
      status: "accepted",
      responseNote: "Akkoord.",
      respondedByName: demoEmails.supplier,
    });
    const clause = accepted.clauses.find((candidate) => candidate.clauseId === "liability.cap")!;
    expect(clause).toMatchObject({
      currentText: "De aansprakelijkheid van Verwerker is beperkt tot € 750.000 per kalenderjaar.",
      deviates: true,
    });
    expect(clause.standardText).toContain("€ 1.000.000");

    const docx = await municipality.render(generated.id, "format=docx&language=en");
    expect(docx.statusCode).toBe(200);
    expect(docx.headers["content-type"]).toContain("wordprocessingml");
    expect(docx.headers["content-disposition"]).toContain("-v1-en.docx");
    expect(docx.rawPayload.subarray(0, 2).toString("latin1")).toBe("PK");

    const prepared = detailOf(await municipality.prepareSigning(generated.id), 200);
    expect(prepared.status).toBe("signing");
    const hash = prepared.signingDocumentSha256!;
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    for (const side of [municipality, supplier]) {
      const document = await side.signingDocument(generated.id);
      expect(document.statusCode).toBe(200);
      expect(document.headers["content-type"]).toBe("application/pdf");
      expect(document.headers["x-document-sha256"]).toBe(hash);
      expect(sha256Hex(document.rawPayload)).toBe(hash);
    }
    // The PDF download in the version's language is now exactly the document to sign.
    const pdf = await supplier.render(generated.id, "format=pdf");
    expect(sha256Hex(pdf.rawPayload)).toBe(hash);

    const supplierSigned = detailOf(
      await supplier.sign(generated.id, {
        signatoryName: "Sander Salaris",
        signatoryRole: "Directeur",
        documentSha256: hash,
      }),
      201,
    );
    expect(supplierSigned.status).toBe("signing");
    expect(supplierSigned.signatures).toEqual([
      expect.objectContaining({
        side: "processor",
        organisationName: demoSupplierName,
        method: "in_app",
        documentSha256: hash,
      }),
    ]);
    const signed = detailOf(
      await municipality.sign(generated.id, {
        signatoryName: "Priya Privacy",
        signatoryRole: "Burgemeester",
        documentSha256: hash,
      }),
      201,
    );
    expect(signed.status).toBe("signed");
    expect(signed.signatures.map((signature) => signature.side).sort()).toEqual(["controller", "processor"]);
    const block = signed.document.blocks.find((candidate) => candidate.kind === "signatures");
    expect(block?.kind === "signatures" && block.parties.every((party) => party.signature !== null)).toBe(true);

    // The register's agreement is signed, with the signed PDF and the server's own check of it.
    const agreement = await agreementOf();
    expect(agreement.status).toBe("signed");
    expect(agreement.signedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(agreement.signedDocument?.sha256).toBe(hash);
    // The generated agreement, with the negotiated liability cap, passes the agreement check.
    expect(agreement.latestCheck).toMatchObject({ compliant: true, conflicts: 0 });
    expect(agreement.latestCheck?.mandatoryPresent).toBe(agreement.latestCheck?.mandatoryTotal);
    const storedPdf = await registerApi.get(registerApi.paths.document(generated.agreementId));
    expect(sha256Hex(storedPdf.rawPayload)).toBe(hash);

    // Every step is in the owner's audit chain, by the user who took it; the supplier's chain is untouched.
    const events = (await auditEventsOf(database(), municipality.organisationId)).slice(eventsBefore);
    const actions = events.map((event) => event.action);
    for (const action of [
      "created",
      "authored_version_created",
      "deviation_proposed",
      "deviation_countered",
      "deviation_accepted",
      "signing_prepared",
      "signed_by_party",
      "authored_version_signed",
      "status_changed",
      "document_attached",
      "check_attached",
    ]) {
      expect(actions, action).toContain(action);
    }
    expect(events.every((event) => event.entityType === "agreement" && event.entityId === generated.agreementId)).toBe(
      true,
    );
    expect(new Set(events.map((event) => event.actorLabel))).toEqual(
      new Set([demoEmails.privacyOfficer, demoEmails.supplier]),
    );
    expect((await auditEventsOf(database(), supplier.organisationId)).length).toBe(supplierEventsBefore);
    const [chain] = await verifyAuditChains(database(), { organisationId: municipality.organisationId });
    expect(chain?.firstBreak).toBeNull();

    // Signed means fixed: no more proposals, no third signature.
    expect(
      problemOf(
        await supplier.propose(generated.id, { clauseId: "liability.cap", proposedText: "Anders.", reason: "Toch." }),
        409,
      ).code,
    ).toBe("agreement_version_locked");
  });

  it("refuses generation with missing values, naming each, and writes nothing", async () => {
    const api = registerRequests(municipality.client, municipality.organisationId);
    const counterparty = await createCounterparty(api, "Onvolledige Leverancier B.V.");
    const relationship = expectStatus<{ id: string }>(
      await api.post(api.paths.relationships(), { counterpartyId: counterparty.id, name: "Nog niet beschreven" }),
      201,
    );
    const before = await registerRowCounts(database(), municipality.organisationId);
    const versionsBefore = await database().$count(authoredAgreementVersions);
    const problem = problemOf(await municipality.generate(relationship.id, { variables: authoringAddresses }), 422);
    expect(problem.code).toBe("generation_inputs_missing");
    const fields = problem.issues!.map((issue) => issue.path);
    expect(fields).toEqual(
      expect.arrayContaining([
        "processing.subjectMatter",
        "processing.purposes",
        "processing.dataCategories",
        "processing.dataSubjectCategories",
        "securityMeasures",
      ]),
    );
    expect(problem.issues!.find((issue) => issue.path === "processing.purposes")?.message).toContain("Doeleinden");
    expect(fields).not.toContain("variables.controllerAddress");
    expect(await registerRowCounts(database(), municipality.organisationId)).toEqual(before);
    expect(await database().$count(authoredAgreementVersions)).toBe(versionsBefore);
  });

  it("refuses a partner organisation that is not a processor on this installation", async () => {
    const problem = problemOf(
      await municipality.generate(demoRelationshipId, {
        variables: authoringAddresses,
        counterpartyOrganisationId: municipality.organisationId,
      }),
      422,
    );
    expect(problem.issues?.[0]?.path).toBe("body.counterpartyOrganisationId");
  });

  it("flags a deviation that deletes the audit clause as weakening the audits requirement", async () => {
    const version = await generateWithSupplier();
    const proposed = detailOf(
      await supplier.propose(version.id, {
        clauseId: "audits.right-to-audit",
        proposedText: "",
        reason: "Wij leveren jaarlijks een ISAE 3402-rapport.",
      }),
      201,
    );
    expect(proposed.deviations[0]).toMatchObject({ weakenedRequirements: ["audits"], proposedText: "" });
    const harmless = detailOf(
      await municipality.propose(version.id, {
        clauseId: "final-provisions.amendments",
        proposedText: "Partijen wijzigen deze verwerkersovereenkomst alleen schriftelijk en met instemming van beide.",
        reason: "Duidelijker.",
      }),
      201,
    );
    expect(harmless.deviations[1]).toMatchObject({ weakenedRequirements: [], conflicts: [] });

    const report = await municipality.report(version.id, "csv");
    expect(report.statusCode).toBe(200);
    expect(report.headers["content-type"]).toContain("text/csv");
    expect(report.headers["content-disposition"]).toContain(".csv");
    expect([...report.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = report.rawPayload.toString("utf8");
    expect(text).toContain("Wij leveren jaarlijks een ISAE 3402-rapport.");
    expect(text).toContain("audits (");
    const json = expectStatus<{
      items: { source: string; clauseNumber: string; standardText: string; weakenedRequirements: string[] }[];
    }>(await supplier.report(version.id, "json"), 200);
    // The association's template rewording comes first; then the negotiated deviations.
    const negotiated = json.items.filter((item) => item.source === "negotiation");
    expect(negotiated).toHaveLength(2);
    expect(negotiated[0]!.standardText).toContain("audits");
    expect(negotiated[0]!.clauseNumber).toMatch(/^\d+\.\d+$/);
  });

  it("guards formula-like texts in the deviation report", async () => {
    const version = await generateWithSupplier();
    expectStatus(
      await supplier.propose(version.id, {
        clauseId: "final-provisions.amendments",
        proposedText: "Wijzigingen alleen schriftelijk.",
        reason: '=HYPERLINK("https://example.invalid")',
      }),
      201,
    );
    const text = (await municipality.report(version.id, "csv")).rawPayload.toString("utf8");
    expect(text).toContain(`'=HYPERLINK`);
  });

  it("refuses the negotiation steps the rules do not allow", async () => {
    const version = await generateWithSupplier();
    const proposed = detailOf(
      await supplier.propose(version.id, {
        clauseId: "breaches.notification",
        proposedText: "Verwerker meldt een datalek binnen 48 uur.",
        reason: "Wij hebben geen 24-uursdienst.",
      }),
      201,
    ).deviations[0]!;

    const own = problemOf(await supplier.respond(version.id, proposed.id, { decision: "accept" }), 409);
    expect(own).toMatchObject({ code: "negotiation_step_not_allowed", issues: [{ message: "own_proposal" }] });
    const second = problemOf(
      await municipality.propose(version.id, {
        clauseId: "breaches.notification",
        proposedText: "Binnen 12 uur.",
        reason: "Sneller.",
      }),
      409,
    );
    expect(second).toMatchObject({
      code: "negotiation_step_not_allowed",
      issues: [{ message: "clause_has_open_proposal" }],
    });
    const notProposer = problemOf(await municipality.withdraw(version.id, proposed.id), 409);
    expect(notProposer.issues?.[0]?.message).toBe("not_proposer");
    const unknownClause = problemOf(
      await supplier.propose(version.id, { clauseId: "no.such-clause", proposedText: "x", reason: "y" }),
      422,
    );
    expect(unknownClause.issues?.[0]?.path).toBe("body.clauseId");
    const openProposal = problemOf(await municipality.prepareSigning(version.id), 409);
    expect(openProposal.code).toBe("negotiation_step_not_allowed");

    // The processor side may negotiate but not freeze, reissue or file a scan.
    expect(problemOf(await supplier.prepareSigning(version.id), 403).code).toBe("forbidden");
    expect(problemOf(await supplier.reissue(version.id), 403).code).toBe("forbidden");

    const rejected = detailOf(
      await municipality.respond(version.id, proposed.id, { decision: "reject", note: "24 uur blijft nodig." }),
      200,
    );
    expect(rejected.deviations[0]).toMatchObject({ status: "rejected", responseNote: "24 uur blijft nodig." });
    expect(
      problemOf(await municipality.respond(version.id, proposed.id, { decision: "accept" }), 409).issues?.[0]?.message,
    ).toBe("not_open");

    const prepared = detailOf(await municipality.prepareSigning(version.id), 200);
    const hash = prepared.signingDocumentSha256!;
    expect(
      problemOf(await supplier.propose(version.id, { clauseId: "liability.cap", proposedText: "x", reason: "y" }), 409)
        .code,
    ).toBe("agreement_version_locked");
    expect(problemOf(await municipality.prepareSigning(version.id), 409).code).toBe("agreement_version_locked");
    const wrongHash = problemOf(
      await supplier.sign(version.id, {
        signatoryName: "S. Salaris",
        signatoryRole: "Directeur",
        documentSha256: "0".repeat(64),
      }),
      409,
    );
    expect(wrongHash.code).toBe("signed_document_mismatch");
    expectStatus(
      await supplier.sign(version.id, {
        signatoryName: "S. Salaris",
        signatoryRole: "Directeur",
        documentSha256: hash,
      }),
      201,
    );
    const again = problemOf(
      await supplier.sign(version.id, {
        signatoryName: "S. Salaris",
        signatoryRole: "Directeur",
        documentSha256: hash,
      }),
      409,
    );
    expect(again.code).toBe("conflict");
    expect(
      problemOf(
        await supplier.signedScan(version.id, [
          { name: "file", fileName: "scan.pdf", contentType: "application/pdf", content: Buffer.from("%PDF-1.4") },
        ]),
        403,
      ).code,
    ).toBe("forbidden");
  });

  it("keeps versions from other organisations and from roles without the permission", async () => {
    const version = await generateWithSupplier();
    const association = await session(demoEmails.association);
    // A third organisation: its own path knows no such version; the owner's path is not its to use.
    expect(problemOf(await association.detail(version.id), 404).code).toBe("not_found");
    expect(
      problemOf(
        await association.propose(version.id, { clauseId: "liability.cap", proposedText: "x", reason: "y" }),
        404,
      ).code,
    ).toBe("not_found");
    const foreignPath = authoringRequests(association.client, municipality.organisationId);
    expect(problemOf(await foreignPath.detail(version.id), 403).code).toBe("forbidden");
    expect(expectStatus(await association.list(), 200)).toEqual({ items: [] });

    const viewer = await session(demoEmails.viewer);
    expect(detailOf(await viewer.detail(version.id), 200).viewerSide).toBe("controller");
    expect(
      problemOf(await viewer.propose(version.id, { clauseId: "liability.cap", proposedText: "x", reason: "y" }), 403)
        .code,
    ).toBe("forbidden");
    expect(problemOf(await viewer.generate(demoRelationshipId, { variables: authoringAddresses }), 403).code).toBe(
      "forbidden",
    );

    const prepared = detailOf(await municipality.prepareSigning(version.id), 200);
    const contractManager = await session(demoEmails.contractManager);
    const unauthorisedSigner = problemOf(
      await contractManager.sign(version.id, {
        signatoryName: "Koen Inkoop",
        signatoryRole: "Inkoper",
        documentSha256: prepared.signingDocumentSha256,
      }),
      403,
    );
    expect(unauthorisedSigner.code).toBe("forbidden");
  });

  it("shows an annex as outdated after the register changes, and reissues it fresh with the agreed clauses", async () => {
    const relationshipId = await completeRelationship();
    const version = detailOf(
      await municipality.generate(relationshipId, { variables: authoringAddresses, language: "en" }),
      201,
    );
    expect(version.counterpartyOrganisationId).toBeNull();
    // Without a supplier organisation on Art28 nobody could answer a proposal: negotiation happens outside the app.
    const own = problemOf(
      await municipality.propose(version.id, {
        clauseId: "final-provisions.amendments",
        proposedText: "The Parties amend this Agreement only in writing, signed by both.",
        reason: "Clearer.",
      }),
      409,
    );
    expect(own.code).toBe("negotiation_step_not_allowed");

    const api = registerRequests(municipality.client, municipality.organisationId);
    expectStatus(
      await api.post(api.paths.records(relationshipId, "sub-processors"), {
        name: "Reservekopie Noord B.V.",
        service: "Back-ups",
        country: "NL",
        authorisationStatus: "authorised",
      }),
      201,
    );
    const outdated = detailOf(await municipality.detail(version.id), 200);
    expect(outdated.outdatedAnnexes).toEqual(["subProcessors"]);

    const reissued = detailOf(await municipality.reissue(version.id), 201);
    expect(reissued).toMatchObject({ versionNumber: 2, status: "negotiating", language: "en", outdatedAnnexes: [] });
    expect(reissued.agreementId).toBe(version.agreementId);
    expect(
      reissued.document.blocks.some(
        (block) => block.kind === "table" && block.rows.some((row) => row[0] === "Reservekopie Noord B.V."),
      ),
    ).toBe(true);
    expect(detailOf(await municipality.detail(version.id), 200).status).toBe("superseded");
    expect(problemOf(await municipality.reissue(version.id), 409).code).toBe("conflict");
  });

  it("carries accepted deviations into a reissued version and keeps a signed version signed", async () => {
    const version = await generateWithSupplier();
    const proposal = detailOf(
      await supplier.propose(version.id, {
        clauseId: "liability.cap",
        proposedText: "De aansprakelijkheid van Verwerker is beperkt tot € 800.000 per kalenderjaar.",
        reason: "Verzekering.",
      }),
      201,
    ).deviations[0]!;
    detailOf(await municipality.respond(version.id, proposal.id, { decision: "accept" }), 200);
    const hash = detailOf(await municipality.prepareSigning(version.id), 200).signingDocumentSha256!;
    detailOf(
      await supplier.sign(version.id, { signatoryName: "S", signatoryRole: "Directeur", documentSha256: hash }),
      201,
    );
    detailOf(
      await municipality.sign(version.id, { signatoryName: "P", signatoryRole: "Wethouder", documentSha256: hash }),
      201,
    );

    const reissued = detailOf(await municipality.reissue(version.id), 201);
    expect(reissued.versionNumber).toBe(2);
    expect(reissued.deviations).toEqual([
      expect.objectContaining({
        clauseId: "liability.cap",
        status: "accepted",
        reason: "Verzekering.",
        responseNote: "Overgenomen uit versie 1",
      }),
    ]);
    expect(reissued.clauses.find((clause) => clause.clauseId === "liability.cap")?.currentText).toContain("€ 800.000");
    expect(detailOf(await municipality.detail(version.id), 200).status).toBe("signed");
    expect(detailOf(await supplier.detail(reissued.id), 200).viewerSide).toBe("processor");
  });

  it("records a signed paper copy: both signatures by scan, the scan kept as the signed document", async () => {
    // A signed copy is the way for a supplier that is not on Art28.
    const version = detailOf(
      await municipality.generate(await completeRelationship(), { variables: authoringAddresses }),
      201,
    );
    const hash = detailOf(await municipality.prepareSigning(version.id), 200).signingDocumentSha256!;
    const printed = (await municipality.signingDocument(version.id)).rawPayload;
    expect(sha256Hex(printed)).toBe(hash);
    const fields = [
      { name: "controllerSignatoryName", value: "Priya Privacy" },
      { name: "controllerSignatoryRole", value: "Burgemeester" },
      { name: "processorSignatoryName", value: "Sander Salaris" },
      { name: "processorSignatoryRole", value: "Directeur" },
    ];
    const missingField = problemOf(
      await municipality.signedScan(version.id, [
        { name: "file", fileName: "ondertekend.pdf", contentType: "application/pdf", content: printed },
        ...fields.slice(1),
      ]),
      422,
    );
    expect(missingField.issues?.[0]?.path).toBe("controllerSignatoryName");
    const notPdf = problemOf(
      await municipality.signedScan(version.id, [
        { name: "file", fileName: "ondertekend.txt", contentType: "text/plain", content: "getekend" },
        ...fields,
      ]),
      415,
    );
    expect(notPdf.code).toBe("unsupported_media_type");

    const signed = detailOf(
      await municipality.signedScan(version.id, [
        { name: "file", fileName: "ondertekend.pdf", contentType: "application/pdf", content: printed },
        ...fields,
      ]),
      201,
    );
    expect(signed.status).toBe("signed");
    expect(signed.signatures).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          side: "controller",
          signatoryName: "Priya Privacy",
          method: "scan",
          documentSha256: hash,
        }),
        expect.objectContaining({
          side: "processor",
          signatoryName: "Sander Salaris",
          method: "scan",
          documentSha256: hash,
        }),
      ]),
    );
    const api = registerRequests(municipality.client, municipality.organisationId);
    const stored = await api.get(api.paths.document(version.agreementId));
    expect(stored.headers["content-disposition"]).toContain("ondertekend.pdf");
  });
});

describeOnEachEngine("authoring templates", (server) => {
  const session = sessionsOf(server);

  it("gives a member its association's template, until it publishes its own", async () => {
    const municipality = await session(demoEmails.privacyOfficer);
    const inherited = templatesOverviewSchema.parse(expectStatus(await municipality.templates(), 200));
    expect(inherited.effective).toMatchObject({
      source: "association",
      template: {
        name: "Model Voorbeeldgemeenten",
        templateVersion: 1,
        organisationName: "Vereniging van Voorbeeldgemeenten",
      },
      variableDefaults: { liabilityCapEuros: 1_000_000, breachNotificationHours: 24 },
    });
    expect(inherited.own).toEqual([]);
    const reworded = inherited.effective.articles
      .flatMap((article) => article.clauses)
      .filter((clause) => clause.fromTemplate);
    expect(reworded.map((clause) => clause.id)).toEqual(["final-provisions.law"]);

    const published = expectStatus<{ templateVersion: number; name: string; organisationName: string }>(
      await municipality.publishTemplate({
        name: "Model Gemeente Voorbeeld",
        changeNote: "Langere opzegtermijn.",
        variableDefaults: { noticePeriodMonths: 6 },
        clauseTexts: {
          "final-provisions.amendments": {
            nl: "Partijen wijzigen deze verwerkersovereenkomst alleen schriftelijk.",
            en: "The Parties amend this Agreement only in writing.",
          },
        },
      }),
      201,
    );
    expect(published).toMatchObject({
      templateVersion: 1,
      name: "Model Gemeente Voorbeeld",
      organisationName: "Gemeente Voorbeeld",
    });
    const own = templatesOverviewSchema.parse(expectStatus(await municipality.templates(), 200));
    expect(own.effective).toMatchObject({ source: "own", template: { name: "Model Gemeente Voorbeeld" } });
    // The member's own template starts from the standard's defaults, not the association's.
    expect(own.effective.variableDefaults).toMatchObject({ noticePeriodMonths: 6, liabilityCapEuros: 500_000 });
    expect(own.own.map((template) => template.templateVersion)).toEqual([1]);

    const second = expectStatus<{ templateVersion: number }>(
      await municipality.publishTemplate({ name: "Model Gemeente Voorbeeld", changeNote: "Terug naar de standaard." }),
      201,
    );
    expect(second.templateVersion).toBe(2);
    const relationshipId = (
      await server()
        .application.connection.database.select({ id: relationships.id })
        .from(relationships)
        .where(eq(relationships.name, demoAuthoringRelationshipName))
    )[0]!.id;
    const preview = generationPreviewSchema.parse(expectStatus(await municipality.preview(relationshipId), 200));
    expect(preview).toMatchObject({ templateSource: "own", templateLabel: "Model Gemeente Voorbeeld (v2)" });
  });

  it("refuses a template naming a clause or a value the standard does not have", async () => {
    const association = await session(demoEmails.association);
    const problem = problemOf(
      await association.publishTemplate({
        name: "Model",
        changeNote: "Test.",
        clauseTexts: {
          "no.such-clause": { nl: "Tekst.", en: "Text." },
          "liability.cap": { nl: "Beperkt tot {{liabilityCap}}.", en: "Limited to {{liabilityCapEuros}}." },
        },
      }),
      422,
    );
    expect(problem.code).toBe("validation_failed");
    expect(problem.issues?.map((issue) => issue.path)).toEqual([
      "body.clauseTexts.no.such-clause",
      "body.clauseTexts.liability.cap.nl",
    ]);
  });

  it("lets only roles with templates.publish publish", async () => {
    const contractManager = await session(demoEmails.contractManager);
    const problem = problemOf(await contractManager.publishTemplate({ name: "Model", changeNote: "Test." }), 403);
    expect(problem.code).toBe("forbidden");
  });
});
