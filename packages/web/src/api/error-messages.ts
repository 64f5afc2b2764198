import type { MessageKey } from "../i18n/messages.ts";
import { ApiError, type ApiErrorCode } from "./client.ts";

const messageKeys: Record<ApiErrorCode, MessageKey> = {
  malformed_request: "error.malformed_request",
  validation_failed: "error.validation_failed",
  unauthenticated: "error.unauthenticated",
  invalid_credentials: "error.invalid_credentials",
  csrf_invalid: "error.csrf_invalid",
  forbidden: "error.forbidden",
  not_found: "error.not_found",
  conflict: "error.conflict",
  transition_not_allowed: "error.transition_not_allowed",
  still_referenced: "error.still_referenced",
  generation_inputs_missing: "error.generation_inputs_missing",
  negotiation_step_not_allowed: "error.negotiation_step_not_allowed",
  agreement_version_locked: "error.agreement_version_locked",
  signed_document_mismatch: "error.signed_document_mismatch",
  rate_limited: "error.rate_limited",
  payload_too_large: "error.payload_too_large",
  unsupported_media_type: "error.unsupported_media_type",
  document_unreadable: "error.document_unreadable",
  document_encrypted: "error.document_encrypted",
  document_without_text: "error.document_without_text",
  document_empty: "error.document_empty",
  document_too_complex: "error.document_too_complex",
  service_unavailable: "error.service_unavailable",
  internal_error: "error.internal_error",
  network_error: "error.network_error",
  invalid_response: "error.invalid_response",
};

/**
 * The interface text that explains a failure. Anything that is not an `ApiError` is a bug in
 * the app rather than something the user can act on, so it gets the generic message.
 */
export function errorMessageKey(error: unknown): MessageKey {
  return error instanceof ApiError ? messageKeys[error.code] : "error.internal_error";
}
