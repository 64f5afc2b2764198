import { createHash } from "node:crypto";
import { checkReportSchema } from "@art28/contract";
import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import type { Database } from "../src/database/connection.ts";
import { users } from "../src/database/schema.ts";
import { createDocumentUseCases } from "../src/services/register/document-use-cases.ts";
import { demoEmails, loginAsDemo } from "./support/demo-sessions.ts";
import type { MultipartPart } from "./support/multipart.ts";
import {
  compliantAgreementDocx,
  compliantAgreementMarkdown,
  createCounterparty,
  docxMediaType,
  expectStatus,
  pngBytes,
  registerRequests,
  registerRowsOf,
  type RegisterRequests,
} from "./support/register-helpers.ts";
import { describeOnEachEngine } from "./support/test-application.ts";

interface AgreementView {
  id: string;
  relationshipId: string;
  kind: string;
  status: string;
  signedDocument: { id: string; fileName: string; mediaType: string; byteSize: number; sha256: string } | null;
  latestCheck: {
    compliant: boolean;
    mandatoryPresent: number;
    mandatoryTotal: number;
    conflicts: number;
    checkedAt: string;
  } | null;
}
interface BulkItem {
  fileName: string;
  outcome: "attached" | "failed";
  relationshipId: string | null;
  agreementId: string | null;
  agreementCreated: boolean;
  check: AgreementView["latestCheck"];
  error: { code: string; message: string } | null;
}

const markdownFile = (fileName: string, name = "file"): MultipartPart => ({
  name,
  fileName,
  contentType: "text/markdown",
  content: compliantAgreementMarkdown,
});

