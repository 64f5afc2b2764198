import { describe, expect, it } from "vitest";
import { missingGenerationInputs, outdatedAnnexes } from "./generation-inputs.ts";
import type { AgreementAnnexes, AgreementVariables, ProcessingAnnex } from "./model.ts";
import { testAnnexes, testVariables } from "./test-standard.ts";

function fieldsMissing(variables: Partial<AgreementVariables>, annexes: AgreementAnnexes = testAnnexes): string[] {
  return missingGenerationInputs(variables, annexes).map((missing) => missing.field);
}

function withProcessing(change: Partial<ProcessingAnnex>): AgreementAnnexes {
  return { ...testAnnexes, processing: { ...testAnnexes.processing, ...change } };
}

describe("missingGenerationInputs", () => {
  it("names nothing when everything is known, without KvK number, end date or sub-processors", () => {
    expect(testVariables.controllerKvkNumber).toBe("");
    expect(testVariables.endDate).toBe("");
    expect(missingGenerationInputs(testVariables, { ...testAnnexes, subProcessors: [] })).toEqual([]);
  });

  it("does not require addresses, which the register does not keep", () => {
    const withoutAddresses = { ...testVariables, controllerAddress: "", processorAddress: " " };
    expect(missingGenerationInputs(withoutAddresses, testAnnexes)).toEqual([]);
  });

  it.each([
    ["controllerName", "variables.controllerName"],
    ["processorName", "variables.processorName"],
    ["serviceName", "variables.serviceName"],
    ["effectiveDate", "variables.effectiveDate"],
  ] as const)("names a blank or absent %s", (name, field) => {
    expect(fieldsMissing({ ...testVariables, [name]: "  " })).toEqual([field]);
    const { [name]: _left, ...withoutIt } = testVariables;
    expect(fieldsMissing(withoutIt)).toEqual([field]);
  });

  it("names each missing number", () => {
    const {
      noticePeriodMonths: _notice,
      breachNotificationHours: _hours,
      liabilityCapEuros: _cap,
      ...rest
    } = testVariables;
    expect(fieldsMissing(rest)).toEqual([
      "variables.noticePeriodMonths",
      "variables.breachNotificationHours",
      "variables.liabilityCapEuros",
    ]);
  });

  it("refuses a breach notification period over 72 hours", () => {
    expect(fieldsMissing({ ...testVariables, breachNotificationHours: 72 })).toEqual([]);
    const missing = missingGenerationInputs({ ...testVariables, breachNotificationHours: 73 }, testAnnexes);
    expect(missing).toEqual([
      {
        field: "variables.breachNotificationHours",
        label: {
          nl: "Termijn voor het melden van een datalek (in uren, ten hoogste 72)",
          en: "Period for notifying a personal data breach (in hours, at most 72)",
        },
      },
    ]);
  });

  it("refuses numbers that are zero, negative or fractional", () => {
    expect(fieldsMissing({ ...testVariables, noticePeriodMonths: 0 })).toEqual(["variables.noticePeriodMonths"]);
    expect(fieldsMissing({ ...testVariables, liabilityCapEuros: -1 })).toEqual(["variables.liabilityCapEuros"]);
    expect(fieldsMissing({ ...testVariables, breachNotificationHours: 1.5 })).toEqual([
      "variables.breachNotificationHours",
    ]);
  });

  it("refuses dates that do not exist and an end before the start", () => {
    expect(fieldsMissing({ ...testVariables, effectiveDate: "2027-02-30" })).toEqual(["variables.effectiveDate"]);
    expect(fieldsMissing({ ...testVariables, endDate: "31-12-2029" })).toEqual(["variables.endDate"]);
    expect(fieldsMissing({ ...testVariables, endDate: "2026-12-31" })).toEqual(["variables.endDate"]);
    expect(fieldsMissing({ ...testVariables, endDate: "2027-01-01" })).toEqual([]);
  });

  it.each<[string, Partial<ProcessingAnnex>]>([
    ["subjectMatter", { subjectMatter: "" }],
    ["nature", { nature: " " }],
    ["purposes", { purposes: [] }],
    ["dataCategories", { dataCategories: [" "] }],
    ["dataSubjectCategories", { dataSubjectCategories: [] }],
    ["storageCountries", { storageCountries: [] }],
    ["processingCountries", { processingCountries: [] }],
  ])("names the annex 1 item %s when it is empty", (item, change) => {
    expect(fieldsMissing(testVariables, withProcessing(change))).toEqual([`processing.${item}`]);
  });

  it("labels the missing purposes in both languages", () => {
    expect(missingGenerationInputs(testVariables, withProcessing({ purposes: [] }))).toEqual([
      {
        field: "processing.purposes",
        label: { nl: "Doeleinden van de verwerking (bijlage 1)", en: "Purposes of the processing (annex 1)" },
      },
    ]);
  });

  it("does not ask for special categories, duration, retention or transfers that are not there", () => {
    const annexes = withProcessing({ specialCategories: [], duration: "", retention: "", transfers: [] });
    expect(fieldsMissing(testVariables, annexes)).toEqual([]);
  });

  it("names a transfer without a safeguard", () => {
    const annexes = withProcessing({ transfers: [{ country: "US", safeguard: "" }] });
    expect(fieldsMissing(testVariables, annexes)).toEqual(["processing.transfers"]);
    const safeguarded = withProcessing({ transfers: [{ country: "US", safeguard: "Modelcontractbepalingen" }] });
    expect(fieldsMissing(testVariables, safeguarded)).toEqual([]);
  });

  it("requires at least one security measure", () => {
    expect(missingGenerationInputs(testVariables, { ...testAnnexes, securityMeasures: [] })).toEqual([
      {
        field: "securityMeasures",
        label: { nl: "Beveiligingsmaatregelen (bijlage 2)", en: "Security measures (annex 2)" },
      },
    ]);
  });

  it("names everything at once, parties before annexes", () => {
    const empty: AgreementAnnexes = {
      processing: {
        subjectMatter: "",
        duration: "",
        nature: "",
        purposes: [],
        dataCategories: [],
        specialCategories: [],
        processesBsn: false,
        dataSubjectCategories: [],
        retention: "",
        storageCountries: [],
        processingCountries: [],
        transfers: [],
      },
      securityMeasures: [],
      subProcessors: [],
    };
    const fields = fieldsMissing({}, empty);
    expect(fields).toHaveLength(15);
    expect(fields[0]).toBe("variables.controllerName");
    expect(fields.at(-1)).toBe("securityMeasures");
    expect(fields).not.toContain("variables.endDate");
    expect(fields).not.toContain("variables.controllerKvkNumber");
  });
});

