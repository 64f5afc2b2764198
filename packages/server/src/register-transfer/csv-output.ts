import { stringify } from "csv-stringify/sync";

/** Characters that make a spreadsheet program read a cell as a formula (or as the start of one). */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * Guards one cell against formula injection (CSV injection): a text that a spreadsheet program
 * would run as a formula, such as `=HYPERLINK(...)` or `@SUM(...)`, gets a leading apostrophe so
 * it is shown as text. Numbers stay numbers: a negative number is not a formula.
 */
export function guardCell(value: string): string {
  if (!formulaStart.test(value)) return value;
  if (/^-\d+([.,]\d+)?$/.test(value)) return value;
  return `'${value}`;
}

/** A cell value as CSV text: null is empty, lists are joined with "; ", dates as ISO. */
export function cellValueText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.map(cellValueText).join("; ");
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "boolean") return value ? "ja / yes" : "nee / no";
  return String(value);
}

/**
 * One CSV file as Excel in the Netherlands opens it by double-click: UTF-8 with a byte-order
 * mark (so accents survive), `;` between cells (the Dutch list separator), CRLF line ends,
 * and every cell guarded against formula injection.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): Buffer {
  const text = stringify(
    [header, ...rows].map((row) => row.map((value) => guardCell(cellValueText(value)))),
    {
      delimiter: ";",
      record_delimiter: "\r\n",
      quoted_match: /[;"\r\n]/,
    },
  );
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]);
}
