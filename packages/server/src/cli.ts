import { Command } from "commander";
import { ConfigurationError } from "./config.ts";
import { isAppError } from "./errors.ts";
import { auditVerifyCommand } from "./cli/audit-command.ts";
import { checkCommand } from "./cli/check-command.ts";
import { generateCommand } from "./cli/generate-command.ts";
import { migrateCommand } from "./cli/migrate-command.ts";
import { roleAnswersHelp, roleCommand } from "./cli/role-command.ts";
import { serveCommand } from "./cli/serve-command.ts";
import { userCreateCommand } from "./cli/user-create-command.ts";

/** Exit codes: 0 success, 1 failure of the command, 2 invalid usage or input. */
function fail(error: unknown): never {
  if (error instanceof ConfigurationError) {
    console.error(error.message);
    process.exit(2);
  }
  if (isAppError(error)) {
    console.error(`art28: ${error.message}`);
    process.exit(error.code === "validation_failed" ? 2 : 1);
  }
  console.error(error);
  process.exit(1);
}

export function buildProgram(): Command {
  const program = new Command()
    .name("art28")
    .description("Art28: arrange, check and keep GDPR processor agreements (verwerkersovereenkomsten).")
    .showHelpAfterError()
    .configureOutput({ outputError: (text, write) => write(text) })
    .exitOverride((error) => process.exit(error.exitCode === 0 ? 0 : 2));

  program
    .command("serve")
    .description("run the web app and API (PORT, DATABASE_URL, ART28_DATA_DIR, ART28_DEMO)")
    .action(() => serveCommand().catch(fail));

  program
    .command("migrate")
    .description("apply pending database migrations and exit")
    .action(() => migrateCommand().catch(fail));

  program
    .command("check")
    .description("check processor agreements against Art. 28 GDPR (PDF, DOCX, text, Markdown, HTML)")
    .argument("<files...>", "documents to check")
    .option("--format <format>", "text, json or html", "text")
    .option("--lang <language>", "read the documents as nl or en instead of detecting the language")
    .addHelpText(
      "after",
      "\nExit codes: 0 every mandatory requirement present, 1 a requirement missing or in conflict, 2 a file cannot be read.",
    )
    .action(async (files: string[], options: unknown) => {
      try {
        process.exitCode = await checkCommand(files, options);
      } catch (error) {
        fail(error);
      }
    });

  program
    .command("generate")
    .description("generate a processor agreement from the register or from a SPEC file, as DOCX, PDF or HTML")
    .option("--relationship <id>", "relationship in the register to generate the agreement for")
    .option("--input <file>", "SPEC.json with everything the agreement needs, for use without a database")
    .option("--format <format>", "docx, pdf or html")
    .option("--out <file>", "file to write (replaced when it exists)")
    .option("--lang <language>", "nl or en (default: the SPEC's language, else nl)")
    .option("--values <file>", "with --relationship: JSON file with values that replace or complete the register's")
    .addHelpText(
      "after",
      "\nThe SPEC format is described in docs/authoring-spec.md." +
        "\nWith the embedded database, stop `art28 serve` before using --relationship." +
        "\nExit codes: 0 written, 1 failure, 2 invalid options or SPEC, unknown relationship, or values missing (they are listed).",
    )
    .action(async (options: unknown) => {
      try {
        process.exitCode = await generateCommand(options);
      } catch (error) {
        fail(error);
      }
    });

  program
    .command("role")
    .description("assess whether a party is your processor (rolbepaling) and which paperwork follows")
    .option("--answers <file>", "JSON file with the answers; without it the questions are asked one by one")
    .option("--format <format>", "text or json", "text")
    .option("--lang <language>", "nl or en, for the questions and the text output", "nl")
    .addHelpText(
      "after",
      `${roleAnswersHelp()}\n\nExit codes: 0 assessed (also when the outcome is still undetermined; see openQuestions), ` +
        "2 invalid options or answers.",
    )
    .action(async (options: unknown) => {
      try {
        process.exitCode = await roleCommand(options);
      } catch (error) {
        fail(error);
      }
    });

  const audit = program.command("audit").description("the audit trail of register changes");
  audit
    .command("verify")
    .description("recompute the hash chain of every organisation's audit trail and report tampering")
    .option("--organisation <id>", "verify one organisation only")
    .option("--format <format>", "text or json", "text")
    .addHelpText(
      "after",
      "\nWith the embedded database, stop `art28 serve` first: the data folder is opened by one process at a time." +
        "\nExit codes: 0 every chain intact, 1 a chain is broken (the first break is named), 2 invalid options.",
    )
    .action(async (options: unknown) => {
      try {
        process.exitCode = await auditVerifyCommand(options);
      } catch (error) {
        fail(error);
      }
    });

  const user = program.command("user").description("manage accounts");
  user
    .command("create")
    .description("create an account; the password is read from standard input or asked for")
    .requiredOption("--email <email>", "e-mail address (login name)")
    .requiredOption("--name <name>", "full name")
    .requiredOption("--organisation <name>", "organisation to join; created when it does not exist")
    .option("--kind <kind>", "kind of a new organisation: controller, processor or association", "controller")
    .option("--role <role>", "admin, privacy_officer, contract_manager or viewer", "admin")
    .option("--locale <locale>", "nl or en", "nl")
    .action((options: unknown) => userCreateCommand(options).catch(fail));

  return program;
}

await buildProgram().parseAsync(process.argv);
