import type { ErrorCode, FieldIssue } from "@art28/contract";

/**
 * The one error type of Art28. Services throw it with a stable code; the HTTP layer maps the
 * code to a status in one place (`http/problem.ts`) and the CLI maps it to an exit code.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues: readonly FieldIssue[] | undefined;

  constructor(code: ErrorCode, message: string, options: { issues?: readonly FieldIssue[]; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.issues = options.issues;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