describe("outdatedAnnexes", () => {
  const reordered: AgreementAnnexes = {
    processing: {
      ...testAnnexes.processing,
      purposes: [...testAnnexes.processing.purposes].reverse(),
      processingCountries: ["DE", "NL"],
    },
    securityMeasures: [...testAnnexes.securityMeasures].reverse().map((measure) => ({
      reference: measure.reference,
      description: measure.description,
    })),
    subProcessors: [...testAnnexes.subProcessors],
  };

  it("finds nothing out of date when only the order differs", () => {
    expect(outdatedAnnexes(testAnnexes, reordered)).toEqual([]);
  });

  it("names the annex whose content changed", () => {
    const newSubProcessor = {
      ...testAnnexes,
      subProcessors: [
        ...testAnnexes.subProcessors,
        { name: "Back-up Noord", service: "Back-up", country: "NL", authorisationStatus: "pending" as const },
      ],
    };
    expect(outdatedAnnexes(testAnnexes, newSubProcessor)).toEqual(["subProcessors"]);

    const changedReference = {
      ...reordered,
      securityMeasures: reordered.securityMeasures.map((measure, index) =>
        index === 0 ? { ...measure, reference: "BIO 2.1" } : measure,
      ),
    };
    expect(outdatedAnnexes(testAnnexes, changedReference)).toEqual(["securityMeasures"]);

    const changedStatus = {
      ...testAnnexes,
      subProcessors: testAnnexes.subProcessors.map((row) => ({ ...row, authorisationStatus: "objected" as const })),
    };
    expect(outdatedAnnexes(testAnnexes, changedStatus)).toEqual(["subProcessors"]);
  });

  it("compares lists as multisets and sees changes in annex 1", () => {
    const issued = withProcessing({ purposes: ["a", "a", "b"] });
    expect(outdatedAnnexes(issued, withProcessing({ purposes: ["a", "b", "a"] }))).toEqual([]);
    expect(outdatedAnnexes(issued, withProcessing({ purposes: ["a", "b", "b"] }))).toEqual(["processing"]);
    expect(outdatedAnnexes(testAnnexes, withProcessing({ processesBsn: false }))).toEqual(["processing"]);
  });

  it("names every changed annex in annex order", () => {
    const current: AgreementAnnexes = {
      processing: { ...testAnnexes.processing, retention: "Tien jaar" },
      securityMeasures: [],
      subProcessors: [],
    };
    expect(outdatedAnnexes(testAnnexes, current)).toEqual(["processing", "securityMeasures", "subProcessors"]);
  });
});
