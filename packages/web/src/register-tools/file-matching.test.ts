import { describe, expect, it } from "vitest";
import { suggestRelationship, type MatchCandidate } from "./file-matching.ts";

const candidates: MatchCandidate[] = [
  { id: "payroll", name: "Salarisverwerking", counterpartyName: "Salarisdienst Noord B.V." },
  { id: "hosting", name: "Hosting zaaksysteem", counterpartyName: "Wolk Hosting N.V." },
  { id: "hosting-website", name: "Hosting website", counterpartyName: "Wolk Hosting N.V." },
  { id: "arbo", name: "Verzuimbegeleiding", counterpartyName: "ArboZorg Oost" },
  { id: "print", name: "Drukwerk", counterpartyName: "Drukkerij Noord" },
];

describe("matching a signed agreement's file to a relationship", () => {
  it("finds the counterparty named in the file, whatever the legal form, case or separators", () => {
    expect(suggestRelationship("Verwerkersovereenkomst Salarisdienst Noord BV getekend.pdf", candidates)).toBe(
      "payroll",
    );
    expect(suggestRelationship("vwo_salarisdienst-noord_2025.docx", candidates)).toBe("payroll");
    expect(suggestRelationship("ArboZorgOost-DPA-signed.pdf", candidates)).toBe("arbo");
  });

  it("lets the service in the file name decide between two relationships with one counterparty", () => {
    expect(suggestRelationship("Wolk Hosting - hosting website - getekend.pdf", candidates)).toBe("hosting-website");
    expect(suggestRelationship("Wolk Hosting zaaksysteem.pdf", candidates)).toBe("hosting");
  });

  it("suggests nothing when two relationships fit equally well", () => {
    expect(suggestRelationship("Wolk Hosting getekend.pdf", candidates)).toBeNull();
  });

  it("suggests nothing for half a name or a name that is not there", () => {
    expect(suggestRelationship("Noord.pdf", candidates)).toBeNull();
    expect(suggestRelationship("verwerkersovereenkomst getekend.pdf", candidates)).toBeNull();
    expect(suggestRelationship("scan0001.pdf", candidates)).toBeNull();
  });

  it("ignores accents", () => {
    expect(
      suggestRelationship("Überweisung Müller.pdf", [
        { id: "muller", name: "Betalingen", counterpartyName: "Muller Überweisung GmbH" },
      ]),
    ).toBe("muller");
  });
});
