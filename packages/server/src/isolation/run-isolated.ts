/**
 * Runs untrusted parsing in a child process that the operating system can kill: a capped heap,
 * no code generation from strings, a wall-clock deadline, and a shared limit on how many such
 * children run at once. Both the document check and the register's spreadsheet import use it
 * (see docs/decisions/0008-documents-parsed-in-a-child-process.md).
 */
import { fork, type Serializable } from "node:child_process";
import { availableParallelism } from "node:os";
import { type ErrorCode, errorCodes, type FieldIssue } from "@art28/contract";
import { AppError } from "../errors.ts";

/** What a worker sends back when it could not do its work: a stable code and a message fit for a user. */
export interface IsolatedFailure {
  ok: false;
  code: string;
  message: string;
  issues?: readonly FieldIssue[];
  /** The underlying cause (stack trace), for the log only. */
  detail?: string;
}

/** Every worker answers with exactly one message: its result marked `ok: true`, or a failure. */
export type IsolatedReply = { ok: true } | IsolatedFailure;

/** What is being read, for the messages: "Reading the document …", "The spreadsheet reader …". */
export type IsolatedSubject = "document" | "spreadsheet";

/** What one child may cost; the readers' limits objects carry these two among others. */
export interface IsolationLimits {
  /** Wall-clock time, start-up included. */
  timeoutMilliseconds: number;
  /** V8 heap. */
  memoryMegabytes: number;
}

export interface IsolatedRun<Request extends Serializable> {
  /** The worker module: it takes one request from `process.on("message")` and answers once. */
  workerUrl: URL;
  what: IsolatedSubject;
  limits: IsolationLimits;
  request: Request;
}

/**
 * One pool for every kind of worker, so a burst of documents and spreadsheets together still
 * starts at most one child per core (and four in all) and cannot take all memory.
 */
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

function failureToError(failure: IsolatedFailure): AppError {
  // A code the contract does not know would break the API's error mapping; read it as unreadable.
  const code = isErrorCode(failure.code) ? failure.code : "document_unreadable";
  return new AppError(code, failure.message, {
    ...(failure.issues ? { issues: failure.issues } : {}),
    ...(failure.detail ? { cause: new Error(failure.detail) } : {}),
  });
}

function runInChildProcess<Request extends Serializable, Reply extends IsolatedReply>(
  run: IsolatedRun<Request>,
): Promise<Extract<Reply, { ok: true }>> {
  const { what } = run;
  const { timeoutMilliseconds, memoryMegabytes } = run.limits;
  return new Promise((resolve, reject) => {
    const environment = { ...process.env };
    // Loaders or heap flags meant for the parent must not shape the child.
    delete environment.NODE_OPTIONS;
    const child = fork(run.workerUrl, [], {
      execArgv: [`--max-old-space-size=${memoryMegabytes}`, "--disallow-code-generation-from-strings"],
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

    const finish = (outcome: { reply: Extract<Reply, { ok: true }> } | { error: AppError }) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      if ("reply" in outcome) resolve(outcome.reply);
      else reject(outcome.error);
    };

    const timer = setTimeout(() => {
      finish({
        error: new AppError(
          "document_too_complex",
          `Reading the ${what} took longer than ${durationText(timeoutMilliseconds)} and was stopped.`,
        ),
      });
    }, timeoutMilliseconds);

    child.on("message", (reply: Reply) => {
      if (reply.ok) finish({ reply: reply as Extract<Reply, { ok: true }> });
      else finish({ error: failureToError(reply as IsolatedFailure) });
    });
    child.on("error", (error) => {
      finish({ error: new AppError("internal_error", `The ${what} reader could not be started.`, { cause: error }) });
    });
    child.on("exit", (code, signal) => {
      if (settled) return;
      if (/heap out of memory|allocation failed|out of memory/i.test(stderr)) {
        finish({
          error: new AppError(
            "document_too_complex",
            `Reading the ${what} needed more than ${memoryMegabytes} MB of memory and was stopped.`,
          ),
        });
        return;
      }
      finish({
        error: new AppError(
          "document_unreadable",
          `The ${what} reader stopped unexpectedly; the file may be damaged.`,
          {
            cause: new Error(`${what} worker exited with ${signal ?? `code ${code}`}: ${stderr.slice(-500)}`),
          },
        ),
      });
    });

    child.send(run.request);
  });
}

/**
 * Sends `request` to a fresh child process running `workerUrl` and returns its successful
 * reply. The child gets `limits.memoryMegabytes` of heap and `limits.timeoutMilliseconds` of wall-clock time
 * (start-up included) and is killed with SIGKILL once it has answered or run out of either.
 * Waits for a free place in the pool first. Throws `AppError`: the worker's own code and message,
 * `document_too_complex` (time or memory exhausted), `document_unreadable` (the child died) or
 * `internal_error` (the child could not be started).
 */
export async function runIsolated<Request extends Serializable, Reply extends IsolatedReply>(
  run: IsolatedRun<Request>,
): Promise<Extract<Reply, { ok: true }>> {
  const release = await acquireSlot();
  try {
    return await runInChildProcess<Request, Reply>(run);
  } finally {
    release();
  }
}
