import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "./support/run-cli.ts";
import { useTemporaryFolders } from "./support/temporary-folders.ts";

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const newFolder = useTemporaryFolders("art28-check-cli-");

describe("art28 check", () => {
  it("exits 0 for an agreement with every mandatory element, and prints a readable Dutch report", () => {
    const result = runCli(["check", fixture("verwerkersovereenkomst-volledig.md")]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("23 van 23 verplichte onderdelen aanwezig");
    expect(result.stdout).toContain("Voldoet aan artikel 28.");
  });

  it("exits 1 when an element is in conflict, and lists the conflicts first", () => {
    const result = runCli(["check", fixture("verwerkersovereenkomst-met-strijdige-bepalingen.md")]);
    expect(result.status).toBe(1);
    const firstFinding = result.stdout.split("\n").find((line) => /^\s{2}(CONFLICT|ONTBREEKT|aanwezig)/.test(line));
    expect(firstFinding).toMatch(/CONFLICT/);
  });

  it("prints the documented JSON: one object for one file, an array for several", () => {
    const single = runCli(["check", fixture("verwerkersovereenkomst-volledig.md"), "--format", "json"]);
    const report = JSON.parse(single.stdout);
    expect(Object.keys(report)).toEqual(
      expect.arrayContaining(["file", "language", "isProcessorAgreement", "requirements", "summary"]),
    );
    expect(report.requirements[0]).toEqual(
      expect.objectContaining({ id: "parties_roles", status: "present", explanation: expect.any(String) }),
    );
    expect(report.requirements[0].evidence[0]).toEqual({ text: expect.any(String), location: expect.any(String) });
    expect(report).not.toHaveProperty("documentText");

    const several = runCli([
      "check",
      fixture("verwerkersovereenkomst-volledig.md"),
      fixture("verwerkersovereenkomst-met-strijdige-bepalingen.md"),
      "--format",
      "json",
    ]);
    expect(several.status).toBe(1);
    expect(
      JSON.parse(several.stdout).map((item: { summary: { compliant: boolean } }) => item.summary.compliant),
    ).toEqual([true, false]);
  });

  it("writes a self-contained HTML report", () => {
    const result = runCli(["check", fixture("verwerkersovereenkomst-met-strijdige-bepalingen.md"), "--format", "html"]);
    expect(result.stdout).toMatch(/^<!doctype html>/);
    expect(result.stdout).toContain('<html lang="nl">');
    expect(result.stdout).toContain("In strijd met de AVG");
    expect(result.stdout).not.toContain("<script");
  });

  it("exits 2 with the reason for files that cannot be read, and still reports the readable ones", () => {
    const folder = newFolder();
    const corrupt = path.join(folder, "kapot.pdf");
    fs.writeFileSync(corrupt, "%PDF-1.7\n1 0 obj\n<< /Type /Catalog");
    const empty = path.join(folder, "leeg.docx");
    fs.writeFileSync(empty, "");
    const result = runCli([
      "check",
      corrupt,
      empty,
      path.join(folder, "bestaat-niet.pdf"),
      fixture("verwerkersovereenkomst-volledig.md"),
      "--format",
      "json",
    ]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`${corrupt}:`);
    expect(result.stderr).toMatch(new RegExp(`leeg.docx: .*empty`));
    expect(result.stderr).toContain("bestaat-niet.pdf: no such file");
    expect(JSON.parse(result.stdout)).toHaveLength(1);
  });

  it("refuses unknown options values with exit code 2", () => {
    const result = runCli(["check", fixture("verwerkersovereenkomst-volledig.md"), "--format", "xml", "--lang", "de"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("--format must be text, json or html");
    expect(result.stderr).toContain("--lang must be nl or en");
  });
});
