import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { useTemporaryFolders } from "./support/temporary-folders.ts";
import { runCli as runCliAs } from "./support/run-cli.ts";
import { processorAnswers, seedCases } from "./support/role-seed-cases.ts";

const newFolder = useTemporaryFolders("art28-role-cli-");

function runCli(args: string[], input = "") {
  return runCliAs(args, {}, input);
}

function answersFile(answers: unknown): string {
  const file = path.join(newFolder(), "answers.json");
  fs.writeFileSync(file, typeof answers === "string" ? answers : JSON.stringify(answers));
  return file;
}

describe("art28 role", () => {
  it.each(seedCases)("gives $outcome for the seed case '$situation'", ({ answers, outcome }) => {
    const result = runCli(["role", "--answers", answersFile(answers), "--format", "json"]);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).outcome).toBe(outcome);
  });

  it("prints the assessment as JSON with outcome, agreement, rule, explanation, references and open questions", () => {
    const result = runCli(["role", "--answers", answersFile(processorAnswers), "--format", "json"]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const output = JSON.parse(result.stdout);
    expect(output).toMatchObject({
      outcome: "processor",
      agreement: "art28_processor_agreement",
      rule: "R11_processes_on_instructions",
      openQuestions: [],
    });
    expect(output.explanation.nl).toContain("verwerker");
    expect(output.explanation.en).toContain("processor");
    expect(output.references).toContain("Art. 28(3) AVG/GDPR");
  });

  it("prints readable Dutch text by default, and English with --lang en", () => {
    const file = answersFile({ ...processorAnswers, own_purposes: "yes" });
    const dutch = runCli(["role", "--answers", file]);
    expect(dutch.status).toBe(0);
    expect(dutch.stdout).toContain("Uitkomst:");
    expect(dutch.stdout).toContain("Zelfstandig verwerkingsverantwoordelijke");
    expect(dutch.stdout).toContain("R6_own_purposes");
    expect(dutch.stdout).toContain("Art. 28(10) AVG/GDPR");
    const english = runCli(["role", "--answers", file, "--lang", "en"]);
    expect(english.stdout).toContain("Outcome:");
    expect(english.stdout).toContain("Independent controller");
  });

  it("exits 0 for an undetermined outcome and names the open questions", () => {
    const { follows_instructions: _missing, essential_means_by: _alsoMissing, ...partial } = processorAnswers;
    const result = runCli(["role", "--answers", answersFile(partial), "--format", "json"]);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      outcome: "undetermined",
      agreement: null,
      openQuestions: ["essential_means_by", "follows_instructions"],
    });
    const text = runCli(["role", "--answers", answersFile(partial)]);
    expect(text.stdout).toContain("Open vragen");
    expect(text.stdout).toContain("(essential_means_by)");
  });

  it("refuses an unknown value (exit code 2), naming the key, the value and the allowed values", () => {
    const result = runCli(["role", "--answers", answersFile({ ...processorAnswers, purpose_by: "maybe" })]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(
      '"maybe" is not an answer to purpose_by; use one of organisation, party, both, unknown',
    );
  });

  it("refuses an unknown key (exit code 2), listing the questions", () => {
    const result = runCli(["role", "--answers", answersFile({ ...processorAnswers, colour: "blue" })]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Unknown question "colour"; the questions are personal_data, direct_authority');
  });

  it("refuses a missing file, invalid JSON and a wrong --format with exit code 2", () => {
    const missing = runCli(["role", "--answers", path.join(newFolder(), "nothing.json")]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("no such file");
    const broken = runCli(["role", "--answers", answersFile("{ personal_data: yes")]);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toContain("not valid JSON");
    const format = runCli(["role", "--answers", answersFile(processorAnswers), "--format", "xml"]);
    expect(format.status).toBe(2);
    expect(format.stderr).toContain("--format must be text or json");
  });

  it("asks the questions one by one from standard input, skipping those that no longer matter", () => {
    // yes, no, "?" (help) then yes, an invalid line then no, no, no, and the party decides the purpose.
    const input = ["ja", "nee", "?", "1", "misschien", "2", "nee", "2", "partij", ""].join("\n");
    const result = runCli(["role", "--format", "json"], input);
    expect(result.status).toBe(0);
    const output = JSON.parse(result.stdout);
    expect(output).toMatchObject({ outcome: "independent_controller", rule: "R7_party_decides_purpose" });
    expect(output.answers).toEqual({
      personal_data: "yes",
      direct_authority: "no",
      primary_service: "yes",
      legal_task: "no",
      implicit_competence: "no",
      own_purposes: "no",
      purpose_by: "party",
    });
    // The dialogue goes to standard error; the means and instructions questions were skipped.
    expect(result.stderr).toContain("Wie bepaalt waarom de gegevens worden verwerkt?");
    expect(result.stderr).toContain("Voorbeeld:");
    expect(result.stderr).toContain('"misschien" is geen antwoord');
    expect(result.stderr).not.toContain("wezenlijke kenmerken");
    expect(result.stderr).not.toContain("instructies van uw organisatie");
  });

  it("stops after one question when there are no personal data", () => {
    const result = runCli(["role", "--lang", "en"], "no\n");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Not applicable");
    expect(result.stderr.match(/^\d+\. /gm)).toEqual(["1. "]);
  });

  it("treats the end of input as unanswered questions and reports them as open", () => {
    const result = runCli(["role", "--format", "json"], "yes\nno\n0\n");
    expect(result.status).toBe(0);
    const output = JSON.parse(result.stdout);
    expect(output.outcome).toBe("undetermined");
    expect(output.answers).toEqual({ personal_data: "yes", direct_authority: "no", primary_service: "unknown" });
    expect(output.openQuestions[0]).toBe("primary_service");
  });

  it("lists the questions and values in --help", () => {
    const result = runCli(["role", "--help"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("essential_means_by");
    expect(result.stdout).toContain("organisation | party | both | unknown");
  });
});
