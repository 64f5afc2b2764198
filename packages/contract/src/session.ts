import { membershipRoles, organisationKinds, permissions } from "@art28/domain";
import { z } from "zod";

export const loginRequestSchema = z.object({
  email: z
    .email()
    .max(320)
    .transform((value) => value.toLowerCase()),
  password: z.string().min(1).max(1024),
});
export type LoginRequest = z.input<typeof loginRequestSchema>;

export const organisationSummarySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(organisationKinds),
});
export type OrganisationSummary = z.infer<typeof organisationSummarySchema>;

export const membershipSchema = z.object({
  organisation: organisationSummarySchema,
  role: z.enum(membershipRoles),
  permissions: z.array(z.enum(permissions)),
});
export type Membership = z.infer<typeof membershipSchema>;

export const locales = ["nl", "en"] as const;
export type Locale = (typeof locales)[number];

export const sessionUserSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  locale: z.enum(locales),
});

/** Who is logged in and in which organisations they act. */
export const sessionResponseSchema = z.object({
  user: sessionUserSchema,
  memberships: z.array(membershipSchema),
});
export type SessionResponse = z.infer<typeof sessionResponseSchema>;

/** A CSRF token to send back in the `x-csrf-token` header on every state-changing request. */
export const csrfResponseSchema = z.object({ token: z.string() });
export type CsrfResponse = z.infer<typeof csrfResponseSchema>;

export const csrfHeaderName = "x-csrf-token";
