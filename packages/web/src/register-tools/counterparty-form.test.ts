import type { Counterparty } from "@art28/contract";
import { describe, expect, it } from "vitest";
import {
  countryOptions,
  errorsFromIssues,
  formValuesOf,
  resolveCountry,
  updateBodyOf,
  validateCounterpartyForm,
  type CounterpartyFormValues,
} from "./counterparty-form.ts";

const stored: Counterparty = {
  id: "0b6f3c2e-8a54-4c1e-9d1a-2f4b5c6d7e8f",
  organisationId: "5a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
  name: "Salarisdienst Noord B.V.",
  kvkNumber: null,
  country: "NL",
  contactName: null,
  contactEmail: "privacy@salarisdienst.example",
  category: "payroll",
  serviceDescription: "Salarisverwerking",
  createdAt: "2026-01-05T10:00:00.000Z",
  updatedAt: "2026-01-05T10:00:00.000Z",
};

function values(changes: Partial<CounterpartyFormValues>): CounterpartyFormValues {
  return { ...formValuesOf(stored), ...changes };
}

describe("the counterparty form", () => {
  it("starts from the stored record, with empty text for missing values", () => {
    expect(formValuesOf(stored)).toEqual({
      name: "Salarisdienst Noord B.V.",
      kvkNumber: "",
      country: "NL",
      contactName: "",
      contactEmail: "privacy@salarisdienst.example",
      category: "payroll",
      serviceDescription: "Salarisverwerking",
    });
  });

  it("accepts the stored record as it is", () => {
    expect(validateCounterpartyForm(formValuesOf(stored))).toEqual({});
  });

  it("names a missing name, a KvK number without 8 digits and an unknown country code", () => {
    expect(validateCounterpartyForm(values({ name: "  ", kvkNumber: "1234567", country: "XX" }))).toEqual({
      name: "tools.counterparty.error.nameRequired",
      kvkNumber: "tools.counterparty.error.kvkNumber",
      country: "tools.counterparty.error.countryUnknown",
    });
    expect(validateCounterpartyForm(values({ kvkNumber: "1234 5678" })).kvkNumber).toBe(
      "tools.counterparty.error.kvkNumber",
    );
    expect(validateCounterpartyForm(values({ country: "" })).country).toBe("tools.counterparty.error.countryRequired");
  });

  it("refuses an address that cannot be e-mail, an unknown category and text over the limit", () => {
    expect(
      validateCounterpartyForm(
        values({ contactEmail: "privacy at example", category: "plumbing", serviceDescription: "x".repeat(2001) }),
      ),
    ).toEqual({
      contactEmail: "tools.counterparty.error.email",
      category: "tools.counterparty.error.category",
      serviceDescription: "tools.counterparty.error.tooLong",
    });
  });

  it("recognises a country by code in any case or by its Dutch or English name", () => {
    expect(resolveCountry("de")).toBe("DE");
    expect(resolveCountry(" Duitsland ")).toBe("DE");
    expect(resolveCountry("germany")).toBe("DE");
    expect(resolveCountry("België")).toBe("BE");
    expect(resolveCountry("Belgie")).toBe("BE");
    expect(resolveCountry("XX")).toBeNull();
    expect(resolveCountry("NLD")).toBeNull();
    expect(resolveCountry("")).toBeNull();
  });

  it("sends every field, trimmed, with empty optional text as null and the country as its code", () => {
    expect(
      updateBodyOf(
        values({
          name: " Salarisdienst Zuid ",
          kvkNumber: "",
          country: "duitsland",
          contactName: " ",
          contactEmail: "",
        }),
      ),
    ).toEqual({
      name: "Salarisdienst Zuid",
      kvkNumber: null,
      country: "DE",
      contactName: null,
      contactEmail: null,
      category: "payroll",
      serviceDescription: "Salarisverwerking",
    });
  });

  it("turns the server's English field issues into messages of the interface, ignoring unknown fields", () => {
    expect(
      errorsFromIssues(
        [
          { path: "country", message: "ISO 3166-1 alpha-2 country code, e.g. NL" },
          { path: "body.kvkNumber", message: "KvK number has 8 digits" },
          { path: "body.name", message: "Too big: expected string to have <=200 characters" },
          { path: "somethingElse", message: "?" },
        ],
        values({ country: "XX" }),
      ),
    ).toEqual({
      country: "tools.counterparty.error.countryUnknown",
      kvkNumber: "tools.counterparty.error.kvkNumber",
      name: "tools.counterparty.error.tooLong",
    });
  });

  it("checks with the contract's schema: what it accepts passes, the limits are the API's", () => {
    expect(validateCounterpartyForm(values({ kvkNumber: " 12345678 ", contactEmail: " a@b.nl " }))).toEqual({});
    expect(validateCounterpartyForm(values({ name: "x".repeat(200) }))).toEqual({});
    expect(validateCounterpartyForm(values({ name: "x".repeat(201) }))).toEqual({
      name: "tools.counterparty.error.tooLong",
    });
    expect(validateCounterpartyForm(values({ contactName: "x".repeat(201) }))).toEqual({
      contactName: "tools.counterparty.error.tooLong",
    });
  });

  it("lists the countries by their name in the interface language", () => {
    const dutch = countryOptions("nl");
    expect(dutch.find((country) => country.code === "DE")?.name).toBe("Duitsland");
    const names = dutch.map((country) => country.name);
    expect(names.indexOf("België")).toBeLessThan(names.indexOf("Duitsland"));
    expect(countryOptions("en").find((country) => country.code === "DE")?.name).toBe("Germany");
  });
});
