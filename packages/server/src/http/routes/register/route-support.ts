import { problemSchema } from "@art28/contract";
import { z } from "zod";

/** The problems every register route may answer with. */
export const registerErrors = {
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
  422: problemSchema,
};

/** The empty answer of a deletion. */
export const noContent = z.null().describe("No content");

/** Placeholders for the route declarations, through the same path helpers the web client uses. */
export const placeholder = {
  organisationId: ":organisationId",
  relationshipId: ":relationshipId",
  recordId: ":recordId",
  agreementId: ":agreementId",
} as const;
