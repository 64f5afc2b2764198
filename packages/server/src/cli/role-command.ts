import fs from "node:fs/promises";
import { createInterface } from "node:readline";
import { roleAssessmentAnswersSchema } from "@art28/contract";
import {
  assessRole,
  nextRoleQuestion,
  requiredAgreementLabels,
  roleAnswerValues,
  roleOutcomeLabels,
  roleQuestion,
  roleQuestionKeys,
  unknownAnswer,
  unknownAnswerLabel,
  type RoleAssessmentAnswers,
  type RoleAssessmentResult,
  type RoleQuestion,
} from "@art28/domain";
import { z } from "zod";
import { AppError } from "../errors.ts";
import { presentRoleAssessmentResult } from "../services/role-assessment-service.ts";

type Language = "nl" | "en";

export const roleOptionsSchema = z.object({
  answers: z.string().trim().min(1, "--answers needs a file name").optional(),
  format: z.enum(["text", "json"], { message: "--format must be text or json" }).default("text"),
  lang: z.enum(["nl", "en"], { message: "--lang must be nl or en" }).default("nl"),
});

/** The questions and their values, for `art28 role --help`. */
export function roleAnswersHelp(): string {
  const lines = roleQuestionKeys.map(
    (key) => `  ${key.padEnd(22)}${[...roleAnswerValues[key], unknownAnswer].join(" | ")}`,
  );
  return `\nAnswers file: a JSON object {"key": "value"}; leave a key out when it is not known.\n${lines.join("\n")}`;
}

