import { fork } from "node:child_process";
import { availableParallelism } from "node:os";
import { type ErrorCode, errorCodes } from "@art28/contract";
import type { StructuredDocument } from "@art28/domain";
import { AppError } from "../errors.ts";
import { type DocumentLimits, resolveDocumentLimits } from "./document-limits.ts";
import { type DocumentInput, refuseOversized, type WorkerReply } from "./read-document-in-process.ts";

const workerScript = new URL("./document-worker.ts", import.meta.url);

/** At most one child process per core (and four in all), so a burst of uploads cannot take all memory. */
const maxConcurrentChildren = Math.max(1, Math.min(4, availableParallelism()));
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

function durationText(milliseconds: number): string {
  return milliseconds < 1000 ? `${milliseconds} milliseconds` : `${Math.round(milliseconds / 1000)} seconds`;
}

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === "string" && (errorCodes as readonly string[]).includes(value);
}

function readInChildProcess(input: DocumentInput, limits: DocumentLimits): Promise<StructuredDocument> {
  return new Promise((resolve, reject) => {
    const environment = { ...process.env };
    // Loaders or heap flags meant for the parent must not shape the child.
    delete environment.NODE_OPTIONS;
    const child = fork(workerScript, [], {
      execArgv: [`--max-old-space-size=${limits.memoryMegabytes}`, "--disallow-code-generation-from-strings"],
      serialization: "advanced",
      stdio: ["ignore", "ignore", "pipe", "ipc"],
      env: environment,
    });
    let settled = false;
    let timedOut = false;
    let stderr = "";
    child.stderr?.on("data", (chunk: Buffer) => {
      // Keep the tail only: an out-of-memory report is at the end.
      stderr = (stderr + chunk.toString("utf8")).slice(-4096);
    });

    const finish = (outcome: { document: StructuredDocument } | { error: AppError }) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      if ("document" in outcome) resolve(outcome.document);
      else reject(outcome.error);
    };

    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
      finish({
        error: new AppError(
          "document_too_complex",
          `Reading the document took longer than ${durationText(limits.timeoutMilliseconds)} and was stopped.`,
        ),
      });
    }, limits.timeoutMilliseconds);

    child.on("message", (message: WorkerReply) => {
      if (message.ok) finish({ document: message.document });
      else {
        const code = isErrorCode(message.code) ? message.code : "document_unreadable";
        const cause = message.detail ? new Error(message.detail) : undefined;
        finish({ error: new AppError(code, message.message, { cause }) });
      }
    });
    child.on("error", (error) => {
      finish({ error: new AppError("internal_error", "The document reader could not be started.", { cause: error }) });
    });
    child.on("exit", (code, signal) => {
      if (settled || timedOut) return;
      if (/heap out of memory|allocation failed|out of memory/i.test(stderr)) {
        finish({
          error: new AppError(
            "document_too_complex",
            `Reading the document needed more than ${limits.memoryMegabytes} MB of memory and was stopped.`,
          ),
        });
        return;
      }
      finish({
        error: new AppError(
          "document_unreadable",
          "The document reader stopped unexpectedly; the file may be damaged.",
          {
            cause: new Error(`document worker exited with ${signal ?? `code ${code}`}: ${stderr.slice(-500)}`),
          },
        ),
      });
    });

    child.send({ bytes: input.bytes, fileName: input.fileName, mediaType: input.mediaType, limits });
  });
}

/**
 * Reads an uploaded document into a `StructuredDocument`. Parsing runs in a child process
 * with a capped heap and a wall-clock timeout, so a hostile or pathological file costs at
 * most one killed process. Throws `AppError` with `payload_too_large`, `unsupported_media_type`,
 * `document_unreadable`, `document_encrypted`, `document_without_text`, `document_empty` or
 * `document_too_complex`.
 */
export async function readDocument(
  input: DocumentInput,
  limits: Partial<DocumentLimits> = {},
): Promise<StructuredDocument> {
  const resolved = resolveDocumentLimits(limits);
  // Checked here too, so an oversized upload never reaches a child process.
  refuseOversized(input, resolved);
  if (input.bytes.byteLength === 0) throw new AppError("document_empty", "The uploaded file is empty (0 bytes).");
  const release = await acquireSlot();
  try {
    return await readInChildProcess(input, resolved);
  } finally {
    release();
  }
}
