import ExcelJS from "exceljs";
import { cellValueText } from "./csv-output.ts";
import type { ExportTable } from "./export-tables.ts";

/** A cell as the workbook stores it: numbers stay numbers, everything else becomes text (never a formula). */
function cellValue(value: unknown): string | number {
  return typeof value === "number" ? value : cellValueText(value);
}

/**
 * Writes tables as an XLSX workbook, one sheet per table, with the header row in bold, frozen
 * and filterable. Text is stored as text: ExcelJS writes a string as a string cell, so a value
 * such as "=1+1" is shown, not calculated.
 */
export async function toXlsx(tables: readonly ExportTable[], createdAt: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Art28";
  workbook.created = createdAt;
  for (const exportTable of tables) {
    const sheet = workbook.addWorksheet(exportTable.sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.addRow(exportTable.headers);
    sheet.getRow(1).font = { bold: true };
    for (const row of exportTable.rows) sheet.addRow(row.map(cellValue));
    exportTable.headers.forEach((text, index) => {
      const longest = Math.max(
        text.length,
        ...exportTable.rows.slice(0, 200).map((row) => String(cellValue(row[index])).length),
      );
      sheet.getColumn(index + 1).width = Math.min(60, Math.max(10, longest + 2));
    });
    if (exportTable.headers.length > 0) {
      sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: exportTable.headers.length } };
    }
  }
  const written = await workbook.xlsx.writeBuffer();
  return Buffer.from(written as ArrayBuffer);
}
