import fs from "node:fs/promises";
import path from "node:path";
import { checkLanguages } from "@art28/domain";
import type { CheckReport } from "@art28/contract";
import { z } from "zod";
import { readDocument } from "../documents/index.ts";
import { AppError, isAppError } from "../errors.ts";
import { renderCheckReportHtml } from "../reports/check-report-html.ts";
import { renderCheckReportText } from "../reports/check-report-text.ts";
import { createCheckService } from "../services/check-service.ts";

export const checkOptionsSchema = z.object({
  format: z.enum(["text", "json", "html"], { message: "--format must be text, json or html" }).default("text"),
  lang: z.enum(checkLanguages, { message: "--lang must be nl or en" }).optional(),
});

/**
 * `art28 check FILE…`: checks agreements against Art. 28 and prints the result.
 * Exit code 0 when every mandatory requirement is present in every file, 1 when any is
 * missing or in conflict, 2 when a file cannot be read (the reason goes to standard error).
 */
export async function checkCommand(files: string[], rawOptions: unknown): Promise<number> {
  const parsed = checkOptionsSchema.safeParse(rawOptions);
  if (!parsed.success) {
    throw new AppError("validation_failed", parsed.error.issues.map((issue) => issue.message).join("\n"));
  }
  const options = parsed.data;
  const service = createCheckService({ readDocument });
  const reports: CheckReport[] = [];
  let unreadable = false;
  for (const file of files) {
    try {
      const bytes = await fs.readFile(file).catch((error: NodeJS.ErrnoException) => {
        throw new AppError("document_unreadable", error.code === "ENOENT" ? "no such file" : error.message);
      });
      const { report } = await service.checkDocument({
        bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
        fileName: path.basename(file),
        language: options.lang,
      });
      reports.push({ ...report, file });
    } catch (error) {
      if (!isAppError(error)) throw error;
      unreadable = true;
      console.error(`art28: ${file}: ${error.message}`);
    }
  }

  if (options.format === "json") {
    if (reports.length > 0 || files.length > 1) {
      console.log(JSON.stringify(files.length === 1 ? reports[0] : reports, null, 2));
    }
  } else if (options.format === "html") {
    if (reports.length > 0) process.stdout.write(renderCheckReportHtml(reports));
  } else if (reports.length > 0) {
    console.log(reports.map(renderCheckReportText).join("\n\n"));
  }
  if (unreadable) return 2;
  return reports.every((report) => report.summary.compliant) ? 0 : 1;
}
