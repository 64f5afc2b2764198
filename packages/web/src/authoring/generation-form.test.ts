import type { AgreementVariablesBody, GenerationPreview } from "@art28/contract";
import { describe, expect, it } from "vitest";
import {
  changedVariables,
  formValuesOf,
  missingFromIssues,
  missingNow,
  missingTarget,
  optionalVariableNames,
  parseWholeNumber,
  suggestedPartner,
  variablesOf,
} from "./generation-form.ts";

const proposed: AgreementVariablesBody = {
  controllerName: "Gemeente Voorbeeld",
  controllerAddress: "Markt 1, 1234 AB Voorbeeld",
  controllerKvkNumber: "",
  processorName: "Salarisdienst Noord B.V.",
  processorAddress: "",
  processorKvkNumber: "12345678",
  serviceName: "Salarisadministratie",
  effectiveDate: "2026-12-01",
  endDate: "",
  noticePeriodMonths: 3,
  breachNotificationHours: 24,
  liabilityCapEuros: 500000,
};

const annexes: GenerationPreview["annexes"] = {
  processing: {
    subjectMatter: "Salarisverwerking",
    duration: "Zolang de hoofdovereenkomst loopt",
    nature: "Berekenen en uitbetalen",
    purposes: ["Salarisbetaling"],
    dataCategories: ["Naam"],
    specialCategories: [],
    processesBsn: true,
    dataSubjectCategories: ["Medewerkers"],
    retention: "Zeven jaar",
    storageCountries: ["NL"],
    processingCountries: ["NL"],
    transfers: [],
  },
  securityMeasures: [],
  subProcessors: [],
};

const preview = {
  annexes,
  missing: [
    { field: "variables.serviceName", label: { nl: "Dienst of hoofdovereenkomst", en: "Service or main agreement" } },
    {
      field: "securityMeasures",
      label: { nl: "Beveiligingsmaatregelen (bijlage 2)", en: "Security measures (annex 2)" },
    },
  ],
};

describe("the form before generating an agreement", () => {
  it("reads numbers as whole numbers, with Dutch thousands separators", () => {
    expect(parseWholeNumber("1.000.000")).toBe(1_000_000);
    expect(parseWholeNumber(" 24 ")).toBe(24);
    expect(parseWholeNumber("12,5")).toBeNaN();
    expect(parseWholeNumber("1e3")).toBeNaN();
    expect(parseWholeNumber("")).toBeNaN();
  });

  it("sends only the values the user changed", () => {
    const values = formValuesOf(proposed);
    expect(changedVariables(proposed, variablesOf(values))).toEqual({});
    values.processorAddress = "  Havenstraat 5, 9711 AA Groningen ";
    values.liabilityCapEuros = "1.000.000";
    expect(changedVariables(proposed, variablesOf(values))).toEqual({
      processorAddress: "Havenstraat 5, 9711 AA Groningen",
      liabilityCapEuros: 1_000_000,
    });
  });

  it("recomputes missing values as typed and keeps the register's missing annex data", () => {
    const values = formValuesOf({ ...proposed, serviceName: "" });
    expect(missingNow(preview, values).map((item) => item.field)).toEqual([
      "variables.serviceName",
      "securityMeasures",
    ]);
    values.serviceName = "Salarisadministratie";
    values.breachNotificationHours = "96";
    expect(missingNow(preview, values).map((item) => item.field)).toEqual([
      "variables.breachNotificationHours",
      "securityMeasures",
    ]);
  });

  it("marks as optional exactly the values the rules let a party leave empty", () => {
    expect(optionalVariableNames.has("endDate")).toBe(true);
    expect(optionalVariableNames.has("processorKvkNumber")).toBe(true);
    expect(optionalVariableNames.has("processorName")).toBe(false);
    expect(optionalVariableNames.has("effectiveDate")).toBe(false);
    expect(optionalVariableNames.has("liabilityCapEuros")).toBe(false);
  });

  it("says where each missing item is filled in", () => {
    expect(missingTarget("variables.processorAddress")).toEqual({ kind: "field", variable: "processorAddress" });
    expect(missingTarget("processing.purposes")).toEqual({ kind: "register", section: "specification" });
    expect(missingTarget("securityMeasures")).toEqual({ kind: "register", section: "security-measures" });
    expect(missingTarget("variables.unknown")).toEqual({ kind: "register", section: "relationship" });
  });

  it("turns the server's issues into missing items with labels in both languages", () => {
    const items = missingFromIssues([
      { path: "variables.controllerAddress", message: "Adres van de verwerkingsverantwoordelijke" },
      { path: "body.processing.purposes", message: "Doeleinden van de verwerking (bijlage 1)" },
      { path: "somethingNew", message: "Iets nieuws" },
    ]);
    expect(items.map((item) => item.field)).toEqual([
      "variables.controllerAddress",
      "processing.purposes",
      "somethingNew",
    ]);
    expect(items[0]?.label.en).toBe("Address of the controller");
    expect(items[1]?.label.en).toBe("Purposes of the processing (annex 1)");
    expect(items[2]?.label).toEqual({ nl: "Iets nieuws", en: "Iets nieuws" });
  });

  it("proposes the partner organisation whose name is the processor's", () => {
    const partners = [
      { id: "1", name: "Salarisdienst Noord B.V." },
      { id: "2", name: "Vereniging van Voorbeeldgemeenten" },
    ];
    expect(suggestedPartner(partners, " salarisdienst noord b.v. ")?.id).toBe("1");
    expect(suggestedPartner(partners, "Iemand anders")).toBeUndefined();
    expect(suggestedPartner(partners, "")).toBeUndefined();
  });
});
