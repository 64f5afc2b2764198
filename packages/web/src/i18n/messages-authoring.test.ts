import { describe, expect, it } from "vitest";
import { authoringEn, authoringNl } from "./messages-authoring.ts";
import { nl } from "./messages.ts";

describe("the authoring texts", () => {
  it("are merged into the interface texts", () => {
    for (const key of Object.keys(authoringNl)) expect(Object.hasOwn(nl, key), key).toBe(true);
  });

  it("address the user with ‘u’, never ‘je’ or ‘jij’", () => {
    for (const [key, text] of Object.entries(authoringNl)) {
      expect(text, key).not.toMatch(/\b(je|jij|jouw|jou)\b/i);
    }
  });

  it("keep the names the screens and the end-to-end test rely on", () => {
    expect(authoringNl["layout.agreements"]).toBe("Overeenkomsten");
    expect(authoringNl["layout.templates"]).toBe("Modelovereenkomst");
    expect(authoringNl["authoring.relationship.generate"]).toBe("Verwerkersovereenkomst opstellen");
    expect(authoringNl["authoring.deviation.propose"]).toBe("Afwijking voorstellen");
    expect(authoringNl["authoring.signing.prepare"]).toBe("Gereedmaken voor ondertekening");
    expect(authoringNl["authoring.outdated.reissue"]).toBe("Nieuwe versie uitbrengen");
    expect(authoringNl["authoring.signing.confirm"]).toBe("Ik heb dit document gelezen en ben bevoegd te tekenen");
    expect(authoringNl["authoring.generate.partner"]).toBe("Leverancier op Art28");
    expect(authoringEn["layout.templates"]).toBe("Standard agreement");
  });

  it("name every status of a version in both languages", () => {
    expect([
      authoringNl["authoring.status.negotiating"],
      authoringNl["authoring.status.signing"],
      authoringNl["authoring.status.signed"],
      authoringNl["authoring.status.superseded"],
    ]).toEqual(["In onderhandeling", "Ter ondertekening", "Ondertekend", "Vervangen"]);
    expect(authoringEn["authoring.status.signed"]).toBe("Signed");
  });
});
