import type { ErrorCode } from "@art28/contract";
import type { StructuredDocument } from "@art28/domain";
import { describe, expect, it } from "vitest";
import { type DocumentInput, readDocument, readDocumentInProcess } from "../../src/documents/index.ts";
import type { DocumentLimits } from "../../src/documents/document-limits.ts";
import { AppError } from "../../src/errors.ts";
import {
  agreementDocx,
  agreementHtmlPage,
  agreementMarkdown,
  agreementMdx,
  agreementPdf,
  compoundFile,
  encryptedPdf,
  greyPng,
  manyEntriesDocx,
  pageSourceText,
  scannedPdf,
  spreadsheetXlsx,
  understatedDocx,
  zipBombDocx,
} from "./sample-documents.ts";

const text = (content: string) => new TextEncoder().encode(content);

/** The error a read ends with; fails the test when the read succeeds. */
async function failureOf(read: Promise<StructuredDocument>): Promise<AppError> {
  try {
    await read;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected the document to be refused");
}

async function expectRefusal(
  input: DocumentInput,
  code: ErrorCode,
  limits: Partial<DocumentLimits> = {},
): Promise<AppError> {
  const error = await failureOf(readDocument(input, limits));
  expect({ code: error.code, message: error.message }).toMatchObject({ code });
  expect(error.message.length).toBeGreaterThan(20);
  return error;
}

function block(document: StructuredDocument, startsWith: string) {
  const found = document.blocks.find((candidate) => candidate.text.startsWith(startsWith));
  if (!found) throw new Error(`no block starts with ${JSON.stringify(startsWith)}`);
  return found;
}

describe("readDocument: formats", () => {
  it("reads a DOCX with numbered articles, clauses, a table and bullets", async () => {
    const document = await readDocument({ bytes: await agreementDocx(), fileName: "verwerkersovereenkomst.docx" });
    expect(document.format).toBe("docx");
    expect(block(document, "Artikel 3")).toMatchObject({ kind: "heading", number: "Artikel 3", location: "Artikel 3" });
    expect(block(document, "3.2 Als de gemeente")).toMatchObject({ number: "3.2", location: "Artikel 3 › 3.2" });
    expect(block(document, "(b) blijft")).toMatchObject({
      kind: "list_item",
      number: "(b)",
      level: 2,
      location: "Artikel 3 › 3.2 › (b)",
    });
    expect(block(document, "1.2 Datalek").location).toBe("Artikel 1 › 1.2");
    expect(block(document, "Versleuteling | Gegevens")).toMatchObject({
      kind: "table_cell",
      location: "Bijlage 1 › ¶ 2",
    });
    expect(block(document, "Toegang op basis")).toMatchObject({ kind: "list_item", number: null });
    expect(block(document, "De verwerker bewaart").text).toBe(
      "De verwerker bewaart de gegevens in de Europese Economische Ruimte.",
    );
    expect(document.text).not.toContain("Verenigde Staten");
  });

  it("reads a PDF's text layer with pages, headings and clauses, without running headers and footers", async () => {
    const document = await readDocument({
      bytes: await agreementPdf(),
      fileName: "dpa.pdf",
      mediaType: "application/pdf",
    });
    expect(document.format).toBe("pdf");
    expect(document.pageCount).toBe(3);
    expect(block(document, "Article 2")).toMatchObject({ kind: "heading", page: 2, location: "Article 2" });
    expect(block(document, "1.1 The processor").text).toMatch(
      /^1\.1 The processor processes .* and for no other purpose\.$/,
    );
    expect(block(document, "(b) logging")).toMatchObject({ page: 2, location: "Article 2 › 2.1 › (b)" });
    expect(block(document, "The controller authorises")).toMatchObject({ page: 3, location: "Annex 1 › ¶ 1" });
    expect(document.text).not.toMatch(/Page \d of 3|confidential/);
  });

  it("reads the agreement in an HTML page and leaves out scripts, styles, menus and hidden text", async () => {
    const document = await readDocument({ bytes: text(agreementHtmlPage), fileName: "dpa.html" });
    expect(document.format).toBe("html");
    expect(document.text).not.toMatch(
      /[<>]|tracking-code|structured-data|inline-script-text|font-family|Prijzen|rechten voorbehouden|Verborgen|https:/,
    );
    expect(block(document, "Leverancier").text).toBe(
      "Leverancier & Zonen B.V. verwerkt persoonsgegevens voor de gemeente.",
    );
    expect(block(document, "Artikel 4")).toMatchObject({
      kind: "heading",
      text: "Artikel 4 Beveiliging",
      location: "Artikel 4",
    });
    expect(block(document, "b. toegangsbeheer")).toMatchObject({ kind: "list_item", location: "Artikel 4 › 1 › (b)" });
    expect(block(document, "2. De verwerker test").text).toBe("2. De verwerker test de maatregelen jaarlijks.");
    expect(block(document, "Logbestanden")).toMatchObject({ kind: "table_cell", text: "Logbestanden | 6 maanden" });
  });

  it("reads Markdown without front matter, emphasis markers, link targets or images", async () => {
    const document = await readDocument({ bytes: text(agreementMarkdown), fileName: "dpa.txt" });
    expect(document.format).toBe("markdown");
    expect(document.text).not.toMatch(/layout|permalink|\*\*|_zonder|https?:|logo|\]\(/);
    expect(document.blocks[0]).toMatchObject({ kind: "heading", text: "Verwerkersovereenkomst" });
    expect(block(document, "Deze overeenkomst").text).toBe(
      "Deze overeenkomst hoort bij de algemene voorwaarden van Leverancier B.V.",
    );
    expect(block(document, "6.1")).toMatchObject({
      location: "Artikel 6 › 6.1",
      text: expect.stringContaining("zonder onredelijke vertraging"),
    });
    expect(block(document, "6.2").location).toBe("Artikel 6 › 6.2");
    expect(block(document, "de vermoedelijke")).toMatchObject({ kind: "list_item", location: "Artikel 6 › 6.2 › ¶ 2" });
    expect(block(document, "24 uur")).toMatchObject({ kind: "table_cell", text: "24 uur | Eerste melding" });
  });

  it("reads MDX without imports, exports, JSX components or expressions, keeping the text inside components", async () => {
    const document = await readDocument({ bytes: text(agreementMdx), fileName: "dpa.mdx" });
    expect(document.format).toBe("markdown");
    expect(document.text).not.toMatch(/import|export|Callout|InfoIcon|SignatureBlock|meta|internal note|[<>{}]/);
    expect(block(document, "This agreement supplements").kind).toBe("paragraph");
    expect(block(document, "2.2 The processor informs").location).toBe("Article 2 › 2.2");
  });

  it("recognises page source saved as a .txt file", async () => {
    const document = await readDocument({ bytes: text(pageSourceText), fileName: "dpa.txt", mediaType: "text/plain" });
    expect(document.format).toBe("html");
    expect(document.text).not.toMatch(/[<>]|page-script|margin/);
    expect(block(document, "Article 3")).toMatchObject({ text: "Article 3 – Confidentiality", kind: "heading" });
    expect(block(document, "3.2 This obligation").location).toBe("Article 3 › 3.2");
  });

  it("reads plain text in Windows-1252 and UTF-16", async () => {
    const windows1252 = new Uint8Array([
      ...text("Artikel 1 Begrippen\n\n1.1 Gegevens van betrokkene"),
      0xeb,
      0x6e,
      ...text("."),
    ]);
    const latin = await readDocument({ bytes: windows1252, fileName: "dpa.txt" });
    expect(block(latin, "1.1")).toMatchObject({ text: "1.1 Gegevens van betrokkeneën.", location: "Artikel 1 › 1.1" });
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...Buffer.from("Artikel 2 Duur\n\n2.1 Zolang de dienst loopt.", "utf16le"),
    ]);
    expect(block(await readDocument({ bytes: utf16, fileName: "dpa.txt" }), "2.1").location).toBe("Artikel 2 › 2.1");
  });
});

