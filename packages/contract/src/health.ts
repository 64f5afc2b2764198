import { z } from "zod";

export const healthResponseSchema = z.object({
  status: z.enum(["ok", "unavailable"]),
  database: z.object({
    engine: z.enum(["pglite", "postgres"]),
    reachable: z.boolean(),
  }),
  version: z.string(),
});
export type HealthResponse = z.infer<typeof healthResponseSchema>;
