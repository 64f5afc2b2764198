import fs from "node:fs";
import { expect, it } from "vitest";
import { createHttpClient } from "./support/http-client.ts";
import { multipartBody, type MultipartPart } from "./support/multipart.ts";
import { describeOnEachEngine } from "./support/test-application.ts";
import { encryptedPdf, scannedPdf, zipBombDocx } from "./documents/sample-documents.ts";

const fixture = (name: string) => fs.readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

describeOnEachEngine("agreement check API", (server) => {
  async function upload(parts: readonly MultipartPart[], options: { withCsrf?: boolean } = {}) {
    const client = createHttpClient(server().app);
    await client.fetchCsrfToken();
    const { payload, headers } = multipartBody(parts);
    return client.request({ method: "POST", url: "/api/check", payload, headers, withCsrf: options.withCsrf ?? true });
  }

  it("checks an uploaded Dutch agreement without an account and returns the report with the document text", async () => {
    const response = await upload([
      {
        name: "file",
        fileName: "verwerkersovereenkomst.md",
        contentType: "text/markdown",
        content: fixture("verwerkersovereenkomst-volledig.md"),
      },
    ]);
    expect(response.statusCode).toBe(200);
    const report = response.json();
    expect(report).toMatchObject({
      file: "verwerkersovereenkomst.md",
      format: "markdown",
      language: "nl",
      isProcessorAgreement: true,
    });
    expect(report.requirements).toHaveLength(26);
    expect(report.documentText).toContain("Rekenhuis Zuid B.V.");
    expect(report.documentText).not.toContain("## Artikel");
    const confidentiality = report.requirements.find(
      (requirement: { id: string }) => requirement.id === "confidentiality",
    );
    expect(confidentiality.status).toBe("present");
    expect(confidentiality.evidence[0].location).toContain("5.1");
  });

  it("reports the conflicts of a clause allowing own purposes and late, filtered breach notices", async () => {
    const response = await upload([
      {
        name: "file",
        fileName: "strijdig.md",
        contentType: "text/markdown",
        content: fixture("verwerkersovereenkomst-met-strijdige-bepalingen.md"),
      },
    ]);
    const report = response.json();
    const statusOf = (id: string) =>
      report.requirements.find((requirement: { id: string }) => requirement.id === id).status;
    expect(statusOf("instructions")).toBe("conflict");
    expect(statusOf("breach_notification")).toBe("conflict");
    expect(report.summary.compliant).toBe(false);
    expect(report.summary.conflicts).toEqual(expect.arrayContaining(["instructions", "breach_notification"]));
  });

  it("honours a chosen language", async () => {
    const response = await upload([
      {
        name: "file",
        fileName: "a.md",
        contentType: "text/markdown",
        content: fixture("verwerkersovereenkomst-volledig.md"),
      },
      { name: "language", value: "en" },
    ]);
    expect(response.json()).toMatchObject({ language: "en", languageDetected: false });
  });

  it.each([
    [
      "random bytes named .pdf",
      "scan.pdf",
      "application/pdf",
      new Uint8Array(2048).map((_, index) => (index * 7919) % 251),
      "document_unreadable",
    ],
    [
      "a truncated PDF",
      "kapot.pdf",
      "application/pdf",
      Buffer.from("%PDF-1.7\n1 0 obj\n<< /Type /Catalog"),
      "document_unreadable",
    ],
    ["an empty file", "leeg.txt", "text/plain", new Uint8Array(0), "document_empty"],
    [
      "a PNG image",
      "foto.png",
      "image/png",
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      "unsupported_media_type",
    ],
  ])("refuses %s with a clear problem and keeps serving", async (_label, fileName, contentType, content, code) => {
    const response = await upload([{ name: "file", fileName, contentType, content }]);
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(response.statusCode).toBeLessThan(500);
    expect(response.json().code).toBe(code);
    expect(response.json().detail.length).toBeGreaterThan(10);
    expect((await server().app.inject({ method: "GET", url: "/health" })).statusCode).toBe(200);
  });

  it.each([
    ["an encrypted PDF", "beveiligd.pdf", "application/pdf", encryptedPdf, "document_encrypted"],
    ["a scan without text layer", "scan.pdf", "application/pdf", scannedPdf, "document_without_text"],
    [
      "a zip bomb disguised as DOCX",
      "overeenkomst.docx",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      async () => zipBombDocx(),
      "document_too_complex",
    ],
  ] as const)(
    "refuses %s with 422 and a clear reason, and keeps serving",
    async (_label, fileName, contentType, make, code) => {
      const response = await upload([{ name: "file", fileName, contentType, content: await make() }]);
      expect(response.statusCode).toBe(422);
      expect(response.json().code).toBe(code);
      expect((await server().app.inject({ method: "GET", url: "/health" })).statusCode).toBe(200);
    },
  );

  it("refuses an upload over 20 MB with 413", async () => {
    const response = await upload([
      { name: "file", fileName: "groot.txt", contentType: "text/plain", content: Buffer.alloc(21 * 1024 * 1024, "a") },
    ]);
    expect(response.statusCode).toBe(413);
    expect(response.json().code).toBe("payload_too_large");
  });

  it("asks for a file when none is sent (422) and for multipart when JSON is sent (415)", async () => {
    const empty = await upload([{ name: "language", value: "nl" }]);
    expect(empty.statusCode).toBe(422);
    expect(empty.json().issues).toEqual([{ path: "file", message: "required" }]);

    const client = createHttpClient(server().app);
    await client.fetchCsrfToken();
    const json = await client.request({ method: "POST", url: "/api/check", payload: { text: "x" } });
    expect(json.statusCode).toBe(415);
    expect(json.json().code).toBe("unsupported_media_type");
  });

  it("rejects an unknown language (422) and an upload without CSRF token (403)", async () => {
    const file = { name: "file", fileName: "a.md", contentType: "text/markdown", content: "# Verwerkersovereenkomst" };
    const badLanguage = await upload([file, { name: "language", value: "de" }]);
    expect(badLanguage.statusCode).toBe(422);
    const noToken = await upload([file], { withCsrf: false });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().code).toBe("csrf_invalid");
  });
});
