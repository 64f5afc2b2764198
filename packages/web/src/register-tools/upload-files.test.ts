import { describe, expect, it } from "vitest";
import { exportUrl } from "./export-catalogue.ts";
import { agreementFileProblem, importFileMaxBytes, importFileProblem } from "./upload-files.ts";

describe("files chosen for an import or a bulk upload", () => {
  it("takes a CSV or XLSX list up to the limit, and says what is wrong with anything else", () => {
    expect(importFileProblem({ name: "Partijen.CSV", size: 2_000 })).toBeNull();
    expect(importFileProblem({ name: "partijen.xlsx", size: importFileMaxBytes })).toBeNull();
    expect(importFileProblem(null)).toBe("tools.import.fileMissing");
    expect(importFileProblem({ name: "partijen.xls", size: 2_000 })).toBe("tools.import.fileType");
    expect(importFileProblem({ name: "partijen.csv", size: importFileMaxBytes + 1 })).toBe("tools.import.fileTooLarge");
    expect(importFileProblem({ name: "partijen.csv", size: 0 })).toBe("tools.import.fileEmpty");
  });

  it("takes a signed agreement the check can read", () => {
    expect(agreementFileProblem({ name: "vwo.pdf", size: 10 })).toBeNull();
    expect(agreementFileProblem({ name: "vwo.docx", size: 10 })).toBeNull();
    expect(agreementFileProblem({ name: "vwo.doc", size: 10 })).toBe("tools.bulk.fileType");
    expect(agreementFileProblem({ name: "vwo.pdf", size: 0 })).toBe("tools.bulk.fileEmpty");
    expect(agreementFileProblem({ name: "vwo.pdf", size: 21 * 1024 * 1024 })).toBe("tools.bulk.fileTooLarge");
  });
});

describe("export addresses", () => {
  it("carry the format as a parameter, except for JSON-LD, which has one format", () => {
    const organisationId = "5a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    expect(exportUrl(organisationId, "register", "xlsx")).toBe(
      `/api/organisations/${organisationId}/export?format=xlsx`,
    );
    expect(exportUrl(organisationId, "processing_register", "csv")).toBe(
      `/api/organisations/${organisationId}/export/processing-register?format=csv`,
    );
    expect(exportUrl(organisationId, "recipients", "json")).toBe(
      `/api/organisations/${organisationId}/export/recipients?format=json`,
    );
    expect(exportUrl(organisationId, "register", "csvZip")).toBe(
      `/api/organisations/${organisationId}/export?format=csv`,
    );
    expect(exportUrl(organisationId, "dpv", "jsonld")).toBe(`/api/organisations/${organisationId}/export/dpv`);
  });
});