describeOnEachEngine("register documents", (server) => {
  const database = (): Database => server().application.connection.database;
  let counter = 0;
  // One login per account and suite: logins are rate-limited.
  const sessions = new Map<string, ReturnType<typeof loginAsDemo>>();
  const session = (email: string) => {
    if (!sessions.has(email)) sessions.set(email, loginAsDemo(server(), email));
    return sessions.get(email)!;
  };

  /** A processor relationship with one agreement of the given kind, as a privacy officer. */
  async function setup(kind = "processor_agreement") {
    const { client, organisationId } = await session(demoEmails.privacyOfficer);
    const api = registerRequests(client, organisationId);
    counter += 1;
    const counterparty = await createCounterparty(api, `Documentdienst ${counter} B.V.`);
    const relationship = expectStatus<{ id: string }>(
      await api.post(api.paths.relationships(), {
        counterpartyId: counterparty.id,
        name: `Zaakdossiers ${counter}`,
        role: "processor",
      }),
      201,
    );
    const agreement = expectStatus<AgreementView>(
      await api.post(api.paths.agreements(relationship.id), { kind, effectiveOn: "2025-01-01" }),
      201,
    );
    return { api, organisationId, relationshipId: relationship.id, agreementId: agreement.id };
  }

  async function agreementOf(api: RegisterRequests, relationshipId: string, agreementId: string) {
    const detail = expectStatus<{ agreements: AgreementView[]; status: { compliance: string } }>(
      await api.get(api.paths.relationship(relationshipId)),
      200,
    );
    return { agreement: detail.agreements.find((agreement) => agreement.id === agreementId)!, detail };
  }

  it("stores a signed Word document, checks it on the server and shows the relationship as compliant once active", async () => {
    const { api, relationshipId, agreementId } = await setup();
    const docx = await compliantAgreementDocx();
    const response = await api.upload(api.paths.document(agreementId), [
      { name: "file", fileName: "Verwerkersovereenkomst ondertekend.docx", contentType: docxMediaType, content: docx },
    ]);
    const uploaded = expectStatus<AgreementView>(response, 201);
    expect(uploaded.signedDocument).toMatchObject({
      fileName: "Verwerkersovereenkomst ondertekend.docx",
      mediaType: docxMediaType,
      byteSize: docx.byteLength,
      sha256: createHash("sha256").update(docx).digest("hex"),
    });
    expect(uploaded.latestCheck).toMatchObject({ compliant: true, conflicts: 0 });
    expect(uploaded.latestCheck!.mandatoryPresent).toBe(uploaded.latestCheck!.mandatoryTotal);

    const download = await api.get(api.paths.document(agreementId));
    expect(download.statusCode).toBe(200);
    expect(download.headers["content-type"]).toBe(docxMediaType);
    expect(download.headers["content-disposition"]).toMatch(/^attachment; /);
    expect(download.headers["content-disposition"]).toContain(
      "filename*=UTF-8''Verwerkersovereenkomst%20ondertekend.docx",
    );
    expect(Buffer.compare(download.rawPayload, Buffer.from(docx))).toBe(0);

    const report = checkReportSchema.parse(expectStatus(await api.get(api.paths.checkReport(agreementId)), 200));
    expect(report).toMatchObject({ format: "docx", isProcessorAgreement: true, summary: { compliant: true } });
    expect(report.documentText).toBeUndefined();

    // Signed, then in force since its effective date: with a passing check, the relationship is compliant.
    expectStatus(await api.post(api.paths.agreementStatus(agreementId), { status: "signed" }), 200);
    expectStatus(await api.post(api.paths.agreementStatus(agreementId), { status: "active" }), 200);
    const { agreement, detail } = await agreementOf(api, relationshipId, agreementId);
    expect(agreement.signedDocument?.sha256).toBe(uploaded.signedDocument!.sha256);
    expect(detail.status.compliance).toBe("compliant");

    const history = expectStatus<{ items: { action: string; changes: Record<string, unknown> }[] }>(
      await api.get(api.paths.history("agreement", agreementId)),
      200,
    );
    expect(history.items.map((event) => event.action)).toEqual([
      "created",
      "document_attached",
      "check_attached",
      "status_changed",
      "status_changed",
    ]);
    expect(history.items[1]!.changes).toMatchObject({ fileName: "Verwerkersovereenkomst ondertekend.docx" });
    expect(history.items[2]!.changes).toMatchObject({ compliant: true, missing: [], conflicts: [] });
  });

  it("sends an uploaded HTML agreement back only as a sandboxed attachment, never as a page of the site", async () => {
    const { api, agreementId } = await setup();
    const html = Buffer.from(
      "<!doctype html><html><head><title>Verwerkersovereenkomst</title></head><body>" +
        "<h1>Verwerkersovereenkomst</h1><p>Verwerker verwerkt de persoonsgegevens uitsluitend in opdracht.</p>" +
        "<script>document.title = 'uitgevoerd';</script></body></html>",
    );
    const uploaded = expectStatus<AgreementView>(
      await api.upload(api.paths.document(agreementId), [
        { name: "file", fileName: "overeenkomst.html", contentType: "text/html", content: html },
      ]),
      201,
    );
    expect(uploaded.signedDocument?.mediaType).toBe("text/html; charset=utf-8");

    const download = await api.get(api.paths.document(agreementId));
    expect(download.statusCode).toBe(200);
    expect(download.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(download.headers["content-security-policy"]).toContain("sandbox");
    expect(download.headers["x-content-type-options"]).toBe("nosniff");
    expect(download.headers["content-disposition"]).toMatch(/^attachment;/);
    expect(Buffer.compare(download.rawPayload, html)).toBe(0);
  });

  it("drops the Art. 28 check when a processor agreement becomes another kind, and records that", async () => {
    const { api, agreementId } = await setup();
    const checked = expectStatus<AgreementView>(
      await api.upload(api.paths.document(agreementId), [markdownFile("eerst-verwerker.md")]),
      201,
    );
    expect(checked.latestCheck).not.toBeNull();

    const changed = expectStatus<AgreementView>(
      await api.patch(api.paths.agreement(agreementId), { kind: "art26_arrangement" }),
      200,
    );
    expect(changed.kind).toBe("art26_arrangement");
    expect(changed.latestCheck).toBeNull();
    expect(changed.signedDocument?.fileName).toBe("eerst-verwerker.md");
    expect((await api.get(api.paths.checkReport(agreementId))).statusCode).toBe(404);

    const history = expectStatus<{ items: { action: string; changes: Record<string, unknown> }[] }>(
      await api.get(api.paths.history("agreement", agreementId)),
      200,
    );
    const last = history.items.at(-1)!;
    expect(last.action).toBe("updated");
    expect(last.changes).toEqual({
      kind: { from: "processor_agreement", to: "art26_arrangement" },
      latestCheckAt: { from: checked.latestCheck!.checkedAt, to: null },
    });
  });

  it("asks again under the lock whether the agreement takes a document: a kind changed during the check stores nothing", async () => {
    const { api, organisationId, agreementId } = await setup();
    const application = server().application;
    const [officer] = await database()
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, demoEmails.privacyOfficer));
    const actor = {
      userId: officer!.id,
      label: demoEmails.privacyOfficer,
      rolesByOrganisation: new Map([[organisationId, "privacy_officer" as const]]),
    };
    // While the file is being read and checked (outside any transaction), someone records that no agreement is needed.
    const checks = {
      ...application.services.checks,
      async checkDocument(input: Parameters<typeof application.services.checks.checkDocument>[0]) {
        expectStatus(await api.patch(api.paths.agreement(agreementId), { kind: "none_needed" }), 200);
        return application.services.checks.checkDocument(input);
      },
    };
    const documents = createDocumentUseCases({
      database: database(),
      config: application.config,
      checks,
      now: () => new Date(),
    });
    const before = await registerRowsOf(database(), organisationId);
    const attempt = documents.attachDocument(actor, organisationId, agreementId, async () => ({
      bytes: compliantAgreementMarkdown,
      fileName: "te-laat.md",
      mediaType: "text/markdown",
    }));
    await expect(attempt).rejects.toMatchObject({ code: "validation_failed" });
    const after = await registerRowsOf(database(), organisationId);
    expect(after.agreementDocuments).toEqual(before.agreementDocuments);
    expect((await api.get(api.paths.document(agreementId))).statusCode).toBe(404);
  });

  it("keeps the newest upload as the signed document, and attaches the check of that upload", async () => {
    const { api, agreementId } = await setup();
    expectStatus(await api.upload(api.paths.document(agreementId), [markdownFile("eerste.md")]), 201);
    const conflicting = Buffer.from(
      compliantAgreementMarkdown
        .toString("utf8")
        .replace(
          "uitsluitend op basis van schriftelijke instructies van Verwerkingsverantwoordelijke",
          "ook voor eigen doeleinden en zonder instructies van Verwerkingsverantwoordelijke",
        ),
    );
    const second = expectStatus<AgreementView>(
      await api.upload(api.paths.document(agreementId), [
        { name: "file", fileName: "tweede.md", contentType: "text/markdown", content: conflicting },
      ]),
      201,
    );
    expect(second.signedDocument?.fileName).toBe("tweede.md");
    expect(second.latestCheck?.compliant).toBe(false);
    const download = await api.get(api.paths.document(agreementId));
    expect(download.body).toContain("eigen doeleinden");
    expect(download.headers["content-type"]).toBe("text/markdown; charset=utf-8");
  });

  it.each([
    ["an image", "scan.png", "image/png", pngBytes, 415, "unsupported_media_type"],
    ["an empty file", "leeg.txt", "text/plain", new Uint8Array(0), 422, "document_empty"],
    [
      "a broken PDF",
      "kapot.pdf",
      "application/pdf",
      Buffer.from("%PDF-1.7\n1 0 obj\n<< /Type /Catalog"),
      422,
      "document_unreadable",
    ],
  ] as const)(
    "refuses %s with the check's code and stores nothing",
    async (_label, fileName, contentType, content, status, code) => {
      const { api, organisationId, agreementId } = await setup();
      const before = await registerRowsOf(database(), organisationId);
      const response = await api.upload(api.paths.document(agreementId), [
        { name: "file", fileName, contentType, content },
      ]);
      expect(response.statusCode).toBe(status);
      expect(response.json().code).toBe(code);
      expect(await registerRowsOf(database(), organisationId)).toEqual(before);
      expect((await api.get(api.paths.document(agreementId))).statusCode).toBe(404);
      expect((await api.get(api.paths.checkReport(agreementId))).statusCode).toBe(404);
    },
  );

  it("asks for a file (422), for multipart (415), and refuses more than 20 MB (413)", async () => {
    const { api, organisationId, agreementId } = await setup();
    const before = await registerRowsOf(database(), organisationId);
    const empty = await api.upload(api.paths.document(agreementId), [{ name: "language", value: "nl" }]);
    expect(empty.statusCode).toBe(422);
    expect(empty.json().issues).toEqual([{ path: "file", message: "required" }]);
    const json = await api.post(api.paths.document(agreementId), { file: "tekst" });
    expect(json.statusCode).toBe(415);
    const large = await api.upload(api.paths.document(agreementId), [
      { name: "file", fileName: "groot.txt", contentType: "text/plain", content: Buffer.alloc(21 * 1024 * 1024, "a") },
    ]);
    expect(large.statusCode).toBe(413);
    expect(large.json().code).toBe("payload_too_large");
    expect(await registerRowsOf(database(), organisationId)).toEqual(before);
  });

  it("refuses a viewer's upload (403) and stores nothing", async () => {
    const { organisationId, agreementId } = await setup();
    const viewer = await session(demoEmails.viewer);
    const read = registerRequests(viewer.client, organisationId);
    const before = await registerRowsOf(database(), organisationId);
    const response = await read.upload(read.paths.document(agreementId), [markdownFile("poging.md")]);
    expect(response.statusCode).toBe(403);
    const bulk = await read.upload(read.paths.bulkDocuments(), [
      markdownFile("poging.md", "files"),
      { name: "assignments", value: JSON.stringify([{ fileName: "poging.md", agreementId }]) },
    ]);
    expect(bulk.statusCode).toBe(403);
    expect(await registerRowsOf(database(), organisationId)).toEqual(before);
  });

  it("keeps the document of a joint-controller arrangement without an Art. 28 check, and keeps a draft that has a document", async () => {
    const { api, agreementId } = await setup("art26_arrangement");
    const uploaded = expectStatus<AgreementView>(
      await api.upload(api.paths.document(agreementId), [markdownFile("regeling.md")]),
      201,
    );
    expect(uploaded.signedDocument?.fileName).toBe("regeling.md");
    expect(uploaded.latestCheck).toBeNull();
    const deletion = await api.delete(api.paths.agreement(agreementId));
    expect(deletion.statusCode).toBe(409);
    expect(deletion.json().code).toBe("still_referenced");
  });

  it("refuses a document for the record that no agreement is needed (422), and stores nothing", async () => {
    const { api, organisationId, agreementId } = await setup("none_needed");
    const before = await registerRowsOf(database(), organisationId);
    const response = await api.upload(api.paths.document(agreementId), [markdownFile("geen.md")]);
    expect(response.statusCode).toBe(422);
    expect(response.json().code).toBe("validation_failed");
    expect(await registerRowsOf(database(), organisationId)).toEqual(before);
  });

  it("uploads signed agreements in bulk: one result per file, and a bad file creates nothing", async () => {
    const { api, organisationId, relationshipId, agreementId } = await setup();
    const docx = await compliantAgreementDocx();
    const response = await api.upload(api.paths.bulkDocuments(), [
      markdownFile("nieuw.md", "files"),
      { name: "files", fileName: "bestaand.docx", contentType: docxMediaType, content: docx },
      { name: "files", fileName: "scan.png", contentType: "image/png", content: pngBytes },
      markdownFile("zonder-toewijzing.md", "files"),
      {
        name: "assignments",
        value: JSON.stringify([
          { fileName: "nieuw.md", relationshipId },
          { fileName: "bestaand.docx", agreementId },
          { fileName: "scan.png", relationshipId },
          { fileName: "ontbreekt.pdf", relationshipId },
        ]),
      },
    ]);
    const result = expectStatus<{ items: BulkItem[]; attached: number; failed: number }>(response, 200);
    expect(result).toMatchObject({ attached: 2, failed: 3 });
    expect(result.items.map((item) => [item.fileName, item.outcome, item.error?.code ?? null])).toEqual([
      ["nieuw.md", "attached", null],
      ["bestaand.docx", "attached", null],
      ["scan.png", "failed", "unsupported_media_type"],
      ["zonder-toewijzing.md", "failed", "validation_failed"],
      ["ontbreekt.pdf", "failed", "validation_failed"],
    ]);
    const [created, existing] = result.items;
    expect(created).toMatchObject({ relationshipId, agreementCreated: true, check: { compliant: true } });
    expect(existing).toMatchObject({ agreementId, agreementCreated: false, check: { compliant: true } });

    const detail = expectStatus<{ agreements: AgreementView[] }>(
      await api.get(api.paths.relationship(relationshipId)),
      200,
    );
    // The set-up draft and the one the bulk upload created; the image created nothing.
    expect(detail.agreements).toHaveLength(2);
    const newAgreement = detail.agreements.find((agreement) => agreement.id === created!.agreementId)!;
    expect(newAgreement).toMatchObject({
      kind: "processor_agreement",
      status: "signed",
      signedDocument: { fileName: "nieuw.md", mediaType: "text/markdown; charset=utf-8" },
      latestCheck: { compliant: true },
    });
    const rows = await registerRowsOf(database(), organisationId);
    const documentsOfRelationship = (rows.agreementDocuments as { agreementId: string }[]).filter((document) =>
      [agreementId, created!.agreementId].includes(document.agreementId),
    );
    expect(documentsOfRelationship).toHaveLength(2);
  });

  it("refuses a bulk upload with invalid assignments (422) and stores nothing", async () => {
    const { api, organisationId, relationshipId, agreementId } = await setup();
    const before = await registerRowsOf(database(), organisationId);
    const cases = [
      ["not JSON", "[{", "assignments"],
      [
        "both targets",
        JSON.stringify([{ fileName: "a.md", relationshipId, agreementId }]),
        "assignments.0.relationshipId",
      ],
      [
        "a file assigned twice",
        JSON.stringify([
          { fileName: "a.md", relationshipId },
          { fileName: "a.md", agreementId },
        ]),
        "assignments.1.fileName",
      ],
    ] as const;
    for (const [label, assignments, path] of cases) {
      const response = await api.upload(api.paths.bulkDocuments(), [
        markdownFile("a.md", "files"),
        { name: "assignments", value: assignments },
      ]);
      expect(response.statusCode, label).toBe(422);
      expect(
        response.json().issues.map((issue: { path: string }) => issue.path),
        label,
      ).toEqual([path]);
    }
    const missing = await api.upload(api.paths.bulkDocuments(), [markdownFile("a.md", "files")]);
    expect(missing.statusCode).toBe(422);
    expect(await registerRowsOf(database(), organisationId)).toEqual(before);
  });
});