async function readAnswersFile(file: string): Promise<RoleAssessmentAnswers> {
  const text = await fs.readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
    throw new AppError("validation_failed", `${file}: ${error.code === "ENOENT" ? "no such file" : error.message}`);
  });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new AppError("validation_failed", `${file}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = roleAssessmentAnswersSchema.safeParse(json);
  if (!parsed.success) {
    throw new AppError(
      "validation_failed",
      parsed.error.issues.map((issue) => `${file}: ${issue.message}`).join("\n"),
      { issues: parsed.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message })) },
    );
  }
  return parsed.data;
}

const dialogueText = {
  nl: {
    introduction:
      "Rolbepaling: is deze partij uw verwerker? Beantwoord de vragen met het nummer of het woord.\n" +
      "Typ ? voor uitleg bij een vraag, 0 als u het niet weet.",
    help: "uitleg",
    meaning: "Wat wordt bedoeld",
    example: "Voorbeeld",
    references: "Bron",
    invalid: (line: string, count: number) => `"${line}" is geen antwoord. Kies 1 tot en met ${count}, 0 of ?.`,
    inputEnded: "Einde van de invoer: de overige vragen blijven onbeantwoord.",
    yourAnswers: "Uw antwoorden (te hergebruiken met --answers):",
  },
  en: {
    introduction:
      "Role assessment: is this party your processor? Answer with the number or the word.\n" +
      "Type ? for an explanation of a question, 0 when you do not know.",
    help: "explanation",
    meaning: "What it means",
    example: "Example",
    references: "Source",
    invalid: (line: string, count: number) => `"${line}" is not an answer. Choose 1 to ${count}, 0 or ?.`,
    inputEnded: "End of input: the remaining questions stay unanswered.",
    yourAnswers: "Your answers (reusable with --answers):",
  },
} as const;

/** Words a person may type besides the option number, in either language. */
const synonyms: Record<string, string> = {
  j: "yes",
  ja: "yes",
  y: "yes",
  n: "no",
  nee: "no",
  organisatie: "organisation",
  "uw organisatie": "organisation",
  wij: "organisation",
  we: "organisation",
  partij: "party",
  "de partij": "party",
  samen: "both",
  beide: "both",
  "weet ik niet": unknownAnswer,
  "weet niet": unknownAnswer,
  onbekend: unknownAnswer,
};

/** The answer a typed line stands for; `help` for a question mark; undefined when it is not an answer. */
function interpret(line: string, question: RoleQuestion): string | "help" | undefined {
  const typed = line.trim().toLowerCase();
  if (typed === "?" || typed === "help" || typed === "uitleg") return "help";
  if (typed === "0") return unknownAnswer;
  const number = Number(typed);
  if (Number.isInteger(number) && number >= 1 && number <= question.options.length) {
    return question.options[number - 1]!.value;
  }
  const value = synonyms[typed] ?? typed;
  if (value === unknownAnswer) return unknownAnswer;
  const option = question.options.find(
    (candidate) =>
      candidate.value === value ||
      candidate.label.nl.toLowerCase() === typed ||
      candidate.label.en.toLowerCase() === typed,
  );
  return option?.value;
}

/**
 * Asks the questions one by one, skipping those that no longer matter. Reads lines, so it
 * works on a terminal and with piped input alike. The dialogue goes to standard error, so
 * standard output carries only the result (also with `--format json`).
 */
async function askAnswers(language: Language): Promise<RoleAssessmentAnswers> {
  const text = dialogueText[language];
  const output = process.stderr;
  const terminal = process.stdin.isTTY === true && output.isTTY === true;
  const reader = createInterface({ input: process.stdin, output, terminal });
  // Without a listener, Ctrl+C on a terminal would only pause the reader and leave the process waiting.
  reader.on("SIGINT", () => {
    reader.close();
    process.exit(130);
  });
  // The iterator buffers lines that arrive before they are asked for (piped input).
  const lines = reader[Symbol.asyncIterator]();
  const answers: Record<string, string> = {};
  output.write(`${text.introduction}\n`);
  let number = 0;
  try {
    for (let question = nextRoleQuestion(answers); question; question = nextRoleQuestion(answers)) {
      number += 1;
      const options = question.options.map((option, index) => `${index + 1}) ${option.label[language]}`);
      output.write(
        `\n${number}. ${question.text[language]}\n   ${options.join("   ")}   0) ${unknownAnswerLabel[language]}   ?) ${text.help}\n`,
      );
      for (;;) {
        reader.setPrompt("> ");
        reader.prompt();
        const next = await lines.next();
        if (next.done) {
          output.write(`\n${text.inputEnded}\n`);
          return answers as RoleAssessmentAnswers;
        }
        // A terminal echoes what is typed; for piped input, echo it so the dialogue reads as one.
        if (!terminal) output.write(`${next.value}\n`);
        const answer = interpret(next.value, question);
        if (answer === "help") {
          output.write(
            `\n   ${text.meaning}: ${question.help.meaning[language]}\n` +
              `   ${text.example}: ${question.help.example[language]}\n` +
              `   ${text.references}: ${question.help.references.join("; ")}\n\n`,
          );
        } else if (answer === undefined) {
          if (next.value.trim() !== "")
            output.write(`   ${text.invalid(next.value.trim(), question.options.length)}\n`);
        } else {
          answers[question.key] = answer;
          break;
        }
      }
    }
    output.write(`\n${text.yourAnswers}\n${JSON.stringify(answers)}\n\n`);
    return answers as RoleAssessmentAnswers;
  } finally {
    reader.close();
  }
}

/** Breaks a paragraph into lines of at most `width` characters, each starting with `indent`. */
function wrap(paragraph: string, indent: string, width = 88): string {
  const lines: string[] = [];
  let line = "";
  for (const word of paragraph.split(/\s+/)) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(indent + line);
  return lines.join("\n");
}

const resultText = {
  nl: {
    heading: "Rolbepaling",
    model: "beslismodel",
    outcome: "Uitkomst",
    agreement: "Papierwerk",
    undeterminedAgreement: "nog niet te bepalen",
    rule: "Beslisregel",
    explanation: "Uitleg",
    openQuestions: "Open vragen",
    nextSteps: "Wat nu",
    references: "Bronnen",
  },
  en: {
    heading: "Role assessment",
    model: "decision model",
    outcome: "Outcome",
    agreement: "Paperwork",
    undeterminedAgreement: "not yet known",
    rule: "Deciding rule",
    explanation: "Explanation",
    openQuestions: "Open questions",
    nextSteps: "What to do next",
    references: "References",
  },
} as const;

/** The result as a person reads it on a terminal. */
export function renderRoleAssessmentText(result: RoleAssessmentResult, language: Language): string {
  const text = resultText[language];
  const labelWidth = Math.max(text.outcome.length, text.agreement.length, text.rule.length) + 3;
  const label = (name: string) => `${name}:`.padEnd(labelWidth);
  const sections = [
    `${text.heading} (${text.model} ${result.modelVersion})`,
    [
      `${label(text.outcome)}${roleOutcomeLabels[result.outcome][language]}`,
      `${label(text.agreement)}${result.agreement ? requiredAgreementLabels[result.agreement][language] : text.undeterminedAgreement}`,
      `${label(text.rule)}${result.rule}`,
    ].join("\n"),
    `${text.explanation}\n${wrap(result.explanation[language], "  ")}`,
  ];
  if (result.openQuestions.length > 0) {
    const questions = result.openQuestions.map((key) =>
      wrap(`- ${roleQuestion(key).text[language]} (${key})`, "  ").replace(/\n {2}/g, "\n    "),
    );
    sections.push(`${text.openQuestions}\n${questions.join("\n")}`);
  }
  const steps = result.nextSteps.map((step, index) =>
    wrap(`${index + 1}. ${step[language]}`, "  ").replace(/\n {2}/g, "\n     "),
  );
  sections.push(`${text.nextSteps}\n${steps.join("\n")}`);
  sections.push(`${text.references}\n${wrap(result.references.join("; "), "  ")}`);
  return sections.join("\n\n");
}

/**
 * `art28 role [--answers FILE] [--format text|json] [--lang nl|en]`: assesses whether a party
 * is a processor. Reads the answers from a JSON file, or asks the questions one by one.
 * Exit code 0 whenever an assessment is made, also when the outcome is still undetermined
 * (that is an answer too: the open questions say what is missing); invalid options or answers
 * throw `validation_failed`, which the CLI turns into exit code 2.
 */
export async function roleCommand(rawOptions: unknown): Promise<number> {
  const parsed = roleOptionsSchema.safeParse(rawOptions);
  if (!parsed.success) {
    throw new AppError("validation_failed", parsed.error.issues.map((issue) => issue.message).join("\n"));
  }
  const options = parsed.data;
  const answers = options.answers ? await readAnswersFile(options.answers) : await askAnswers(options.lang);
  const result = assessRole(answers);
  if (options.format === "json") {
    console.log(JSON.stringify({ ...presentRoleAssessmentResult(result), answers }, null, 2));
  } else {
    console.log(renderRoleAssessmentText(result, options.lang));
  }
  return 0;
}
