import { describe, expect, it } from "vitest";
import { decodeText, detectSource, sniffTextKind } from "../../src/documents/detect-format.ts";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("sniffTextKind", () => {
  it("keeps plain text plain, signature lines and bullets included", () => {
    const text = [
      "VERWERKERSOVEREENKOMST",
      "",
      "1. De verwerker verwerkt persoonsgegevens in opdracht van de gemeente.",
      "- versleuteling",
      "- toegangsbeheer",
      "",
      "Naam: ______________ Datum: ______________",
      "Naam: ______________ Datum: ______________",
    ].join("\n");
    expect(sniffTextKind(text)).toBe("text");
  });

  it("recognises Markdown by its headings, emphasis, links and tables", () => {
    expect(sniffTextKind("## Artikel 1\n\nDe **verwerker** verwerkt.")).toBe("markdown");
    expect(sniffTextKind("Zie de [voorwaarden](https://leverancier.example/voorwaarden).\n\nEinde.")).toBe("markdown");
    expect(sniffTextKind("---\ntitle: DPA\n---\n\nText.")).toBe("markdown");
  });

  it("recognises MDX by its imports, exports and components", () => {
    expect(sniffTextKind('import { Note } from "../note";\n\n# DPA\n')).toBe("mdx");
    expect(sniffTextKind('# DPA\n\n<Note type="info">Let op.</Note>\n\nDe **verwerker** verwerkt.')).toBe("mdx");
  });

  it("recognises HTML documents and page source", () => {
    expect(sniffTextKind("<!DOCTYPE html><html><body><p>Tekst</p></body></html>")).toBe("html");
    const fragment =
      "<div>\n<h2>Artikel 1</h2>\n<p>Tekst.</p>\n<p>Meer tekst.</p>\n<ul><li>a</li><li>b</li></ul>\n</div>";
    expect(sniffTextKind(fragment)).toBe("html");
  });
});

describe("detectSource", () => {
  it("trusts the bytes over the name", () => {
    expect(detectSource(bytes("%PDF-1.7\n…"), "overeenkomst.txt").kind).toBe("pdf");
    expect(detectSource(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]), "overeenkomst.pdf.txt").kind).toBe("zip");
  });

  it("uses the extension and media type for text formats", () => {
    expect(detectSource(bytes("Gewone tekst."), "dpa.md").kind).toBe("markdown");
    expect(detectSource(bytes("Gewone tekst."), "dpa", "text/html; charset=utf-8").kind).toBe("html");
    expect(detectSource(bytes("Gewone tekst."), "dpa.txt").kind).toBe("text");
  });

  it("refuses binary content of an unknown kind", () => {
    expect(() => detectSource(new Uint8Array([0x01, 0x02, 0x00, 0x03]), "data.bin")).toThrow(/cannot be checked/);
  });
});

describe("decodeText", () => {
  it("decodes UTF-8 with and without a byte-order mark, and falls back to Windows-1252", () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes("één")]))).toBe("één");
    expect(decodeText(bytes("één"))).toBe("één");
    expect(decodeText(new Uint8Array([0x80, 0x20, 0xe9]))).toBe("€ é");
  });
});
