import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readSpreadsheet } from "./read-spreadsheet.ts";

async function workbook(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Lijst");
  sheet.addRow(["Naam", "Land"]);
  sheet.addRow(["Alfa", "NL"]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe("reading an upload", () => {
  it("parses a workbook in a child process", async () => {
    const sheet = await readSpreadsheet({ bytes: await workbook(), fileName: "lijst.xlsx" });
    expect(sheet).toMatchObject({ format: "xlsx", sheetName: "Lijst", rows: [{ row: 2, cells: ["Alfa", "NL"] }] });
  });

  it("stops a workbook that takes longer than the time limit", async () => {
    await expect(
      readSpreadsheet({ bytes: await workbook(), fileName: "lijst.xlsx" }, { timeoutMilliseconds: 1 }),
    ).rejects.toMatchObject({ code: "document_too_complex", message: expect.stringContaining("took longer") });
  });

  it("passes the error of the child on with its code and issues", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Lijst");
    for (let index = 0; index < 30; index++) sheet.addRow([`Partij ${index}`]);
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    await expect(readSpreadsheet({ bytes, fileName: "lijst.xlsx" }, { maxDataRows: 10 })).rejects.toMatchObject({
      code: "validation_failed",
      issues: [{ path: "file", message: "at most 10 rows" }],
    });
  });
});
