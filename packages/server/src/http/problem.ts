import type { ErrorCode, FieldIssue, Problem } from "@art28/contract";
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from "fastify-type-provider-zod";
import { ZodError } from "zod";
import { AppError } from "../errors.ts";

/** The one place where error codes become HTTP statuses. */
export const httpStatusOf: Record<ErrorCode, number> = {
  malformed_request: 400,
  validation_failed: 422,
  unauthenticated: 401,
  invalid_credentials: 401,
  csrf_invalid: 403,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  transition_not_allowed: 409,
  still_referenced: 409,
  generation_inputs_missing: 422,
  negotiation_step_not_allowed: 409,
  agreement_version_locked: 409,
  signed_document_mismatch: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  document_unreadable: 422,
  document_encrypted: 422,
  document_without_text: 422,
  document_empty: 422,
  document_too_complex: 422,
  rate_limited: 429,
  service_unavailable: 503,
  internal_error: 500,
};

const titles: Record<ErrorCode, string> = {
  malformed_request: "Malformed request",
  validation_failed: "Validation failed",
  unauthenticated: "Not logged in",
  invalid_credentials: "Invalid credentials",
  csrf_invalid: "Missing or invalid CSRF token",
  generation_inputs_missing: "Values missing for the agreement",
  negotiation_step_not_allowed: "Negotiation step not allowed",
  agreement_version_locked: "Agreement version can no longer change",
  signed_document_mismatch: "Signed document does not match",
  forbidden: "Forbidden",
  not_found: "Not found",
  conflict: "Conflict",
  transition_not_allowed: "Status change not allowed",
  still_referenced: "Still in use",
  payload_too_large: "Payload too large",
  unsupported_media_type: "Unsupported media type",
  document_unreadable: "The document cannot be read",
  document_encrypted: "The document is encrypted",
  document_without_text: "The document has no text layer",
  document_empty: "The document is empty",
  document_too_complex: "The document is too large or complex to read",
  rate_limited: "Too many requests",
  service_unavailable: "Service unavailable",
  internal_error: "Internal server error",
};

function issuesOf(error: ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
}

/** Turns anything thrown while handling a request into an AppError with a stable code. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError) {
    return new AppError("validation_failed", "The request contains invalid values.", { issues: issuesOf(error) });
  }
  const fastifyError = error as FastifyError;
  if (hasZodFastifySchemaValidationErrors(fastifyError)) {
    const where = fastifyError.validationContext ?? "body";
    return new AppError("validation_failed", `The request ${where} contains invalid values.`, {
      issues: fastifyError.validation.map((issue) => ({
        path: [where, ...issue.instancePath.split("/").filter(Boolean)].join("."),
        message: issue.message ?? "invalid",
      })),
    });
  }
  if (isResponseSerializationError(fastifyError)) {
    return new AppError("internal_error", "The server produced a response that does not match its schema.", {
      cause: error,
    });
  }
  switch (fastifyError.code) {
    case "FST_CSRF_MISSING_SECRET":
    case "FST_CSRF_INVALID_TOKEN":
      return new AppError(
        "csrf_invalid",
        "This request needs a valid CSRF token in the x-csrf-token header; fetch one from /api/csrf.",
      );
    case "FST_ERR_CTP_BODY_TOO_LARGE":
    case "FST_REQ_FILE_TOO_LARGE":
      return new AppError("payload_too_large", "The request body is too large.");
    case "FST_INVALID_MULTIPART_CONTENT_TYPE":
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return new AppError("unsupported_media_type", "This content type is not accepted here.");
    case "FST_ERR_CTP_INVALID_JSON_BODY":
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return new AppError("malformed_request", "The request body is not valid JSON.");
  }
  if (fastifyError.code?.startsWith("FST_") && fastifyError.statusCode === 413) {
    return new AppError("payload_too_large", "The upload exceeds the allowed size or number of parts.");
  }
  if (fastifyError.statusCode === 429)
    return new AppError("rate_limited", "Too many attempts; wait a minute and try again.");
  if (fastifyError.statusCode === 400) return new AppError("malformed_request", fastifyError.message);
  if (fastifyError.statusCode === 404) return new AppError("not_found", fastifyError.message);
  return new AppError("internal_error", "Something went wrong on the server.", { cause: error });
}

export function toProblem(error: AppError, instance: string): Problem {
  const problem: Problem = {
    type: `urn:art28:problem:${error.code}`,
    title: titles[error.code],
    status: httpStatusOf[error.code],
    code: error.code,
    detail: error.message,
    instance,
  };
  if (error.issues) problem.issues = [...error.issues];
  return problem;
}

/** Fastify error handler: every error response is `application/problem+json`. */
export function sendProblem(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const appError = toAppError(error);
  const status = httpStatusOf[appError.code];
  if (status >= 500) {
    request.log.error({ err: appError.cause ?? error }, appError.message);
  } else {
    request.log.info({ code: appError.code }, appError.message);
  }
  return reply
    .status(status)
    .type("application/problem+json")
    .serializer(JSON.stringify)
    .send(toProblem(appError, request.url));
}
