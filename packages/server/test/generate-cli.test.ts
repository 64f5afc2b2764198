import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { composeAgreement } from "@art28/domain";
import { agreementSpecSchema, compositionFromSpec } from "../src/cli/generate-command.ts";
import { startApplication } from "../src/composition-root.ts";
import { relationships } from "../src/database/schema.ts";
import { withOrganisationScope } from "../src/database/tenant-scope.ts";
import { loadRelationshipComposition } from "../src/services/authoring/composition-loader.ts";
import { runCli } from "./support/run-cli.ts";
import { testConfig } from "./support/test-application.ts";
import { useTemporaryFolders } from "./support/temporary-folders.ts";

const newFolder = useTemporaryFolders("art28-generate-cli-");
const exampleSpecPath = fileURLToPath(new URL("../../../docs/examples/agreement-spec.json", import.meta.url));
const exampleSpec = () => JSON.parse(fs.readFileSync(exampleSpecPath, "utf8"));

/** Writes a SPEC file into a new folder and returns the folder and the file. */
function specFile(spec: unknown): { folder: string; file: string } {
  const folder = newFolder();
  const file = path.join(folder, "spec.json");
  fs.writeFileSync(file, typeof spec === "string" ? spec : JSON.stringify(spec));
  return { folder, file };
}

