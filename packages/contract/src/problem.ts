import { z } from "zod";

/**
 * Stable error codes. Clients switch on these (the web app translates them), so a code never
 * changes meaning once released; new situations get new codes.
 */
export const errorCodes = [
  "malformed_request",
  "validation_failed",
  "unauthenticated",
  "invalid_credentials",
  "csrf_invalid",
  "forbidden",
  "not_found",
  "conflict",
  /** An agreement status change the domain's transition rules do not allow. */
  "transition_not_allowed",
  /** A record that others still refer to (a relationship with agreements, a counterparty with relationships). */
  "still_referenced",
  /** An agreement cannot be generated yet; `issues` names each missing value (path = field code). */
  "generation_inputs_missing",
  /** A negotiation step the rules refuse: responding to one's own proposal, a second open proposal on a clause, … */
  "negotiation_step_not_allowed",
  /** The agreement version is being signed, signed or superseded: changes need a new version. */
  "agreement_version_locked",
  /** A signature named a PDF (by its SHA-256) other than the one prepared for signing. */
  "signed_document_mismatch",
  "rate_limited",
  "payload_too_large",
  "unsupported_media_type",
  "document_unreadable",
  "document_encrypted",
  "document_without_text",
  "document_empty",
  "document_too_complex",
  "service_unavailable",
  "internal_error",
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** One field-level problem, e.g. `{ path: "email", message: "Invalid email address" }`. */
export const fieldIssueSchema = z.object({
  path: z.string(),
  message: z.string(),
});
export type FieldIssue = z.infer<typeof fieldIssueSchema>;

/** RFC 9457 problem details, as every error response of the API is shaped. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: z.enum(errorCodes),
  detail: z.string().optional(),
  instance: z.string().optional(),
  issues: z.array(fieldIssueSchema).optional(),
});
export type Problem = z.infer<typeof problemSchema>;
