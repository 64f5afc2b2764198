import { organisationKinds } from "@art28/domain";
import { z } from "zod";

/**
 * Design-token overrides of an organisation: CSS custom properties on top of the default
 * (voorbeeld) theme. Names and values are restricted so an override cannot inject CSS.
 */
export const themeOverridesSchema = z
  .record(
    z.string().regex(/^--[a-z0-9-]{1,80}$/, "must be a CSS custom property such as --basis-color-accent-1-default"),
    z
      .string()
      .max(200)
      .regex(/^[^;{}<>]*$/, "must not contain ; { } < or >"),
  )
  .refine((record) => Object.keys(record).length <= 200, "at most 200 overrides");
export type ThemeOverrides = z.infer<typeof themeOverridesSchema>;

export const organisationSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(organisationKinds),
  theme: themeOverridesSchema,
  /** The association whose template the organisation starts from when it published none of its own. */
  associationId: z.uuid().nullable(),
  associationName: z.string().nullable(),
});
export type Organisation = z.infer<typeof organisationSchema>;

export const organisationParamsSchema = z.object({ organisationId: z.uuid() });

/**
 * Changes an administrator may make to their organisation; a field left out stays as it is.
 * `associationId` names an organisation of kind `association` to be a member of, or null to
 * leave it.
 */
export const updateOrganisationRequestSchema = z.object({
  theme: themeOverridesSchema.optional(),
  associationId: z.uuid().nullable().optional(),
});
export type UpdateOrganisationRequest = z.infer<typeof updateOrganisationRequestSchema>;
