import { describe, expect, it } from "vitest";
import { en, formatMessage, nl, placeholdersOf, pluralForm } from "./messages.ts";

describe("interface texts", () => {
  it("has the same keys in Dutch and English", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
  });

  it("has no empty texts", () => {
    for (const [locale, texts] of Object.entries({ nl, en })) {
      for (const [key, text] of Object.entries(texts)) {
        expect(text.trim(), `${locale} ${key}`).not.toBe("");
      }
    }
  });

  it("uses the same placeholders in both languages", () => {
    for (const key of Object.keys(nl) as Array<keyof typeof nl>) {
      expect(placeholdersOf(en[key]), key).toEqual(placeholdersOf(nl[key]));
    }
  });

  it("fills in placeholders and leaves unknown ones visible", () => {
    expect(formatMessage("nl", "layout.loggedInAs", { name: "Fatima" })).toBe("Ingelogd als Fatima");
    expect(formatMessage("en", "layout.loggedInAs")).toBe("Logged in as {name}");
  });

  it("keeps the texts that tests and users rely on", () => {
    expect(nl["login.title"]).toBe("Inloggen");
    expect(en["login.title"]).toBe("Log in");
    expect(nl["home.tableCaption"]).toBe("Partijen");
    expect(en["home.tableCaption"]).toBe("Counterparties");
    expect(nl["check.title"].replaceAll("\u00ad", "")).toBe("Toets een verwerkersovereenkomst");
    expect(en["check.title"]).toBe("Check a processor agreement");
    expect(nl["check.privacy"]).toBe("Uw document wordt niet bewaard: het wordt gelezen, getoetst en daarna vergeten.");
  });

  it("picks the singular only for one", () => {
    expect(pluralForm("nl", 1)).toBe("one");
    expect(pluralForm("nl", 0)).toBe("other");
    expect(pluralForm("en", 12)).toBe("other");
  });
});
