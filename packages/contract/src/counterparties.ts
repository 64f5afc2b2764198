import { counterpartyCategories, isCountryCode } from "@art28/domain";
import { z } from "zod";
import { counterpartyRoleAssessmentSummarySchema } from "./role-assessments.ts";

export const counterpartySchema = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  name: z.string(),
  kvkNumber: z.string().nullable(),
  country: z.string(),
  contactName: z.string().nullable(),
  contactEmail: z.string().nullable(),
  category: z.enum(counterpartyCategories),
  serviceDescription: z.string(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** The latest role assessment's conclusion; null while the counterparty has not been assessed. */
  roleAssessment: counterpartyRoleAssessmentSummarySchema.nullable().optional(),
});
export type Counterparty = z.infer<typeof counterpartySchema>;

export const counterpartyListQuerySchema = z.object({
  q: z.string().trim().max(200).optional(),
});

export const counterpartyListResponseSchema = z.object({
  items: z.array(counterpartySchema),
  total: z.number().int(),
});
export type CounterpartyListResponse = z.infer<typeof counterpartyListResponseSchema>;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => (value === "" ? null : value))
    .nullable()
    .optional();

export const createCounterpartyRequestSchema = z.object({
  name: z.string().trim().min(1).max(200),
  kvkNumber: z
    .string()
    .trim()
    .regex(/^\d{8}$/, "KvK number has 8 digits")
    .nullable()
    .optional(),
  country: z.string().trim().toUpperCase().refine(isCountryCode, "ISO 3166-1 alpha-2 country code, e.g. NL"),
  contactName: optionalText(200),
  contactEmail: z.email().max(320).nullable().optional(),
  category: z.enum(counterpartyCategories),
  serviceDescription: z.string().trim().max(2000).default(""),
});
export type CreateCounterpartyRequest = z.input<typeof createCounterpartyRequestSchema>;

export const counterpartyParamsSchema = z.object({
  organisationId: z.uuid(),
  counterpartyId: z.uuid(),
});
