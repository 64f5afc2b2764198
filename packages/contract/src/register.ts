import { transferSafeguards } from "@art28/domain";
import { z } from "zod";

/**
 * Register schemas shared by the server and, later, the API. Only what the stored JSON
 * columns need so far; the request and response bodies of the register follow with its routes.
 */
export const processingTransferSchema = z.object({
  country: z.string().regex(/^[A-Z]{2}$/, "ISO 3166-1 alpha-2 country code"),
  safeguard: z.enum(transferSafeguards),
});

/** The `transfers` column of a processing specification; validated on read and write. */
export const processingTransfersSchema = z.array(processingTransferSchema);
