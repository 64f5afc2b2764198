import { fork } from "node:child_process";
import { type ErrorCode, errorCodes } from "@art28/contract";
import { AppError } from "../errors.ts";
import { parseCsv, refuseOversizedSpreadsheet, type ParsedSheet } from "./parse-spreadsheet.ts";
import { detectSpreadsheetFormat, type SpreadsheetInput } from "./spreadsheet-format.ts";
import { resolveSpreadsheetLimits, type SpreadsheetLimits } from "./spreadsheet-limits.ts";
import type { SpreadsheetWorkerReply } from "./spreadsheet-worker.ts";

const workerScript = new URL("./spreadsheet-worker.ts", import.meta.url);

/** Imports are rare and each child takes a few hundred megabytes at most: two at a time is plenty. */
const maxConcurrentChildren = 2;
let runningChildren = 0;
const waiting: (() => void)[] = [];

async function acquireSlot(): Promise<() => void> {
  if (runningChildren >= maxConcurrentChildren) {
    await new Promise<void>((resolve) => waiting.push(resolve));
  }
  runningChildren++;
  return () => {
    runningChildren--;
    waiting.shift()?.();
  };
}

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === "string" && (errorCodes as readonly string[]).includes(value);
}

function parseInChildProcess(input: SpreadsheetInput, limits: SpreadsheetLimits): Promise<ParsedSheet> {
  return new Promise((resolve, reject) => {
    const environment = { ...process.env };
    // Loaders or heap flags meant for the parent must not shape the child.
    delete environment.NODE_OPTIONS;
    const child = fork(workerScript, [], {
      execArgv: [`--max-old-space-size=${limits.memoryMegabytes}`],
      serialization: "advanced",
      stdio: ["ignore", "ignore", "pipe", "ipc"],
      env: environment,
    });
    let settled = false;
    let stderr = "";
    child.stderr?.on("data", (chunk: Buffer) => {
      // Keep the tail only: an out-of-memory report is at the end.
      stderr = (stderr + chunk.toString("utf8")).slice(-4096);
    });

    const finish = (outcome: { sheet: ParsedSheet } | { error: AppError }) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      if ("sheet" in outcome) resolve(outcome.sheet);
      else reject(outcome.error);
    };

    const timer = setTimeout(() => {
      finish({
        error: new AppError(
          "document_too_complex",
          `Reading the file took longer than ${Math.round(limits.timeoutMilliseconds / 1000)} seconds and was stopped.`,
        ),
      });
    }, limits.timeoutMilliseconds);

    child.on("message", (reply: SpreadsheetWorkerReply) => {
      if (reply.ok) finish({ sheet: reply.sheet });
      else {
        const code = isErrorCode(reply.code) ? reply.code : "document_unreadable";
        finish({
          error: new AppError(code, reply.message, {
            ...(reply.issues ? { issues: reply.issues } : {}),
            ...(reply.detail ? { cause: new Error(reply.detail) } : {}),
          }),
        });
      }
    });
    child.on("error", (error) => {
      finish({
        error: new AppError("internal_error", "The spreadsheet reader could not be started.", { cause: error }),
      });
    });
    child.on("exit", (code, signal) => {
      if (settled) return;
      if (/heap out of memory|allocation failed|out of memory/i.test(stderr)) {
        finish({
          error: new AppError(
            "document_too_complex",
            `Reading the file needed more than ${limits.memoryMegabytes} MB of memory and was stopped.`,
          ),
        });
        return;
      }
      finish({
        error: new AppError(
          "document_unreadable",
          "The spreadsheet reader stopped unexpectedly; the file may be damaged.",
          {
            cause: new Error(`spreadsheet worker exited with ${signal ?? `code ${code}`}: ${stderr.slice(-500)}`),
          },
        ),
      });
    });

    child.send({ bytes: input.bytes, fileName: input.fileName, mediaType: input.mediaType, limits });
  });
}

/**
 * Reads the first sheet of an uploaded XLSX workbook or a CSV file as rows of text. The cheap
 * checks (size, empty, format) run here. A CSV file is parsed here too: its size is capped and
 * the parser is a single linear pass without decompression, so the size bounds the time. A
 * workbook is a ZIP of XML handed to a third-party parser, so it is parsed in a child process
 * with a capped heap and a wall-clock timeout. Throws `AppError` with `payload_too_large`, `unsupported_media_type`,
 * `document_empty`, `document_encrypted`, `document_unreadable`, `document_too_complex` or
 * `validation_failed` (too many rows or columns).
 */
export async function readSpreadsheet(
  input: SpreadsheetInput,
  limits: Partial<SpreadsheetLimits> = {},
): Promise<ParsedSheet> {
  const resolved = resolveSpreadsheetLimits(limits);
  refuseOversizedSpreadsheet(input, resolved);
  if (detectSpreadsheetFormat(input) === "csv") return parseCsv(input.bytes, resolved);
  const release = await acquireSlot();
  try {
    return await parseInChildProcess(input, resolved);
  } finally {
    release();
  }
}