describe("art28 generate --input SPEC.json", () => {
  it("writes the example agreement as DOCX, PDF and HTML and exits 0", () => {
    const folder = newFolder();
    const magic = { docx: "PK", pdf: "%PDF-", html: "<!doctype html>" };
    for (const format of ["docx", "pdf", "html"] as const) {
      const out = path.join(folder, `overeenkomst.${format}`);
      const result = runCli(["generate", "--input", exampleSpecPath, "--format", format, "--out", out]);
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
      expect(result.stdout).toContain(`Wrote ${out} (${format}, nl)`);
      expect(fs.readFileSync(out).subarray(0, magic[format].length).toString("latin1")).toBe(magic[format]);
    }
    expect(fs.readFileSync(path.join(folder, "overeenkomst.html"), "utf8")).toContain("Loonstroom B.V.");
  }, 60_000);

  it("follows --lang over the SPEC's language and replaces an existing file", () => {
    const folder = newFolder();
    const out = path.join(folder, "agreement.html");
    fs.writeFileSync(out, "old content");
    const result = runCli(["generate", "--input", exampleSpecPath, "--format", "html", "--out", out, "--lang", "en"]);
    expect(result.status).toBe(0);
    const html = fs.readFileSync(out, "utf8");
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("Data processing agreement");
  });

  it("refuses an invalid SPEC with exit code 2, naming the path of every wrong field", () => {
    const spec = exampleSpec();
    spec.variables.breachNotificationHours = 100;
    delete spec.annexes.processing.purposes;
    spec.annexes.subProcessors[0].authorisationStatus = "maybe";
    const { folder, file } = specFile(spec);
    const out = path.join(folder, "overeenkomst.pdf");
    const result = runCli(["generate", "--input", file, "--format", "pdf", "--out", out]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("is not a valid agreement SPEC");
    expect(result.stderr).toContain("variables.breachNotificationHours");
    expect(result.stderr).toContain("annexes.processing.purposes");
    expect(result.stderr).toContain("annexes.subProcessors.0.authorisationStatus");
    expect(fs.existsSync(out)).toBe(false);
  });

  it("refuses to generate with values missing (exit code 2) and lists every one of them", () => {
    const spec = exampleSpec();
    spec.variables.serviceName = "";
    spec.variables.processorName = " ";
    spec.annexes.processing.dataSubjectCategories = [];
    spec.annexes.securityMeasures = [];
    const { folder, file } = specFile(spec);
    const out = path.join(folder, "overeenkomst.docx");
    const result = runCli(["generate", "--input", file, "--format", "docx", "--out", out]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("4 value(s) missing");
    expect(result.stderr).toContain("variables.serviceName: Dienst of hoofdovereenkomst");
    expect(result.stderr).toContain("variables.processorName: Naam van de verwerker");
    expect(result.stderr).toContain("annexes.processing.dataSubjectCategories");
    expect(result.stderr).toContain("annexes.securityMeasures: Beveiligingsmaatregelen (bijlage 2)");
    expect(fs.existsSync(out)).toBe(false);
  });

  it("refuses clause texts for clauses the standard does not have", () => {
    const spec = exampleSpec();
    spec.agreedClauseTexts = { "no-such-article.no-such-clause": "Andere tekst." };
    const { folder, file } = specFile(spec);
    const result = runCli(["generate", "--input", file, "--format", "html", "--out", path.join(folder, "a.html")]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("agreedClauseTexts.no-such-article.no-such-clause");
  });

  it("exits 2 with a clear message for wrong usage", () => {
    const folder = newFolder();
    const out = path.join(folder, "a.pdf");
    const { file: notJson } = specFile("{ not json");
    const cases: Array<[string[], string]> = [
      [["--input", exampleSpecPath, "--format", "odt", "--out", out], "--format must be docx, pdf or html"],
      [["--format", "pdf", "--out", out], "Give either --relationship ID"],
      [["--input", exampleSpecPath, "--relationship", randomUUID(), "--format", "pdf", "--out", out], "not both"],
      [["--relationship", "abc", "--format", "pdf", "--out", out], "--relationship must be a relationship id (UUID)"],
      [["--input", exampleSpecPath, "--format", "pdf"], "--out"],
      [["--input", exampleSpecPath, "--format", "pdf", "--out", out, "--lang", "de"], "--lang must be nl or en"],
      [["--input", path.join(folder, "missing.json"), "--format", "pdf", "--out", out], "missing.json: no such file"],
      [["--input", notJson, "--format", "pdf", "--out", out], "not valid JSON"],
      [
        ["--input", exampleSpecPath, "--format", "pdf", "--out", path.join(folder, "no-such-folder", "a.pdf")],
        "no-such-folder does not exist",
      ],
      [
        ["--input", exampleSpecPath, "--values", exampleSpecPath, "--format", "pdf", "--out", out],
        "--values goes with --relationship",
      ],
    ];
    for (const [args, message] of cases) {
      const result = runCli(["generate", ...args]);
      expect({ args, status: result.status }).toEqual({ args, status: 2 });
      expect(result.stderr).toContain(message);
    }
    expect(fs.existsSync(out)).toBe(false);
  }, 120_000);
});

describe("the SPEC documentation", () => {
  it("has an example that generates, with its agreed clause text marked as a deviation", () => {
    const markdown = fs.readFileSync(
      fileURLToPath(new URL("../../../docs/authoring-spec.md", import.meta.url)),
      "utf8",
    );
    const example = /## Example\s+```json\n([\s\S]*?)```/.exec(markdown)?.[1];
    expect(example).toBeDefined();
    const spec = agreementSpecSchema.parse(JSON.parse(example as string));
    const document = composeAgreement(compositionFromSpec(spec, undefined));
    const deviating = document.blocks.filter((block) => block.kind === "clause" && block.deviates);
    expect(deviating).toEqual([expect.objectContaining({ clauseId: "breaches.notification" })]);
  });
});

describe("art28 generate --relationship ID", () => {
  it("generates from the register of the embedded database, and names what an incomplete entry lacks", async () => {
    const dataDirectory = newFolder();
    // Demo data in a data folder of its own; the application is closed before the command opens it.
    const application = await startApplication(testConfig({ dataDirectory, loadDemoData: true }), {
      database: { engine: "pglite", directory: dataDirectory },
    });
    let completeId: string | undefined;
    let incomplete: { id: string; missing: string[] } | undefined;
    try {
      const database = application.connection.database;
      const rows = await database
        .select({ id: relationships.id, organisationId: relationships.organisationId })
        .from(relationships);
      for (const row of rows) {
        const composition = await withOrganisationScope(database, row.organisationId, (transaction) =>
          loadRelationshipComposition(transaction, row.organisationId, row.id),
        );
        if (composition.missing.length === 0) completeId ??= row.id;
        else incomplete ??= { id: row.id, missing: composition.missing.map((item) => item.field) };
      }
    } finally {
      await application.close();
    }
    expect(completeId, "a demo relationship with a complete register entry").toBeDefined();
    expect(incomplete, "a demo relationship with an incomplete register entry").toBeDefined();
    const environment = { ART28_DATA_DIR: dataDirectory, ART28_DEMO: "0" };
    const folder = newFolder();
    const out = path.join(folder, "overeenkomst.pdf");

    const refused = runCli(
      ["generate", "--relationship", incomplete!.id, "--format", "pdf", "--out", out],
      environment,
    );
    expect(refused.status).toBe(2);
    for (const field of incomplete!.missing) expect(refused.stderr).toContain(field);
    expect(fs.existsSync(out)).toBe(false);

    const generated = runCli(["generate", "--relationship", completeId!, "--format", "pdf", "--out", out], environment);
    expect(generated.stderr).toBe("");
    expect(generated.status).toBe(0);
    expect(fs.readFileSync(out).subarray(0, 5).toString("latin1")).toBe("%PDF-");

    const valuesFile = path.join(folder, "values.json");
    fs.writeFileSync(valuesFile, JSON.stringify({ controllerAddress: "Marktplein 1, 9999 ZZ Eikenrade" }));
    const withAddress = path.join(folder, "met-adres.docx");
    const completed = runCli(
      ["generate", "--relationship", completeId!, "--values", valuesFile, "--format", "docx", "--out", withAddress],
      environment,
    );
    expect(completed.status).toBe(0);
    expect(fs.statSync(withAddress).size).toBeGreaterThan(1000);

    const unknown = runCli(["generate", "--relationship", randomUUID(), "--format", "pdf", "--out", out], environment);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/No relationship with id [0-9a-f-]{36} in the register/);
  }, 120_000);
});
