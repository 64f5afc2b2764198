import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { guardCell, toCsv } from "./csv-output.ts";

describe("CSV output", () => {
  it("guards cells that a spreadsheet would run as a formula", () => {
    expect(guardCell('=HYPERLINK("http://evil.example","klik")')).toBe('\'=HYPERLINK("http://evil.example","klik")');
    expect(guardCell("+31 20 123 4567")).toBe("'+31 20 123 4567");
    expect(guardCell("-2+3")).toBe("'-2+3");
    expect(guardCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(guardCell("\t=1")).toBe("'\t=1");
    expect(guardCell("-12.5")).toBe("-12.5");
    expect(guardCell("Gemeente = klant")).toBe("Gemeente = klant");
  });

  it("writes UTF-8 with BOM, semicolons and CRLF, and reads back to the same (guarded) values", () => {
    const bytes = toCsv(
      ["Naam / Name", "Landen"],
      [
        ["Café; Bar", ["NL", "DE"]],
        ["=1+1", null],
        ['Zeg "hoi"', true],
      ],
    );
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString("utf8");
    expect(text.split("\r\n")[0]).toBe("Naam / Name;Landen");
    expect(parse(text, { delimiter: ";" })).toEqual([
      ["Naam / Name", "Landen"],
      ["Café; Bar", "NL; DE"],
      ["'=1+1", ""],
      ['Zeg "hoi"', "ja / yes"],
    ]);
  });
});