describe("readDocument: refusals", () => {
  it("refuses a PDF with pages but no text layer as a scan", async () => {
    const error = await expectRefusal({ bytes: await scannedPdf(), fileName: "scan.pdf" }, "document_without_text");
    expect(error.message).toContain("3 pages but no text layer");
  });

  it("refuses a password-protected PDF", async () => {
    await expectRefusal({ bytes: await encryptedPdf(), fileName: "dpa.pdf" }, "document_encrypted");
  });

  it("refuses a truncated PDF as unreadable", async () => {
    const bytes = await agreementPdf();
    await expectRefusal(
      { bytes: bytes.subarray(0, Math.floor(bytes.length / 2)), fileName: "dpa.pdf" },
      "document_unreadable",
    );
  });

  it("refuses a file named .pdf that is not a PDF", async () => {
    await expectRefusal({ bytes: text("dit is geen pdf"), fileName: "dpa.pdf" }, "document_unreadable");
  });

  it("refuses empty files and files with only white space", async () => {
    await expectRefusal({ bytes: new Uint8Array(0), fileName: "dpa.docx" }, "document_empty");
    await expectRefusal({ bytes: text(" \n\n\t \n"), fileName: "dpa.txt" }, "document_empty");
    await expectRefusal(
      { bytes: text("<html><body><script>var x = 1;</script></body></html>"), fileName: "dpa.html" },
      "document_empty",
    );
  });

  it("refuses a zip bomb disguised as a DOCX before inflating it", async () => {
    const error = await expectRefusal({ bytes: zipBombDocx(), fileName: "dpa.docx" }, "document_too_complex");
    expect(error.message).toContain("zip bomb");
  });

  it("stops inflating a DOCX whose declared sizes understate its contents", async () => {
    const error = await expectRefusal(
      { bytes: understatedDocx(3 * 1024 * 1024), fileName: "dpa.docx" },
      "document_too_complex",
      {
        maxUnpackedBytes: 1024 * 1024,
      },
    );
    expect(error.message).toContain("inflate to more than");
  });

  it("refuses a DOCX with too many parts", async () => {
    await expectRefusal({ bytes: manyEntriesDocx(2_001), fileName: "dpa.docx" }, "document_too_complex");
  });

  it("refuses an upload over the size limit without starting a reader", async () => {
    const error = await failureOf(readDocument({ bytes: new Uint8Array(21 * 1024 * 1024), fileName: "dpa.pdf" }));
    expect(error.code).toBe("payload_too_large");
  });

  it("refuses more text than the character limit", async () => {
    await expectRefusal(
      { bytes: text("De verwerker verwerkt. ".repeat(200)), fileName: "dpa.txt" },
      "document_too_complex",
      {
        maxCharacters: 1_000,
      },
    );
  });

  it("refuses a PDF with more pages than the limit", async () => {
    const error = await expectRefusal({ bytes: await agreementPdf(), fileName: "dpa.pdf" }, "document_too_complex", {
      maxPdfPages: 2,
    });
    expect(error.message).toContain("3 pages");
  });

  it.each([
    ["an image", () => greyPng(), "scan.png", "unsupported_media_type"],
    ["a spreadsheet", () => spreadsheetXlsx(), "overzicht.xlsx", "unsupported_media_type"],
    [
      "a legacy Word document",
      () => compoundFile(["Root Entry", "WordDocument", "1Table"]),
      "dpa.doc",
      "unsupported_media_type",
    ],
    [
      "an encrypted Word document",
      () => compoundFile(["Root Entry", "EncryptionInfo", "EncryptedPackage"]),
      "dpa.docx",
      "document_encrypted",
    ],
  ] as const)("refuses %s", async (_what, bytes, fileName, code) => {
    await expectRefusal({ bytes: bytes(), fileName }, code);
  });
});

