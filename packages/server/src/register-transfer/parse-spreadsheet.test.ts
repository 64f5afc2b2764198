import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { writeZip } from "./zip-writer.ts";
import { detectSeparator, parseSpreadsheetInProcess } from "./parse-spreadsheet.ts";

const csv = (text: string, fileName = "lijst.csv") => ({
  bytes: Buffer.from(text, "utf8"),
  fileName,
  mediaType: "text/csv",
});

async function workbook(rows: unknown[][], sheetName = "Leveranciers"): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(sheetName);
  for (const row of rows) sheet.addRow(row);
  book.addWorksheet("Tweede blad").addRow(["niet gelezen"]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe("CSV", () => {
  it("reads a semicolon-separated file with BOM, as Dutch Excel writes it, with row numbers as Excel shows them", async () => {
    const sheet = await parseSpreadsheetInProcess(csv('\ufeffNaam;Land\r\nAlfa;NL\r\n;\r\n"Bèta; en zonen";DE\r\n'));
    expect(sheet).toMatchObject({ format: "csv", separator: ";", header: { row: 1, cells: ["Naam", "Land"] } });
    expect(sheet.rows).toEqual([
      { row: 2, cells: ["Alfa", "NL"] },
      { row: 4, cells: ["Bèta; en zonen", "DE"] },
    ]);
  });

  it("reads a comma-separated file without BOM", async () => {
    const sheet = await parseSpreadsheetInProcess(csv('Name,Country\n"Alfa, Inc.",US\n'));
    expect(sheet.separator).toBe(",");
    expect(sheet.rows).toEqual([{ row: 2, cells: ["Alfa, Inc.", "US"] }]);
  });

  it("falls back to Windows-1252 for a file that is not UTF-8", async () => {
    const bytes = Buffer.from([...Buffer.from("Naam;Land\r\nCaf"), 0xe9, ...Buffer.from(";FR\r\n")]);
    const sheet = await parseSpreadsheetInProcess({ bytes, fileName: "oud.csv", mediaType: "text/csv" });
    expect(sheet.rows[0]!.cells[0]).toBe("Café");
  });

  it("picks the separator that occurs most often outside quotes", () => {
    expect(detectSeparator('"a;b",c,d\n')).toBe(",");
    expect(detectSeparator("a;b;c\n")).toBe(";");
    expect(detectSeparator("a\tb\n")).toBe("\t");
    expect(detectSeparator("naam\n")).toBe(";");
  });

  it("refuses a CSV that is not text, an empty file and a file with only a header", async () => {
    const binary = { bytes: Buffer.from([0x4e, 0x61, 0x00, 0x01, 0x02]), fileName: "lijst.csv", mediaType: "text/csv" };
    await expect(parseSpreadsheetInProcess(binary)).rejects.toMatchObject({ code: "unsupported_media_type" });
    await expect(parseSpreadsheetInProcess(csv(""))).rejects.toMatchObject({ code: "document_empty" });
    await expect(parseSpreadsheetInProcess(csv("\r\n ; \r\n"))).rejects.toMatchObject({ code: "document_empty" });
    await expect(parseSpreadsheetInProcess(csv("Naam;Land\r\n"))).rejects.toMatchObject({ code: "document_empty" });
  });

  it("refuses more rows than the limit, naming the limit", async () => {
    const text = ["Naam", ...Array.from({ length: 11 }, (_, index) => `Partij ${index}`)].join("\n");
    await expect(parseSpreadsheetInProcess(csv(text), { maxDataRows: 10 })).rejects.toMatchObject({
      code: "validation_failed",
      message: expect.stringContaining("more than 10 rows"),
    });
    await expect(parseSpreadsheetInProcess(csv(text), { maxDataRows: 11 })).resolves.toMatchObject({
      rows: expect.any(Array),
    });
  });

  it("refuses a file over the size limit before reading it", async () => {
    await expect(parseSpreadsheetInProcess(csv("Naam\nAlfa\n"), { maxBytes: 5 })).rejects.toMatchObject({
      code: "payload_too_large",
    });
  });
});

describe("XLSX", () => {
  it("reads the first sheet, with the text people see in each cell", async () => {
    const bytes = await workbook([
      ["Naam", "KvK-nummer", "E-mail", "Aantal"],
      [],
      ["Alfa", "01234567", { text: "info@alfa.example", hyperlink: "mailto:info@alfa.example" }, 3],
      [{ richText: [{ text: "Be" }, { text: "ta" }] }, 12345678, { formula: 'LOWER("X@Y.NL")', result: "x@y.nl" }, 2.5],
    ]);
    const sheet = await parseSpreadsheetInProcess({ bytes, fileName: "lijst.xlsx" });
    expect(sheet).toMatchObject({ format: "xlsx", sheetName: "Leveranciers", header: { row: 1 } });
    expect(sheet.rows).toEqual([
      { row: 3, cells: ["Alfa", "01234567", "info@alfa.example", "3"] },
      { row: 4, cells: ["Beta", "12345678", "x@y.nl", "2.5"] },
    ]);
  });

  it("refuses a ZIP that is no workbook, a damaged workbook and a zip bomb", async () => {
    const notWorkbook = writeZip([{ name: "word/document.xml", content: Buffer.from("<w/>") }], new Date());
    await expect(parseSpreadsheetInProcess({ bytes: notWorkbook, fileName: "lijst.xlsx" })).rejects.toMatchObject({
      code: "unsupported_media_type",
    });
    const damaged = Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.alloc(200, 7)]);
    await expect(parseSpreadsheetInProcess({ bytes: damaged, fileName: "lijst.xlsx" })).rejects.toMatchObject({
      code: "document_unreadable",
    });
    const bomb = writeZip([{ name: "xl/workbook.xml", content: Buffer.alloc(20 * 1024 * 1024, 0x20) }], new Date());
    await expect(parseSpreadsheetInProcess({ bytes: bomb, fileName: "lijst.xlsx" })).rejects.toMatchObject({
      code: "document_too_complex",
    });
  });

  it("refuses a file named .xlsx that is not a workbook, and other formats", async () => {
    await expect(
      parseSpreadsheetInProcess({ bytes: Buffer.from("Naam\nAlfa"), fileName: "lijst.xlsx" }),
    ).rejects.toMatchObject({
      code: "document_unreadable",
    });
    await expect(
      parseSpreadsheetInProcess({ bytes: Buffer.from("%PDF-1.7"), fileName: "lijst.pdf" }),
    ).rejects.toMatchObject({
      code: "unsupported_media_type",
    });
    const legacy = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    await expect(parseSpreadsheetInProcess({ bytes: legacy, fileName: "lijst.xls" })).rejects.toMatchObject({
      code: "unsupported_media_type",
      message: expect.stringContaining(".xls"),
    });
  });
});
