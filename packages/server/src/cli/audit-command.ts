import { z } from "zod";
import { loadConfig } from "../config.ts";
import { startApplication } from "../composition-root.ts";
import { AppError } from "../errors.ts";
import { verifyAuditChains, type ChainBreak, type OrganisationChainResult } from "../audit/verify-audit-chain.ts";

export const auditVerifyOptionsSchema = z.object({
  organisation: z.uuid({ message: "--organisation must be an organisation id (UUID)" }).optional(),
  format: z.enum(["text", "json"], { message: "--format must be text or json" }).default("text"),
});

function describeBreak(problem: ChainBreak): string {
  switch (problem.kind) {
    case "sequence_gap":
      return `event ${problem.expectedSequence} is missing (next stored event is ${problem.sequence}): events were removed or renumbered`;
    case "previous_hash_mismatch":
      return `event ${problem.sequence} does not link to the event before it: events were removed, inserted or reordered`;
    case "hash_mismatch":
      return `event ${problem.sequence} (${problem.eventId}) was changed after it was written: its content no longer matches its hash`;
  }
}

function textReport(results: readonly OrganisationChainResult[]): string {
  const lines = results.map((result) =>
    result.firstBreak
      ? `BROKEN  ${result.organisationName} (${result.organisationId}): ${describeBreak(result.firstBreak)}`
      : `ok      ${result.organisationName}: ${result.events} events, head ${result.headHash ?? "(none)"}`,
  );
  const broken = results.filter((result) => result.firstBreak).length;
  lines.push(
    broken === 0
      ? `The audit trail of ${results.length} organisation(s) is intact.`
      : `The audit trail of ${broken} of ${results.length} organisation(s) has been tampered with.`,
  );
  return lines.join("\n");
}

/** `art28 audit verify`: recomputes every hash chain; exit code 0 intact, 1 broken. */
export async function auditVerifyCommand(rawOptions: unknown): Promise<number> {
  const parsed = auditVerifyOptionsSchema.safeParse(rawOptions);
  if (!parsed.success) {
    throw new AppError("validation_failed", parsed.error.issues.map((issue) => issue.message).join("\n"));
  }
  const options = parsed.data;
  const application = await startApplication({ ...loadConfig(), loadDemoData: false }, { migrate: false });
  try {
    const results = await verifyAuditChains(
      application.connection.database,
      options.organisation ? { organisationId: options.organisation } : {},
    );
    if (options.organisation && results.length === 0) {
      throw new AppError("validation_failed", `No organisation with id ${options.organisation}.`);
    }
    console.log(options.format === "json" ? JSON.stringify({ organisations: results }, null, 2) : textReport(results));
    return results.some((result) => result.firstBreak) ? 1 : 0;
  } finally {
    await application.close();
  }
}
