import ExcelJS from "exceljs";
import { and, count, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { auditEvents, counterparties } from "../src/database/schema.ts";
import { demoEmails, loginAsDemo } from "./support/demo-sessions.ts";
import type { HttpClient } from "./support/http-client.ts";
import { multipartBody, type MultipartPart } from "./support/multipart.ts";
import { describeOnEachEngine } from "./support/test-application.ts";

const xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A workbook with one sheet of our own making: the header row, then the rows. */
async function workbook(rows: readonly (readonly unknown[])[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Leveranciers");
  for (const row of rows) sheet.addRow([...row]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

const dutchHeader = ["Naam", "KvK-nummer", "Land", "Contactpersoon", "E-mail", "Categorie", "Omschrijving"];
/** Data row `index` (1-based) is spreadsheet row `index + 1`. */
const badRows = new Map<number, { cells: (index: number) => unknown[]; field: string; code: string; nl: string }>([
  [
    56,
    {
      cells: (index) => [`Leverancier ${index} B.V.`, kvk(index), "XX", "", "", "Cloudhosting", ""],
      field: "country",
      code: "unknown_country",
      nl: 'Onbekende landcode "XX"',
    },
  ],
  [
    212,
    {
      cells: (index) => [`Leverancier ${index} B.V.`, "1234567", "NL", "", "", "payroll", ""],
      field: "kvkNumber",
      code: "invalid_kvk_number",
      nl: "KvK-nummer heeft 8 cijfers",
    },
  ],
  [
    443,
    {
      cells: (index) => ["", kvk(index), "NL", "", "", "payroll", ""],
      field: "name",
      code: "required",
      nl: "Naam ontbreekt",
    },
  ],
]);

function kvk(index: number): string {
  return `99${String(index).padStart(6, "0")}`;
}

/** 500 data rows under a Dutch header, of which the three in `badRows` are wrong. */
function fiveHundredRows(): unknown[][] {
  const categories = ["payroll", "Cloudhosting", "ICT-beheer en -ondersteuning", "Printing", "other"];
  const countries = ["NL", "nl", "Nederland", "DE", "Belgium"];
  return Array.from({ length: 500 }, (_, offset) => {
    const index = offset + 1;
    const bad = badRows.get(index);
    if (bad) return bad.cells(index);
    return [
      `Leverancier ${index} B.V.`,
      kvk(index),
      countries[index % countries.length],
      `Contact ${index}`,
      { text: `contact${index}@leverancier.example`, hyperlink: `mailto:contact${index}@leverancier.example` },
      categories[index % categories.length],
      `Dienst nummer ${index}`,
    ];
  });
}

describeOnEachEngine("import of counterparties", (server) => {
  const database = () => server().application.connection.database;
  const counterpartyCount = async (organisationId: string) =>
    (
      await database()
        .select({ value: count() })
        .from(counterparties)
        .where(eq(counterparties.organisationId, organisationId))
    )[0]!.value;
  const importEventCount = async (organisationId: string) =>
    (
      await database()
        .select({ value: count() })
        .from(auditEvents)
        .where(
          and(
            eq(auditEvents.organisationId, organisationId),
            eq(auditEvents.entityType, "counterparty"),
            eq(auditEvents.action, "imported"),
          ),
        )
    )[0]!.value;

  function send(client: HttpClient, url: string, parts: readonly MultipartPart[]) {
    const body = multipartBody(parts);
    return client.request({ method: "POST", url, payload: body.payload, headers: body.headers });
  }
  const file = (
    content: Uint8Array | string,
    fileName = "leveranciers.xlsx",
    contentType = xlsxType,
  ): MultipartPart => ({
    name: "file",
    fileName,
    contentType,
    content,
  });
  const paths = (organisationId: string) => ({
    preview: `/api/organisations/${organisationId}/counterparties/import/preview`,
    import: `/api/organisations/${organisationId}/counterparties/import`,
  });

  it("acceptance: names the 3 bad rows of a 500-row XLSX, writes nothing until told to skip them, then imports 497 with 497 audit events", async () => {
    const { client, organisationId } = await loginAsDemo(server(), demoEmails.privacyOfficer);
    const bytes = await workbook([dutchHeader, ...fiveHundredRows()]);
    const before = await counterpartyCount(organisationId);
    const eventsBefore = await importEventCount(organisationId);

    const preview = await send(client, paths(organisationId).preview, [file(bytes)]);
    expect(preview.statusCode, preview.body).toBe(200);
    const body = preview.json();
    expect(body).toMatchObject({ format: "xlsx", sheetName: "Leveranciers", headerRow: 1, mappingProblems: [] });
    expect(body.headers).toEqual(dutchHeader);
    expect(body.mapping.columns).toEqual({
      name: 0,
      kvkNumber: 1,
      country: 2,
      contactName: 3,
      contactEmail: 4,
      category: 5,
      serviceDescription: 6,
    });
    expect(body.dryRun).toMatchObject({ totalRows: 500, validRows: 497 });
    const expected = [...badRows].map(([index, bad]) => ({
      row: index + 1,
      field: bad.field,
      code: bad.code,
      nl: bad.nl,
    }));
    expect(
      body.dryRun.invalidRows.map(
        (invalid: { row: number; problems: { field: string; code: string; message: { nl: string } }[] }) => ({
          row: invalid.row,
          field: invalid.problems[0]!.field,
          code: invalid.problems[0]!.code,
          nl: invalid.problems[0]!.message.nl,
        }),
      ),
    ).toEqual(expected.map((row) => ({ ...row, nl: expect.stringContaining(row.nl) })));
    expect(body.dryRun.invalidRows.every((invalid: { problems: unknown[] }) => invalid.problems.length === 1)).toBe(
      true,
    );
    expect(body.dryRun.sample[0]).toEqual({
      row: 2,
      values: {
        name: "Leverancier 1 B.V.",
        kvkNumber: "99000001",
        country: "NL",
        contactName: "Contact 1",
        contactEmail: "contact1@leverancier.example",
        category: "cloud_hosting",
        serviceDescription: "Dienst nummer 1",
      },
    });
    expect(await counterpartyCount(organisationId)).toBe(before);

    const refused = await send(client, paths(organisationId).import, [
      file(bytes),
      { name: "skipInvalid", value: "false" },
    ]);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().code).toBe("validation_failed");
    expect(refused.json().issues.map((issue: { path: string }) => issue.path)).toEqual([
      "rows.57.country",
      "rows.213.kvkNumber",
      "rows.444.name",
    ]);
    expect(refused.json().issues[0].message).toContain('Rij 57: Onbekende landcode "XX"');
    expect(await counterpartyCount(organisationId)).toBe(before);
    expect(await importEventCount(organisationId)).toBe(eventsBefore);

    const imported = await send(client, paths(organisationId).import, [
      file(bytes),
      { name: "mapping", value: JSON.stringify(body.mapping) },
      { name: "skipInvalid", value: "true" },
    ]);
    expect(imported.statusCode, imported.body).toBe(201);
    expect(imported.json()).toEqual({ totalRows: 500, created: 497, skippedRows: [57, 213, 444] });
    expect(await counterpartyCount(organisationId)).toBe(before + 497);
    expect(await importEventCount(organisationId)).toBe(eventsBefore + 497);

    const [event] = await database()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.organisationId, organisationId), eq(auditEvents.action, "imported")))
      .limit(1);
    expect(event).toMatchObject({ actorLabel: demoEmails.privacyOfficer, entityType: "counterparty" });
    expect(event!.changes).toMatchObject({ importedFrom: { fileName: "leveranciers.xlsx" } });

    // The same file again: every row is now already in the register, so nothing more is written.
    const again = await send(client, paths(organisationId).preview, [file(bytes)]);
    expect(again.json().dryRun.validRows).toBe(0);
    expect(again.json().dryRun.invalidRows[0].problems[0].code).toBe("duplicate_existing");
  }, 180_000);

  it("reads a CSV with semicolons and a byte-order mark, and keeps accents", async () => {
    const { client, organisationId } = await loginAsDemo(server(), demoEmails.privacyOfficer);
    const text =
      "\ufeffNaam;KvK-nummer;Land;Categorie;Omschrijving\r\n" +
      "Bèta Café B.V.;98000001;NL;Catering;Lunch voor de raad; en koffie\r\n" +
      '"Gamma; Zonen";98000002;be;Drukwerk;"Drukt ""alles"""\r\n';
    const csv = file(Buffer.from(text, "utf8"), "lijst.csv", "text/csv");
    const preview = await send(client, paths(organisationId).preview, [csv]);
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({ format: "csv", separator: ";", sheetName: null });
    expect(preview.json().headers).toEqual(["Naam", "KvK-nummer", "Land", "Categorie", "Omschrijving", ""]);
    expect(preview.json().dryRun).toMatchObject({ totalRows: 2, validRows: 2, invalidRows: [] });

    const imported = await send(client, paths(organisationId).import, [csv]);
    expect(imported.statusCode, imported.body).toBe(201);
    expect(imported.json()).toEqual({ totalRows: 2, created: 2, skippedRows: [] });
    const list = await client.request({
      method: "GET",
      url: `/api/organisations/${organisationId}/counterparties`,
      query: { q: "98000" },
    });
    const byName = new Map(list.json().items.map((item: { name: string }) => [item.name, item]));
    expect(byName.get("Bèta Café B.V.")).toMatchObject({
      country: "NL",
      category: "catering",
      serviceDescription: "Lunch voor de raad",
    });
    expect(byName.get("Gamma; Zonen")).toMatchObject({
      country: "BE",
      category: "printing",
      serviceDescription: 'Drukt "alles"',
    });
  });

  it("recognises Dutch and English header synonyms, and lets the client change the mapping", async () => {
    const { client, organisationId } = await loginAsDemo(server(), demoEmails.contractManager);
    const text =
      "Supplier,Chamber of Commerce number,Country,Contact,Email,Service\n" +
      "Delta Hosting Ltd,,GB,Dee Delta,dee@delta.example,Webhosting\n";
    const csv = file(Buffer.from(text), "suppliers.csv", "text/csv");
    const suggested = await send(client, paths(organisationId).preview, [csv]);
    expect(suggested.statusCode, suggested.body).toBe(200);
    expect(suggested.json().separator).toBe(",");
    expect(suggested.json().suggestedMapping.columns).toEqual({
      name: 0,
      kvkNumber: 1,
      country: 2,
      contactName: 3,
      contactEmail: 4,
      serviceDescription: 5,
    });
    // No category column: the dry run waits for a mapping that says where the category comes from.
    expect(suggested.json().dryRun).toBeNull();
    expect(suggested.json().mappingProblems.map((problem: { field: string }) => problem.field)).toEqual(["category"]);

    const mapping = { ...suggested.json().suggestedMapping, defaultCategory: "website_hosting" };
    const changed = await send(client, paths(organisationId).preview, [
      csv,
      { name: "mapping", value: JSON.stringify(mapping) },
    ]);
    expect(changed.json().mapping.defaultCategory).toBe("website_hosting");
    expect(changed.json().dryRun).toMatchObject({ totalRows: 1, validRows: 1 });
    expect(changed.json().dryRun.sample[0].values).toMatchObject({
      name: "Delta Hosting Ltd",
      kvkNumber: null,
      country: "GB",
      contactName: "Dee Delta",
      category: "website_hosting",
    });

    const swapped = { ...mapping, columns: { ...mapping.columns, name: 3, contactName: 0 } };
    const swappedPreview = await send(client, paths(organisationId).preview, [
      csv,
      { name: "mapping", value: JSON.stringify(swapped) },
    ]);
    expect(swappedPreview.json().dryRun.sample[0].values).toMatchObject({
      name: "Dee Delta",
      contactName: "Delta Hosting Ltd",
    });

    const withoutCategory = await send(client, paths(organisationId).import, [csv]);
    expect(withoutCategory.statusCode).toBe(422);
    expect(withoutCategory.json().issues[0].path).toBe("mapping.category");
    const malformed = await send(client, paths(organisationId).preview, [csv, { name: "mapping", value: "{not json" }]);
    expect(malformed.statusCode).toBe(422);
    expect(malformed.json().issues[0].path).toBe("mapping");
  });

  it("reports a duplicate of a counterparty already in the register, and one within the file", async () => {
    const { client, organisationId } = await loginAsDemo(server(), demoEmails.privacyOfficer);
    const bytes = await workbook([
      ["Name", "KvK", "Country", "Category"],
      ["Salarisdienst Kopie", "41063528", "NL", "payroll"],
      ["Epsilon B.V.", "", "NL", "other"],
      ["epsilon  b.v.", "", "NL", "other"],
    ]);
    const existing = await client.request({
      method: "GET",
      url: `/api/organisations/${organisationId}/counterparties`,
      query: { q: "41063528" },
    });
    expect(existing.json().total).toBe(1);
    const preview = await send(client, paths(organisationId).preview, [file(bytes)]);
    const problems = preview
      .json()
      .dryRun.invalidRows.map((invalid: { row: number; problems: { code: string }[] }) => [
        invalid.row,
        invalid.problems[0]!.code,
      ]);
    expect(problems).toEqual([
      [2, "duplicate_existing"],
      [4, "duplicate_in_file"],
    ]);
  });

  it("lets a viewer neither preview nor import (403), and refuses another organisation (403); nothing is written", async () => {
    const viewer = await loginAsDemo(server(), demoEmails.viewer);
    const supplier = await loginAsDemo(server(), demoEmails.supplier);
    const bytes = await workbook([dutchHeader, ["Zeta B.V.", "97000001", "NL", "", "", "other", ""]]);
    const before = await counterpartyCount(viewer.organisationId);
    for (const url of Object.values(paths(viewer.organisationId))) {
      const byViewer = await send(viewer.client, url, [file(bytes), { name: "skipInvalid", value: "true" }]);
      expect(byViewer.statusCode, url).toBe(403);
      expect(byViewer.json().code).toBe("forbidden");
      const bySupplier = await send(supplier.client, url, [file(bytes), { name: "skipInvalid", value: "true" }]);
      expect(bySupplier.statusCode, url).toBe(403);
      expect(bySupplier.body).not.toContain("Zeta");
    }
    expect(await counterpartyCount(viewer.organisationId)).toBe(before);
  });

  it("refuses a viewer before reading the upload: a file over the limit still answers 403, not 413", async () => {
    const viewer = await loginAsDemo(server(), demoEmails.viewer);
    const large = file(Buffer.alloc(5 * 1024 * 1024 + 10, 0x41), "groot.csv", "text/csv");
    for (const url of Object.values(paths(viewer.organisationId))) {
      const response = await send(viewer.client, url, [large]);
      expect(response.statusCode, url).toBe(403);
      expect(response.json().code, url).toBe("forbidden");
    }
  });

  it("refuses bad files with a clear status and a stable code", async () => {
    const { client, organisationId } = await loginAsDemo(server(), demoEmails.privacyOfficer);
    const url = paths(organisationId).preview;
    const attempts: [string, MultipartPart, number, string][] = [
      ["empty", file(Buffer.alloc(0), "leeg.csv", "text/csv"), 422, "document_empty"],
      ["header only", file("Naam;Land\r\n", "kop.csv", "text/csv"), 422, "document_empty"],
      [
        "an image",
        file(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), "foto.png", "image/png"),
        415,
        "unsupported_media_type",
      ],
      ["a PDF", file("%PDF-1.7\n", "lijst.pdf", "application/pdf"), 415, "unsupported_media_type"],
      [
        "binary as CSV",
        file(Buffer.from([0x4e, 0, 1, 2, 3, 0]), "lijst.csv", "text/csv"),
        415,
        "unsupported_media_type",
      ],
      [
        "a corrupt workbook",
        file(Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.alloc(300, 9)])),
        422,
        "document_unreadable",
      ],
      ["too large", file(Buffer.alloc(5 * 1024 * 1024 + 10, 0x41), "groot.csv", "text/csv"), 413, "payload_too_large"],
    ];
    for (const [what, part, status, code] of attempts) {
      const response = await send(client, url, [part]);
      expect(response.statusCode, what).toBe(status);
      expect(response.json().code, what).toBe(code);
    }
    const tooManyRows = "Naam;Land;Categorie\r\n" + "Partij;NL;other\r\n".repeat(5_001);
    const rows = await send(client, url, [file(tooManyRows, "veel.csv", "text/csv")]);
    expect(rows.statusCode).toBe(422);
    expect(rows.json().code).toBe("validation_failed");
    expect(rows.json().detail).toContain("5,000");

    const notMultipart = await client.request({ method: "POST", url, payload: { file: "x" } });
    expect(notMultipart.statusCode).toBe(415);
    const noFile = await send(client, url, [{ name: "skipInvalid", value: "true" }]);
    expect(noFile.statusCode).toBe(422);
  }, 120_000);
});
