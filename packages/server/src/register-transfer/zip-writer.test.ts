import { describe, expect, it } from "vitest";
import { resolveDocumentLimits } from "../documents/document-limits.ts";
import { openZipArchive } from "../documents/zip-archive.ts";
import { writeZip } from "./zip-writer.ts";

describe("ZIP writer", () => {
  it("writes an archive that a ZIP reader opens with the same entries and contents", async () => {
    const content = Buffer.from("Naam;Land\r\nCafé Ø;NL\r\n".repeat(500), "utf8");
    const bytes = writeZip(
      [
        { name: "wederpartijen-counterparties.csv", content },
        { name: "leeg.csv", content: Buffer.alloc(0) },
      ],
      new Date("2026-03-01T10:00:00Z"),
    );
    const archive = await openZipArchive(bytes, resolveDocumentLimits());
    expect([...archive.names]).toEqual(["wederpartijen-counterparties.csv", "leeg.csv"]);
    expect((await archive.read("wederpartijen-counterparties.csv"))!.equals(content)).toBe(true);
    expect((await archive.read("leeg.csv"))!.length).toBe(0);
    archive.close();
    expect(bytes.length).toBeLessThan(content.length);
  });
});
