import { healthResponseSchema } from "@art28/contract";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { DatabaseConnection } from "../../database/connection.ts";

/** `/health`: for load balancers and people alike; 503 when the database does not answer. */
export const healthRoutes: FastifyPluginAsyncZod<{ connection: DatabaseConnection; version: string }> = async (
  app,
  options,
) => {
  app.get(
    "/health",
    {
      schema: {
        summary: "Liveness and database check",
        tags: ["system"],
        response: { 200: healthResponseSchema, 503: healthResponseSchema },
      },
    },
    async (_request, reply) => {
      const reachable = await options.connection.ping();
      return reply.status(reachable ? 200 : 503).send({
        status: reachable ? "ok" : "unavailable",
        database: { engine: options.connection.engine, reachable },
        version: options.version,
      });
    },
  );
};