describe("readDocument: isolation", () => {
  it("kills a reader that runs past its deadline, and the next read still works", async () => {
    const error = await expectRefusal({ bytes: await agreementDocx(), fileName: "dpa.docx" }, "document_too_complex", {
      timeoutMilliseconds: 1,
    });
    expect(error.message).toContain("took longer than");
    const document = await readDocument({
      bytes: text("Artikel 1 Onderwerp\n\n1.1 De verwerker verwerkt."),
      fileName: "dpa.txt",
    });
    expect(block(document, "1.1").location).toBe("Artikel 1 › 1.1");
  });

  it("reports a reader that runs out of memory, and the next read still works", async () => {
    // Many small paragraphs make many objects; 16 MB of heap is not enough for them.
    const html = `<html><body>${"<p>De verwerker verwerkt persoonsgegevens in opdracht.</p>".repeat(120_000)}</body></html>`;
    const error = await expectRefusal({ bytes: text(html), fileName: "dpa.html" }, "document_too_complex", {
      memoryMegabytes: 16,
      maxCharacters: 50_000_000,
    });
    expect(error.message).toContain("memory");
    const document = await readDocument({ bytes: await agreementDocx(), fileName: "dpa.docx" });
    expect(document.blocks.length).toBeGreaterThan(5);
  });

  it("reads the same in the child process as in this process", async () => {
    const input = { bytes: text(agreementMarkdown), fileName: "dpa.md" };
    expect(await readDocument(input)).toEqual(await readDocumentInProcess(input));
  });
});
